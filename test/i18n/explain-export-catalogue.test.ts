import { describe, expect, test } from 'vitest';
import type { Args, Catalogue } from '../../src/i18n/catalogue.js';
import { enExplain } from '../../src/i18n/en-explain.js';
import { enExport } from '../../src/i18n/en-export.js';
import { idExplain } from '../../src/i18n/id-explain.js';
import { idExport } from '../../src/i18n/id-export.js';

// Only the export keys of docx, Excel CSV, chart and progress are checked here;
// other prefixes of the export catalogues belong to other formats.
const EXPORT_PREFIXES = /^(docx|csv|chart|progress)\./;

const pick = (catalogue: Catalogue, filter: (key: string) => boolean): Catalogue =>
  Object.fromEntries(Object.entries(catalogue).filter(([key]) => filter(key)));

const pairs: { name: string; id: Catalogue; en: Catalogue }[] = [
  { name: 'explain', id: idExplain, en: enExplain },
  { name: 'export', id: pick(idExport, (key) => EXPORT_PREFIXES.test(key)), en: pick(enExport, (key) => EXPORT_PREFIXES.test(key)) },
];

const sample: Args = {
  key: 'kabid-sosial/pemberdayaan-fakir-miskin',
  period: 'TAHUN',
  year: 2021,
  value: '80',
  quarter: 'TW2',
  quarters: 'TW1, TW2',
  sources: 'baris 46–49',
  lines: '46–49',
  count: 4,
  variables: 'anak_terlantar',
  annual: '80',
  realization: '76',
  target: '80',
  min: '60',
  max: '70',
  from: '184,75',
  to: '120,00',
  label: 'Sangat Tinggi',
  below: '91',
  suggestion: 'kabid-sosial/pemberdayaan-fakir-miskin',
  available: 'kabid-sosial: pemberdayaan-fakir-miskin',
  status: 'ok',
  format: 'json',
  mean: '95,00',
  counted: 2,
  indicators: 3,
  file: 3,
  total: 60,
  rows: '120.000',
};

describe.each(pairs)('$name catalogues', ({ id, en }) => {
  test('en has every id key', () => {
    expect(Object.keys(id).filter((key) => !(key in en))).toEqual([]);
  });

  test('id has every en key', () => {
    expect(Object.keys(en).filter((key) => !(key in id))).toEqual([]);
  });

  test.each(Object.keys(id))('%s renders in both languages', (key) => {
    for (const catalogue of [id, en]) {
      const text = catalogue[key]?.(sample) ?? '';

      expect(text.trim()).not.toBe('');
      expect(text).not.toContain('undefined');
    }
  });
});
