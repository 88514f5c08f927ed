import { stringify } from 'csv-stringify/sync';
import type { ReportRow } from '../core/report.js';
import { roundHalfAwayFromZero } from '../core/rounding.js';
import type { Translate } from '../i18n/index.js';
import { noteTexts } from './report-model.js';
import { guardSpreadsheetText } from './spreadsheet-text.js';

/** CSV column keys of a report row, in Indonesian as users read them. */
export const REPORT_CSV_COLUMNS = [
  'unitKerja',
  'jabatan',
  'indikator',
  'no',
  'indikatorKinerja',
  'satuan',
  'polaritas',
  'target',
  'targetMin',
  'targetMax',
  'sumberTarget',
  'realisasi',
  'capaian',
  'kategori',
  'status',
  'catatan',
] as const;

/**
 * Dialect of the report CSV. `plain` is for programs: `,` delimiter, `.`
 * decimal mark, LF. `excel` opens with a double-click in Excel set to an
 * Indonesian locale: `;` delimiter, decimal comma, UTF-8 BOM, CRLF.
 */
export type CsvDialect = 'plain' | 'excel';

/**
 * Renders report rows as CSV in `dialect` (default `plain`), text cells
 * guarded against formula injection in both. Plain numbers keep full
 * precision; Excel numbers are rounded to at most 10 decimals.
 */
export function renderReportCsv(rows: readonly ReportRow[], t: Translate, dialect: CsvDialect = 'plain'): string {
  const number = dialect === 'excel' ? excelNumber : plainNumber;
  const records = rows.map((row) => {
    const range = typeof row.target === 'object' ? row.target : undefined;
    return [
      guardSpreadsheetText(row.unitId),
      guardSpreadsheetText(row.positionId),
      guardSpreadsheetText(row.indicatorId),
      row.no,
      guardSpreadsheetText(row.indicatorName),
      guardSpreadsheetText(row.unitOfMeasure),
      row.polarity,
      number(typeof row.target === 'number' ? row.target : undefined),
      number(range?.min),
      number(range?.max),
      row.targetSource ?? '',
      number(row.realization),
      number(row.achievement),
      row.category?.id ?? '',
      row.status,
      guardSpreadsheetText(noteTexts(row, t).join('; ')),
    ];
  });
  if (dialect === 'excel') return stringify([[...REPORT_CSV_COLUMNS], ...records], { delimiter: ';', record_delimiter: '\r\n', bom: true });
  return stringify([[...REPORT_CSV_COLUMNS], ...records], { record_delimiter: '\n' });
}

// 15 significant digits drop binary noise such as 106.87500000000001 while
// keeping every digit a person or a spreadsheet can use; JSON keeps the raw value.
function plainNumber(value: number | undefined): number | string {
  return value === undefined ? '' : Number(value.toPrecision(15));
}

// Excel reads `95,5` as a number only without a thousands separator, so none
// is written. Ten decimals are more than a spreadsheet shows and drop the noise
// of 79.16666666666667; fixed notation avoids `1e-7`, which Excel reads as text
// in a comma locale.
function excelNumber(value: number | undefined): string {
  if (value === undefined) return '';
  const rounded = roundHalfAwayFromZero(value, 10);
  const text = (rounded === 0 ? 0 : rounded).toFixed(10).replace(/\.?0+$/, '');
  return text.replace('.', ',');
}
