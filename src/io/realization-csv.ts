import { readFileSync, statSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { diagnostic, type Diagnostic } from '../core/diagnostic.js';
import type { CsvDelimiter } from '../core/number-text.js';
import { REALIZATION_COLUMNS, type RawRealizationFile, type RawRealizationRow, type RealizationColumn } from '../core/realization-check.js';
import { InputError } from './errors.js';

/** Largest realization file read, in bytes. */
export const MAX_CSV_BYTES = 512 * 1024 * 1024;

/** Most data rows read from one realization file; about 60 times a province's yearly data. */
export const MAX_CSV_ROWS = 5_000_000;

/** Maximum cell length read, in characters. Ids are far shorter, so a longer cell is a broken quote or a pasted document. */
export const MAX_CSV_CELL_CHARS = 2_000;

/** A realization file split into rows, with the findings that concern the file as a whole. */
export interface CsvRead {
  file: RawRealizationFile;
  diagnostics: Diagnostic[];
}

/**
 * Reads a realization CSV as Excel writes it: `,` or `;` delimiter (from a
 * `sep=` line or the header), optional UTF-8 BOM, CRLF or LF line ends.
 * Bytes that are not UTF-8 are a finding naming the line, never decoded by guess.
 */
export function readRealizationCsv(path: string, displayPath = path): CsvRead {
  const bytes = readBytes(path, displayPath);
  const empty = (delimiter: CsvDelimiter = ',') => ({ file: displayPath, delimiter, rows: [] });

  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // A ZIP archive is an Excel workbook saved under a .csv name.
    const isWorkbook = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
    const line = isWorkbook ? 1 : lineOfFirstInvalidByte(bytes);
    return { file: empty(), diagnostics: [diagnostic('CSV_ENCODING', { file: displayPath, line, column: 1 }, { kind: isWorkbook ? 'workbook' : 'text' })] };
  }
  return splitRealizationCsv(text.replace(/^\uFEFF/, ''), displayPath);
}

/** Limits of one realization file; tests lower them to reach them cheaply. */
export interface CsvLimits {
  maxRows: number;
  maxCellChars: number;
}

/** Splits CSV text into rows; exported for tests that build text in memory. */
export function splitRealizationCsv(text: string, file: string, limits: CsvLimits = { maxRows: MAX_CSV_ROWS, maxCellChars: MAX_CSV_CELL_CHARS }): CsvRead {
  const sepLine = /^sep=(.)\r?\n/.exec(text);
  const body = sepLine ? text.slice(sepLine[0].length) : text;
  const lineOffset = sepLine ? 1 : 0;
  const headerLine = body.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = chooseDelimiter(sepLine?.[1], headerLine);
  const diagnostics: Diagnostic[] = [];

  if (sepLine && sepLine[1] !== ',' && sepLine[1] !== ';') {
    diagnostics.push(diagnostic('CSV_SYNTAX', { file, line: 1, column: 5 }, { detail: `sep=${sepLine[1]}` }));
    return { file: { file, delimiter, rows: [] }, diagnostics };
  }

  let records: { record: string[]; raw: string }[];
  try {
    records = parse(body, { delimiter, info: true, raw: true, skip_empty_lines: true, relax_column_count: true, bom: false }) as unknown as typeof records;
  } catch (error) {
    const parseError = error as Error & { lines?: number };
    const line = (parseError.lines ?? 1) + lineOffset;
    diagnostics.push(diagnostic('CSV_SYNTAX', { file, line, column: 1 }, { detail: parseError.message }));
    return { file: { file, delimiter, rows: [] }, diagnostics };
  }

  // Excel leaves rows of bare delimiters below the data; they hold no value, so
  // they count as blank lines, which CSV readers skip.
  // Line numbers are counted over the raw text of every record, so quoted cells
  // with line breaks (LF, CRLF or CR) and skipped blank lines are accounted for.
  let linesBefore = lineOffset;
  const numbered = records.map((r) => {
    const leading = /^[\r\n]*/.exec(r.raw)?.[0] ?? '';
    const line = linesBefore + countLineBreaks(leading) + 1;
    linesBefore += countLineBreaks(r.raw);
    return { ...r, line };
  });
  const [header, ...data] = numbered.filter((r) => r.record.some((cell) => cell.trim() !== ''));
  if (!header) {
    const columns = REALIZATION_COLUMNS.join(', ');
    return {
      file: { file, delimiter, rows: [] },
      diagnostics: [diagnostic('CSV_MISSING_COLUMN', { file, line: 1, column: 1 }, { columns, header: '', delimiter })],
    };
  }

  const names = header.record.map((name) => name.trim().toLowerCase());
  const missing = REALIZATION_COLUMNS.filter((column) => !names.includes(column));
  if (missing.length > 0) {
    // Excel's "Text (Tab delimited)" and "Unicode Text" exports separate columns by tabs.
    const args = { columns: missing.join(', '), header: header.record.join(delimiter), delimiter, tab: headerLine.includes('\t') ? 'yes' : 'no' };
    diagnostics.push(diagnostic('CSV_MISSING_COLUMN', { file, line: 1 + lineOffset, column: 1 }, args));
    return { file: { file, delimiter, rows: [] }, diagnostics };
  }

  if (data.length > limits.maxRows) {
    diagnostics.push(diagnostic('CSV_TOO_MANY_ROWS', { file, line: 1 + lineOffset, column: 1 }, { rows: data.length, limit: limits.maxRows }));
    return { file: { file, delimiter, rows: [] }, diagnostics };
  }

  const rows: RawRealizationRow[] = [];
  for (const { record, raw, line } of data) {
    const longCell = record.findIndex((cell) => cell.length > limits.maxCellChars);
    if (longCell >= 0) {
      const column = fieldColumns(raw.replace(/^[\r\n]+/, ''), delimiter)[longCell] ?? 1;
      diagnostics.push(diagnostic('CSV_CELL_TOO_LONG', { file, line, column }, { length: record[longCell]?.length ?? 0, limit: limits.maxCellChars }));
      continue;
    }
    if (record.length !== names.length) {
      // Excel adds an empty last cell when a stray delimiter ends the row.
      const trailing = record.length === names.length + 1 && (record[record.length - 1] ?? '').trim() === '' ? 'yes' : 'no';
      diagnostics.push(diagnostic('CSV_FIELD_COUNT', { file, line, column: 1 }, { found: record.length, expected: names.length, delimiter, trailing }));
      continue;
    }
    rows.push(toRow(record, names, line, fieldColumns(raw.replace(/^[\r\n]+/, ''), delimiter)));
  }
  if (data.length === 0) diagnostics.push(diagnostic('CSV_EMPTY', { file, line: 1 + lineOffset, column: 1 }));
  return { file: { file, delimiter, rows }, diagnostics };
}

