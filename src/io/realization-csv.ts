import { isUtf8 } from 'node:buffer';
import { createReadStream, statSync } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { CsvError, parse as parseStream, type Options as CsvParseOptions } from 'csv-parse';
import { parse as parseText } from 'csv-parse/sync';
import { diagnostic, type Diagnostic } from '../core/diagnostic.js';
import type { CsvDelimiter } from '../core/number-text.js';
import {
  REALIZATION_COLUMNS,
  type RawRealizationFile,
  type RawRealizationRow,
  type RealizationColumn,
  type RealizationRowSink,
} from '../core/realization-check.js';
import { InputError } from './errors.js';

/** Largest realization file read, in bytes. */
export const MAX_CSV_BYTES = 512 * 1024 * 1024;

/** Most data rows read from one realization file; about 60 times a province's yearly data. */
export const MAX_CSV_ROWS = 5_000_000;

/** Maximum cell length read, in characters. Ids are far shorter, so a longer cell is a broken quote or a pasted document. */
export const MAX_CSV_CELL_CHARS = 2_000;

/** Limits of one realization file; tests lower them to reach them cheaply. */
export interface CsvLimits {
  maxRows: number;
  maxCellChars: number;
}

const CSV_LIMITS: CsvLimits = { maxRows: MAX_CSV_ROWS, maxCellChars: MAX_CSV_CELL_CHARS };

/** Options of {@link streamRealizationCsv}. */
export interface CsvStreamOptions {
  /** Defaults to {@link MAX_CSV_ROWS} and {@link MAX_CSV_CELL_CHARS}. */
  limits?: CsvLimits;
  /** Bytes read from the disk at a time; defaults to 64 KiB, the default of `fs.createReadStream`. */
  chunkBytes?: number;
}

/** A realization file split into rows, with the findings that concern the file as a whole. */
export interface CsvRead {
  file: RawRealizationFile;
  diagnostics: Diagnostic[];
}

/** The result of streaming a realization file: its delimiter, the count of data rows handed on, and the findings that concern the file as a whole. */
export interface CsvStreamRead {
  file: string;
  delimiter: CsvDelimiter;
  /** Data rows handed to the sink and kept; 0 when the file was discarded. */
  rows: number;
  diagnostics: Diagnostic[];
}

/**
 * Reads a realization CSV in chunks and hands each data row to `sink` as soon
 * as it is parsed. The file is read as Excel writes it: `,` or `;` delimiter
 * (from a `sep=` line or the header), optional UTF-8 BOM, CRLF, LF or CR line
 * ends. Bytes that are not UTF-8 are a finding naming the line, never decoded
 * by guess. When the file turns out unreadable after some rows were handed on
 * (bad bytes, a syntax error, too many rows), `sink.discardFile()` takes them back.
 */
