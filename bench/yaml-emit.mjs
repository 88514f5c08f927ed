// A small YAML emitter for the generated corpora: block mappings and
// sequences, long text as folded `>-` scalars wrapped at 100 columns, the
// style of the shipped sheets. It handles only what the generator produces:
// plain objects, arrays, strings and finite numbers.

const WIDTH = 100;

// Strings a YAML 1.2 or 1.1 reader would take for another type.
const TYPED_WORD = /^(true|false|null|yes|no|on|off|y|n|~)$/i;
const NUMBER_LIKE = /^[-+]?[0-9.][0-9_.:a-fA-FxXoO+-]*$|^[-+]?\.(inf|nan)$/i;
const PLAIN_SAFE = /^[A-Za-z0-9(][A-Za-z0-9 ,.()/*'"&+\-–%_]*$/;

/** Renders `value` (a plain object) as a YAML document; `header` lines go first, as comments or directives. */
export function renderYaml(value, header = []) {
  const lines = [...header];
  pushMapping(lines, value, 0, '');
  return `${lines.join('\n')}\n`;
}

// `firstPrefix` replaces the indentation of the first key, so a mapping can
// start on a sequence item's `- ` line.
function pushMapping(lines, object, indent, firstPrefix) {
  let first = true;
  for (const [key, value] of Object.entries(object)) {
    if (value === undefined) continue;
    const lead = first && firstPrefix !== '' ? firstPrefix : ' '.repeat(indent);
    first = false;

    if (Array.isArray(value)) {
      lines.push(`${lead}${key}:`);
      pushSequence(lines, value, indent + 2);
    } else if (typeof value === 'object' && value !== null) {
      lines.push(`${lead}${key}:`);
      pushMapping(lines, value, indent + 2, '');
    } else {
      pushScalarEntry(lines, `${lead}${key}:`, value, indent + 2);
    }
  }
}

function pushSequence(lines, items, indent) {
  const dash = `${' '.repeat(indent)}- `;
  for (const item of items) {
    if (typeof item === 'object' && item !== null && !Array.isArray(item)) {
      pushMapping(lines, item, indent + 2, dash);
    } else {
      pushScalarEntry(lines, dash.trimEnd(), item, indent + 2);
    }
  }
}

// Writes `head value` on one line when it fits, else a folded block whose
// lines start at `blockIndent`.
function pushScalarEntry(lines, head, value, blockIndent) {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`cannot write ${value} as YAML`);
    lines.push(`${head} ${value}`);
    return;
  }
  if (typeof value !== 'string') throw new Error(`cannot write a ${typeof value} as YAML`);

  const plain = isPlainSafe(value);
  if (plain && head.length + 1 + value.length <= WIDTH) {
    lines.push(`${head} ${value}`);
  } else if (isFoldable(value)) {
    lines.push(`${head} >-`);
    for (const line of wrap(value, WIDTH - blockIndent)) lines.push(`${' '.repeat(blockIndent)}${line}`);
  } else {
    lines.push(`${head} ${JSON.stringify(value)}`);
  }
}

function isPlainSafe(text) {
  return PLAIN_SAFE.test(text) && !TYPED_WORD.test(text) && !NUMBER_LIKE.test(text) && !text.includes(': ') && !text.endsWith(':');
}

// A folded scalar turns each line break back into one space, so the text must
// not have runs of spaces, line breaks or spaces at either end.
function isFoldable(text) {
  return text.length > 0 && !/ {2}|\n|\t|^ | $/.test(text);
}

function wrap(text, width) {
  const lines = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  lines.push(line);
  return lines;
}
