import jsYaml from 'js-yaml';

/*
 * The fast path for YAML: plain objects from js-yaml, without source
 * positions. eemeli/yaml, which iki uses to report findings with positions,
 * reads about ten times slower, and most files of a large folder have no
 * finding. `parseYamlSource` tries this reader first and falls back to the
 * full one whenever it declines.
 *
 * The two readers differ on unusual YAML (js-yaml accepts some text the YAML
 * 1.2 specification rejects, and reads some nested forms differently), so the
 * fast path takes only text in a plain block style (`isSimpleYaml`) and only
 * when js-yaml reads it without complaint (no syntax error, duplicate key or
 * second document). Declining costs time, never a finding.
 * test/io/yaml-plain.test.ts compares both readers on the shipped data, a
 * generated corpus, random scalars and random structures.
 */

// Scalars resolve as in the YAML 1.2 core schema of eemeli/yaml, which differs
// from js-yaml's own core schema (js-yaml also reads 0b101, -0x10 and +.5e3 as numbers).
const CORE_SCALARS = [
  new jsYaml.Type('tag:yaml.org,2002:null', {
    kind: 'scalar',
    resolve: (text: string) => text === '' || (/^[~nN]/.test(text) && /^(?:~|[Nn]ull|NULL)$/.test(text)),
    construct: () => null,
  }),
  new jsYaml.Type('tag:yaml.org,2002:bool', {
    kind: 'scalar',
    resolve: (text: string) => /^[tTfF]/.test(text) && /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(text),
    construct: (text: string) => text[0] === 't' || text[0] === 'T',
  }),
  new jsYaml.Type('tag:yaml.org,2002:int', {
    kind: 'scalar',
    resolve: (text: string) => /^[-+0-9]/.test(text) && /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/.test(text),
    construct: (text: string) =>
      text.startsWith('0o') ? parseInt(text.slice(2), 8) : text.startsWith('0x') ? parseInt(text.slice(2), 16) : parseInt(text, 10),
  }),
  new jsYaml.Type('tag:yaml.org,2002:float', {
    kind: 'scalar',
    resolve: (text: string) =>
      /^[-+.0-9]/.test(text) &&
      (/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/.test(text) ||
        /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/.test(text) ||
        /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(text)),
    construct: (text: string) => {
      if (/nan$/i.test(text)) return Number.NaN;
      if (/inf$/i.test(text)) return text.startsWith('-') ? -Infinity : Infinity;
      return parseFloat(text);
    },
  }),
];

const SCHEMA = jsYaml.FAILSAFE_SCHEMA.extend({ implicit: CORE_SCALARS });

// The fast path accepts only the block style iki's own files and templates
// use, checked line by line: comments, `key: value`, `- value` and
// `- key: value` lines and one-line flow collections, where a value is a one-line plain scalar, a quoted
// string without escapes, a one-line flow collection of plain scalars, or the
// header of a block scalar (`>-`, `|`) whose lines follow. Everything else
// (anchors, tags, directives, document markers, multi-line plain or quoted
// scalars, nested `- -`, empty sequence items, keys that are not names,
// whitespace-only lines, tabs and unusual line breaks) goes to the full reader.
const KEY = String.raw`[A-Za-z_][\w./-]*`;
const PLAIN = String.raw`(?:[^\s\-?:,[\]{}#&*!|>'"%@\x60]|[-?:][^\s,[\]{}])(?:[^:#\n]|:(?! |$)|(?<! )#)*?`;
const FLOW_ITEM = String.raw`[\w.+-]+`;
const FLOW = String.raw`\[ *(?:${FLOW_ITEM} *(?:, *${FLOW_ITEM} *)*)?\]|\{ *(?:${KEY}: +${FLOW_ITEM} *(?:, *${KEY}: +${FLOW_ITEM} *)*)?\}`;
const QUOTED = String.raw`'(?:[^'\n]|'')*'|"[^"\\\n]*"`;
const VALUE = String.raw`(?:${QUOTED}|${FLOW}|${PLAIN})(?: +#.*)?`;
const BLOCK_HEADER = /^( *)((?:- )?)(?:([A-Za-z_][\w./-]*):)? *[|>][-+]?$/;
const SIMPLE_LINE = new RegExp(String.raw`^ *(?:#.*|(?:- )?${KEY}:(?: +${VALUE}| +#.*)?|- ${VALUE}|(?:${FLOW})(?: +#.*)?)?$`);
const CORE_WORD_KEY = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$/;
// Control characters other than line breaks are not allowed in YAML text.
// eslint-disable-next-line no-control-regex
const UNUSUAL_CHARACTER = /[\t\u0085\u2028\u2029\uFEFF\x00-\x08\x0B\x0C\x0E-\x1F\x7F]|\r(?!\n)/;

/** Tells whether a text is in the block style the fast path reads; see above. */
export function isSimpleYaml(text: string): boolean {
  if (UNUSUAL_CHARACTER.test(text)) return false;
  const lines = text.split(/\r?\n/);
  // Inside a block scalar: the indentation of its parent and of its first line.
  let block: { parent: number; content: number | undefined } | undefined;
  for (const line of lines) {
    const indent = line.length - line.trimStart().length;
    // A line of spaces only; in a block scalar its spaces may belong to the value.
    if (line !== '' && indent === line.length) return false;
    if (block) {
      if (line === '') continue;
      if (indent > block.parent) {
        block.content ??= indent;
        if (indent < block.content) return false;
        continue;
      }
      block = undefined;
    }
    const header = BLOCK_HEADER.exec(line);
    if (header) {
      const key = header[3];
      // A block scalar as the whole document has no parent to indent past.
      if ((key === undefined && header[2] === '') || (key !== undefined && CORE_WORD_KEY.test(key))) return false;
      // A block scalar's lines are indented past its parent: the key, or the dash of a sequence item.
      const parent = (header[1]?.length ?? 0) + (key !== undefined ? (header[2]?.length ?? 0) : 0);
      block = { parent, content: undefined };
      continue;
    }
    if (!SIMPLE_LINE.test(line)) return false;
    const key = /^ *(?:- )?([A-Za-z_][\w./-]*):/.exec(line)?.[1];
    if (key !== undefined && CORE_WORD_KEY.test(key)) return false;
  }
  return true;
}

/** Plain data of a YAML text, or undefined when the full reader must read it. */
export function readPlainYaml(text: string): { data: unknown } | undefined {
  if (!isSimpleYaml(text)) return undefined;
  try {
    // A document with no content is null in YAML; js-yaml returns undefined.
    return { data: jsYaml.load(text, { schema: SCHEMA }) ?? null };
  } catch {
    return undefined;
  }
}
