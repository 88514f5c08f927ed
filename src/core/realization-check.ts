import type { RealizationValue, VariableSeries } from './aggregate.js';
import { diagnostic, type Diagnostic } from './diagnostic.js';
import type { PositionSheet, Quarter } from './model.js';
import { parseNumberCell, type CsvDelimiter } from './number-text.js';
import { parseRealizationPeriod } from './period.js';
import { seriesKey, type Realization } from './report.js';
import { withSuggestion } from './suggest.js';

/** The columns a realization file must have. */
export const REALIZATION_COLUMNS = ['jabatan', 'indikator', 'variabel', 'periode', 'nilai'] as const;

/** A required column of a realization file. */
export type RealizationColumn = (typeof REALIZATION_COLUMNS)[number];

/** One data row of a realization file as text, with its 1-based line and the column of each cell. */
export interface RawRealizationRow {
  line: number;
  cells: Record<RealizationColumn, string>;
  columns: Record<RealizationColumn, number>;
}

/** A realization file split into rows, before any check. */
export interface RawRealizationFile {
  file: string;
  delimiter: CsvDelimiter;
  rows: RawRealizationRow[];
}

/** The origin of realization rows (a CSV file or one workbook sheet), with the delimiter its numbers are read with. */
export interface RealizationSource {
  file: string;
  delimiter: CsvDelimiter;
}

/**
 * Receives the data rows of realization files while they are read. A reader
 * calls `beginFile` before the first row of each file and `discardFile` when
 * the file turns out unreadable after some of its rows were added, so that a
 * report is never computed from part of a file.
 */
export interface RealizationRowSink {
  beginFile(source: RealizationSource): void;
  add(row: RawRealizationRow): void;
  /** Removes what the rows added since the last `beginFile` contributed. */
  discardFile(): void;
}

/** A realization check in progress, fed one row at a time. */
export interface RealizationCheck extends RealizationRowSink {
  /** Returns the realization and the findings of every row added and not discarded. */
  finish(): { realization: Realization; diagnostics: Diagnostic[] };
}

/**
 * Checks every row against the sheets and builds the realization of `year`.
 * All problems are reported at once; the realization is usable only when none is an error.
 */
export function checkRealization(
  inputs: RawRealizationFile | readonly RawRealizationFile[],
  sheets: readonly PositionSheet[],
  year: number,
): { realization: Realization; diagnostics: Diagnostic[] } {
  const check = startRealizationCheck(sheets, year);
  for (const input of Array.isArray(inputs) ? inputs : [inputs]) {
    check.beginFile({ file: input.file, delimiter: input.delimiter });
    for (const row of input.rows) check.add(row);
  }
  return check.finish();
}

/**
 * Starts a check of realization rows against the sheets for `year`. It keeps
 * one value per (position, indicator, variable, period) key and the findings,
 * never the rows, so its memory grows with distinct keys and with bad rows.
 */
export function startRealizationCheck(sheets: readonly PositionSheet[], year: number): RealizationCheck {
  const diagnostics: Diagnostic[] = [];
  const series = new Map<string, VariableSeries>();
  const sheetsById = new Map(sheets.map((s) => [s.id, s]));
  let source: RealizationSource | undefined;
  // Values the current file added, so that discardFile can take them out again.
  let addedKeys: string[] = [];
  let addedSlots: RealizationSlot[] = [];
  let diagnosticsBeforeFile = 0;

  return {
    beginFile(next) {
      source = next;
      addedKeys = [];
      addedSlots = [];
      diagnosticsBeforeFile = diagnostics.length;
    },
    add(row) {
      if (!source) throw new Error('RealizationCheck.add called before beginFile');
      const checked = checkRow(row, source, sheetsById, year);
      if ('diagnostic' in checked) {
        diagnostics.push(checked.diagnostic);
        return;
      }

      const { key, slot, value } = checked;
      const entry = series.get(key) ?? { quarters: {} };
      const first = slot === 'year' ? entry.year : entry.quarters[slot];
      if (first !== undefined) {
        diagnostics.push(duplicateRow(row, source, first));
        return;
      }
      if (slot === 'year') entry.year = value;
      else entry.quarters[slot] = value;
      series.set(key, entry);
      addedKeys.push(key);
      addedSlots.push(slot);
    },
    discardFile() {
      addedKeys.forEach((key, index) => removeValue(series, key, addedSlots[index] as RealizationSlot));
      addedKeys = [];
      addedSlots = [];
      diagnostics.length = diagnosticsBeforeFile;
    },
    finish() {
      return { realization: { year, series }, diagnostics };
    },
  };
}

