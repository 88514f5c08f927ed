import { diagnostic } from '../core/diagnostic.js';
import { schemaFindings } from '../core/schema-findings.js';
import { validateSchema, type FileKind } from './schemas.js';
import type { YamlRead } from './yaml-file.js';
import { MAX_YAML_BYTES, parseYamlSource } from './yaml-source.js';

/**
 * Parses YAML text of `kind` with positions and validates it against the
 * kind's schema, as `readYamlFile` does for a file on disk. Used for files
 * read from a git revision, which exist only in memory. `file` is the name
 * used in findings and in the returned source.
 */
export function parseYamlText<T>(kind: FileKind, text: string, file: string): YamlRead<T> {
  const size = Buffer.byteLength(text, 'utf8');
  if (size > MAX_YAML_BYTES) {
    return { source: undefined, diagnostics: [diagnostic('YAML_TOO_LARGE', { file, line: 1, column: 1 }, { size, limit: MAX_YAML_BYTES })] };
  }

  const parsed = parseYamlSource<T>(file, text);
  if (!parsed.ok) return { source: undefined, diagnostics: parsed.diagnostics };
  if (parsed.source.data === null || parsed.source.data === undefined) {
    return { source: undefined, diagnostics: [diagnostic('YAML_EMPTY', { file, line: 1, column: 1 })] };
  }

  const errors = validateSchema(kind, parsed.source.data);
  if (errors.length === 0) return { source: parsed.source, diagnostics: [] };

  const data = parsed.source.data as { id?: unknown } | null;
  const read: YamlRead<T> = { source: undefined, diagnostics: schemaFindings(parsed.source, errors) };
  if (typeof data?.id === 'string') read.invalidId = data.id;
  return read;
}
