import { createRequire } from 'node:module';
import type * as YamlModule from 'yaml';
import type { Document, LineCounter, Node, Pair, YAMLMap } from 'yaml';
import { diagnostic, type Diagnostic, type Location } from '../core/diagnostic.js';
import type { DataPath, SourceFile } from '../core/source.js';
import { readPlainYaml } from './yaml-plain.js';

// eemeli/yaml takes longer to load than `iki validate` takes to check one
// agency's files on the fast path, so it is loaded on first use: for a file
// the fast path declines, or for the position of a finding.
let yamlModule: typeof YamlModule | undefined;
function yaml(): typeof YamlModule {
  return (yamlModule ??= createRequire(import.meta.url)('yaml') as typeof YamlModule);
}

/** Largest YAML file read, in bytes. */
export const MAX_YAML_BYTES = 2 * 1024 * 1024;

/** A YAML file parsed with positions: the source, or the findings that kept it from loading. */
export type YamlParse<T> = { ok: true; source: SourceFile<T> } | { ok: false; diagnostics: Diagnostic[] };

/**
 * Parses YAML 1.2 (core schema) text. Syntax errors, a `%YAML 1.1` directive,
 * tabs, duplicate keys, aliases and merge keys are findings; aliases are never expanded.
 * Text the fast reader accepts (`yaml-plain.ts`) has none of these and is not
 * parsed with positions unless a later finding needs one.
 */
export function parseYamlSource<T>(file: string, text: string, reread?: () => string): YamlParse<T> {
  const plain = readPlainYaml(text.replace(/^\uFEFF/, ''));
  if (plain) return { ok: true, source: makeSource(file, plain.data as T, reread ? { reread } : { text }) };
  return parseYamlSourceFully(file, text);
}

/**
 * Returns the source of data parsed elsewhere (on a worker thread) from a file
 * that `reread` reads again when a position is needed.
 */
export function sourceFromData<T>(file: string, data: T, reread: () => string): SourceFile<T> {
  return makeSource(file, data, { reread });
}

/** Parses YAML text with positions and every check, without the fast path; tests compare both. */
export function parseYamlSourceFully<T>(file: string, text: string): YamlParse<T> {
  const { doc, lineCounter } = parseWithPositions(text);
  const locationAt = (start: number, end?: number): Location => toLocation(file, lineCounter, start, end);

  const diagnostics: Diagnostic[] = [];
  const versionMatch = /^%YAML\s+(\S+)/m.exec(text);
  if (versionMatch && versionMatch[1] !== '1.2') {
    diagnostics.push(diagnostic('YAML_VERSION', locationAt(versionMatch.index, versionMatch.index + versionMatch[0].length), { value: versionMatch[1] ?? '' }));
  }
  // Tabs are reported on every line that has them; the parser's own complaint
  // about a tab is then one of those.
  const tabLines = new Set<number>();
  for (const match of text.matchAll(/^( *)\t/gm)) {
    const tabAt = match.index + (match[1]?.length ?? 0);
    tabLines.add(lineCounter.linePos(tabAt).line);
    diagnostics.push(diagnostic('YAML_TAB', locationAt(tabAt, tabAt + 1)));
  }
  // The parser drops an unknown tag (!include, !!python/object) with a warning,
  // so the value would be read as something its writer did not mean.
  for (const warning of doc.warnings.filter((w) => w.code === 'TAG_RESOLVE_FAILED')) {
    diagnostics.push(
      diagnostic('YAML_TAG', locationAt(warning.pos[0], warning.pos[1]), { value: text.slice(warning.pos[0], warning.pos[1]).split(/\s/)[0] ?? '' }),
    );
  }
  for (const error of doc.errors.filter((e) => e.code === 'TAB_AS_INDENT')) {
    if (!tabLines.has(lineCounter.linePos(error.pos[0]).line)) diagnostics.push(diagnostic('YAML_TAB', locationAt(error.pos[0], error.pos[1])));
  }

  // The parser goes on after a syntax error and reports what follows from it,
  // so only the first one is a finding, and none when tabs explain the mess.
  const firstSyntaxError = doc.errors.find((error) => error.code !== 'TAB_AS_INDENT');
  if (firstSyntaxError && !diagnostics.some((d) => d.code === 'YAML_TAB')) {
    const location = locationAt(firstSyntaxError.pos[0], firstSyntaxError.pos[1]);
    diagnostics.push(diagnostic('YAML_SYNTAX', location, { kind: syntaxKind(firstSyntaxError), detail: firstLine(firstSyntaxError.message) }));
  }
  diagnostics.push(...findStructuralProblems(doc, locationAt));

  if (diagnostics.some((d) => d.severity === 'error')) return { ok: false, diagnostics };
  const data = doc.toJS({ maxAliasCount: 0 }) as T;
  return { ok: true, source: makeSource(file, data, { text }) };
}

function parseWithPositions(text: string): { doc: Document; lineCounter: LineCounter } {
  const { LineCounter, parseDocument } = yaml();
  const lineCounter = new LineCounter();
  const doc = parseDocument(text.replace(/^\uFEFF/, ''), {
    version: '1.2',
    schema: 'core',
    merge: false,
    uniqueKeys: false,
    prettyErrors: false,
    lineCounter,
  });
  return { doc, lineCounter };
}

// The parser reports a flow collection never closed (`[a, b` at the end of a
// line) as bad indentation of the line after it. Only its message differs.
function syntaxKind(error: { code: string; message: string }): string {
  return error.code === 'BAD_INDENT' && /^Flow (sequence|mapping)\b/.test(error.message) ? 'FLOW_NOT_CLOSED' : error.code;
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}