export async function streamRealizationCsv(
  path: string,
  displayPath: string,
  sink: RealizationRowSink,
  options: CsvStreamOptions = {},
): Promise<CsvStreamRead> {
  checkFileSize(path, displayPath);
  const input = createReadStream(path, { highWaterMark: options.chunkBytes ?? 64 * 1024 });
  const utf8 = new Utf8Validator();
  const chunks = utf8.validate(input)[Symbol.asyncIterator]();
  let layout: CsvLayout | undefined;
  let reader: RecordReader | undefined;

  try {
    const start = await readStart(chunks);
    layout = describeCsvStart(start.toString('utf8', bomLength(start)));
    const delimiter = layout.delimiter;
    const sepFinding = checkSepLine(layout, displayPath);
    if (sepFinding) {
      // Bytes that are not UTF-8 later in the file still take precedence.
      await readToEnd(chunks);
      return { file: displayPath, delimiter, rows: 0, diagnostics: [sepFinding] };
    }

    const body = start.subarray(bomLength(start) + Buffer.byteLength(layout.sepLine));
    const recordReader = createRecordReader(displayPath, layout, options.limits ?? CSV_LIMITS, sink);
    reader = recordReader;
    await pipeline(
      async function* () {
        if (body.length > 0) yield body;
        for (let next = await chunks.next(); !next.done; next = await chunks.next()) yield next.value;
      },
      parseStream(parseOptions(delimiter)),
      // Records are taken from the parser's output rather than through
      // `on_record`, which builds an info object for every record.
      async (records: AsyncIterable<RawRecord>) => {
        for await (const { record, raw } of records) recordReader.record(record, raw);
      },
    );
    return { file: displayPath, delimiter, ...recordReader.finish() };
  } catch (error) {
    reader?.discard();
    // Bytes that are not UTF-8 after a syntax error still take precedence over it.
    // The validator records them, as the parser may stop while a chunk is in flight.
    if (error instanceof CsvError) await readToEnd(chunks).catch(() => undefined);
    const failure = utf8.failure ?? error;
    if (failure instanceof InvalidUtf8Error) {
      const workbook = utf8.startsLikeZip();
      const location = { file: displayPath, line: workbook ? 1 : failure.line, column: 1 };
      return { file: displayPath, delimiter: ',', rows: 0, diagnostics: [diagnostic('CSV_ENCODING', location, { kind: workbook ? 'workbook' : 'text' })] };
    }
    if (failure instanceof CsvError && layout) {
      return { file: displayPath, delimiter: layout.delimiter, rows: 0, diagnostics: [syntaxFinding(failure, displayPath, layout)] };
    }
    throw toInputError(failure, displayPath);
  } finally {
    input.destroy();
  }
}

/**
 * Reads a realization CSV whole into rows, with the checks of
 * {@link streamRealizationCsv}. It keeps every row in memory, so it suits small files
 * and tests; `iki report` and `iki validate` stream instead.
 */
export async function readRealizationCsv(path: string, displayPath = path, options: CsvStreamOptions = {}): Promise<CsvRead> {
  const collector = collectRows();
  const read = await streamRealizationCsv(path, displayPath, collector, options);
  return { file: { file: read.file, delimiter: read.delimiter, rows: collector.rows }, diagnostics: read.diagnostics };
}

/** Splits CSV text, without a BOM, into rows; exported for tests that build text in memory. */
export function splitRealizationCsv(text: string, file: string, limits: CsvLimits = CSV_LIMITS): CsvRead {
  const layout = describeCsvStart(text);
  const empty = { file, delimiter: layout.delimiter, rows: [] };
  const sepFinding = checkSepLine(layout, file);
  if (sepFinding) return { file: empty, diagnostics: [sepFinding] };

  const collector = collectRows();
  const reader = createRecordReader(file, layout, limits, collector);
  try {
    // Returning null from `on_record` keeps each record out of the returned array.
    const onRecord = (entry: unknown) => {
      const { record, raw } = entry as RawRecord;
      reader.record(record, raw);
      return null;
    };
    parseText(text.slice(layout.sepLine.length), { ...parseOptions(layout.delimiter), on_record: onRecord });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    return { file: empty, diagnostics: [syntaxFinding(error, file, layout)] };
  }
  const { diagnostics } = reader.finish();
  return { file: { ...empty, rows: collector.rows }, diagnostics };
}

/** The start of a file: its `sep=` line, if any, and the delimiter and tab found in the header line. */
interface CsvLayout {
  /** The `sep=` line with its line end, or '' without one. */
  sepLine: string;
  /** The character after `sep=`, if the file has that line. */
  declared: string | undefined;
  delimiter: CsvDelimiter;
  /** Lines before the header: 1 after a `sep=` line, otherwise 0. */
  lineOffset: number;
  headerHasTab: boolean;
}

// `text` must contain the header line up to its LF, or the whole file.
function describeCsvStart(text: string): CsvLayout {
  const sepLine = /^sep=(.)\r?\n/.exec(text);
  const body = sepLine ? text.slice(sepLine[0].length) : text;
  const headerLine = body.split(/\r?\n/, 1)[0] ?? '';
  return {
    sepLine: sepLine?.[0] ?? '',
    declared: sepLine?.[1],
    delimiter: chooseDelimiter(sepLine?.[1], headerLine),
    lineOffset: sepLine ? 1 : 0,
    headerHasTab: headerLine.includes('\t'),
  };
}

