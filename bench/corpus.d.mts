// Types of the corpus generator in corpus.mjs, for the tests that import it.

/** A target as the targets file writes it: a number, a range, or an annual target with cumulative quarterly ones. */
export type GeneratedTarget = number | { min: number; max: number } | { tahunan: number; TW1?: number; TW2?: number; TW3?: number; TW4?: number };

/** One generated indicator, in the shape of a sheet's YAML. */
export interface GeneratedIndicator {
  id: string;
  no: number;
  satuan: string;
  polaritas: 'positif' | 'negatif';
  variabel: { id: string; uraian: string; agregasi: 'jumlah' | 'akhir' | 'rata-rata' }[];
  rumus: string;
}

/** One generated sheet: its YAML object and the generator's plan per indicator. */
export interface GeneratedSheet {
  data: { id: string; unitKerja: string; atasan: string; indikator: GeneratedIndicator[] };
  plans: { kind: string }[];
}

/** A corpus in memory, as `buildCorpus` returns it. */
export interface Corpus {
  year: number;
  texts: 'full' | 'lean' | 'skeleton';
  sheets: GeneratedSheet[];
  /** Targets by `position/indicator`. */
  targets: Map<string, GeneratedTarget>;
}

export function buildCorpus(options: {
  sheets: number;
  seed: number;
  indicators?: [number, number];
  year?: number;
  texts?: 'full' | 'lean' | 'skeleton';
}): Corpus;

export function writeCorpus(dir: string, corpus: Corpus): { bytes: number; targetPositions: number };

export function writeRealizationCsv(path: string, corpus: Corpus, options: { seed: number; maxRows?: number }): { rows: number; sheets: number };

/** Renders one sheet as its YAML file. */
export function renderSheet(sheet: GeneratedSheet): string;

/** Renders the targets file of a corpus, up to `maxBytes`, with the positions it covers. */
export function renderTargets(corpus: Corpus, maxBytes?: number): { text: string; ids: string[] };