function readBytes(path: string, displayPath: string): Buffer {
  try {
    const stats = statSync(path);
    if (stats.isDirectory()) throw new InputError('INPUT_IS_FOLDER', { path: displayPath });
    if (stats.size > MAX_CSV_BYTES) throw new InputError('INPUT_TOO_LARGE', { path: displayPath, size: stats.size, limit: MAX_CSV_BYTES });
    return readFileSync(path);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? 'INPUT_NOT_FOUND' : 'INPUT_UNREADABLE', { path: displayPath, reason: code ?? String(error) });
  }
}

function chooseDelimiter(declared: string | undefined, headerLine: string): CsvDelimiter {
  if (declared === ';' || declared === ',') return declared;
  const semicolons = headerLine.split(';').length;
  const commas = headerLine.split(',').length;
  return semicolons > commas ? ';' : ',';
}

function countLineBreaks(text: string): number {
  return (text.match(/\r\n|\r|\n/g) ?? []).length;
}

// Returns the 1-based character column where each field starts on its first line.
function fieldColumns(raw: string, delimiter: string): number[] {
  const columns = [1];
  let quoted = false;
  for (let i = 0; i < raw.length; i++) {
    const char = raw[i];
    if (char === '"') quoted = !quoted;
    else if (char === delimiter && !quoted) columns.push(i + 2);
  }
  return columns;
}

function toRow(record: string[], names: string[], line: number, columns: number[]): RawRealizationRow {
  const cells = {} as Record<RealizationColumn, string>;
  const positions = {} as Record<RealizationColumn, number>;
  for (const column of REALIZATION_COLUMNS) {
    const index = names.indexOf(column);
    cells[column] = (record[index] ?? '').trim();
    positions[column] = columns[index] ?? index + 1;
  }
  return { line, cells, columns: positions };
}

function lineOfFirstInvalidByte(bytes: Buffer): number {
  let line = 1;
  let index = 0;
  while (index < bytes.length) {
    const byte = bytes[index] as number;
    const length = utf8SequenceLength(byte);
    if (length === 0) return line;
    for (let k = 1; k < length; k++) {
      const next = bytes[index + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return line;
    }
    if (byte === 0x0a) line++;
    index += length;
  }
  return line;
}

// Returns the length of the UTF-8 sequence a lead byte starts, or 0 for a byte
// that cannot start one.
function utf8SequenceLength(byte: number): number {
  if (byte < 0x80) return 1;
  if (byte >= 0xc2 && byte <= 0xdf) return 2;
  if (byte >= 0xe0 && byte <= 0xef) return 3;
  if (byte >= 0xf0 && byte <= 0xf4) return 4;
  return 0;
}
