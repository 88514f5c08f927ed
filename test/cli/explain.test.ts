import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { copyProject, runIki } from './harness.js';

const EXAMPLE = ['--year', '2021', '--realization', 'examples/2021/realisasi.csv', '--targets', 'examples/2021/target.yaml'];

async function explain(id: string, extra: string[] = [], cwd?: string): Promise<string> {
  const result = await runIki(['explain', id, ...EXAMPLE, ...extra], cwd ? { cwd } : {});
  if (result.code !== 0) throw new Error(`explain failed (${result.code}): ${result.stderr}`);
  return result.stdout;
}

/** Returns one numbered section of the explanation, heading included. */
function section(text: string, number: number): string {
  const start = text.indexOf(`\n${number}. `);
  const end = text.indexOf(`\n${number + 1}. `, start + 1);
  return text.slice(start + 1, end < 0 ? undefined : end);
}

describe('iki explain on the example data', () => {
  test('positive ratio: formula with its values', async () => {
    const text = await explain('kabid-sosial/pemberdayaan-fakir-miskin', ['--period', 'TAHUN']);

    expect(section(text, 2)).toContain('Rumus: 100 × diberdayakan / belum_diberdayakan');
    expect(section(text, 2)).toContain('100 × 1.140 / 1.500 = 76');
  });

  test('aggregation with its CSV lines', async () => {
    const variables = section(await explain('kabid-sosial/pemberdayaan-fakir-miskin', ['--period', 'TAHUN']), 1);

    expect(variables).toContain('TW1 210 + TW2 330 + TW3 320 + TW4 280 = 1.140');
    expect(variables).toContain('baris 46–49');
    expect(variables).toContain('TW4: 1.500');
    expect(variables).toContain('baris 53');
    expect(variables).toMatch(/agregasi jumlah/);
    expect(variables).toMatch(/agregasi akhir/);
  });

  test('annual target, capaian and category', async () => {
    const text = await explain('kabid-sosial/pemberdayaan-fakir-miskin', ['--period', 'TAHUN']);

    expect(section(text, 3)).toContain('80 (target tahunan)');
    expect(section(text, 4)).toContain('R / T × 100');
    expect(section(text, 4)).toContain('76 / 80 × 100 = 95,00');
    expect(section(text, 5)).toContain('95,00 ≥ 91: Sangat Tinggi');
    expect(section(text, 6)).toContain('Status: ok');
  });

  test('negative indicator with 2T-R', async () => {
    const text = await explain('kabid-ppkb/rumah-tangga-pra-sejahtera', ['--period', 'TAHUN']);

    expect(section(text, 2)).toContain('100 × 10.950 / 62.500 = 17,52');
    expect(section(text, 4)).toContain('(2 × T − R) / T × 100');
    expect(section(text, 4)).toContain('(2 × 16 − 17,52) / 16 × 100 = 90,50');
    expect(section(text, 5)).toContain('76 ≤ 90,50 < 91: Tinggi');
  });

  test('negative indicator with T/R from the settings', async () => {
    const project = copyProject();
    writeFileSync(join(project, 'iki.config.yaml'), 'capaian:\n  metodeNegatif: T/R\n');
    const result = await runIki(['explain', 'kabid-ppkb/rumah-tangga-pra-sejahtera', ...EXAMPLE, '--period', 'TAHUN'], { cwd: project });

    expect(result.code).toBe(0);
    expect(section(result.stdout, 4)).toContain('16 / 17,52 × 100 = 91,32');
    expect(result.stderr).toContain('iki.config.yaml');
  });

  test('range target inside the range', async () => {
    const achievement = section(await explain('kasubbag-umum/nilai-lakip', ['--period', 'TAHUN']), 4);

    expect(achievement).toContain('rentang 60–70');
    expect(achievement).toContain('62,35');
    expect(achievement).toContain('capaian = 100');
  });

  test('quarterly target at TW2', async () => {
    const target = section(await explain('kasubbag-program/dokumen-program-kinerja', ['--period', 'TW2']), 3);

    expect(target).toContain('4 (target kumulatif TW2)');
    expect(target).toContain('TW1 2, TW2 4, TW3 5, TW4 7');
  });

  test('no data names the missing variable', async () => {
    const text = await explain('kabid-sosial/diklat-anak-terlantar', ['--period', 'TAHUN']);

    expect(section(text, 1)).toContain('TW3 (baris 64 kosong)');
    expect(section(text, 2)).toContain('100 × 53 / ?');
    expect(section(text, 2)).toContain('anak_terlantar tidak punya nilai');
    expect(section(text, 4)).toContain('tidak ada realisasi');
    expect(section(text, 6)).toContain('Status: tanpa data');
    expect(section(text, 6)).toContain('tidak ada nilai untuk anak_terlantar');
    expect(section(text, 6)).toContain('anak_diklat tanpa data TW3');
  });

  test('english with --lang en', async () => {
    const text = await explain('kabid-sosial/pemberdayaan-fakir-miskin', ['--period', 'TAHUN', '--lang', 'en']);

    expect(section(text, 2)).toContain('100 × 1,140 / 1,500 = 76');
    expect(section(text, 1)).toContain('lines 46–49');
    expect(section(text, 4)).toContain('76 / 80 × 100 = 95.00');
    expect(section(text, 5)).toContain('Very High');
  });

  test('json keeps full precision', async () => {
    const document = JSON.parse(await explain('kabid-sosial/pemberdayaan-fakir-miskin', ['--period', 'TAHUN', '--format', 'json'])) as {
      realisasi: { nilai: number; hitungan: string };
      capaian: { nilai: number; metode: string };
      variabel: { id: string; dipakai: { baris: number }[] }[];
      target: { nilai: number; alasan: string };
      kategori: { id: string };
    };

    expect(document.realisasi).toEqual({ nilai: 76, hitungan: '100 × 1140 / 1500', alasanTanpaNilai: null });
    expect(document.capaian).toMatchObject({ nilai: 95, metode: 'R/T' });
    expect(document.variabel[0]?.dipakai.map((s) => s.baris)).toEqual([46, 47, 48, 49]);
    expect(document.target).toMatchObject({ nilai: 80, alasan: 'year-end' });
    expect(document.kategori.id).toBe('sangat-tinggi');
  });

  test('several files name the file of each line', async () => {
    const project = copyProject();
    const lines = readFileSync(join(project, 'examples/2021/realisasi.csv'), 'utf8').split('\r\n');
    const [header = '', ...rows] = lines.filter((line) => line !== '');
    writeFileSync(join(project, 'tw4.csv'), [header, ...rows.filter((r) => r.includes(';2021-TW4;'))].join('\r\n'));
    writeFileSync(join(project, 'lain.csv'), [header, ...rows.filter((r) => !r.includes(';2021-TW4;'))].join('\r\n'));
    const args = ['explain', 'kabid-sosial/pemberdayaan-fakir-miskin', '--year', '2021', '--period', 'TAHUN', '--targets', 'examples/2021/target.yaml'];
    const result = await runIki([...args, '--realization', 'lain.csv', 'tw4.csv'], { cwd: project });

    expect(result.code).toBe(0);
    expect(section(result.stdout, 1)).toMatch(/sumber: lain\.csv baris \d+–\d+; tw4\.csv baris \d+/);
  });
});

