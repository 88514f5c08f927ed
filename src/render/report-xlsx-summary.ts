import type { Workbook, Worksheet } from 'exceljs';
import { STATUSES, type ReportRow } from '../core/report.js';
import type { CategoryLevel } from '../core/settings.js';
import type { ReportSummaries, Summary } from '../core/summary.js';
import type { Lang, Translate } from '../i18n/index.js';
import { formatNumber } from './number.js';
import { paintCategory } from './report-xlsx-categories.js';
import { excludedText } from './report-model.js';
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
} from './xlsx-sheet.js';

/** Options of the summary sheet: the translator, the language and the category scale to show. */
export interface SummarySheetOptions {
  t: Translate;
  lang: Lang;
  scale: readonly CategoryLevel[];
}

const FIRST_TABLE_ROW = 4;

/**
 * Adds the summary sheet. It shows the mean capaian and the count of
 * indicators per category, per unit with the agency as the last line, then per
 * position grouped by unit. Legends of the category colours and of the
 * statuses that occur follow.
 */
export function addSummarySheet(
  workbook: Workbook,
  name: string,
  rows: readonly ReportRow[],
  summaries: ReportSummaries,
  context: ReportContext,
  options: SummarySheetOptions,
): void {
  const { t } = options;
  const sheet = workbook.addWorksheet(name, { pageSetup: { ...PRINT_SETUP } });
  setTextCell(sheet.getCell(1, 1), t('label.reportTitle', { agency: context.agencyName, period: context.period, year: context.year }));
  sheet.getCell(1, 1).font = { bold: true, size: 14 };
  if (context.targetBasis) setTextCell(sheet.getCell(2, 1), t('label.targetBasis', { basis: context.targetBasis }));

  const columns = summaryColumns(options);
  let next = writeSection(sheet, FIRST_TABLE_ROW, t('label.unitSummary'), [t('header.unit'), ...columns], options);
  for (const unit of summaries.units) next = writeSummaryRow(sheet, next, unit, unit.name, options);
  next = writeSummaryRow(sheet, next, summaries.agency, `${t('label.agency')}: ${summaries.agency.name}`, options);
  sheet.getRow(next - 1).font = { bold: true };

  next = writeSection(sheet, next + 1, t('label.positionSummary'), [t('header.position'), ...columns], options);
  for (const unit of unitsOfPositions(rows)) {
    setTextCell(sheet.getCell(next, 1), unit.name);
    sheet.getCell(next, 1).font = { bold: true, italic: true };
    next++;
    for (const summary of summaries.positions.filter((position) => unit.positionIds.has(position.id))) {
      next = writeSummaryRow(sheet, next, summary, summary.name, options);
    }
  }

  // Widths come from the tables only; the legend's long help texts may run into empty cells on their right.
  fitColumnWidths(sheet, [{ min: 28, max: 60 }, ...columns.slice(0, -1).map(() => ({ min: 10, max: 14 })), { min: 16, max: 40 }], FIRST_TABLE_ROW);
  fitRowHeights(sheet, FIRST_TABLE_ROW);
  next = writeCategoryLegend(sheet, next + 1, options);
  writeStatusLegend(sheet, next + 1, rows, t);
}

function summaryColumns({ t, scale }: SummarySheetOptions): string[] {
  return [t('header.indicatorCount'), t('header.counted'), t('header.mean'), ...scale.map((level) => categoryName(level, t)), t('header.excluded')];
}

function writeSection(sheet: Worksheet, rowNumber: number, title: string, headers: readonly string[], options: SummarySheetOptions): number {
  sheet.getCell(rowNumber, 1).value = title;
  sheet.getCell(rowNumber, 1).font = { bold: true, size: 12 };
  const header = sheet.getRow(rowNumber + 1);
  headers.forEach((text, index) => {
    header.getCell(index + 1).value = text;
  });
  styleHeaderRow(header, headers.length);
  options.scale.forEach((level, index) => paintCategory(header.getCell(5 + index), level.id, options.scale));
  return rowNumber + 2;
}

function writeSummaryRow(sheet: Worksheet, rowNumber: number, summary: Summary, label: string, { t, scale }: SummarySheetOptions): number {
  const row = sheet.getRow(rowNumber);
  const columns = 5 + scale.length;
  styleBodyRow(row, columns, new Set([1, columns]));
  setTextCell(row.getCell(1), label);
  setNumberCell(row.getCell(2), summary.indicators, INTEGER_FORMAT);
  setNumberCell(row.getCell(3), summary.counted, INTEGER_FORMAT);
  setNumberCell(row.getCell(4), summary.meanAchievement, DECIMAL_FORMAT);
  scale.forEach((level, index) => setNumberCell(row.getCell(5 + index), summary.categories[level.id] ?? 0, INTEGER_FORMAT));
  row.getCell(columns).value = excludedText(summary, t);
  return rowNumber + 1;
}

// Positions in the order of the rows, grouped under their unit.
function unitsOfPositions(rows: readonly ReportRow[]): { name: string; positionIds: Set<string> }[] {
  const units = new Map<string, { name: string; positionIds: Set<string> }>();
  for (const row of rows) {
    const unit = units.get(row.unitId) ?? { name: row.unitName, positionIds: new Set<string>() };
    unit.positionIds.add(row.positionId);
    units.set(row.unitId, unit);
  }
  return [...units.values()];
}

function writeCategoryLegend(sheet: Worksheet, rowNumber: number, { t, lang, scale }: SummarySheetOptions): number {
  if (scale.length === 0) return rowNumber;
  sheet.getCell(rowNumber, 1).value = t('xlsx.legend.categories');
  sheet.getCell(rowNumber, 1).font = { bold: true, size: 12 };
  let next = rowNumber + 1;
  scale.forEach((level, index) => {
    const label = sheet.getCell(next, 1);
    setTextCell(label, categoryName(level, t));
    paintCategory(label, level.id, scale);
    const higher = scale[index - 1];
    if (level.min !== undefined) sheet.getCell(next, 2).value = t('xlsx.legend.atLeast', { min: formatNumber(level.min, lang) });
    else if (higher?.min !== undefined) sheet.getCell(next, 2).value = t('xlsx.legend.below', { min: formatNumber(higher.min, lang) });
    next++;
  });
  sheet.getCell(next, 1).value = t('xlsx.legend.noCategory');
  return next + 1;
}

function writeStatusLegend(sheet: Worksheet, rowNumber: number, rows: readonly ReportRow[], t: Translate): void {
  const statuses = STATUSES.filter((status) => status !== 'ok' && rows.some((row) => row.status === status));
  if (statuses.length === 0) return;
  sheet.getCell(rowNumber, 1).value = t('label.statusLegend');
  sheet.getCell(rowNumber, 1).font = { bold: true, size: 12 };
  statuses.forEach((status, index) => {
    sheet.getCell(rowNumber + 1 + index, 1).value = t(`status.${status}`);
    sheet.getCell(rowNumber + 1 + index, 2).value = t(`statusHelp.${status}`);
  });
}

// The catalogue's label for a default level, else the label from the settings.
function categoryName(level: CategoryLevel, t: Translate): string {
  const key = `category.${level.id}`;
  const translated = t(key);
  return translated === key ? level.label : translated;
}