function checkSepLine(layout: CsvLayout, file: string): Diagnostic | undefined {
  if (layout.declared === undefined || layout.declared === ',' || layout.declared === ';') return undefined;
  return diagnostic('CSV_SYNTAX', { file, line: 1, column: 5 }, { detail: `sep=${layout.declared}` });
}

function syntaxFinding(error: CsvError & { lines?: number }, file: string, layout: CsvLayout): Diagnostic {
  const line = (error.lines ?? 1) + layout.lineOffset;
  return diagnostic('CSV_SYNTAX', { file, line, column: 1 }, { detail: error.message });
}

// With `raw`, csv-parse gives each record as `{ record, raw }`.
interface RawRecord {
  record: string[];
  raw: string;
}

function parseOptions(delimiter: CsvDelimiter): CsvParseOptions {
  return { delimiter, raw: true, skip_empty_lines: true, relax_column_count: true, bom: false };
}

interface RecordReader {
  record(record: string[], raw: string): void;
  /** Takes back the rows handed to the sink, for a file that failed after its rows started. */
  discard(): void;
  finish(): { rows: number; diagnostics: Diagnostic[] };
}

/**
 * Numbers records by line, finds the header and checks each data row, handing
 * good rows to `sink`. Findings about the header or the row count replace the
 * row findings, as they make every row suspect.
 */
function createRecordReader(file: string, layout: CsvLayout, limits: CsvLimits, sink: RealizationRowSink): RecordReader {
  const { delimiter, lineOffset } = layout;
  const diagnostics: Diagnostic[] = [];
  let linesBefore = lineOffset;
  let header: string[] | undefined;
  let names: string[] = [];
  let headerFinding: Diagnostic | undefined;
  let dataRows = 0;
  let rows = 0;
  sink.beginFile({ file, delimiter });

  const readHeader = (record: string[]) => {
    header = record;
    names = record.map((name) => name.trim().toLowerCase());
    const missing = REALIZATION_COLUMNS.filter((column) => !names.includes(column));
    if (missing.length === 0) return;
    // Excel's "Text (Tab delimited)" and "Unicode Text" exports separate columns by tabs.
    const args = { columns: missing.join(', '), header: record.join(delimiter), delimiter, tab: layout.headerHasTab ? 'yes' : 'no' };
    headerFinding = diagnostic('CSV_MISSING_COLUMN', { file, line: 1 + lineOffset, column: 1 }, args);
  };

  const readRow = (record: string[], raw: string, line: number) => {
    const longCell = record.findIndex((cell) => cell.length > limits.maxCellChars);
    if (longCell >= 0) {
      const column = fieldColumns(raw.replace(/^[\r\n]+/, ''), delimiter)[longCell] ?? 1;
      diagnostics.push(diagnostic('CSV_CELL_TOO_LONG', { file, line, column }, { length: record[longCell]?.length ?? 0, limit: limits.maxCellChars }));
      return;
    }
    if (record.length !== names.length) {
      // Excel adds an empty last cell when a stray delimiter ends the row.
      const trailing = record.length === names.length + 1 && (record[record.length - 1] ?? '').trim() === '' ? 'yes' : 'no';
      diagnostics.push(diagnostic('CSV_FIELD_COUNT', { file, line, column: 1 }, { found: record.length, expected: names.length, delimiter, trailing }));
      return;
    }
    sink.add(toRow(record, names, line, fieldColumns(raw.replace(/^[\r\n]+/, ''), delimiter)));
    rows++;
  };

  const discard = () => {
    sink.discardFile();
    rows = 0;
  };

  return {
    record(record, raw) {
      if (headerFinding) return;
      // Line numbers are counted over the raw text of every record, so quoted cells
      // with line breaks (LF, CRLF or CR) and skipped blank lines are accounted for.
      const leading = /^[\r\n]*/.exec(raw)?.[0] ?? '';
      const line = linesBefore + countLineBreaks(leading) + 1;
      linesBefore += countLineBreaks(raw);

      // Excel leaves rows of bare delimiters below the data; they hold no value, so
      // they count as blank lines, which CSV readers skip.
      if (!record.some((cell) => cell.trim() !== '')) return;
      if (!header) {
        readHeader(record);
        return;
      }
      // Rows past the limit are only counted, so the finding gives the file's row count.
      dataRows++;
      if (dataRows <= limits.maxRows) readRow(record, raw, line);
    },
    discard,
    finish() {
      if (!header) {
        const args = { columns: REALIZATION_COLUMNS.join(', '), header: '', delimiter };
        return { rows: 0, diagnostics: [diagnostic('CSV_MISSING_COLUMN', { file, line: 1, column: 1 }, args)] };
      }
      if (headerFinding) return { rows: 0, diagnostics: [headerFinding] };
      if (dataRows > limits.maxRows) {
        discard();
        return {
          rows: 0,
          diagnostics: [diagnostic('CSV_TOO_MANY_ROWS', { file, line: 1 + lineOffset, column: 1 }, { rows: dataRows, limit: limits.maxRows })],
        };
      }
      if (dataRows === 0) diagnostics.push(diagnostic('CSV_EMPTY', { file, line: 1 + lineOffset, column: 1 }));
      return { rows, diagnostics };
    },
  };
}

