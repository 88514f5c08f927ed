import type { VariableSeries } from './aggregate.js';
import { diagnostic, type Diagnostic } from './diagnostic.js';
import type { PositionSheet } from './model.js';
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

/**
 * Checks every row against the sheets and builds the realization of `year`.
 * All problems are reported at once; the realization is usable only when none is an error.
 */
export function checkRealization(
  inputs: RawRealizationFile | readonly RawRealizationFile[],
  sheets: readonly PositionSheet[],
  year: number,
): { realization: Realization; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const series = new Map<string, VariableSeries>();
  const firstLineOfKey = new Map<string, { file: string; line: number }>();
  const sheetsById = new Map(sheets.map((s) => [s.id, s]));

  const rows = (Array.isArray(inputs) ? inputs : [inputs]).flatMap((input: RawRealizationFile) => input.rows.map((row) => ({ input, row })));
  for (const { input, row } of rows) {
    const at = (column: keyof RawRealizationRow['cells']) => ({ file: input.file, line: row.line, column: row.columns[column] });
    const { jabatan, indikator, variabel, periode, nilai } = row.cells;

    const sheet = sheetsById.get(jabatan);
    if (!sheet) {
      diagnostics.push(diagnostic('CSV_UNKNOWN_POSITION', at('jabatan'), withSuggestion({ value: jabatan }, jabatan, sheetsById.keys())));
      continue;
    }
    const indicator = sheet.indikator.find((i) => i.id === indikator);
    if (!indicator) {
      const candidates = sheet.indikator.map((i) => i.id);
      diagnostics.push(diagnostic('CSV_UNKNOWN_INDICATOR', at('indikator'), withSuggestion({ value: indikator, position: jabatan }, indikator, candidates)));
      continue;
    }
    const variable = indicator.variabel.find((v) => v.id === variabel);
    if (!variable) {
      const candidates = indicator.variabel.map((v) => v.id);
      diagnostics.push(
        diagnostic(
          'CSV_UNKNOWN_VARIABLE',
          at('variabel'),
          withSuggestion({ value: variabel, indicator: `${jabatan}/${indikator}`, expected: candidates.join(', ') }, variabel, candidates),
        ),
      );
      continue;
    }

    const period = parseRealizationPeriod(periode);
    if (!period) {
      diagnostics.push(diagnostic('CSV_BAD_PERIOD', at('periode'), { value: periode, year }));
      continue;
    }
    if (period.year !== year) {
      diagnostics.push(diagnostic('CSV_PERIOD_YEAR', at('periode'), { value: periode, year }));
      continue;
    }

    const number = parseNumberCell(nilai, input.delimiter);
    if (!number.ok) {
      const args: Record<string, string> = { value: nilai, delimiter: input.delimiter, workbook: /\.xlsx#/i.test(input.file) ? 'yes' : 'no' };
      if (number.suggestion !== undefined) args.suggestion = number.suggestion;
      if (number.alternative !== undefined) args.alternative = number.alternative;
      if (number.detail !== undefined) args.detail = number.detail;
      diagnostics.push(diagnostic(number.code, at('nilai'), args));
      continue;
    }
    if (number.value !== null && number.value < 0 && variable.agregasi === 'jumlah') {
      diagnostics.push(diagnostic('CSV_NEGATIVE_COUNT', at('nilai'), { value: nilai, variable: variabel }));
      continue;
    }

    const key = `${seriesKey(jabatan, indikator, variabel)}@${periode.trim()}`;
    const first = firstLineOfKey.get(key);
    if (first !== undefined) {
      const args = { key: `${jabatan}, ${indikator}, ${variabel}, ${periode}`, firstLine: first.line, firstFile: first.file === input.file ? '' : first.file };
      diagnostics.push(diagnostic('CSV_DUPLICATE_ROW', at('jabatan'), args, [{ file: first.file, line: first.line, column: 1 }]));
      continue;
    }
    firstLineOfKey.set(key, { file: input.file, line: row.line });

    const entry = series.get(seriesKey(jabatan, indikator, variabel)) ?? { quarters: {} };
    const value = { value: number.value, line: row.line, file: input.file };
    if (period.quarter) entry.quarters[period.quarter] = value;
    else entry.year = value;
    series.set(seriesKey(jabatan, indikator, variabel), entry);
  }

  return { realization: { year, series }, diagnostics };
}