// Duplicate keys are reported with both positions, and aliases or merge keys
// are rejected before toJS could expand them.
function findStructuralProblems(doc: Document, locationAt: (start: number, end?: number) => Location): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const { isScalar, visit } = yaml();
  visit(doc, {
    Alias(_, node) {
      const [start, end] = node.range ?? [0, 0];
      diagnostics.push(diagnostic('YAML_ALIAS', locationAt(start, end), { value: `*${node.source}` }));
    },
    Map(_, map) {
      const seen = new Map<string, Pair>();
      for (const pair of map.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
        if (key === undefined) continue;
        const [start, end] = (pair.key as Node).range ?? [0, 0];
        if (key === '<<') diagnostics.push(diagnostic('YAML_ALIAS', locationAt(start, end), { value: '<<' }));
        const first = seen.get(key);
        if (first) {
          const [firstStart, firstEnd] = (first.key as Node).range ?? [0, 0];
          const firstLocation = locationAt(firstStart, firstEnd);
          diagnostics.push(diagnostic('YAML_DUPLICATE_KEY', locationAt(start, end), { key, firstLine: firstLocation.line }, [firstLocation]));
        } else {
          seen.set(key, pair);
        }
      }
    },
  });
  return diagnostics;
}

function toLocation(file: string, lineCounter: LineCounter, start: number, end?: number): Location {
  const from = lineCounter.linePos(start);
  const location: Location = { file, line: from.line, column: from.col };
  if (end !== undefined && end > start) {
    const to = lineCounter.linePos(end);
    location.endLine = to.line;
    location.endColumn = to.col;
  }
  return location;
}

// The syntax tree is not kept: for a folder of thousands of sheets it would
// hold hundreds of megabytes, while positions are needed only for the files
// with findings. The text is parsed again, once, on the first request for a position.
// A file read from disk with `reread` does not even keep its text, which was a
// quarter of the memory of a folder's sheets. It is read again when needed.
function makeSource<T>(file: string, data: T, origin: { text: string } | { reread: () => string }): SourceFile<T> {
  let keptText = 'text' in origin ? origin.text : undefined;
  const text = () => (keptText ??= 'reread' in origin ? origin.reread() : origin.text);
  let parsed: { doc: Document; lineCounter: LineCounter } | undefined;
  const positions = () => (parsed ??= parseWithPositions(text()));
  const pairIndexes: PairIndexes = new WeakMap();

  const locate = (path: DataPath, options: { key?: boolean; offset?: number } = {}): Location => {
    const { doc, lineCounter } = positions();
    const { isScalar } = yaml();
    const found = findNode(doc, path, pairIndexes);
    const node = (options.key || !found.complete) && found.pair ? (found.pair.key as Node) : found.node;
    const [start, end] = node?.range ?? [0, 0];
    if (options.offset !== undefined && isScalar(node) && found.complete && !options.key) {
      const quote = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE' ? 1 : 0;
      const isOneLine = node.type !== 'BLOCK_FOLDED' && node.type !== 'BLOCK_LITERAL';
      if (isOneLine) return toLocation(file, lineCounter, start + quote + options.offset);
    }
    return toLocation(file, lineCounter, start, end);
  };
  const sourceText = (path: DataPath): string | undefined => {
    const { isScalar } = yaml();
    const found = findNode(positions().doc, path, pairIndexes);
    return found.complete && isScalar(found.node) ? (found.node.source ?? String(found.node.value)) : undefined;
  };
  return { file, data, locate, sourceText, textMatches: (pattern) => pattern.test(text()) };
}

interface FoundNode {
  node: Node | undefined;
  pair: Pair | undefined;
  complete: boolean;
}

// Walks the document along `path`. When a step is missing it stops at the
// container that lacks it, so a missing key is reported where it belongs.
function findNode(doc: Document, path: DataPath, pairIndexes: PairIndexes): FoundNode {
  const { isAlias, isMap, isSeq } = yaml();
  let node = doc.contents as Node | null;
  let pair: Pair | undefined;

  for (const step of path) {
    if (isAlias(node)) return { node, pair, complete: false };
    if (isMap(node)) {
      const next = pairByKey(node, pairIndexes).get(String(step));
      if (!next) return { node, pair, complete: false };
      pair = next;
      node = next.value as Node | null;
    } else if (isSeq(node) && typeof step === 'number' && node.items[step]) {
      pair = undefined;
      node = node.items[step] as Node;
    } else {
      return { node: node ?? undefined, pair, complete: false };
    }
  }
  return { node: node ?? (pair?.key as Node | undefined), pair, complete: true };
}

/** Each mapping's pairs by key, built on first use; a targets file has a key per position, looked up once per target. */
type PairIndexes = WeakMap<YAMLMap, Map<string, Pair>>;

// A key given twice resolves to its first pair, as a linear search would.
function pairByKey(map: YAMLMap, pairIndexes: PairIndexes): Map<string, Pair> {
  let index = pairIndexes.get(map);
  if (!index) {
    const { isPair, isScalar } = yaml();
    index = new Map();
    for (const item of map.items) {
      if (!isPair(item) || !isScalar(item.key)) continue;
      const key = String(item.key.value);
      if (!index.has(key)) index.set(key, item as Pair);
    }
    pairIndexes.set(map, index);
  }
  return index;
}
