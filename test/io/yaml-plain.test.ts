import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { buildCorpus, renderSheet, renderTargets } from '../../bench/corpus.mjs';
import { readPlainYaml } from '../../src/io/yaml-plain.js';
import { parseYamlSource, parseYamlSourceFully } from '../../src/io/yaml-source.js';
import { FUZZ_RUNS } from '../fuzz/settings.js';
import { ROOT } from '../helpers.js';

// The fast reader may decline any text. What it accepts, the full reader must
// accept without an error finding and read as the same data.
function expectSameReading(text: string, name: string): boolean {
  const plain = readPlainYaml(text.replace(/^\uFEFF/, ''));
  if (!plain) return false;
  const full = parseYamlSourceFully(name, text);
  expect(full.ok ? [] : full.diagnostics, name).toEqual([]);
  if (full.ok) expect(plain.data, name).toStrictEqual(full.source.data);
  return true;
}

function yamlFilesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => join(dir, name));
}

describe('the fast YAML reader', () => {
  const shipped = [...yamlFilesUnder(join(ROOT, 'data')), ...yamlFilesUnder(join(ROOT, 'examples')), join(ROOT, 'iki.config.yaml')].filter((path) => {
    try {
      readFileSync(path);
      return true;
    } catch {
      return false;
    }
  });

  test.each(shipped.map((path) => relative(ROOT, path)))('reads %s as the full reader does', (name) => {
    const text = readFileSync(join(ROOT, name), 'utf8');
    expect(readPlainYaml(text)).toBeDefined();
    expectSameReading(text, name);
  });

  test('reads the generated corpus as the full reader does', () => {
    const corpus = buildCorpus({ sheets: 150, seed: 11, indicators: [1, 9] });
    const texts = [...corpus.sheets.map((sheet) => renderSheet(sheet)), renderTargets(corpus).text];
    for (const [index, text] of texts.entries()) {
      expect(readPlainYaml(text), `text ${index}`).toBeDefined();
      expectSameReading(text, `text ${index}`);
    }
  });

  test.each([
    ['a directive', '%YAML 1.1\n---\nid: a\n'],
    ['a tab', 'id:\ta\n'],
    ['an alias', 'a: &x 1\nb: *x\n'],
    ['a merge key', 'a: {b: 1}\nc:\n  <<: {b: 2}\n'],
    ['a tag', 'id: !include lain.yaml\n'],
    ['a complex key', '? [a, b]\n: 1\n'],
    ['a duplicate key', 'id: a\nid: b\n'],
    ['a syntax error', 'id: [a\n'],
    ['two documents', 'id: a\n---\nid: b\n'],
  ])('leaves %s to the full reader', (_, text) => {
    expect(readPlainYaml(text)).toBeUndefined();
  });

  test('accepts * and ! inside values', () => {
    expect(readPlainYaml('rumus: 100 * a / b\nnama: Tuntas!\n')).toEqual({ data: { rumus: '100 * a / b', nama: 'Tuntas!' } });
  });

  test('keeps a __proto__ key as data, not as the prototype', () => {
    // The dash makes the text two bytes per character, so long strings are copied.
    const text = '__proto__: teks – yang cukup panjang untuk disalin\nid: a\n';
    const read = readPlainYaml(text);
    const data = read?.data as Record<string, unknown>;

    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(data, '__proto__')?.value).toBe('teks – yang cukup panjang untuk disalin');
    expectSameReading(text, '__proto__');
  });

  // Plain scalars are where YAML schemas differ: 0b101, -0x10, 1_000, .5, 1e3, ~, True.
  test('resolves random plain scalars as the full reader does', () => {
    const scalar = fc
      .array(fc.constantFrom(...'0123456789+-._eExXoObB~aAfFnNtTlLrRuUiI '.split('')), { minLength: 1, maxLength: 8 })
      .map((chars) => chars.join(''));
    fc.assert(
      fc.property(scalar, (value) => {
        expectSameReading(`nilai: ${value}\ndaftar: [${value}, x]\n`, value);
      }),
      { numRuns: FUZZ_RUNS * 10 },
    );
  });

  // Structure soup: indentation, sequences, flow collections, quotes, block
  // scalars and comments, joined into lines.
  test('reads random structures as the full reader does or declines them', () => {
    const piece = fc.constantFrom(
      'a',
      'b: ',
      'c:',
      '- ',
      '  ',
      '    ',
      '[',
      ']',
      '{',
      '}',
      ', ',
      "'x'",
      '"y\\n"',
      "''",
      '|',
      '>-',
      '# n',
      ':',
      '1',
      'true',
      '~',
      '\n',
      '\n  ',
      '\n- ',
      '"',
      "'",
      '\\',
      '? ',
      '---',
      '...',
    );
    const text = fc.array(piece, { maxLength: 30 }).map((pieces) => pieces.join(''));
    fc.assert(
      fc.property(text, (yamlText) => {
        expectSameReading(yamlText, JSON.stringify(yamlText));
      }),
      { numRuns: FUZZ_RUNS * 10 },
    );
  });

  // Documents in the accepted style, line by line, with indentation,
  // sequences, block scalars and values the fast path may still decline.
  test('reads random block-style documents as the full reader does', () => {
    const key = fc.constantFrom('id', 'nama', 'indikator', 'TW1', 'a_b', 'x.y', 'null', 'True');
    const value = fc.constantFrom(
      '',
      ' 12',
      ' -3.5',
      ' 0o17',
      ' 0x1F',
      ' 1e3',
      ' .5',
      ' ~',
      ' true',
      ' Null',
      " 'a ''b'''",
      ' "c d"',
      ' teks biasa',
      ' a: b',
      ' a #b',
      ' a#b',
      ' [1, x]',
      ' { min: 1, max: 2 }',
      ' >-',
      ' |',
      ' |+',
      ' # c',
    );
    const line = fc.tuple(
      fc.constantFrom('', '  ', '    ', '      '),
      fc.constantFrom('', '- '),
      fc.oneof(
        fc.tuple(key, value).map(([k, v]) => `${k}:${v}`),
        value.map((v) => v.trimStart()),
      ),
    );
    const document = fc.array(line, { minLength: 1, maxLength: 12 }).map((lines) => `${lines.map((parts) => parts.join('')).join('\n')}\n`);
    let compared = 0;
    fc.assert(
      fc.property(document, (text) => {
        if (expectSameReading(text, JSON.stringify(text))) compared++;
      }),
      { numRuns: FUZZ_RUNS * 10 },
    );
    expect(compared).toBeGreaterThan(FUZZ_RUNS / 10);
  });

  test('parseYamlSource gives the same data either way', () => {
    const text = readFileSync(join(ROOT, 'data/positions/kabid-sosial.yaml'), 'utf8');
    const fast = parseYamlSource('kabid-sosial.yaml', text);
    const full = parseYamlSourceFully('kabid-sosial.yaml', text);
    expect(fast.ok).toBe(true);
    expect(full.ok).toBe(true);
    if (fast.ok && full.ok) {
      expect(fast.source.data).toStrictEqual(full.source.data);
      expect(fast.source.locate(['indikator', 0, 'rumus'])).toEqual(full.source.locate(['indikator', 0, 'rumus']));
    }
  });
});
