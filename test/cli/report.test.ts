import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { copyProject, editFile, runIki } from './harness.js';

const EXAMPLE = ['--year', '2021', '--realization', 'examples/2021/realisasi.csv', '--targets', 'examples/2021/target.yaml'];

interface JsonRow {
  jabatan: string;
  indikator: string;
  target: unknown;
  realisasi: number | null;
  capaian: number | null;
  kategori: string | null;
  status: string;
  catatan: string[];
}

async function jsonReport(period: string, extra: string[] = [], cwd?: string) {
  const result = await runIki(['report', ...EXAMPLE, '--period', period, '--format', 'json', ...extra], cwd ? { cwd } : {});
  if (result.code !== 0) throw new Error(`report failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as {
    versiFormat: number;
    tahun: number;
    periode: string;
    baris: JsonRow[];
    ringkasan: { perangkatDaerah: { dihitung: number; jumlahIndikator: number } };
  };
}

const row = (rows: JsonRow[], position: string, indicator: string) => {
  const found = rows.find((r) => r.jabatan === position && r.indikator === indicator);
  if (!found) throw new Error(`row ${position}/${indicator} missing`);
  return found;
};

describe('iki report on the example data', () => {
  test('json has the documented shape and all 49 rows', async () => {
    const report = await jsonReport('TAHUN');
    expect(report.versiFormat).toBe(1);
    expect(report.tahun).toBe(2021);
    expect(report.periode).toBe('TAHUN');
    expect(report.baris).toHaveLength(49);
    expect(Object.keys(report.baris[0] ?? {})).toEqual(
      expect.arrayContaining([
        'jabatan',
        'unitKerja',
        'indikator',
        'no',
        'indikatorKinerja',
        'satuan',
        'polaritas',
        'target',
        'realisasi',
        'capaian',
        'kategori',
        'status',
        'catatan',
        'variabel',
      ]),
    );
  });

  test('positive ratio: 1140 of 1500 against 80', async () => {
    const { baris } = await jsonReport('TAHUN');
    const result = row(baris, 'kabid-sosial', 'pemberdayaan-fakir-miskin');
    expect(result.realisasi).toBe(76);
    expect(result.capaian).toBeCloseTo(95, 10);
    expect(result.kategori).toBe('sangat-tinggi');
  });

  test('negative ratio with 2T-R', async () => {
    const { baris } = await jsonReport('TAHUN');
    const result = row(baris, 'kabid-ppkb', 'rumah-tangga-pra-sejahtera');
    expect(result.realisasi).toBeCloseTo((100 * 10950) / 62500, 10);
    expect(result.capaian).toBeCloseTo(90.5, 10);
  });

  test('negative ratio with T/R from the settings file', async () => {
    const project = copyProject();
    writeFileSync(join(project, 'iki.config.yaml'), '# yaml-language-server: $schema=../schemas/config.schema.json\ncapaian:\n  metodeNegatif: T/R\n');
    const { baris } = await jsonReport('TAHUN', [], project);
    const result = row(baris, 'kabid-ppkb', 'rumah-tangga-pra-sejahtera');
    expect(result.capaian).toBeCloseTo((16 / ((100 * 10950) / 62500)) * 100, 10);
  });

  test('cap from --config', async () => {
    const project = copyProject();
    writeFileSync(join(project, 'batas.yaml'), 'capaian:\n  batasAtas: 110\n');
    const { baris } = await jsonReport('TAHUN', ['--config', 'batas.yaml'], project);
    expect(Math.max(...baris.map((r) => r.capaian ?? 0))).toBe(110);
  });

  test('quarter window uses year-to-date values', async () => {
    const { baris } = await jsonReport('TW2');
    const result = row(baris, 'kabid-sosial', 'pemberdayaan-fakir-miskin');
    expect(result.realisasi).toBe(36);
    expect(result.status).toBe('ok');
  });

  test('every status appears in the example', async () => {
    const { baris } = await jsonReport('TAHUN');
    expect(new Set(baris.map((r) => r.status))).toEqual(new Set(['ok', 'data-tidak-lengkap', 'tanpa-data', 'penyebut-nol', 'tanpa-target', 'target-nol']));
  });

  test('filters by position and unit', async () => {
    const byPosition = await jsonReport('TAHUN', ['--position', 'kabid-sosial']);
    expect(new Set(byPosition.baris.map((r) => r.jabatan))).toEqual(new Set(['kabid-sosial']));
    const byUnit = await jsonReport('TAHUN', ['--unit', 'sekretariat']);
    expect(byUnit.baris).toHaveLength(9);
  });

  test('unknown position filter exits 2 with a suggestion', async () => {
    const result = await runIki(['report', ...EXAMPLE, '--period', 'TAHUN', '--position', 'kabid-sosal']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('kabid-sosial');
  });

  test('table groups by unit and explains statuses', async () => {
    const result = await runIki(['report', ...EXAMPLE, '--period', 'TAHUN']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Sekretariat');
    expect(result.stdout).toContain('Arti status');
    expect(result.stdout).toContain('95,00');
    expect(result.stdout).not.toContain('\u001b[');
  });

  test('table colours only on a terminal', async () => {
    const result = await runIki(['report', ...EXAMPLE, '--period', 'TAHUN'], { tty: true, env: {} });
    expect(result.stdout).toContain('\u001b[');
  });

  test('english labels with --lang en', async () => {
    const result = await runIki(['report', ...EXAMPLE, '--period', 'TAHUN', '--lang', 'en']);
    expect(result.stdout).toContain('Achievement');
    expect(result.stdout).toContain('95.00');
  });

  test('csv keeps full precision and a dot', async () => {
    const result = await runIki(['report', ...EXAMPLE, '--period', 'TAHUN', '--format', 'csv']);
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toBe(
      'unitKerja,jabatan,indikator,no,indikatorKinerja,satuan,polaritas,target,targetMin,targetMax,sumberTarget,realisasi,capaian,kategori,status,catatan',
    );
    expect(lines).toHaveLength(50);
    expect(result.stdout).toContain('kabid-ppkb,rumah-tangga-pra-sejahtera,4,Persentase Rumah Tangga Pra Sejahtera,persen,negatif,16,,,tahunan,17.52,90.5');
  });

  test('markdown has a table per position', async () => {
    const result = await runIki(['report', ...EXAMPLE, '--period', 'TAHUN', '--format', 'markdown']);
    const [tables = '', summary = ''] = result.stdout.split('## Ringkasan');
    expect(tables.match(/^### /gm)).toHaveLength(13);
    expect(summary).toContain('| Seksi Kesetaraan Gender | 99,33 | 2/3 | tanpa target: 1 |');
    expect(result.stdout).toContain('| 1 | Persentase Pemberdayaan Fakir Miskin/Anak Terlantar | persen | 80 | 76 | 95,00 | Sangat Tinggi | ok |  |');
  });

  test('output file is written whole', async () => {
    const project = copyProject();
    const result = await runIki(['report', ...EXAMPLE, '--period', 'TAHUN', '--format', 'json', '--output', 'laporan.json'], { cwd: project });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect((JSON.parse(readFileSync(join(project, 'laporan.json'), 'utf8')) as { baris: unknown[] }).baris).toHaveLength(49);
  });

  test('output naming an input is refused before any work', async () => {
    const project = copyProject();
    const before = readFileSync(join(project, 'examples/2021/realisasi.csv'));
    const result = await runIki(['report', ...EXAMPLE, '--period', 'TAHUN', '--output', 'examples/2021/realisasi.csv'], { cwd: project });
    expect(result.code).toBe(2);
    expect(readFileSync(join(project, 'examples/2021/realisasi.csv'))).toEqual(before);
  });

  test('output naming a folder is refused', async () => {
    const project = copyProject();
    const result = await runIki(['report', ...EXAMPLE, '--period', 'TAHUN', '--output', 'examples'], { cwd: project });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('folder');
  });

  test('bad realization rows stop the report and leave no file', async () => {
    const project = copyProject();
    editFile(join(project, 'examples/2021/realisasi.csv'), ';2021-TW1;210;', ';2021-TW1;210 orang;');
    const result = await runIki(['report', ...EXAMPLE, '--period', 'TAHUN', '--output', 'laporan.csv'], { cwd: project });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/realisasi\.csv:46:\d+ error CSV_BAD_NUMBER/);
    expect(existsSync(join(project, 'laporan.csv'))).toBe(false);
  });

  test('invalid sheets stop the report', async () => {
    const project = copyProject();
    editFile(join(project, 'data/positions/kabid-sosial.yaml'), 'rumus: 100 * diberdayakan / belum_diberdayakan', 'rumus: 100 * diberdayakan / belum');
    const result = await runIki(['report', ...EXAMPLE, '--period', 'TAHUN'], { cwd: project });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('UNKNOWN_VARIABLE');
  });

  test('bad period exits 2', async () => {
    const result = await runIki(['report', ...EXAMPLE, '--period', 'TW5']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('TW5');
  });

  test('missing realization file exits 2', async () => {
    const result = await runIki(['report', '--year', '2021', '--period', 'TAHUN', '--realization', 'tidak-ada.csv']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('tidak-ada.csv');
  });
});

describe('iki report inputs', () => {
  test('one realization file per quarter reads as one', async () => {
    const project = copyProject();
    const lines = readFileSync(join(project, 'examples/2021/realisasi.csv'), 'utf8').split('\r\n');
    const [header = '', ...rows] = lines.filter((line) => line !== '');
    writeFileSync(join(project, 'tw1.csv'), [header, ...rows.filter((r) => r.includes(';2021-TW1;'))].join('\r\n'));
    writeFileSync(join(project, 'lain.csv'), [header, ...rows.filter((r) => !r.includes(';2021-TW1;'))].join('\r\n'));

    const run = async (...files: string[]) => {
      const result = await runIki(
        ['report', '--year', '2021', '--period', 'TAHUN', '--targets', 'examples/2021/target.yaml', '--format', 'json', '--realization', ...files],
        { cwd: project },
      );
      expect(result.code).toBe(0);
      return (JSON.parse(result.stdout) as { baris: JsonRow[] }).baris.map((r) => r.capaian);
    };
    expect(await run('tw1.csv', 'lain.csv')).toEqual(await run('examples/2021/realisasi.csv'));
  });

  test('a comment in the targets file silences its warning in the report too', async () => {
    const project = copyProject();
    const targets = join(project, 'examples/2021/target.yaml');
    editFile(targets, '{ tahunan: 10, TW1: 2, TW2: 5, TW3: 7, TW4: 10 }', '{ tahunan: 10, TW1: 2, TW2: 5, TW3: 3, TW4: 10 }');
    const report = () => runIki(['report', ...EXAMPLE, '--period', 'TW3', '--format', 'json'], { cwd: project });

    const warned = await report();
    expect(warned.code).toBe(0);
    expect(warned.stderr).toContain('TARGET_NOT_CUMULATIVE');

    editFile(
      targets,
      '    laporan-keuangan:',
      '    # iki-disable-next-line TARGET_NOT_CUMULATIVE -- TW3 memang turun karena revisi anggaran\n    laporan-keuangan:',
    );
    const silenced = await report();
    expect(silenced.code).toBe(0);
    expect(silenced.stderr).not.toContain('TARGET_NOT_CUMULATIVE');
    expect(silenced.stderr).not.toContain('SUPPRESSION_UNUSED');
  });

  test('a row repeated across files names both files', async () => {
    const project = copyProject();
    const result = await runIki(['report', ...EXAMPLE, '--period', 'TAHUN', '--realization', 'examples/2021/realisasi.csv'], { cwd: project });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('CSV_DUPLICATE_ROW');
  });

  test('output extension chooses the format', async () => {
    const project = copyProject();
    const result = await runIki(['report', ...EXAMPLE, '--period', 'TAHUN', '--output', 'laporan.csv'], { cwd: project });
    expect(result.code).toBe(0);
    expect(readFileSync(join(project, 'laporan.csv'), 'utf8').split('\n')[0]).toMatch(/^unitKerja,jabatan,indikator/);
  });

  test('csv numbers carry no binary noise', async () => {
    const result = await runIki(['report', ...EXAMPLE, '--period', 'TAHUN', '--format', 'csv']);
    expect(result.stdout).not.toMatch(/\d\.\d*0000000\d/);
    expect(result.stdout).not.toMatch(/\d\.\d*9999999\d/);
  });

  test('without targets a note goes to stderr', async () => {
    const result = await runIki(['report', '--year', '2021', '--period', 'TAHUN', '--realization', 'examples/2021/realisasi.csv']);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('--targets');
  });

  test('target written with a thousands point is rejected', async () => {
    const project = copyProject();
    editFile(join(project, 'examples/2021/target.yaml'), 'penanggulangan-kemiskinan: 12000', 'penanggulangan-kemiskinan: 12.000');
    const result = await runIki(['report', ...EXAMPLE, '--period', 'TAHUN'], { cwd: project });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/target\.yaml:\d+:\d+ error TARGET_AMBIGUOUS_NUMBER/);
    expect(result.stderr).toContain('12000');
  });

  test('filters that exclude each other exit 2', async () => {
    const result = await runIki(['report', ...EXAMPLE, '--period', 'TAHUN', '--unit', 'sekretariat', '--position', 'kabid-sosial']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--unit');
  });
});
