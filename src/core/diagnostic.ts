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

/** Every code a finding can carry; each is explained in docs/errors.md. */
export type DiagnosticCode =
  | 'YAML_SYNTAX'
  | 'YAML_VERSION'
  | 'YAML_DUPLICATE_KEY'
  | 'YAML_ALIAS'
  | 'YAML_TAB'
  | 'YAML_TOO_LARGE'
  | 'YAML_EMPTY'
  | 'SCHEMA_MISSING_KEY'
  | 'SCHEMA_UNKNOWN_KEY'
  | 'SCHEMA_TYPE'
  | 'SCHEMA_VALUE'
  | 'FILE_NAME_MISMATCH'
  | 'DUPLICATE_ID'
  | 'UNKNOWN_UNIT'
  | 'UNKNOWN_SUPERIOR'
  | 'UNKNOWN_DECREE'
  | 'SUPERIOR_CYCLE'
  | 'FORMULA_SYNTAX'
  | 'FORMULA_NOT_ALLOWED'
  | 'FORMULA_PERCENT'
  | 'FORMULA_IMPLICIT_MULTIPLICATION'
  | 'FORMULA_DIVISION_BY_ZERO'
  | 'FORMULA_NO_PERCENT_FACTOR'
  | 'UNKNOWN_VARIABLE'
  | 'UNUSED_VARIABLE'
  | 'TARGET_YEAR_MISMATCH'
  | 'TARGET_UNKNOWN_POSITION'
  | 'TARGET_UNKNOWN_INDICATOR'
  | 'TARGET_RANGE_ORDER'
  | 'TARGET_MISSING'
  | 'CSV_SYNTAX'
  | 'CSV_ENCODING'
  | 'CSV_MISSING_COLUMN'
  | 'CSV_FIELD_COUNT'
  | 'CSV_EMPTY'
  | 'CSV_UNKNOWN_POSITION'
  | 'CSV_UNKNOWN_INDICATOR'
  | 'CSV_UNKNOWN_VARIABLE'
  | 'CSV_BAD_PERIOD'
  | 'CSV_PERIOD_YEAR'
  | 'CSV_BAD_NUMBER'
  | 'CSV_AMBIGUOUS_NUMBER'
  | 'CSV_NEGATIVE_COUNT'
  | 'CSV_DUPLICATE_ROW'
  | 'CONFIG_INVALID';

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
}

/** Builds a diagnostic; `severity` defaults to error. */
export function diagnostic(code: DiagnosticCode, location: Location, args: MessageArgs = {}, severity: Severity = 'error'): Diagnostic {
  return { code, severity, location, args };
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
