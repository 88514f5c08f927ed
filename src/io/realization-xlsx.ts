import { readFileSync, statSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { diagnostic, type Diagnostic } from '../core/diagnostic.js';
import { REALIZATION_COLUMNS, type RawRealizationFile, type RawRealizationRow, type RealizationColumn } from '../core/realization-check.js';
import { isInstructionSheet } from '../core/realization-workbook.js';
import { InputError } from './errors.js';
import { zipUnpackedSize } from './zip-size.js';

/**
 * Size limits of a realization workbook. exceljs keeps the whole workbook in
 * memory. In one measurement (Node 20, exceljs 4.4.0) a workbook of 100,000
 * template rows was a 2.9 MB file that unpacked to 32 MB and took about 380 MB
 * of memory to read, so by estimate the unpacked limit keeps a read under 1 GB.
 */
export interface XlsxLimits {
  /** Maximum size of the file, in bytes. */
  maxBytes: number;
  /** Maximum total unpacked size of the archive's entries, in bytes. */
  maxUnpackedBytes: number;
}

/** Limits used unless a test passes its own. */
export const XLSX_LIMITS: XlsxLimits = { maxBytes: 20 * 1024 * 1024, maxUnpackedBytes: 64 * 1024 * 1024 };

/** The sheets of a realization workbook as raw rows, with the findings about the workbook and its sheets. */
export interface WorkbookRead {
  /** One entry per sheet with a header row, in workbook order; `file` is `<path>#<sheet name>`. */
  sheets: RawRealizationFile[];
  diagnostics: Diagnostic[];
}

type CellRead = { ok: true; text: string } | { ok: false; kind: 'formula' | 'error' | 'date' | 'boolean' | 'percent'; value: string };

/**
 * Reads a realization workbook (.xlsx): every sheet except the template's
 * instructions sheet, each from its first row that names the five required
 * columns. Rows become the same raw rows as a CSV line, so the same checks
 * apply. A number cell becomes text with a decimal comma and no grouping, and
 * the sheets are marked with the `;` delimiter whose rules read that form, so
 * a number is never read differently from its cell. A text cell stays text:
 * `12 orang` is still not a number. Findings name the sheet in the file part
 * of the location (`isian.xlsx#Bidang Sosial`), the Excel row as the line and
 * the column number (1 for A) as the column.
 */
export async function readRealizationXlsx(path: string, displayPath = path, limits: XlsxLimits = XLSX_LIMITS): Promise<WorkbookRead> {
  const bytes = readBytes(path, displayPath, limits.maxBytes);
  const at = { file: displayPath, line: 1, column: 1 };

  const unpacked = zipUnpackedSize(bytes);
  if (unpacked === undefined) return { sheets: [], diagnostics: [diagnostic('XLSX_INVALID', at, { detail: 'zip' })] };
  if (unpacked > limits.maxUnpackedBytes) {
    const size = Number.isFinite(unpacked) ? unpacked : 'ZIP64';
    return { sheets: [], diagnostics: [diagnostic('XLSX_TOO_LARGE', at, { size, limit: limits.maxUnpackedBytes })] };
  }

  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs declares its own Buffer type; at run time it takes a Node Buffer.
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (error) {
    return { sheets: [], diagnostics: [diagnostic('XLSX_INVALID', at, { detail: error instanceof Error ? error.message : String(error) })] };
  }

  const read: WorkbookRead = { sheets: [], diagnostics: [] };
  let dataSheets = 0;
  for (const sheet of workbook.worksheets) {
    if (isInstructionSheet(sheet.name)) continue;
    const result = readSheet(sheet, `${displayPath}#${sheet.name}`);
    read.diagnostics.push(...result.diagnostics);
    if (result.file) read.sheets.push(result.file);
    if (result.file || result.diagnostics.length > 0) dataSheets++;
  }

  if (dataSheets === 0) {
    read.diagnostics.push(diagnostic('XLSX_MISSING_COLUMN', at, { columns: REALIZATION_COLUMNS.join(', '), header: '' }));
  } else if (read.sheets.length > 0 && read.sheets.every((sheet) => sheet.rows.length === 0)) {
    read.diagnostics.push(diagnostic('CSV_EMPTY', at));
  }
  return read;
}

function readBytes(path: string, displayPath: string, maxBytes: number): Buffer {
  try {
    const stats = statSync(path);
    if (stats.isDirectory()) throw new InputError('INPUT_IS_FOLDER', { path: displayPath });
    if (stats.size > maxBytes) throw new InputError('INPUT_TOO_LARGE', { path: displayPath, size: stats.size, limit: maxBytes });
    return readFileSync(path);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? 'INPUT_NOT_FOUND' : 'INPUT_UNREADABLE', { path: displayPath, reason: code ?? String(error) });
  }
}

