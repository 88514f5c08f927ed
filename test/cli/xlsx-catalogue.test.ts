import { describe, expect, test } from 'vitest';
import type { Args, Catalogue } from '../../src/i18n/catalogue.js';
import { enExport } from '../../src/i18n/en-export.js';
import { idExport } from '../../src/i18n/id-export.js';

// The Excel texts of the export catalogues; other prefixes belong to other formats.
const XLSX_KEY = /^(xlsx\.|diag\.XLSX_)/;

const pick = (catalogue: Catalogue): Catalogue => Object.fromEntries(Object.entries(catalogue).filter(([key]) => XLSX_KEY.test(key)));

const catalogues = { id: pick(idExport), en: pick(enExport) };

const sample: Args = {
  agency: 'Dinas Sosial',
  year: 2021,
  min: '91',
  detail: 'end of data reached',
  size: 70000000,
  limit: 67108864,
  columns: 'nilai',
  header: 'jabatan, nilai (angka)',
  value: '=C9*2',
};

// Branches of the messages: every value of `kind`, and the special `detail` and `header` values.
const variants: Args[] = [
  ...['formula', 'error', 'date', 'boolean', 'other'].map((kind) => ({ ...sample, kind })),
  { ...sample, detail: 'zip' },
  { ...sample, header: '' },
];

describe('xlsx catalogue texts', () => {
  test('both languages have the same keys', () => {
    expect(Object.keys(catalogues.en).sort()).toEqual(Object.keys(catalogues.id).sort());
    expect(Object.keys(catalogues.id).length).toBeGreaterThan(20);
  });

  test.each(Object.entries(catalogues))('%s texts render', (_lang, catalogue) => {
    for (const [key, message] of Object.entries(catalogue)) {
      for (const args of variants) {
        const text = message(args);
        expect(text.trim(), key).not.toBe('');
        expect(text, key).not.toMatch(/undefined|NaN/);
      }
    }
  });

  test.each(Object.entries(catalogues))('%s cell kinds differ', (_lang, catalogue) => {
    const message = catalogue['diag.XLSX_CELL_VALUE'];
    const texts = new Set(variants.slice(0, 5).map((args) => message?.(args)));

    expect(texts.size).toBe(5);
  });

  // Excel rejects a data validation whose title is over 32 characters or whose message is over 255.
  test.each(Object.entries(catalogues))('%s validation texts fit Excel', (_lang, catalogue) => {
    expect(catalogue['xlsx.template.invalidTitle']?.({}).length).toBeLessThanOrEqual(32);
    expect(catalogue['xlsx.template.invalidNumber']?.({}).length).toBeLessThanOrEqual(255);
    expect(catalogue['xlsx.template.invalidCount']?.({}).length).toBeLessThanOrEqual(255);
  });

  // Excel limits a sheet name to 31 characters.
  test.each(Object.entries(catalogues))('%s summary sheet name fits Excel', (_lang, catalogue) => {
    expect(catalogue['xlsx.sheet.summary']?.({}).length).toBeLessThanOrEqual(31);
  });
});
