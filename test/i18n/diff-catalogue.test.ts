import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Args, Catalogue } from '../../src/i18n/catalogue.js';
import { enDiff } from '../../src/i18n/en-diff.js';
import { idDiff } from '../../src/i18n/id-diff.js';
import { CHANGE_CLASSES, CHANGE_CODE_CLASS } from '../../src/core/diff-model.js';
import { createTranslator } from '../../src/i18n/index.js';

// Every error code thrown by the files of `iki diff`, found by scanning them.
const errorSources = ['../../src/io/git.ts', '../../src/io/tree-source.ts', '../../src/cli/diff.ts', '../../src/cli/diff-request.ts'];
const errorCodes = [
  ...new Set(
    errorSources.flatMap((path) =>
      [...readFileSync(new URL(path, import.meta.url), 'utf8').matchAll(/new (?:InputError|UsageError)\('(\w+)'/g)].map((match) => match[1] as string),
    ),
  ),
].sort();

// Every argument name used in id-diff.ts, each set to `sample-<name>`.
const idSource = readFileSync(new URL('../../src/i18n/id-diff.ts', import.meta.url), 'utf8');
const sampleArgs: Args = Object.fromEntries(
  [...new Set([...idSource.matchAll(/\ba\.(\w+)/g)].map((match) => match[1] as string))].map((name) => [name, `sample-${name}`]),
);

const catalogues: [string, Catalogue][] = [
  ['id', idDiff],
  ['en', enDiff],
];

describe('diff message catalogues', () => {
  test('en has every id key', () => {
    expect(Object.keys(idDiff).filter((key) => !(key in enDiff))).toEqual([]);
  });

  test('id has every en key', () => {
    expect(Object.keys(enDiff).filter((key) => !(key in idDiff))).toEqual([]);
  });

  test('every change code has a headline', () => {
    const missing = Object.keys(CHANGE_CODE_CLASS).filter((code) => !(`diff.code.${code}` in idDiff));
    expect(missing).toEqual([]);
  });

  test('every class has a label and a meaning', () => {
    for (const changeClass of CHANGE_CLASSES) {
      expect(idDiff, changeClass).toHaveProperty([`diff.class.${changeClass}`]);
      expect(idDiff, changeClass).toHaveProperty([`diff.classHelp.${changeClass}`]);
    }
  });

  test('scan finds the git errors', () => {
    expect(errorCodes).toContain('GIT_UNKNOWN_REVISION');
    expect(errorCodes).toContain('DIFF_NO_DATA');
  });

  test.each(errorCodes)('%s has a message in both languages', (code) => {
    for (const lang of ['id', 'en'] as const) {
      const text = createTranslator(lang)(`error.${code}`, sampleArgs);
      expect(text, lang).not.toBe(`error.${code}`);
    }
  });

  describe.each(catalogues)('%s texts', (_lang, catalogue) => {
    test.each(Object.keys(catalogue))('%s renders with all arguments', (key) => {
      const text = catalogue[key]?.(sampleArgs) ?? '';

      expect(text.trim()).not.toBe('');
      expect(text).not.toContain('undefined');
    });
  });
});
