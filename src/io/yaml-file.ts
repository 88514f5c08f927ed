import { readFileSync, statSync, type Stats } from 'node:fs';
import { diagnostic, type Diagnostic } from '../core/diagnostic.js';
import { schemaFindings } from '../core/schema-findings.js';
import { parseSuppressions, type Suppression } from '../core/suppression.js';
import type { SourceFile } from '../core/source.js';
import { InputError } from './errors.js';
import { validateSchema, type FileKind } from './schemas.js';
import { MAX_YAML_BYTES, parseYamlSource, sourceFromData } from './yaml-source.js';

/** A YAML file read and checked against its schema; `source` is set only when it has no errors. */
export interface YamlRead<T> {
  source: SourceFile<T> | undefined;
  /** The top-level `id` of a file that parsed but failed its schema, so references to it still resolve. */
  invalidId?: string;
  diagnostics: Diagnostic[];
  /**
   * The file's `# iki-disable-next-line` comments and the findings about them,
   * found while the text was at hand, so `iki validate` need not read it again.
   */
  comments: FileComments;
}

/** Suppression comments of a file, and the findings about malformed ones. */
export interface FileComments {
  suppressions: Suppression[];
  diagnostics: Diagnostic[];
}

/**
 * Reads a YAML file of `kind`, parses it with positions and validates it
 * against the kind's schema. `displayPath` is the name used in findings.
 */
export function readYamlFile<T>(kind: FileKind, path: string, displayPath = path): YamlRead<T> {
  return readYamlFileWithStats<T>(kind, path, displayPath).read;
}

/** Size and modification time of a file as read, to tell whether it was saved again since. */
interface FileStamp {
  size: number;
  mtimeMs: number;
}

function readYamlFileWithStats<T>(kind: FileKind, path: string, displayPath: string): { read: YamlRead<T>; stats: FileStamp } {
  const stats = fileStats(path, displayPath);
  return { read: readYamlFileStamped<T>(kind, path, displayPath, stats), stats };
}

function readYamlFileStamped<T>(kind: FileKind, path: string, displayPath: string, stats: FileStamp): YamlRead<T> {
  if (stats.size > MAX_YAML_BYTES) return tooLarge(displayPath, stats.size);
  return checkYamlText<T>(kind, readFileText(path, displayPath), displayPath, () => rereadUnchanged(path, displayPath, stats));
}

function tooLarge<T>(file: string, size: number): YamlRead<T> {
  const finding = diagnostic('YAML_TOO_LARGE', { file, line: 1, column: 1 }, { size, limit: MAX_YAML_BYTES });
  return { source: undefined, diagnostics: [finding], comments: { suppressions: [], diagnostics: [] } };
}

/**
 * Parses the text of a YAML file of `kind` and validates it against the kind's
 * schema, as `readYamlFile` does once it has read the file. Used for files read
 * from a git revision, which exist only in memory, so their text is kept.
 */
export function readYamlText<T>(kind: FileKind, text: string, file: string): YamlRead<T> {
  const size = Buffer.byteLength(text, 'utf8');
  if (size > MAX_YAML_BYTES) return tooLarge(file, size);
  return checkYamlText<T>(kind, text, file);
}

// The checks after the size check. `reread` reads the text again for positions;
// without it the text is kept.
function checkYamlText<T>(kind: FileKind, text: string, file: string, reread?: () => string): YamlRead<T> {
  const noComments: FileComments = { suppressions: [], diagnostics: [] };
  const failed = (diagnostics: Diagnostic[], comments = noComments): YamlRead<T> => ({ source: undefined, diagnostics, comments });

  // UTF-16 or other non-UTF-8 bytes decode to replacement and NUL characters;
  // reading on would quote the garbled text back at the user.
  if (text.includes('\u0000') || text.includes('\uFFFD')) return failed([diagnostic('YAML_ENCODING', { file, line: 1, column: 1 })]);
  const comments = text.includes('iki-disable') ? parseSuppressions(file, text) : noComments;
  const parsed = parseYamlSource<T>(file, text, reread);
  if (!parsed.ok) return failed(parsed.diagnostics, comments);
  if (parsed.source.data === null || parsed.source.data === undefined) return failed([diagnostic('YAML_EMPTY', { file, line: 1, column: 1 })], comments);

  const errors = validateSchema(kind, parsed.source.data);
  if (errors.length === 0) return { source: parsed.source, diagnostics: [], comments };

  const data = parsed.source.data as { id?: unknown } | null;
  const read = failed(schemaFindings(parsed.source, errors), comments);
  if (typeof data?.id === 'string') read.invalidId = data.id;
  return read;
}

