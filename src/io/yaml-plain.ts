import jsYaml from 'js-yaml';

/*
 * The fast path for YAML: plain objects from js-yaml, without source
 * positions. eemeli/yaml, which iki uses to report findings with positions,
 * reads about ten times slower, and most files of a large folder have no
 * finding. `parseYamlSource` tries this reader first and falls back to the
 * full one whenever it declines.
 *
 * The two readers differ on unusual YAML: js-yaml accepts some text the YAML
 * 1.2 specification rejects, and reads some nested forms differently. So the
 * fast path takes only text in a plain block style (`isSimpleYaml`), and only
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
// use, checked line by line. A line may be a comment, `key: value`, `- value`,
// `- key: value` or a one-line flow collection. A value is a one-line plain
// scalar, a quoted string without escapes, a one-line flow collection of plain
// scalars, or the header of a block scalar (`>-`, `|`) whose lines follow.
// Everything else goes to the full reader: anchors, tags, directives, document
// markers, multi-line plain or quoted scalars, nested `- -`, empty sequence
// items, keys that are not names, whitespace-only lines, tabs and unusual line breaks.
// Keys that the core schema would read as null or a boolean are left out.
const KEY = String.raw`(?!(?:null|Null|NULL|true|True|TRUE|false|False|FALSE):)[A-Za-z_][\w./-]*`;
const PLAIN = String.raw`(?:[^\s\-?:,[\]{}#&*!|>'"%@\x60]|[-?:][^\s,[\]{}])(?:[^:#\r\n]|:(?! |$)|(?<! )#)*?`;
const FLOW_ITEM = String.raw`[\w.+-]+`;
const FLOW = String.raw`\[ *(?:${FLOW_ITEM} *(?:, *${FLOW_ITEM} *)*)?\]|\{ *(?:${KEY}: +${FLOW_ITEM} *(?:, *${KEY}: +${FLOW_ITEM} *)*)?\}`;
const QUOTED = String.raw`'(?:[^'\r\n]|'')*'|"[^"\\\r\n]*"`;
const VALUE = String.raw`(?:${QUOTED}|${FLOW}|${PLAIN})(?: +#.*)?`;
// Both are matched at the start of a line (sticky) and must reach its end.
const SIMPLE_LINE = new RegExp(String.raw` *(?:#.*|(?:- )?${KEY}:(?: +${VALUE}| +#.*)?|- ${VALUE}|(?:${FLOW})(?: +#.*)?)?$`, 'my');
const BLOCK_HEADER = new RegExp(String.raw`( *)(- )?(?:${KEY}(:))? *[|>][-+]?$`, 'my');
// Control characters other than line breaks are not allowed in YAML text.
// eslint-disable-next-line no-control-regex
const UNUSUAL_CHARACTER = /[\t\u0085\u2028\u2029\uFEFF\x00-\x08\x0B\x0C\x0E-\x1F\x7F]|\r(?!\n)/;

/** Tells whether a text is in the block style the fast path reads; see above. */
export function isSimpleYaml(text: string): boolean {
  if (UNUSUAL_CHARACTER.test(text)) return false;
  // Inside a block scalar: the indentation of its parent and of its first line.
  let block: { parent: number; content: number | undefined } | undefined;
  // Lines are visited in place, without splitting the text: a province's
  // folder has millions of them.
  for (let start = 0; start <= text.length;) {
    const newline = text.indexOf('\n', start);
    const next = newline < 0 ? text.length + 1 : newline + 1;
    const end = newline < 0 ? text.length : newline > start && text.charCodeAt(newline - 1) === 13 ? newline - 1 : newline;
    let firstNonSpace = start;
    while (firstNonSpace < end && text.charCodeAt(firstNonSpace) === 32) firstNonSpace++;
    const indent = firstNonSpace - start;
    const isEmpty = end === start;
    // A line of spaces only; in a block scalar its spaces may belong to the value.
    if (!isEmpty && firstNonSpace === end) return false;

    if (block && (isEmpty || indent > block.parent)) {
      if (!isEmpty) {
        block.content ??= indent;
        if (indent < block.content) return false;
      }
      start = next;
      continue;
    }
    block = undefined;

    BLOCK_HEADER.lastIndex = start;
    const header = BLOCK_HEADER.exec(text);
    if (header) {
      const hasDash = header[2] !== undefined;
      const hasKey = header[3] !== undefined;
      // A block scalar as the whole document has no parent to indent past.
      if (!hasDash && !hasKey) return false;
      // A block scalar's lines are indented past its parent: the key, or the dash of a sequence item.
      block = { parent: indent + (hasKey && hasDash ? 2 : 0), content: undefined };
    } else {
      SIMPLE_LINE.lastIndex = start;
      if (!SIMPLE_LINE.test(text)) return false;
    }
    start = next;
  }
  return true;
}

/** Plain data of a YAML text, or undefined when the full reader must read it. */
export function readPlainYaml(text: string): { data: unknown } | undefined {
  if (!isSimpleYaml(text)) return undefined;
  try {
    // A document with no content is null in YAML; js-yaml returns undefined.
    const data = jsYaml.load(text, { schema: SCHEMA }) ?? null;
    return { data: TWO_BYTE_CHARACTER.test(text) ? compactStrings(data) : data };
  } catch {
    return undefined;
  }
}

// js-yaml cuts values out of the text, and V8 keeps a long cut as a view into
// it, so a sheet's data keeps its whole text alive. That costs little while the
// text has one byte per character, about what its strings would take anyway.
// A single character past U+00FF, such as "–", makes V8 store the whole text
// and every cut with two bytes per character. Copying each long string then
// stores most of them with one byte, and the text can go. For 10,000 such
// sheets this saved about 250 MB. JSON.stringify and JSON.parse make the copy,
// as V8 has no direct way to.
const TWO_BYTE_CHARACTER = /[\u0100-\uffff]/;
const VIEW_MIN_LENGTH = 13;

function compactStrings(value: unknown): unknown {
  if (typeof value === 'string') return value.length < VIEW_MIN_LENGTH ? value : (JSON.parse(JSON.stringify(value)) as string);
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) value[index] = compactStrings(value[index]);
  } else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      // Assigning to `__proto__` would set the prototype; js-yaml defined it as an own property.
      if (key === '__proto__') Object.defineProperty(record, key, { value: compactStrings(record[key]), enumerable: true, writable: true, configurable: true });
      else record[key] = compactStrings(record[key]);
    }
  }
  return value;
}