describe('iki explain errors', () => {
  test('unknown indicator exits 2 with a suggestion', async () => {
    const result = await runIki(['explain', 'kabid-sosal/pemberdayaan-fakir-miskin', ...EXAMPLE, '--period', 'TAHUN']);

    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain("'kabid-sosial/pemberdayaan-fakir-miskin'");
  });

  test('unknown indicator of a known position lists its indicators', async () => {
    const result = await runIki(['explain', 'kabid-sosial/diklat', ...EXAMPLE, '--period', 'TAHUN']);

    expect(result.code).toBe(2);
    expect(result.stderr).toContain('diklat-anak-terlantar');
  });

  test('id without a slash exits 2', async () => {
    const result = await runIki(['explain', 'kabid-sosial', ...EXAMPLE, '--period', 'TAHUN']);

    expect(result.code).toBe(2);
    expect(result.stderr).toContain('JABATAN/INDIKATOR');
  });

  test('bad period exits 2', async () => {
    const result = await runIki(['explain', 'kabid-sosial/pemberdayaan-fakir-miskin', ...EXAMPLE, '--period', 'TW5']);

    expect(result.code).toBe(2);
    expect(result.stderr).toContain('TW5');
  });

  test('invalid realization rows exit 1', async () => {
    const project = copyProject();
    const path = join(project, 'examples/2021/realisasi.csv');
    writeFileSync(path, readFileSync(path, 'utf8').replace(';2021-TW1;210;', ';2021-TW1;210 orang;'));
    const result = await runIki(['explain', 'kabid-sosial/pemberdayaan-fakir-miskin', ...EXAMPLE, '--period', 'TAHUN'], { cwd: project });

    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/realisasi\.csv:46:\d+ error CSV_BAD_NUMBER/);
  });
});