// A sink that keeps every row, for the readers that return rows.
function collectRows(): RealizationRowSink & { rows: RawRealizationRow[] } {
  const rows: RawRealizationRow[] = [];
  return {
    rows,
    beginFile: () => undefined,
    add: (row) => rows.push(row),
    discardFile: () => {
      rows.length = 0;
    },
  };
}

function checkFileSize(path: string, displayPath: string): void {
  try {
    const stats = statSync(path);
    if (stats.isDirectory()) throw new InputError('INPUT_IS_FOLDER', { path: displayPath });
    if (stats.size > MAX_CSV_BYTES) throw new InputError('INPUT_TOO_LARGE', { path: displayPath, size: stats.size, limit: MAX_CSV_BYTES });
  } catch (error) {
    throw toInputError(error, displayPath);
  }
}

function toInputError(error: unknown, displayPath: string): unknown {
  if (error instanceof InputError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === undefined) return error;
  return new InputError(code === 'ENOENT' ? 'INPUT_NOT_FOUND' : 'INPUT_UNREADABLE', { path: displayPath, reason: code });
}

/**
 * Reads chunks until they contain the header line with its LF (after a `sep=`
 * line, if any) or the file ends, since the delimiter must be known before parsing.
 * NOTE: a file with CR line ends only (old Mac Excel) has no LF, so it is held whole here.
 */
async function readStart(chunks: AsyncIterator<Buffer>): Promise<Buffer> {
  let parts: Buffer[] = [];
  for (let next = await chunks.next(); !next.done; next = await chunks.next()) {
    parts.push(next.value);
    if (!next.value.includes(0x0a)) continue;
    const start = Buffer.concat(parts);
    if (containsHeaderLine(start)) return start;
    parts = [start];
  }
  return Buffer.concat(parts);
}

async function readToEnd(chunks: AsyncIterator<Buffer>): Promise<void> {
  for (let next = await chunks.next(); !next.done; next = await chunks.next());
}

function containsHeaderLine(start: Buffer): boolean {
  const from = bomLength(start);
  const firstLineEnd = start.indexOf(0x0a, from);
  if (firstLineEnd < 0) return false;
  const firstLine = start.toString('utf8', from, firstLineEnd + 1);
  return !/^sep=.\r?\n/.test(firstLine) || start.includes(0x0a, firstLineEnd + 1);
}

