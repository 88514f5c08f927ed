import ExcelJS from 'exceljs';
import type { ReportRow } from '../core/report.js';
import type { CategoryLevel } from '../core/settings.js';
import type { ReportSummaries } from '../core/summary.js';
import type { Lang, Translate } from '../i18n/index.js';
import { formatTarget } from './number.js';
import { paintCategory, reportScale } from './report-xlsx-categories.js';
import { addSummarySheet } from './report-xlsx-summary.js';
import { categoryLabel, groupRows } from './report-model.js';
import type { ReportContext } from './report-table.js';
import {
  DECIMAL_FORMAT,
  fitColumnWidths,
  fitRowHeights,
  INTEGER_FORMAT,
  PRINT_SETUP,
  setNumberCell,
  setTextCell,
  styleBodyRow,
  styleHeaderRow,
  uniqueSheetNames,
} from './xlsx-sheet.js';

/** Options of the workbook renderer. */
export interface XlsxReportOptions {
  t: Translate;
  lang: Lang;
  /** The category scale of the settings, highest first; without it the legend lists the levels that rows reached. */
  scale?: readonly CategoryLevel[];
}

/** Row of the column headers on each unit sheet; the title lines are above it. */
export const UNIT_HEADER_ROW = 4;

// Column widths in characters: minimum, and maximum before text wraps.
const UNIT_COLUMNS = [
  { key: 'header.no', min: 4, max: 5 },
  { key: 'header.position', min: 14, max: 28 },
  { key: 'header.indicator', min: 24, max: 48 },
  { key: 'header.unitOfMeasure', min: 8, max: 14 },
  { key: 'header.target', min: 10, max: 18 },
  { key: 'header.realization', min: 11, max: 16 },
  { key: 'header.achievement', min: 11, max: 14 },
  { key: 'header.category', min: 11, max: 16 },
  { key: 'header.status', min: 8, max: 18 },
  { key: 'header.notes', min: 20, max: 48 },
] as const;

const WRAPPED_COLUMNS = new Set([2, 3, 4, 8, 9, 10]);

/**
 * Renders the report as an Excel workbook: a summary sheet first, then one
 * sheet per unit with the full table. Numbers are stored as numbers, capaian
 * cells are filled by category colour, and each sheet prints on A4 landscape
 * with its header row repeated.
 */
export async function renderReportXlsx(
  rows: readonly ReportRow[],
  summaries: ReportSummaries,
  context: ReportContext,
  options: XlsxReportOptions,
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'iki';
  const scale = reportScale(rows, options.scale);
  const summaryName = options.t('xlsx.sheet.summary');
  addSummarySheet(workbook, summaryName, rows, summaries, context, { ...options, scale });

  const units = groupRows(rows);
  const names = uniqueSheetNames(
    units.map((unit) => unit.unitName),
    [summaryName],
  );
  units.forEach((unit, index) => {
    const sheet = workbook.addWorksheet(names[index], {
      views: [{ state: 'frozen', xSplit: 0, ySplit: UNIT_HEADER_ROW }],
      pageSetup: { ...PRINT_SETUP, printTitlesRow: `${UNIT_HEADER_ROW}:${UNIT_HEADER_ROW}` },
    });
    writeUnitSheet(
      sheet,
      unit.unitName,
      unit.positions.flatMap((position) => position.rows),
      context,
      { ...options, scale },
    );
  });

  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function writeUnitSheet(
  sheet: ExcelJS.Worksheet,
  unitName: string,
  rows: readonly ReportRow[],
  context: ReportContext,
  options: XlsxReportOptions & { scale: CategoryLevel[] },
): void {
  const { t } = options;
  setTextCell(sheet.getCell(1, 1), unitName);
  sheet.getCell(1, 1).font = { bold: true, size: 14 };
  setTextCell(sheet.getCell(2, 1), t('label.reportTitle', { agency: context.agencyName, period: context.period, year: context.year }));
  if (context.targetBasis) setTextCell(sheet.getCell(3, 1), t('label.targetBasis', { basis: context.targetBasis }));

  const header = sheet.getRow(UNIT_HEADER_ROW);
  UNIT_COLUMNS.forEach((column, index) => {
    header.getCell(index + 1).value = t(column.key);
  });
  styleHeaderRow(header, UNIT_COLUMNS.length);

  rows.forEach((row, index) => {
    const line = sheet.getRow(UNIT_HEADER_ROW + 1 + index);
    styleBodyRow(line, UNIT_COLUMNS.length, WRAPPED_COLUMNS);
    writeIndicatorRow(line, row, options);
  });

  const lastRow = UNIT_HEADER_ROW + Math.max(rows.length, 1);
  sheet.autoFilter = { from: { row: UNIT_HEADER_ROW, column: 1 }, to: { row: lastRow, column: UNIT_COLUMNS.length } };
  fitColumnWidths(sheet, UNIT_COLUMNS, UNIT_HEADER_ROW);
  fitRowHeights(sheet, UNIT_HEADER_ROW);
}

function writeIndicatorRow(line: ExcelJS.Row, row: ReportRow, options: XlsxReportOptions & { scale: CategoryLevel[] }): void {
  const { t, lang } = options;
  const negative = row.polarity === 'negatif' ? ` (${t('label.polarityNegative')})` : '';
  setNumberCell(line.getCell(1), row.no, INTEGER_FORMAT);
  setTextCell(line.getCell(2), row.positionName);
  setTextCell(line.getCell(3), `${row.indicatorName}${negative}`);
  setTextCell(line.getCell(4), row.unitOfMeasure);
  writeTarget(line.getCell(5), row, lang);
  setNumberCell(line.getCell(6), row.realization);
  setNumberCell(line.getCell(7), row.achievement);
  if (row.category) {
    setTextCell(line.getCell(8), categoryLabel(row, t));
    paintCategory(line.getCell(7), row.category.id, options.scale);
    paintCategory(line.getCell(8), row.category.id, options.scale);
  }
  line.getCell(9).value = t(`status.${row.status}`);

  // The note of the row's own status comes first, as in the terminal table.
  const notes = [...row.notes].sort((a, b) => Number(b.code === row.status) - Number(a.code === row.status));
  setTextCell(line.getCell(10), notes.map((note) => t(`note.${note.code}`, note.args)).join('; '));
}

// A cumulative quarterly target shows its quarter through the number format,
// so the cell stays a number. A range has no single number and is written as
// text, as the terminal table shows it.
function writeTarget(cell: ExcelJS.Cell, row: ReportRow, lang: Lang): void {
  if (row.target === undefined) return;
  if (typeof row.target === 'number') {
    const quarter = row.targetSource !== undefined && row.targetSource !== 'tahunan' ? `" (${row.targetSource})"` : '';
    setNumberCell(cell, row.target, `${DECIMAL_FORMAT}${quarter}`);
    return;
  }
  setTextCell(cell, formatTarget(row.target, lang));
  cell.alignment = { ...cell.alignment, horizontal: 'right' };
}
