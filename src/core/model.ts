/** Rule that combines a variable's quarterly values over the year to date. */
export type Aggregation = 'jumlah' | 'akhir' | 'rata-rata';

/** Whether a higher (positif) or lower (negatif) realization is better. */
export type Polarity = 'positif' | 'negatif';

/** A named input of an indicator's formula. */
export interface Variable {
  id: string;
  uraian: string;
  agregasi: Aggregation;
}

/** One row of the decree's explanation and data-source columns. */
export interface Explanation {
  uraian: string;
  sumberData: string;
}

/** One performance indicator of a position, as stored in YAML. */
export interface Indicator {
  id: string;
  no: number;
  sasaran: string;
  indikatorKinerja: string;
  penjelasan: Explanation[];
  satuan: string;
  polaritas: Polarity;
  variabel: Variable[];
  rumus: string;
  catatan?: string;
}

/** One position's IKI sheet, as stored in `data/positions/<id>.yaml`. */
export interface PositionSheet {
  versiSkema: 1;
  id: string;
  jabatan: string;
  unitKerja: string;
  atasan: string;
  keputusan: string;
  /** Place of the position in the decree's attachment, 1-based; orders reports. */
  urutan?: number;
  tugasPokok: string;
  fungsi: string[];
  indikator: Indicator[];
}

/** An organisational unit of the agency. */
export interface Unit {
  id: string;
  nama: string;
  kepala: string;
}

/** The agency, as stored in `data/organisasi.yaml`. */
export interface Organisation {
  versiSkema: 1;
  id: string;
  nama: string;
  singkatan?: string;
  kabupaten: string;
  alamat?: string;
  kepala: { id: string; jabatan: string };
  unitKerja: Unit[];
}

/** A decree, as stored in `data/keputusan/<id>.yaml`. */
export interface Decree {
  versiSkema: 1;
  id: string;
  nomor: number;
  tahun: number;
  tanggal: string;
  tentang: string;
  tempat: string;
  penandatangan: { jabatan: string; nama: string; pangkat?: string; nip?: string };
  menimbang: string[];
  mengingat: string[];
  diktum: { nama: string; isi: string; butir?: string[] }[];
}

/** A target value: a number or a range `{min, max}` (both inclusive). */
export type TargetValue = number | { min: number; max: number };

/** Quarter names used as keys of cumulative quarterly targets. */
export const QUARTERS = ['TW1', 'TW2', 'TW3', 'TW4'] as const;

/** One of the four quarters of a year. */
export type Quarter = (typeof QUARTERS)[number];

/** An indicator's annual target and optional cumulative quarterly targets. */
export interface IndicatorTarget {
  annual: TargetValue;
  quarterly: Partial<Record<Quarter, TargetValue>>;
}

/** The targets file of one year, as stored in YAML. */
export interface RawTargetsFile {
  versiSkema: 1;
  tahun: number;
  dasar?: string;
  catatan?: string;
  target: Record<string, Record<string, TargetValue | ({ tahunan: TargetValue } & Partial<Record<Quarter, TargetValue>>)>>;
}

/** Targets of one year keyed by `position/indicator`. */
export interface Targets {
  year: number;
  basis?: string;
  byIndicator: Map<string, IndicatorTarget>;
}

/** Key of an indicator across the agency: `<position>/<indicator>`. */
export function indicatorKey(positionId: string, indicatorId: string): string {
  return `${positionId}/${indicatorId}`;
}
