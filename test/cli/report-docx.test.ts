import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, test } from 'vitest';
import { temporaryFolder } from '../helpers.js';
import { copyProject, editFile, runIki } from './harness.js';

const EXAMPLE = ['--year', '2021', '--period', 'TAHUN', '--realization', 'examples/2021/realisasi.csv', '--targets', 'examples/2021/target.yaml'];

const HEADER = ['No', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)', 'Keterangan'];

/** Writes the example report as .docx and returns its unzipped `word/document.xml`. */
async function documentXml(extra: string[] = [], cwd?: string): Promise<string> {
  const folder = temporaryFolder('iki-docx-');
  const output = join(folder, 'laporan.docx');
  const result = await runIki(['report', ...EXAMPLE, '--format', 'docx', '--output', output, ...extra], cwd ? { cwd } : {});
  if (result.code !== 0) throw new Error(`report failed: ${result.stderr}`);
  const zip = await JSZip.loadAsync(readFileSync(output));
  const xml = await zip.file('word/document.xml')?.async('string');
  if (xml === undefined) throw new Error('word/document.xml missing');
  return xml;
}

function decode(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Returns the tables of a document.xml as rows of cell texts. */
function tables(xml: string): string[][][] {
  return [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map(([, table = '']) =>
    [...table.matchAll(/<w:tr(?:\s[^>]*)?>([\s\S]*?)<\/w:tr>/g)].map(([, row = '']) =>
      [...row.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map(([, cell = '']) =>
        decode([...cell.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')),
      ),
    ),
  );
}

function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].map(([, p = '']) =>
    decode([...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')),
  );
}

describe('iki report --format docx', () => {
  test('one table per position', async () => {
    const found = tables(await documentXml());

    expect(found).toHaveLength(13);
    for (const table of found) expect(table[0]).toEqual(HEADER);
  });

  test('every indicator has a row', async () => {
    const found = tables(await documentXml());

    expect(found.reduce((rows, table) => rows + table.length - 1, 0)).toBe(49);
  });

  test('row shows target, realization and capaian', async () => {
    const rows = tables(await documentXml()).flat();

    expect(rows).toContainEqual(['1', 'Persentase Pemberdayaan Fakir Miskin/Anak Terlantar', 'persen', '80', '76', '95,00', '']);
  });

  test('range, quarter target and negative polarity', async () => {
    const rows = tables(await documentXml()).flat();

    expect(rows.find((row) => row[1] === 'Nilai Lakip Perangkat Daerah')?.slice(3, 6)).toEqual(['60–70', '62,35', '100,00']);
    expect(rows.find((row) => row[1] === 'Aparatur yang Mengikuti Pendidikan dan Pelatihan')?.[3]).toBe('12 (TW4)');
    expect(rows.find((row) => row[1]?.startsWith('Persentase Rumah Tangga Pra Sejahtera'))?.slice(1, 6)).toEqual([
      'Persentase Rumah Tangga Pra Sejahtera (negatif)',
      'persen',
      '16',
      '17,52',
      '90,50',
    ]);
  });

  test('status goes to the notes column', async () => {
    const rows = tables(await documentXml()).flat();
    const withoutData = rows.find((row) => row[1] === 'Persentase Pembinaan / Diklat Anak Terlantar / Penyandang Cacat Trauma');

    expect(withoutData?.slice(4, 6)).toEqual(['–', '–']);
    expect(withoutData?.[6]).toMatch(/^tanpa data: .*anak_terlantar/);
  });

  test('title, headings and position means', async () => {
    const xml = await documentXml();
    const texts = paragraphs(xml);

    expect(texts[0]).toMatch(/^Capaian IKI Dinas Sosial.*, Tahun 2021$/);
    expect(xml).toMatch(/<w:pStyle w:val="Heading1"\/><\/w:pPr><w:r><w:t xml:space="preserve">Bidang Sosial</);
    expect(texts).toContain('Rata-rata capaian jabatan: 99,33% (2 dari 3 indikator dihitung).');
    expect(texts).toContain('Arti status:');
  });

  test('A4 landscape page', async () => {
    const xml = await documentXml();

    expect(xml).toContain('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>');
  });

  test('english labels with --lang en', async () => {
    const found = tables(await documentXml(['--lang', 'en']));

    expect(found[0]?.[0]).toEqual(['No', 'Performance Indicator', 'Unit of Measure', 'Target', 'Realization', 'Achievement (%)', 'Remarks']);
    expect(found.flat()).toContainEqual(['1', 'Persentase Pemberdayaan Fakir Miskin/Anak Terlantar', 'persen', '80', '76', '95.00', '']);
  });

  test('formula text stays literal text', async () => {
    const project = copyProject();
    const formula = '=HYPERLINK("http://contoh.invalid","klik")';
    editFile(
      join(project, 'data/positions/kabid-sosial.yaml'),
      'indikatorKinerja: Persentase Pemberdayaan Fakir Miskin/Anak Terlantar',
      `indikatorKinerja: '${formula}'`,
    );
    const xml = await documentXml([], project);

    expect(xml).toContain('=HYPERLINK(&quot;http://contoh.invalid&quot;,&quot;klik&quot;)');
    expect(
      tables(xml)
        .flat()
        .map((row) => row[1]),
    ).toContain(formula);
    expect(xml).not.toContain('w:fldSimple');
    expect(xml).not.toContain('w:instrText');
    expect(xml).not.toContain('w:fldChar');
  });

  test('docx without --output exits 2', async () => {
    const result = await runIki(['report', ...EXAMPLE, '--format', 'docx']);

    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('--output');
  });

  test('.docx extension chooses the format', async () => {
    const folder = temporaryFolder('iki-docx-');
    const result = await runIki(['report', ...EXAMPLE, '--output', join(folder, 'laporan.docx')]);

    expect(result.code).toBe(0);
    expect(readFileSync(join(folder, 'laporan.docx')).subarray(0, 2).toString()).toBe('PK');
  });
});
