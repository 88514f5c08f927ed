import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Args, Catalogue } from '../../src/i18n/catalogue.js';
import { en } from '../../src/i18n/en.js';
import { id } from '../../src/i18n/id.js';
import { createTranslator } from '../../src/i18n/index.js';

// The Indonesian source is scanned, not a hand-written list, so an argument
// or a branch added to id.ts is covered without editing this test.
const idSource = readFileSync(new URL('../../src/i18n/id.ts', import.meta.url), 'utf8');

const argumentNames = [...new Set([...idSource.matchAll(/\ba\.(\w+)/g)].map((match) => match[1] as string))].sort();

/** Every argument name used in id.ts, each set to `sample-<name>`. */
const sampleArgs: Args = Object.fromEntries(argumentNames.map((name) => [name, `sample-${name}`]));

/** Each `a.name === 'literal'` comparison in id.ts, as the argument value that takes that branch. */
const branchValues = [...idSource.matchAll(/\ba\.(\w+) === '([^']*)'/g)].map((match) => ({ name: match[1] as string, value: match[2] as string }));

const categoryKey = /^category\./;

// The mirror checks compare only keys in both catalogues, so a missing key fails
// the key checks alone.
const sharedKeys = Object.keys(id).filter((key) => key in en);

const catalogues: [string, Catalogue][] = [
  ['id', id],
  ['en', en],
];

function render(catalogue: Catalogue, key: string, args: Args): string {
  const message = catalogue[key];
  if (!message) throw new Error(`no message for key ${key}`);
  return message(args);
}

describe('message catalogues', () => {
  test('scan finds arguments and branches', () => {
    expect(argumentNames).toContain('value');
    expect(argumentNames).toContain('suggestion');
    expect(branchValues).toContainEqual({ name: 'delimiter', value: ';' });
    expect(branchValues).toContainEqual({ name: 'where', value: 'capaian' });
    expect(branchValues).toContainEqual({ name: 'detail', value: 'length' });
  });

  test('en has every id key', () => {
    const missing = Object.keys(id).filter((key) => !(key in en));
    expect(missing, `keys of id.ts without an English text`).toEqual([]);
  });

  test('en has no keys unknown to id', () => {
    const extra = Object.keys(en).filter((key) => !categoryKey.test(key) && !(key in id));
    expect(extra, `keys of en.ts that id.ts lacks (only category.* may exist in en.ts alone)`).toEqual([]);
  });

  test('en has every category label', () => {
    for (const level of ['sangat-tinggi', 'tinggi', 'sedang', 'rendah', 'sangat-rendah']) {
      expect(Object.keys(en), `category.${level}`).toContain(`category.${level}`);
    }
  });

  describe.each(catalogues)('%s texts', (_lang, catalogue) => {
    test.each(Object.keys(catalogue))('%s renders with all arguments', (key) => {
      const text = render(catalogue, key, sampleArgs);

      expect(text.trim()).not.toBe('');
      expect(text).not.toContain('undefined');
      expect(text).not.toContain('NaN');
    });

    test.each(branchValues)('branch $name = $value renders', ({ name, value }) => {
      for (const key of Object.keys(catalogue)) {
        const text = render(catalogue, key, { ...sampleArgs, [name]: value });

        expect(text.trim(), key).not.toBe('');
        expect(text, key).not.toContain('undefined');
      }
    });
  });

  test.each(sharedKeys)('%s mirrors optional hint', (key) => {
    const withoutSuggestion = { ...sampleArgs, suggestion: undefined };
    const idHasHint = render(id, key, sampleArgs) !== render(id, key, withoutSuggestion);
    const enHasHint = render(en, key, sampleArgs) !== render(en, key, withoutSuggestion);

    expect(enHasHint, 'en.ts shows a suggestion exactly where id.ts does').toBe(idHasHint);
  });

  test.each(branchValues)('branch $name = $value mirrored', ({ name, value }) => {
    const branched = { ...sampleArgs, [name]: value };
    const differing = (catalogue: Catalogue) => sharedKeys.filter((key) => render(catalogue, key, sampleArgs) !== render(catalogue, key, branched));

    expect(differing(en), 'keys whose text changes with this argument value').toEqual(differing(id));
  });
});

describe('createTranslator', () => {
  test('en returns English text', () => {
    const t = createTranslator('en');

    expect(t('status.tanpa-data')).toBe('no data');
    expect(t('diag.UNKNOWN_UNIT', { value: 'dinsos', suggestion: 'dinas-sosial' })).toBe(
      "Work unit 'dinsos' is not in organisasi.yaml. Did you mean 'dinas-sosial'?",
    );
  });

  test('id returns Indonesian text', () => {
    const t = createTranslator('id');

    expect(t('status.tanpa-data')).toBe('tanpa data');
    expect(t('diag.UNKNOWN_UNIT', { value: 'dinsos', suggestion: 'dinas-sosial' })).toBe(
      "Unit kerja 'dinsos' tidak ada di organisasi.yaml. Mungkin maksud Anda 'dinas-sosial'?",
    );
  });

  test('id returns key for English-only key', () => {
    expect(createTranslator('id')('category.tinggi')).toBe('category.tinggi');
    expect(createTranslator('en')('category.tinggi')).toBe('High');
  });
});

describe('YAML_SYNTAX', () => {
  const detail = 'Implicit keys need to be on a single line at line 3, column 1';

  test('explains a known parser error in Indonesian without the English text', () => {
    const message = createTranslator('id')('diag.YAML_SYNTAX', { kind: 'MULTILINE_IMPLICIT_KEY', detail });

    expect(message).toContain('kunci terputus ke baris berikutnya');
    expect(message).not.toContain(detail);
  });

  test('keeps the English parser text for an error without an explanation', () => {
    const message = createTranslator('id')('diag.YAML_SYNTAX', { kind: 'BAD_PROP_ORDER', detail });

    expect(message).toContain(`pesan asli pengurai, dalam bahasa Inggris: ${detail}`);
  });

  test('always keeps the parser text in English', () => {
    expect(createTranslator('en')('diag.YAML_SYNTAX', { kind: 'MULTILINE_IMPLICIT_KEY', detail })).toContain(detail);
  });
});