// A finding's position is looked up in the file as it was read. A file saved
// again since then would give positions in other text, so that is an error.
function rereadUnchanged(path: string, displayPath: string, before: FileStamp): string {
  const now = fileStats(path, displayPath);
  if (now.size !== before.size || now.mtimeMs !== before.mtimeMs) throw new InputError('INPUT_CHANGED', { path: displayPath });
  return readFileText(path, displayPath);
}

// Takes the size and modification time of a file, which must not be a folder.
function fileStats(path: string, displayPath: string): FileStamp {
  let stats: Stats;
  try {
    stats = statSync(path);
  } catch (error) {
    throw readError(error, displayPath);
  }
  if (stats.isDirectory()) throw new InputError('INPUT_IS_FOLDER', { path: displayPath });
  return { size: stats.size, mtimeMs: stats.mtimeMs };
}

/** Reads a UTF-8 text file, turning a missing or unreadable file into an InputError. */
export function readTextFile(path: string, displayPath = path): string {
  fileStats(path, displayPath);
  return readFileText(path, displayPath);
}

// Reads a file already known not to be a folder.
function readFileText(path: string, displayPath: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw readError(error, displayPath);
  }
}

function readError(error: unknown, displayPath: string): InputError {
  const code = (error as NodeJS.ErrnoException).code;
  return new InputError(code === 'ENOENT' ? 'INPUT_NOT_FOUND' : 'INPUT_UNREADABLE', { path: displayPath, reason: code ?? String(error) });
}

/**
 * A `YamlRead` as plain data, which can pass between threads: the parsed data
 * and the file's stamp stand in for the source, and an unreadable file is
 * carried as the code and arguments of its `InputError`.
 */
export type TransferredYamlRead =
  | { data?: unknown; stamp: FileStamp; invalidId?: string; diagnostics: Diagnostic[]; comments: FileComments }
  | { error: { code: string; args: Record<string, string | number> } };

/** Reads a YAML file as `readYamlFile` does, for a worker thread to send back. */
export function readYamlFileForTransfer(kind: FileKind, path: string, displayPath: string): TransferredYamlRead {
  try {
    const { read, stats } = readYamlFileWithStats(kind, path, displayPath);
    const transferred: TransferredYamlRead = { stamp: stats, diagnostics: read.diagnostics, comments: read.comments };
    if (read.source) transferred.data = read.source.data;
    if (read.invalidId !== undefined) transferred.invalidId = read.invalidId;
    return transferred;
  } catch (error) {
    if (error instanceof InputError) return { error: { code: error.code, args: error.args } };
    throw error;
  }
}

/** Turns what `readYamlFileForTransfer` sent back into the `YamlRead` that `readYamlFile` would have returned. */
export function restoreYamlRead<T>(path: string, displayPath: string, transferred: TransferredYamlRead): YamlRead<T> {
  if ('error' in transferred) throw new InputError(transferred.error.code, transferred.error.args);
  const read: YamlRead<T> = { source: undefined, diagnostics: transferred.diagnostics, comments: transferred.comments };
  if (transferred.data !== undefined) {
    const { stamp } = transferred;
    read.source = sourceFromData(displayPath, transferred.data as T, () => rereadUnchanged(path, displayPath, stamp));
  }
  if (transferred.invalidId !== undefined) read.invalidId = transferred.invalidId;
  return read;
}
