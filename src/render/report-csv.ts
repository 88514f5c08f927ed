import { stringify } from 'csv-stringify/sync';
import type { ReportRow } from '../core/report.js';
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
 * Renders report rows as CSV: `,` delimiter, `.` decimal mark, full precision,
 * text cells guarded against formula injection.
 */
export function renderReportCsv(rows: readonly ReportRow[], t: Translate): string {
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
      typeof row.target === 'number' ? row.target : '',
      range?.min ?? '',
      range?.max ?? '',
      row.targetSource ?? '',
      plainNumber(row.realization),
      plainNumber(row.achievement),
      row.category?.id ?? '',
      row.status,
      guardSpreadsheetText(noteTexts(row, t).join('; ')),
    ];
  });
  return stringify([[...REPORT_CSV_COLUMNS], ...records], { record_delimiter: '\n' });
}

// 15 significant digits drop binary noise such as 106.87500000000001 while
// keeping every digit a person or a spreadsheet can use; JSON keeps the raw value.
function plainNumber(value: number | undefined): number | string {
  return value === undefined ? '' : Number(value.toPrecision(15));
}
