import { readFileSync, statSync, type Stats } from 'node:fs';
import { diagnostic, type Diagnostic } from '../core/diagnostic.js';
import { schemaFindings } from '../core/schema-findings.js';
import type { SourceFile } from '../core/source.js';
import { InputError } from './errors.js';
import { validateSchema, type FileKind } from './schemas.js';
import { MAX_YAML_BYTES, parseYamlSource } from './yaml-source.js';

/** A YAML file read and checked against its schema; `source` is set only when it has no errors. */
export interface YamlRead<T> {
  source: SourceFile<T> | undefined;
  /** The top-level `id` of a file that parsed but failed its schema, so references to it still resolve. */
  invalidId?: string;
  diagnostics: Diagnostic[];
}

/**
 * Reads a YAML file of `kind`, parses it with positions and validates it
 * against the kind's schema. `displayPath` is the name used in findings.
 */
export function readYamlFile<T>(kind: FileKind, path: string, displayPath = path): YamlRead<T> {
  const stats = fileStats(path, displayPath);
  const size = stats.size;
  if (size > MAX_YAML_BYTES) {
    return { source: undefined, diagnostics: [diagnostic('YAML_TOO_LARGE', { file: displayPath, line: 1, column: 1 }, { size, limit: MAX_YAML_BYTES })] };
  }

  // UTF-16 or other non-UTF-8 bytes decode to replacement and NUL characters;
  // reading on would quote the garbled text back at the user.
  const text = readTextFile(path, displayPath);
  if (text.includes('\u0000') || text.includes('\uFFFD'))
    return { source: undefined, diagnostics: [diagnostic('YAML_ENCODING', { file: displayPath, line: 1, column: 1 })] };
  const parsed = parseYamlSource<T>(displayPath, text, () => rereadUnchanged(path, displayPath, stats));
  if (!parsed.ok) return { source: undefined, diagnostics: parsed.diagnostics };
  if (parsed.source.data === null || parsed.source.data === undefined) {
    return { source: undefined, diagnostics: [diagnostic('YAML_EMPTY', { file: displayPath, line: 1, column: 1 })] };
  }

  const errors = validateSchema(kind, parsed.source.data);
  if (errors.length === 0) return { source: parsed.source, diagnostics: [] };

  const data = parsed.source.data as { id?: unknown } | null;
  const read: YamlRead<T> = { source: undefined, diagnostics: schemaFindings(parsed.source, errors) };
  if (typeof data?.id === 'string') read.invalidId = data.id;
  return read;
}

// A finding's position is looked up in the file as it was read. A file saved
// again since then would give positions in other text, so that is an error.
function rereadUnchanged(path: string, displayPath: string, before: Stats): string {
  const now = fileStats(path, displayPath);
  if (now.size !== before.size || now.mtimeMs !== before.mtimeMs) throw new InputError('INPUT_CHANGED', { path: displayPath });
  return readTextFile(path, displayPath);
}

function fileStats(path: string, displayPath: string): Stats {
  try {
    return statSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? 'INPUT_NOT_FOUND' : 'INPUT_UNREADABLE', { path: displayPath, reason: code ?? String(error) });
  }
}

/** Reads a UTF-8 text file, turning a missing or unreadable file into an InputError. */
export function readTextFile(path: string, displayPath = path): string {
  try {
    if (statSync(path).isDirectory()) throw new InputError('INPUT_IS_FOLDER', { path: displayPath });
    return readFileSync(path, 'utf8');
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? 'INPUT_NOT_FOUND' : 'INPUT_UNREADABLE', { path: displayPath, reason: code ?? String(error) });
  }
}
