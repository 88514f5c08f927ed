import type { Borders, Cell, PageSetup, Row, Worksheet } from 'exceljs';
import { guardSpreadsheetText } from './spreadsheet-text.js';

/**
 * Number format of decimal cells. Excel replaces `,` and `.` by the reader's
 * locale separators, so Indonesian Excel shows `1.234,50` and English Excel `1,234.50`.
 */
export const DECIMAL_FORMAT = '#,##0.00';

/** Number format of whole-number cells: indicator numbers and counts. */
export const INTEGER_FORMAT = '0';

/** Excel's text number format: a cell with it keeps what is typed into it as text. */
export const TEXT_FORMAT = '@';

/** Maximum length of an Excel sheet name, in characters. */
export const MAX_SHEET_NAME_LENGTH = 31;

/** Page setup of every printed sheet: A4 landscape, all columns on one page width, as many pages tall as needed. */
export const PRINT_SETUP: Partial<PageSetup> = {
  paperSize: 9,
  orientation: 'landscape',
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 0,
  margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
};

const THIN: Partial<Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

const HEADER_FILL = 'FFD9D9D9';

// Height of one line of 11-point text, in points.
const LINE_HEIGHT = 15;

// A column width unit is the width of the digit 0; ordinary text is a little narrower on average.
const CHARACTERS_PER_WIDTH = 1.15;

/**
 * Writes a text cell. Text that a spreadsheet would run as a formula (it
 * begins with =, +, -, @, tab or CR) also gets the text number format, so it
 * stays text even after someone edits the cell in Excel. The value itself is
 * always a plain string, never a formula.
 */
export function setTextCell(cell: Cell, text: string): void {
  cell.value = text;
  if (guardSpreadsheetText(text) !== text) cell.numFmt = TEXT_FORMAT;
}

/** Writes a number cell with `format`, or leaves the cell empty when there is no value. */
export function setNumberCell(cell: Cell, value: number | undefined, format = DECIMAL_FORMAT): void {
  if (value === undefined) return;
  // 15 significant digits drop binary noise such as 106.87500000000001, as in the report CSV.
  cell.value = Number(value.toPrecision(15));
  cell.numFmt = format;
}

/** Styles a table's header row: bold on grey, wrapped, with borders. */
export function styleHeaderRow(row: Row, columns: number): void {
  row.font = { bold: true };
  for (let column = 1; column <= columns; column++) {
    const cell = row.getCell(column);
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
    cell.border = THIN;
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  }
}

/** Gives the first `columns` cells of a table row thin borders and top alignment, wrapping text in `wrapped` columns. */
export function styleBodyRow(row: Row, columns: number, wrapped: ReadonlySet<number>): void {
  for (let column = 1; column <= columns; column++) {
    const cell = row.getCell(column);
    cell.border = THIN;
    cell.alignment = { vertical: 'top', wrapText: wrapped.has(column) };
  }
}

/**
 * Sets each column's width from its longest cell, between `min` and `max`
 * characters; wrapped text longer than `max` continues on the next line.
 * Rows above `fromRow` (titles) do not count.
 */
export function fitColumnWidths(sheet: Worksheet, limits: readonly { min: number; max: number }[], fromRow = 1): void {
  limits.forEach((limit, index) => {
    const column = sheet.getColumn(index + 1);
    let longest = 0;
    column.eachCell({ includeEmpty: false }, (cell, rowNumber) => {
      if (rowNumber >= fromRow) longest = Math.max(longest, displayLength(cell));
    });
    column.width = Math.min(limit.max, Math.max(limit.min, longest + 2));
  });
}

/**
 * Sets the height of each row from `fromRow` on to fit its wrapped text, with
 * the number of lines estimated from the text length and the column width.
 * LibreOffice 7.4 does not grow such a row by itself in a file that exceljs wrote.
 */
export function fitRowHeights(sheet: Worksheet, fromRow = 1): void {
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber < fromRow) return;
    let lines = 1;
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      if (!cell.alignment?.wrapText || typeof cell.value !== 'string') return;
      const width = Math.max(1, (sheet.getColumn(column).width ?? 10) - 1);
      const needed = cell.value.split('\n').reduce((total, line) => total + Math.max(1, Math.ceil(line.length / (width * CHARACTERS_PER_WIDTH))), 0);
      lines = Math.max(lines, needed);
    });
    if (lines > 1) row.height = lines * LINE_HEIGHT;
  });
}

// Numbers are shown with grouping and two decimals, so 12345.6 takes the
// room of "12.345,60"; a quarter suffix of the format adds its own length.
function displayLength(cell: Cell): number {
  const value = cell.value;
  if (typeof value === 'number') {
    const digits = String(Math.trunc(Math.abs(value))).length;
    const suffix = /"([^"]*)"/.exec(cell.numFmt ?? '')?.[1] ?? '';
    return digits + Math.floor((digits - 1) / 3) + (cell.numFmt === INTEGER_FORMAT ? 0 : 3) + (value < 0 ? 1 : 0) + suffix.length;
  }
  if (typeof value === 'string') return Math.max(...value.split('\n').map((line) => line.length));
  return 0;
}

/**
 * Turns names into valid, distinct Excel sheet names: the characters Excel
 * forbids (`[ ] : * ? / \`) become `-`, a name longer than 31 characters is cut
 * at a word and ends in `…`, and a repeated name, compared without case as
 * Excel does, gets ` (2)`, ` (3)`, …. `reserved` lists names already taken.
 */
export function uniqueSheetNames(names: readonly string[], reserved: readonly string[] = []): string[] {
  // Excel keeps "History" for its change-tracking sheet.
  const usedNames = new Set(['history', ...reserved.map((name) => name.toLowerCase())]);
  return names.map((name) => {
    const base = cleanSheetName(name);
    let candidate = base;
    for (let copy = 2; usedNames.has(candidate.toLowerCase()); copy++) {
      const suffix = ` (${copy})`;
      candidate = `${shorten(base, MAX_SHEET_NAME_LENGTH - suffix.length)}${suffix}`;
    }
    usedNames.add(candidate.toLowerCase());
    return candidate;
  });
}

function cleanSheetName(name: string): string {
  // A sheet name may not begin or end with an apostrophe either.
  const cleaned = name
    .replace(/[[\]:*?/\\]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^'+|'+$/g, '')
    .trim();
  return shorten(cleaned === '' ? '-' : cleaned, MAX_SHEET_NAME_LENGTH);
}

function shorten(name: string, length: number): string {
  if (name.length <= length) return name;
  const cut = name.slice(0, length - 1);
  const atWord = cut.lastIndexOf(' ') > length / 2 ? cut.slice(0, cut.lastIndexOf(' ')) : cut;
  return `${atWord.replace(/[\s,.;-]+$/, '')}…`;
}
