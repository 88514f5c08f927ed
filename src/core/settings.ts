/** Method for the capaian of a negatif indicator: `(2T − R) / T` or `T / R`, times 100. */
export type NegativeMethod = '2T-R' | 'T/R';

/** One level of the category scale; the lowest level has no `min`. */
export interface CategoryLevel {
  id: string;
  label: string;
  min?: number;
}

/** Settings of the achievement computation, from `iki.config.yaml`. */
export interface Settings {
  negativeMethod: NegativeMethod;
  /** Upper cap of capaian in percent; undefined means no cap. */
  cap?: number;
  /** Lower floor of capaian in percent; undefined means no floor. */
  floor?: number;
  /** Category levels, highest first. */
  categories: CategoryLevel[];
}

/** The five-level scale used in LKjIP evaluations. */
export const DEFAULT_CATEGORIES: readonly CategoryLevel[] = [
  { id: 'sangat-tinggi', label: 'Sangat Tinggi', min: 91 },
  { id: 'tinggi', label: 'Tinggi', min: 76 },
  { id: 'sedang', label: 'Sedang', min: 66 },
  { id: 'rendah', label: 'Rendah', min: 51 },
  { id: 'sangat-rendah', label: 'Sangat Rendah' },
];

/** Settings when no `iki.config.yaml` exists: `2T-R`, no cap, no floor, the five-level scale. */
export const DEFAULT_SETTINGS: Settings = {
  negativeMethod: '2T-R',
  categories: [...DEFAULT_CATEGORIES],
};

/** The settings file as stored in YAML. */
export interface RawSettings {
  versiSkema?: 1;
  capaian?: { metodeNegatif?: NegativeMethod; batasAtas?: number; batasBawah?: number };
  kategori?: CategoryLevel[];
}

/** Builds settings from a schema-valid settings file, filling defaults. */
export function resolveSettings(raw: RawSettings | undefined): Settings {
  const settings: Settings = {
    negativeMethod: raw?.capaian?.metodeNegatif ?? DEFAULT_SETTINGS.negativeMethod,
    categories: raw?.kategori ? [...raw.kategori] : [...DEFAULT_CATEGORIES],
  };
  if (raw?.capaian?.batasAtas !== undefined) settings.cap = raw.capaian.batasAtas;
  if (raw?.capaian?.batasBawah !== undefined) settings.floor = raw.capaian.batasBawah;
  return settings;
}