// Up to two BOMs are dropped, because a file that passed through two tools
// adding one each starts with two.
function bomLength(bytes: Buffer): number {
  let length = 0;
  while (length < 6 && bytes[length] === 0xef && bytes[length + 1] === 0xbb && bytes[length + 2] === 0xbf) length += 3;
  return length;
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

/** The first byte sequence of a file that is not UTF-8, on 1-based `line`. */
class InvalidUtf8Error extends Error {
  constructor(readonly line: number) {
    super(`invalid UTF-8 on line ${line}`);
  }
}

/**
 * Checks that chunks of a file are UTF-8, counting LF bytes so that the first
 * invalid sequence can be given a line. A sequence split between two chunks
 * is held back until the next chunk completes it.
 */
class Utf8Validator {
  private head = Buffer.alloc(0);
  private pending = Buffer.alloc(0);
  private lineBreaks = 0;
  /** The invalid sequence found, kept after the generator has thrown it. */
  failure: InvalidUtf8Error | undefined;

  /** Yields the chunks cut at sequence boundaries; throws InvalidUtf8Error at the first invalid sequence. */
  async *validate(chunks: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
    for await (const chunk of chunks) {
      if (this.head.length < 4) this.head = Buffer.concat([this.head, chunk.subarray(0, 4 - this.head.length)]);
      const bytes = this.pending.length > 0 ? Buffer.concat([this.pending, chunk]) : chunk;
      const end = completeLength(bytes);
      const complete = bytes.subarray(0, end);
      this.check(complete);
      // Copied, so that the small remainder does not keep the whole chunk alive.
      this.pending = Buffer.from(bytes.subarray(end));
      if (complete.length > 0) yield complete;
    }
    if (this.pending.length > 0) this.fail(this.lineBreaks + 1);
  }

  /** Tells whether the file starts like a ZIP archive, as an Excel workbook saved under a .csv name does. */
  startsLikeZip(): boolean {
    return this.head[0] === 0x50 && this.head[1] === 0x4b && this.head[2] === 0x03 && this.head[3] === 0x04;
  }

  private check(bytes: Buffer): void {
    if (!isUtf8(bytes)) this.fail(this.lineBreaks + countLineFeeds(bytes, invalidUtf8Offset(bytes)) + 1);
    this.lineBreaks += countLineFeeds(bytes, bytes.length);
  }

  private fail(line: number): never {
    this.failure = new InvalidUtf8Error(line);
    throw this.failure;
  }
}

function countLineFeeds(bytes: Buffer, end: number): number {
  let count = 0;
  for (let index = bytes.indexOf(0x0a); index >= 0 && index < end; index = bytes.indexOf(0x0a, index + 1)) count++;
  return count;
}

// Returns the length of `bytes` without a sequence that starts near the end
// and needs bytes of the next chunk.
function completeLength(bytes: Buffer): number {
  for (let index = bytes.length - 1; index >= Math.max(0, bytes.length - 3); index--) {
    const byte = bytes[index] as number;
    if (byte < 0x80) return bytes.length;
    if (byte >= 0xc0) {
      const length = utf8SequenceLength(byte);
      return length > 0 && index + length > bytes.length ? index : bytes.length;
    }
  }
  return bytes.length;
}

// Returns the offset of the first sequence that is not UTF-8, by the rules
// `buffer.isUtf8` and a fatal TextDecoder apply: no overlong forms, no
// surrogates, nothing above U+10FFFF.
function invalidUtf8Offset(bytes: Buffer): number {
  let index = 0;
  while (index < bytes.length) {
    const byte = bytes[index] as number;
    const length = utf8SequenceLength(byte);
    if (length === 0 || index + length > bytes.length) return index;
    const [low, high] = secondByteRange(byte);
    const second = bytes[index + 1] ?? 0;
    if (length > 1 && (second < low || second > high)) return index;
    for (let k = 2; k < length; k++) {
      if (((bytes[index + k] as number) & 0xc0) !== 0x80) return index;
    }
    index += length;
  }
  return bytes.length;
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

function secondByteRange(lead: number): [number, number] {
  if (lead === 0xe0) return [0xa0, 0xbf];
  if (lead === 0xed) return [0x80, 0x9f];
  if (lead === 0xf0) return [0x90, 0xbf];
  if (lead === 0xf4) return [0x80, 0x8f];
  return [0x80, 0xbf];
}