// A quarter, or 'year' for the annual value.
type RealizationSlot = Quarter | 'year';

type CheckedRow = { diagnostic: Diagnostic } | { key: string; slot: RealizationSlot; value: RealizationValue };

// Checks one row on its own; only the duplicate check needs the values seen before.
function checkRow(row: RawRealizationRow, source: RealizationSource, sheetsById: ReadonlyMap<string, PositionSheet>, year: number): CheckedRow {
  const at = (column: RealizationColumn) => ({ file: source.file, line: row.line, column: row.columns[column] });
  const { jabatan, indikator, variabel, periode, nilai } = row.cells;

  const sheet = sheetsById.get(jabatan);
  if (!sheet) {
    return { diagnostic: diagnostic('CSV_UNKNOWN_POSITION', at('jabatan'), withSuggestion({ value: jabatan }, jabatan, sheetsById.keys())) };
  }
  const indicator = sheet.indikator.find((i) => i.id === indikator);
  if (!indicator) {
    const candidates = sheet.indikator.map((i) => i.id);
    return { diagnostic: diagnostic('CSV_UNKNOWN_INDICATOR', at('indikator'), withSuggestion({ value: indikator, position: jabatan }, indikator, candidates)) };
  }
  const variable = indicator.variabel.find((v) => v.id === variabel);
  if (!variable) {
    const candidates = indicator.variabel.map((v) => v.id);
    const args = { value: variabel, indicator: `${jabatan}/${indikator}`, expected: candidates.join(', ') };
    return { diagnostic: diagnostic('CSV_UNKNOWN_VARIABLE', at('variabel'), withSuggestion(args, variabel, candidates)) };
  }

  const period = parseRealizationPeriod(periode);
  if (!period) return { diagnostic: diagnostic('CSV_BAD_PERIOD', at('periode'), { value: periode, year }) };
  if (period.year !== year) return { diagnostic: diagnostic('CSV_PERIOD_YEAR', at('periode'), { value: periode, year }) };

  const number = parseNumberCell(nilai, source.delimiter);
  if (!number.ok) {
    const args: Record<string, string> = { value: nilai, delimiter: source.delimiter, workbook: /\.xlsx#/i.test(source.file) ? 'yes' : 'no' };
    if (number.suggestion !== undefined) args.suggestion = number.suggestion;
    if (number.alternative !== undefined) args.alternative = number.alternative;
    if (number.detail !== undefined) args.detail = number.detail;
    return { diagnostic: diagnostic(number.code, at('nilai'), args) };
  }
  if (number.value !== null && number.value < 0 && variable.agregasi === 'jumlah') {
    return { diagnostic: diagnostic('CSV_NEGATIVE_COUNT', at('nilai'), { value: nilai, variable: variabel }) };
  }

  return {
    key: seriesKey(jabatan, indikator, variabel),
    slot: period.quarter ?? 'year',
    value: { value: number.value, line: row.line, file: source.file },
  };
}

function duplicateRow(row: RawRealizationRow, source: RealizationSource, first: RealizationValue): Diagnostic {
  const { jabatan, indikator, variabel, periode } = row.cells;
  const firstFile = first.file ?? source.file;
  const args = { key: `${jabatan}, ${indikator}, ${variabel}, ${periode}`, firstLine: first.line, firstFile: firstFile === source.file ? '' : firstFile };
  const at = { file: source.file, line: row.line, column: row.columns.jabatan };
  return diagnostic('CSV_DUPLICATE_ROW', at, args, [{ file: firstFile, line: first.line, column: 1 }]);
}

function removeValue(series: Map<string, VariableSeries>, key: string, slot: RealizationSlot): void {
  const entry = series.get(key);
  if (!entry) return;
  if (slot === 'year') delete entry.year;
  else delete entry.quarters[slot];
  if (entry.year === undefined && Object.keys(entry.quarters).length === 0) series.delete(key);
}
