import { diagnostic, type Diagnostic } from './diagnostic.js';
import type { DataPath, SourceFile } from './source.js';
import { suggestClosest } from './suggest.js';

/** The fields of an ajv error (with `verbose: true`) that findings are built from. */
export interface SchemaError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  schema?: unknown;
  parentSchema?: { properties?: Record<string, unknown>; type?: unknown };
  data?: unknown;
}

/**
 * Turns ajv errors into one finding per problem, located at the YAML node.
 * Errors under a failed `oneOf` are merged into the `oneOf` finding, a missing
 * key points at its parent, and an unknown key gets a "did you mean".
 */
export function schemaFindings(source: SourceFile<unknown>, errors: readonly SchemaError[]): Diagnostic[] {
  const alternatives = errors.filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf').map((e) => e.instancePath);
  const outermost = alternatives.filter((path) => !alternatives.some((other) => other !== path && isUnder(path, other)));
  const kept = errors.filter((e) =>
    outermost.some((path) => isUnder(e.instancePath, path)) ? (e.keyword === 'oneOf' || e.keyword === 'anyOf') && outermost.includes(e.instancePath) : true,
  );

  // A misspelled key shows up twice in ajv: as an unknown key and as a missing
  // one. The unknown key's "did you mean" covers both, so the missing one goes.
  const misspelt = new Set(
    kept
      .filter((e) => e.keyword === 'additionalProperties')
      .map((e) => `${e.instancePath}/${suggestClosest(String(e.params.additionalProperty), Object.keys(e.parentSchema?.properties ?? {})) ?? ''}`),
  );
  const relevant = kept.filter((e) => !(e.keyword === 'required' && misspelt.has(`${e.instancePath}/${String(e.params.missingProperty)}`)));

  const seen = new Set<string>();
  const findings: Diagnostic[] = [];
  for (const error of relevant) {
    const finding = toFinding(source, error);
    const key = `${finding.code}:${finding.location.line}:${finding.location.column}:${JSON.stringify(finding.args)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    findings.push(finding);
  }
  return findings;
}

function isUnder(path: string, parent: string): boolean {
  return path === parent || path.startsWith(`${parent}/`);
}

/** Converts a JSON pointer (`/indikator/0/id`) to a data path. */
export function pointerToPath(pointer: string): DataPath {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

function toFinding(source: SourceFile<unknown>, error: SchemaError): Diagnostic {
  const path = pointerToPath(error.instancePath);
  const where = describePath(path);

  switch (error.keyword) {
    case 'required': {
      const key = String(error.params.missingProperty);
      return diagnostic('SCHEMA_MISSING_KEY', source.locate(path, { key: true }), { key, path: where });
    }
    case 'additionalProperties': {
      const key = String(error.params.additionalProperty);
      const keyPath = [...path, key];
      const allowed = Object.keys(error.parentSchema?.properties ?? {});
      const args: Record<string, string> = { key, path: where, allowed: allowed.join(', ') };
      const suggestion = suggestClosest(key, allowed);
      if (suggestion) args.suggestion = suggestion;
      return diagnostic('SCHEMA_UNKNOWN_KEY', source.locate(keyPath, { key: true }), args);
    }
    case 'type':
      return typeFinding(source, error, path, where);
    case 'oneOf':
    case 'anyOf':
      return typeFinding(source, { ...error, params: { type: 'target' } }, path, where);
    default:
      return diagnostic('SCHEMA_VALUE', source.locate(path), {
        path: where,
        value: shorten(source.sourceText(path) ?? JSON.stringify(error.data) ?? ''),
        rule: describeRule(error),
      });
  }
}

function typeFinding(source: SourceFile<unknown>, error: SchemaError, path: DataPath, where: string): Diagnostic {
  const written = shorten(source.sourceText(path) ?? JSON.stringify(error.data) ?? '');
  const expected = String(error.params.type);
  const args: Record<string, string> = { path: where, value: written, expected };

  // The two common slips: an id such as 012 read as a number, and a decimal
  // comma that turns a number into text.
  if (expected === 'string' && typeof error.data === 'number') args.suggestion = `'${written}'`;
  if (expected !== 'string' && typeof error.data === 'string' && /^-?\d+(\.\d+)?$/.test(error.data.trim())) {
    args.suggestion = error.data.trim();
    args.hint = 'unquote';
  }
  // "1.234.567" is not a YAML number at all: the points group thousands.
  if (expected !== 'string' && typeof error.data === 'string' && /^-?\d{1,3}(\.\d{3}){2,}$/.test(error.data.trim())) {
    args.suggestion = error.data.trim().replace(/\./g, '');
    args.hint = 'thousands';
  }
  if (expected !== 'string' && typeof error.data === 'string' && /^-?\d+(\.\d{3})*,\d+$/.test(error.data)) {
    args.suggestion = error.data.replace(/\./g, '').replace(',', '.');
  }
  return diagnostic('SCHEMA_TYPE', source.locate(path), args);
}

function describeRule(error: SchemaError): string {
  switch (error.keyword) {
    case 'enum':
      return `enum:${(error.params.allowedValues as unknown[]).join(', ')}`;
    case 'const':
      return `const:${String(error.params.allowedValue)}`;
    case 'pattern':
      return `pattern:${String(error.params.pattern)}`;
    case 'minLength':
    case 'minItems':
      return `${error.keyword}:${String(error.params.limit)}`;
    case 'maxLength':
    case 'maxItems':
      return `${error.keyword}:${String(error.params.limit)}`;
    case 'minimum':
    case 'maximum':
      return `${error.keyword}:${String(error.params.limit)}`;
    case 'format':
      return `format:${String(error.params.format)}`;
    default:
      return error.keyword;
  }
}

/**
 * Writes a data path the way a reader counts in YAML: list items from 1, as in
 * `indikator #3.rumus` for the third indicator. The top level is an empty string.
 */
export function describePath(path: DataPath): string {
  let text = '';
  for (const step of path) {
    if (typeof step === 'number') text += ` #${step + 1}`;
    else text = text === '' ? step : `${text}.${step}`;
  }
  return text;
}

// A value quoted in a message is cut to one readable line.
function shorten(text: string, max = 80): string {
  const oneLine = text.replace(/\s+/g, ' ');
  return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
}
