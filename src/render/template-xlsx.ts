import ExcelJS from 'exceljs';
import { REALIZATION_COLUMNS } from '../core/realization-check.js';
import { INSTRUCTION_SHEET_NAMES } from '../core/realization-workbook.js';
import type { TemplateRow } from '../core/template.js';
import type { Lang, Translate } from '../i18n/index.js';
import { fitColumnWidths, fitRowHeights, PRINT_SETUP, setTextCell, styleBodyRow, styleHeaderRow, uniqueSheetNames } from './xlsx-sheet.js';

/** Options of the template workbook renderer. */
export interface XlsxTemplateOptions {
  t: Translate;
  lang: Lang;
  year: number;
  agencyName: string;
}

/** Columns of each unit sheet: the five a realization file needs, then `uraian`, as in the CSV template. */
export const TEMPLATE_COLUMNS = [...REALIZATION_COLUMNS, 'uraian'] as const;

/** 1-based column of `nilai`, the only column staff type into. */
export const VALUE_COLUMN = TEMPLATE_COLUMNS.indexOf('nilai') + 1;

const COLUMN_WIDTHS = [
  { min: 12, max: 34 },
  { min: 12, max: 40 },
  { min: 10, max: 30 },
  { min: 9, max: 10 },
  { min: 12, max: 14 },
  { min: 40, max: 90 },
];

// Pale yellow marks the cells to fill in.
const INPUT_FILL = 'FFFFF2CC';

// Bounds of "any number" for Excel's decimal validation, which needs a range;
// Excel's own largest number is about 1E+308.
const ANY_NUMBER = ['-1E+300', '1E+300'];

/**
 * Renders the realization template as an Excel workbook: an instructions
 * sheet first, then one sheet per unit with a row for every value to fill in.
 * The sheets are protected without a password, and only the `nilai` cells are
 * unlocked, so the ids cannot be changed by accident. A `nilai` cell accepts
 * numbers only, and zero or more for a variable summed over quarters.
 */
export async function renderTemplateXlsx(
  rows: readonly TemplateRow[],
  unitOfPosition: ReadonlyMap<string, string>,
  options: XlsxTemplateOptions,
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'iki';
  const instructionsName = INSTRUCTION_SHEET_NAMES[options.lang];
  writeInstructions(workbook.addWorksheet(instructionsName, { pageSetup: { ...PRINT_SETUP } }), options);

  const units = groupByUnit(rows, unitOfPosition);
  const names = uniqueSheetNames(
    units.map((unit) => unit.name),
    [instructionsName],
  );
  for (const [index, unit] of units.entries()) {
    const sheet = workbook.addWorksheet(names[index], {
      views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }],
      pageSetup: { ...PRINT_SETUP, printTitlesRow: '1:1' },
    });
    await writeUnitSheet(sheet, unit.rows, options);
  }

  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function groupByUnit(rows: readonly TemplateRow[], unitOfPosition: ReadonlyMap<string, string>): { name: string; rows: TemplateRow[] }[] {
  const units = new Map<string, TemplateRow[]>();
  for (const row of rows) {
    const name = unitOfPosition.get(row.positionId) ?? row.positionId;
    units.set(name, [...(units.get(name) ?? []), row]);
  }
  return [...units].map(([name, unitRows]) => ({ name, rows: unitRows }));
}

function writeInstructions(sheet: ExcelJS.Worksheet, { t, year, agencyName }: XlsxTemplateOptions): void {
  setTextCell(sheet.getCell(1, 1), t('xlsx.template.title', { agency: agencyName, year }));
  sheet.getCell(1, 1).font = { bold: true, size: 14 };
  const steps = ['fill', 'empty', 'decimal', 'text', 'description', 'protection', 'check', 'ignored'];
  steps.forEach((step, index) => {
    const cell = sheet.getCell(3 + index, 1);
    cell.value = `${index + 1}. ${t(`xlsx.template.${step}`)}`;
    cell.alignment = { wrapText: true, vertical: 'top' };
  });
  sheet.getColumn(1).width = 110;
  fitRowHeights(sheet, 3);
}

async function writeUnitSheet(sheet: ExcelJS.Worksheet, rows: readonly TemplateRow[], { t }: XlsxTemplateOptions): Promise<void> {
  const header = sheet.getRow(1);
  TEMPLATE_COLUMNS.forEach((name, index) => {
    header.getCell(index + 1).value = name;
  });
  styleHeaderRow(header, TEMPLATE_COLUMNS.length);

  rows.forEach((row, index) => {
    const line = sheet.getRow(2 + index);
    styleBodyRow(line, TEMPLATE_COLUMNS.length, new Set([TEMPLATE_COLUMNS.length]));
    setTextCell(line.getCell(1), row.positionId);
    setTextCell(line.getCell(2), row.indicatorId);
    setTextCell(line.getCell(3), row.variableId);
    setTextCell(line.getCell(4), row.period);
    setTextCell(
      line.getCell(6),
      t('template.describe', { variable: row.variableId, description: row.description, aggregation: t(`aggregation.${row.aggregation}`), period: row.period }),
    );

    const value = line.getCell(VALUE_COLUMN);
    value.protection = { locked: false };
    value.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: INPUT_FILL } };
    // A summed variable cannot be negative, which the reader checks too; the others may be.
    const summed = row.aggregation === 'jumlah';
    value.dataValidation = {
      type: 'decimal',
      operator: summed ? 'greaterThanOrEqual' : 'between',
      formulae: summed ? [0] : ANY_NUMBER,
      allowBlank: true,
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: t('xlsx.template.invalidTitle'),
      error: t(summed ? 'xlsx.template.invalidCount' : 'xlsx.template.invalidNumber'),
    };
  });

  fitColumnWidths(sheet, COLUMN_WIDTHS);
  fitRowHeights(sheet);
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1 + rows.length, 2), column: TEMPLATE_COLUMNS.length } };
  // No password: the protection keeps ids from being overwritten by accident;
  // anyone can lift it with Review > Unprotect Sheet.
  await sheet.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
    autoFilter: true,
  });
}