// A sheet without any value is skipped without a finding. A sheet with values
// but no header row gets a finding at the row closest to a header.
function readSheet(sheet: ExcelJS.Worksheet, file: string): { file?: RawRealizationFile; diagnostics: Diagnostic[] } {
  const rows: ExcelJS.Row[] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    if (!isBlank(row)) rows.push(row);
  });
  if (rows.length === 0) return { diagnostics: [] };

  const header = findHeader(rows);
  if (!header.columns) {
    const args = { columns: header.missing.join(', '), header: header.names.filter((name) => name !== '').join(', ') };
    return { diagnostics: [diagnostic('XLSX_MISSING_COLUMN', { file, line: header.rowNumber, column: 1 }, args)] };
  }

  const diagnostics: Diagnostic[] = [];
  const raw: RawRealizationRow[] = [];
  for (const row of rows.filter((r) => r.number > header.rowNumber)) {
    const cells = {} as Record<RealizationColumn, string>;
    let readable = true;
    for (const column of REALIZATION_COLUMNS) {
      const columnNumber = header.columns[column];
      const cell = readCell(row.getCell(columnNumber));
      if (cell.ok) {
        cells[column] = cell.text.trim();
      } else {
        diagnostics.push(diagnostic('XLSX_CELL_VALUE', { file, line: row.number, column: columnNumber }, { kind: cell.kind, value: cell.value }));
        readable = false;
      }
    }
    if (readable) raw.push({ line: row.number, cells, columns: { ...header.columns } });
  }
  return { file: { file, delimiter: ';', rows: raw }, diagnostics };
}

interface HeaderSearch {
  rowNumber: number;
  names: string[];
  columns?: Record<RealizationColumn, number>;
  missing: RealizationColumn[];
}

// The header is the first row that names all five columns, in any order and
// case. When none does, the row naming most of them is reported, or the first row.
function findHeader(rows: readonly ExcelJS.Row[]): HeaderSearch {
  let closest: HeaderSearch | undefined;
  for (const row of rows) {
    const names: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      const read = readCell(cell);
      names[column - 1] = read.ok ? read.text.trim().toLowerCase() : '';
    });
    const missing = REALIZATION_COLUMNS.filter((column) => !names.includes(column));
    if (missing.length === 0) {
      const columns = Object.fromEntries(REALIZATION_COLUMNS.map((column) => [column, names.indexOf(column) + 1])) as Record<RealizationColumn, number>;
      return { rowNumber: row.number, names, columns, missing };
    }
    if (!closest || missing.length < closest.missing.length) closest = { rowNumber: row.number, names: [...names].map((name) => name ?? ''), missing };
  }
  return closest as HeaderSearch;
}

function isBlank(row: ExcelJS.Row): boolean {
  let blank = true;
  row.eachCell({ includeEmpty: false }, (cell) => {
    const read = readCell(cell);
    if (!read.ok || read.text.trim() !== '') blank = false;
  });
  return blank;
}

function readCell(cell: ExcelJS.Cell): CellRead {
  const source = cell.isMerged ? cell.master : cell;
  const value = source.value;
  switch (source.type) {
    case ExcelJS.ValueType.Null:
      return { ok: true, text: '' };
    case ExcelJS.ValueType.Number:
      // A cell formatted as a percentage shows 18% but stores 0.18; reading
      // either number would be a guess about what was meant.
      if (/%/.test(source.numFmt ?? '')) return { ok: false, kind: 'percent', value: `${numberText(Number(((value as number) * 100).toPrecision(12)))}%` };
      return { ok: true, text: numberText(value as number) };
    case ExcelJS.ValueType.String:
    case ExcelJS.ValueType.SharedString:
      return { ok: true, text: String(value) };
    case ExcelJS.ValueType.RichText:
      return { ok: true, text: richText(value as ExcelJS.CellRichTextValue) };
    case ExcelJS.ValueType.Hyperlink: {
      const text = (value as ExcelJS.CellHyperlinkValue).text as unknown;
      return { ok: true, text: typeof text === 'string' ? text : richText(text as ExcelJS.CellRichTextValue) };
    }
    case ExcelJS.ValueType.Date:
      return { ok: false, kind: 'date', value: isoDate(value as Date) };
    case ExcelJS.ValueType.Boolean:
      return { ok: false, kind: 'boolean', value: value ? 'TRUE' : 'FALSE' };
    case ExcelJS.ValueType.Error:
      return { ok: false, kind: 'error', value: (value as ExcelJS.CellErrorValue).error };
    case ExcelJS.ValueType.Formula:
      return formulaResult(source);
    default:
      return { ok: true, text: String(value ?? '') };
  }
}

// Excel stores the last computed result with each formula, and a number or a
// text result is read as if it had been typed. A file written by a program and
// never opened in Excel may have no result, and then nothing can be read.
function formulaResult(cell: ExcelJS.Cell): CellRead {
  const result = cell.result as unknown;
  if (typeof result === 'number') return { ok: true, text: numberText(result) };
  if (typeof result === 'string') return { ok: true, text: result };
  if (result instanceof Date) return { ok: false, kind: 'date', value: isoDate(result) };
  if (typeof result === 'boolean') return { ok: false, kind: 'boolean', value: result ? 'TRUE' : 'FALSE' };
  if (typeof result === 'object' && result !== null && 'error' in result) return { ok: false, kind: 'error', value: String(result.error) };
  return { ok: false, kind: 'formula', value: `=${cell.formula}` };
}

function richText(value: ExcelJS.CellRichTextValue): string {
  return value.richText.map((run) => run.text).join('');
}

function isoDate(date: Date): string {
  return Number.isNaN(date.getTime()) ? String(date) : date.toISOString().slice(0, 10);
}

/**
 * Writes a number as the `;`-file rules read it back exactly: a decimal comma,
 * no thousands grouping and no exponent (`1e-7` becomes `0,0000001`).
 */
export function numberText(value: number): string {
  return expandExponent(String(value)).replace('.', ',');
}

function expandExponent(text: string): string {
  const match = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!match) return text;
  const [, sign, whole = '', fraction = '', exponent = '0'] = match;
  const digits = `${whole}${fraction}`;
  const point = whole.length + Number(exponent);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}
