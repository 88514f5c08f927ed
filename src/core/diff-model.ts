import type { Decree, Organisation, PositionSheet, RawTargetsFile, TargetValue } from './model.js';
import type { SourceFile } from './source.js';

/**
 * How much a change matters, from most to least serious:
 * - `breaking`: earlier realization data or targets can no longer be compared or used;
 * - `substantive`: the meaning changed, but the data still fits;
 * - `editorial`: a text changed by a few characters (typo, spacing, capitalisation);
 * - `metadata`: decree reference, notes, order.
 */
export type ChangeClass = 'breaking' | 'substantive' | 'editorial' | 'metadata';

/** Change classes from most to least serious. */
export const CHANGE_CLASSES: readonly ChangeClass[] = ['breaking', 'substantive', 'editorial', 'metadata'];

/** Class of every change code; docs/diff.md explains each code. */
export const CHANGE_CODE_CLASS = {
  POSITION_REMOVED: 'breaking',
  INDICATOR_REMOVED: 'breaking',
  FORMULA_CHANGED: 'breaking',
  VARIABLE_ADDED: 'breaking',
  VARIABLE_REMOVED: 'breaking',
  VARIABLE_RENAMED: 'breaking',
  AGGREGATION_CHANGED: 'breaking',
  UNIT_OF_MEASURE_CHANGED: 'breaking',
  POLARITY_CHANGED: 'breaking',

  POSITION_ADDED: 'substantive',
  POSITION_RENAMED: 'substantive',
  POSITION_TITLE_CHANGED: 'substantive',
  DUTY_CHANGED: 'substantive',
  FUNCTION_ADDED: 'substantive',
  FUNCTION_REMOVED: 'substantive',
  FUNCTION_CHANGED: 'substantive',
  UNIT_CHANGED: 'substantive',
  SUPERIOR_CHANGED: 'substantive',
  INDICATOR_ADDED: 'substantive',
  INDICATOR_RENAMED: 'substantive',
  INDICATOR_MOVED: 'substantive',
  OBJECTIVE_CHANGED: 'substantive',
  INDICATOR_NAME_CHANGED: 'substantive',
  EXPLANATION_CHANGED: 'substantive',
  EXPLANATION_ROW_ADDED: 'substantive',
  EXPLANATION_ROW_REMOVED: 'substantive',
  DATA_SOURCE_CHANGED: 'substantive',
  VARIABLE_DESCRIPTION_CHANGED: 'substantive',
  TARGET_CHANGED: 'substantive',
  TARGET_ADDED: 'substantive',
  TARGET_REMOVED: 'substantive',
  TARGET_YEAR_CHANGED: 'substantive',
  TARGETS_FILE_ADDED: 'substantive',
  TARGETS_FILE_REMOVED: 'substantive',
  ORGANISATION_CHANGED: 'substantive',
  ORGANISATION_UNIT_ADDED: 'substantive',
  ORGANISATION_UNIT_REMOVED: 'substantive',
  ORGANISATION_UNIT_CHANGED: 'substantive',

  TEXT_EDITORIAL: 'editorial',

  DECREE_REFERENCE_CHANGED: 'metadata',
  NOTE_CHANGED: 'metadata',
  ORDER_CHANGED: 'metadata',
  DECREE_ADDED: 'metadata',
  DECREE_REMOVED: 'metadata',
  DECREE_RENAMED: 'metadata',
  DECREE_CHANGED: 'metadata',
  TARGET_BASIS_CHANGED: 'metadata',
  TARGETS_FILE_RENAMED: 'metadata',
} as const satisfies Record<string, ChangeClass>;

/** Stable code of a change, SCREAMING_SNAKE like the finding codes. */
export type ChangeCode = keyof typeof CHANGE_CODE_CLASS;

/** Reason a text change counts as editorial. */
export type EditorialReason = 'spasi' | 'huruf-besar' | 'tanda-baca' | 'salah-ketik' | 'penulisan-rumus';

/** One piece of a word diff: text kept on both sides, removed from the base or added in the head. */
export interface WordSegment {
  kind: 'sama' | 'hapus' | 'tambah';
  text: string;
}

/** A value before or after a change: text, number, target, list of texts, or nothing. */
export type ChangeValue = string | number | TargetValue | string[] | null;

/** Location of a changed item on one side of the diff. */
export interface ChangeSide {
  /** File relative to the repository root (or to the compared folder). */
  file: string;
  /** 1-based line and column of the item. */
  line: number;
  column: number;
  /** RFC 6901 JSON Pointer into the file's data, with list indexes: `/indikator/0/rumus`. */
  path: string;
  /**
   * RFC 6901 JSON Pointer by ids, stable when lists are reordered:
   * `/jabatan/kabid-sosial/indikator/pemberdayaan-fakir-miskin/rumus`.
   */
  key: string;
}

/** One change between the base and the head, in performance terms. */
export interface Change {
  changeClass: ChangeClass;
  code: ChangeCode;
  /** Position the change belongs to (its head id when it has one), absent for agency-wide files. */
  position?: string;
  /** Indicator id the change concerns (its head id when it has one). */
  indicator?: string;
  /** YAML key path of the changed field inside its item, e.g. `rumus` or `penjelasan/1/uraian`. */
  field?: string;
  before: ChangeValue;
  after: ChangeValue;
  /** Word-by-word difference of a text change. */
  words?: WordSegment[];
  /** Set on `TEXT_EDITORIAL` changes. */
  editorialReason?: EditorialReason;
  /** The item in the base, absent when it does not exist there. */
  base?: ChangeSide;
  /** The item in the head, absent when it does not exist there. */
  head?: ChangeSide;
  /** First 16 hex digits of the sha256 of class, code and both keys, equal across runs. */
  fingerprint: string;
}

/** The schema-valid files of one side of a diff. */
export interface DiffSnapshot {
  organisation: SourceFile<Organisation> | undefined;
  decrees: readonly SourceFile<Decree>[];
  sheets: readonly SourceFile<PositionSheet>[];
  targets: readonly SourceFile<RawTargetsFile>[];
}

/** A position that has changes, with what renderers need to head its group. */
export interface ChangedPosition {
  id: string;
  name: string;
  unit: string;
  /** Sheet file in the base and in the head. One is absent for an added or removed position. */
  baseFile?: string;
  headFile?: string;
}

/** A unit of the organisation, for grouping. */
export interface ChangedUnit {
  id: string;
  name: string;
}

/** Result of a diff: the changes in reading order, and the positions and units to group them by. */
export interface DiffResult {
  changes: Change[];
  /** Positions in decree order (head first, then positions only in the base). */
  positions: ChangedPosition[];
  units: ChangedUnit[];
}

/** Counts of changes per class. */
export type ChangeCounts = Record<ChangeClass, number>;

/** Counts changes per class. */
export function countChanges(changes: readonly Change[]): ChangeCounts {
  const counts: ChangeCounts = { breaking: 0, substantive: 0, editorial: 0, metadata: 0 };
  for (const change of changes) counts[change.changeClass] += 1;
  return counts;
}

/** Threshold of `--fail-on`: a class, or `any` for every change. */
export type FailThreshold = ChangeClass | 'any';

/** Tells whether any change is of the threshold's class or a more serious one. */
export function hasChangeAtOrAbove(changes: readonly Change[], threshold: FailThreshold): boolean {
  if (threshold === 'any') return changes.length > 0;
  const limit = CHANGE_CLASSES.indexOf(threshold);
  return changes.some((change) => CHANGE_CLASSES.indexOf(change.changeClass) <= limit);
}
