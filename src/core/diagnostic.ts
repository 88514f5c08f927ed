/** Severity of a finding, from most to least serious. */
export type Severity = 'error' | 'warning' | 'info';

/** A 1-based position range in a source file. */
export interface Location {
  file: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

/**
 * Every code a finding can carry, with its severity. Each is explained in
 * docs/errors.md; the severity is the same wherever the code is raised.
 */
export const CODE_SEVERITY = {
  YAML_SYNTAX: 'error',
  YAML_VERSION: 'error',
  YAML_DUPLICATE_KEY: 'error',
  YAML_ALIAS: 'error',
  YAML_TAB: 'error',
  YAML_TOO_LARGE: 'error',
  YAML_EMPTY: 'error',
  SCHEMA_MISSING_KEY: 'error',
  SCHEMA_UNKNOWN_KEY: 'error',
  SCHEMA_TYPE: 'error',
  SCHEMA_VALUE: 'error',
  FILE_NAME_MISMATCH: 'error',
  DUPLICATE_ID: 'error',
  UNKNOWN_UNIT: 'error',
  UNKNOWN_SUPERIOR: 'error',
  UNKNOWN_DECREE: 'error',
  SUPERIOR_CYCLE: 'error',
  UNIT_HEAD_ELSEWHERE: 'warning',
  FORMULA_SYNTAX: 'error',
  FORMULA_NOT_ALLOWED: 'error',
  FORMULA_PERCENT: 'error',
  FORMULA_IMPLICIT_MULTIPLICATION: 'error',
  FORMULA_DIVISION_BY_ZERO: 'error',
  FORMULA_NO_PERCENT_FACTOR: 'warning',
  UNKNOWN_VARIABLE: 'error',
  UNUSED_VARIABLE: 'warning',
  TARGET_YEAR_MISMATCH: 'error',
  TARGET_UNKNOWN_POSITION: 'error',
  TARGET_UNKNOWN_INDICATOR: 'error',
  TARGET_RANGE_ORDER: 'error',
  TARGET_MISSING: 'warning',
  TARGET_NOT_CUMULATIVE: 'warning',
  TARGET_TW4_MISMATCH: 'error',
  TARGET_AMBIGUOUS_NUMBER: 'error',
  TARGET_NEGATIVE: 'error',
  ORGANISATION_MISSING: 'error',
  YAML_ENCODING: 'error',
  YAML_TAG: 'error',
  CSV_SYNTAX: 'error',
  CSV_ENCODING: 'error',
  CSV_MISSING_COLUMN: 'error',
  CSV_FIELD_COUNT: 'error',
  CSV_EMPTY: 'warning',
  CSV_UNKNOWN_POSITION: 'error',
  CSV_UNKNOWN_INDICATOR: 'error',
  CSV_UNKNOWN_VARIABLE: 'error',
  CSV_BAD_PERIOD: 'error',
  CSV_PERIOD_YEAR: 'error',
  CSV_BAD_NUMBER: 'error',
  CSV_AMBIGUOUS_NUMBER: 'error',
  CSV_NEGATIVE_COUNT: 'error',
  CSV_DUPLICATE_ROW: 'error',
  CSV_TOO_MANY_ROWS: 'error',
  CSV_CELL_TOO_LONG: 'error',
  XLSX_INVALID: 'error',
  XLSX_TOO_LARGE: 'error',
  XLSX_MISSING_COLUMN: 'error',
  XLSX_CELL_VALUE: 'error',
  CONFIG_INVALID: 'error',
  SUPPRESSION_NO_REASON: 'error',
  SUPPRESSION_UNKNOWN_CODE: 'error',
  SUPPRESSION_UNUSED: 'warning',
} as const satisfies Record<string, Severity>;

/** A finding code. */
export type DiagnosticCode = keyof typeof CODE_SEVERITY;

/** Every finding code, in the order of the table above. */
export const DIAGNOSTIC_CODES = Object.keys(CODE_SEVERITY) as DiagnosticCode[];

/** Values a message template fills in: ids, the offending text, a suggestion. */
export type MessageArgs = Record<string, string | number>;

/**
 * A problem found in user data. Core returns these instead of throwing; the
 * message text is produced from `code` and `args` by the i18n catalogue.
 */
export interface Diagnostic {
  code: DiagnosticCode;
  severity: Severity;
  location: Location;
  args: MessageArgs;
  /** Other places the finding concerns, such as the first of two duplicate keys. */
  related?: Location[];
}

/** Builds a diagnostic with the severity of its code. */
export function diagnostic(code: DiagnosticCode, location: Location, args: MessageArgs = {}, related?: Location[]): Diagnostic {
  const finding: Diagnostic = { code, severity: CODE_SEVERITY[code], location, args };
  if (related && related.length > 0) finding.related = related;
  return finding;
}

/** Tells whether any diagnostic is an error. */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** Orders diagnostics by file, line and column for stable output. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      a.location.file.localeCompare(b.location.file) ||
      a.location.line - b.location.line ||
      a.location.column - b.location.column ||
      a.code.localeCompare(b.code),
  );
}
