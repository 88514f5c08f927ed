import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import type { Decree } from '../../src/core/model.js';
import { ROOT, realData } from '../helpers.js';

const SEED = readFileSync(join(ROOT, 'seeds', '000_295d9d64057f7f0d.txt'), 'utf8');

// The seed is Markdown: folding whitespace and dropping emphasis markers leaves the printed text.
const fold = (text: string) => text.replace(/\*/g, '').replace(/\s+/g, ' ').trim();
const foldedSeed = fold(SEED);

// The seed writes formula cells as LaTeX fractions and one as underlined HTML;
// the sheets keep them as "numerator / denominator x 100%".
const latexParts = [...SEED.matchAll(/\\text\{([^}]*)\}/g)].map((m) => fold(m[1] ?? ''));
const underlined = [...SEED.matchAll(/<u>([^<]*)<\/u>\s*([^\t]*?)\s+X 100%/g)].flatMap((m) => [fold(m[1] ?? ''), fold(m[2] ?? '')]);
const formulaParts = new Set([...latexParts, ...underlined]);

function occursInSeed(text: string): boolean {
  const folded = fold(text);
  if (foldedSeed.includes(folded)) return true;

  // A formula cell: every part of the fraction must be a fraction part in the seed.
  const withoutFactor = folded.replace(/\s+[xX] 100%$/, '');
  if (withoutFactor === folded) return false;
  return withoutFactor.split(' / ').every((part) => formulaParts.has(part));
}

const { sheets } = realData();
const decree = parse(readFileSync(join(ROOT, 'data', 'keputusan', 'kep-15-2021.yaml'), 'utf8')) as Decree;

const verbatim = sheets.flatMap((sheet) => [
  { where: `${sheet.id}.jabatan`, text: sheet.jabatan },
  { where: `${sheet.id}.tugasPokok`, text: sheet.tugasPokok },
  ...sheet.fungsi.map((text, index) => ({ where: `${sheet.id}.fungsi[${index}]`, text })),
  ...sheet.indikator.flatMap((indicator) => [
    { where: `${sheet.id}/${indicator.id}.sasaran`, text: indicator.sasaran },
    { where: `${sheet.id}/${indicator.id}.indikatorKinerja`, text: indicator.indikatorKinerja },
    ...indicator.penjelasan.flatMap((row, index) => [
      { where: `${sheet.id}/${indicator.id}.penjelasan[${index}].uraian`, text: row.uraian },
      { where: `${sheet.id}/${indicator.id}.penjelasan[${index}].sumberData`, text: row.sumberData },
    ]),
  ]),
]);

const decreeTexts = [
  { where: 'tentang', text: decree.tentang },
  { where: 'penandatangan.jabatan', text: decree.penandatangan.jabatan },
  { where: 'penandatangan.nama', text: decree.penandatangan.nama },
  ...decree.menimbang.map((text, index) => ({ where: `menimbang[${index}]`, text })),
  ...decree.mengingat.map((text, index) => ({ where: `mengingat[${index}]`, text })),
  ...decree.diktum.flatMap((item) => [
    { where: `${item.nama}.isi`, text: item.isi },
    ...(item.butir ?? []).map((text, index) => ({ where: `${item.nama}.butir[${index}]`, text })),
  ]),
];

describe('transcription of the 2021 decree', () => {
  test('decree has its number, date and four diktum', () => {
    expect([decree.nomor, decree.tahun, decree.tanggal, decree.tempat]).toEqual([15, 2021, '2021-02-16', 'Putussibau']);
    expect(decree.diktum.map((d) => d.nama)).toEqual(['KESATU', 'KEDUA', 'KETIGA', 'KEEMPAT']);
    expect(decree.mengingat).toHaveLength(9);
  });

  test.each(decreeTexts)('decree $where occurs in the seed', ({ text }) => {
    expect(foldedSeed).toContain(fold(text));
  });

  test('13 positions, 49 indicators, 89 explanation rows', () => {
    expect(sheets).toHaveLength(13);
    expect(sheets.flatMap((s) => s.indikator)).toHaveLength(49);
    expect(sheets.flatMap((s) => s.indikator.flatMap((i) => i.penjelasan))).toHaveLength(89);
  });

  test('function counts match the decree', () => {
    expect(sheets.map((s) => [s.id, s.fungsi.length])).toEqual([
      ['sekretaris', 7],
      ['kasubbag-program', 8],
      ['kasubbag-keuangan', 5],
      ['kasubbag-umum', 7],
      ['kabid-sosial', 10],
      ['kasi-perlindungan-jaminan-sosial', 10],
      ['kasi-rehabilitasi-jaminan-sosial', 8],
      ['kabid-p3a', 10],
      ['kasi-kesetaraan-gender', 8],
      ['kasi-perlindungan-perempuan-anak', 8],
      ['kabid-ppkb', 7],
      ['kasi-pengendalian-penduduk', 9],
      ['kasi-kb-ketahanan-kesejahteraan', 9],
    ]);
  });

  test.each(verbatim)('$where occurs in the seed', ({ text }) => {
    expect(occursInSeed(text)).toBe(true);
  });

  test('formula cells are kept as readable fractions', () => {
    const formulaRows = verbatim.filter((v) => / [xX] 100%$/.test(v.text));
    expect(formulaRows.map((v) => v.where)).toEqual([
      'kabid-sosial/pemberdayaan-fakir-miskin.penjelasan[0].uraian',
      'kabid-sosial/pelayanan-rehabilitasi-kesos.penjelasan[0].uraian',
      'kabid-sosial/diklat-anak-terlantar.penjelasan[0].uraian',
      'kabid-ppkb/cakupan-kb.penjelasan[0].uraian',
      'kabid-ppkb/peserta-kb-baru.penjelasan[0].uraian',
      'kabid-ppkb/rumah-tangga-pra-sejahtera.penjelasan[0].uraian',
    ]);
  });

  test('a changed word is caught', () => {
    expect(occursInSeed('Meningkatkan Pemberdayaan Fakir Miskin, KAT, PMKS')).toBe(true);
    expect(occursInSeed('Meningkatkan Pemberdayaan Fakir Miskin, KAT, PMKS dan Lansia')).toBe(false);
    expect(occursInSeed('Jumlah Anak Terlantar yang Mendapatkan Diklat / Jumlah Seluruh Anak Terlantar x 100%')).toBe(false);
  });

  test('every indicator is interpreted', () => {
    for (const indicator of sheets.flatMap((s) => s.indikator)) {
      expect(indicator.variabel.length, indicator.id).toBeGreaterThan(0);
      expect(indicator.rumus, indicator.id).not.toBe('');
    }
  });

  test('garbled PPKB formulas carry a note', () => {
    const ppkb = sheets.find((s) => s.id === 'kabid-ppkb');
    expect(ppkb?.indikator.filter((i) => i.catatan === undefined).map((i) => i.id)).toEqual([]);
  });
});
