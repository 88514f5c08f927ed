import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { ROOT } from '../helpers.js';
import { copyProject, runIki } from './harness.js';

describe('iki list', () => {
  test('lists 13 positions with indicator counts', async () => {
    const result = await runIki(['list']);
    expect(result.code).toBe(0);
    expect(result.stdout.match(/^│ (sekretaris|kasubbag|kabid|kasi)\S* +│/gm)).toHaveLength(13);
  });

  test('tree starts at the agency head', async () => {
    const result = await runIki(['list', '--tree']);
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^Kepala Dinas .*\(kepala-dinas\)$/);
    expect(lines).toHaveLength(14);
    expect(lines[2]).toBe('│   ├── Kepala Sub Bagian Program (kasubbag-program, 2 IKI)');
  });
});

describe('iki show', () => {
  test('json of all sheets equals the YAML files', async () => {
    const result = await runIki(['show', '--all', '--format', 'json']);
    const sheets = JSON.parse(result.stdout) as { id: string }[];
    expect(sheets).toHaveLength(13);
    const fromYaml = parse(readFileSync(join(ROOT, 'data/positions/kabid-sosial.yaml'), 'utf8')) as unknown;
    expect(sheets.find((s) => s.id === 'kabid-sosial')).toEqual(fromYaml);
  });

  test('table shows every explanation row', async () => {
    const result = await runIki(['show', 'kasubbag-program']);
    for (const document of ['Rencana Kerja', 'RKA', 'DPA', 'DPPA', 'Perjanjian Kinerja', 'Rencana Aksi Kinerja', 'Indikator Kinerja Utama', 'LPPD', 'LKPJ']) {
      expect(result.stdout).toContain(document);
    }
  });

  test('markdown and yaml formats', async () => {
    const markdown = await runIki(['show', 'kabid-ppkb', '--format', 'markdown']);
    expect(markdown.stdout).toContain('| 4 | Meningkatnya Ketahanan dan Pemberdayaan Keluarga |');
    const yaml = await runIki(['show', 'kabid-ppkb', '--format', 'yaml']);
    expect((parse(yaml.stdout) as { id: string }).id).toBe('kabid-ppkb');
  });

  test('unknown id suggests the closest', async () => {
    const result = await runIki(['show', 'kabid-sosal']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("'kabid-sosial'");
  });

  test('no id and no --all is a usage error', async () => {
    expect((await runIki(['show'])).code).toBe(2);
  });
});

describe('iki template', () => {
  test('one row per variable and quarter, nilai empty', async () => {
    const result = await runIki(['template', '--year', '2021']);
    const lines = result.stdout
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe('jabatan;indikator;variabel;periode;nilai;uraian');
    const variables = (JSON.parse((await runIki(['show', '--all', '--format', 'json'])).stdout) as { indikator: { variabel: unknown[] }[] }[])
      .flatMap((s) => s.indikator)
      .reduce((sum, i) => sum + i.variabel.length, 0);
    expect(lines).toHaveLength(1 + variables * 4);
    expect(lines.slice(1).every((line) => line.split(';')[4] === '')).toBe(true);
  });

  test('a quarter template holds only that quarter', async () => {
    const result = await runIki(['template', '--year', '2022', '--period', 'TW3', '--delimiter', ',']);
    const periods = new Set(
      result.stdout
        .trim()
        .split('\n')
        .slice(1)
        .map((line) => line.split(',')[3]),
    );
    expect(periods).toEqual(new Set(['2022-TW3']));
  });

  test('a filled template is read back by report', async () => {
    const project = copyProject();
    const template = await runIki(['template', '--year', '2021', '--period', 'TW1', '--output', 'isian.csv'], { cwd: project });
    expect(template.code).toBe(0);

    const path = join(project, 'isian.csv');
    const filled = readFileSync(path, 'utf8').replace(/;2021-TW1;;/g, ';2021-TW1;10;');
    writeFileSync(path, filled);
    const report = await runIki(['report', '--year', '2021', '--period', 'TW1', '--realization', 'isian.csv', '--format', 'json'], { cwd: project });
    expect(report.code).toBe(0);
    const rows = (JSON.parse(report.stdout) as { baris: { status: string; realisasi: number | null }[] }).baris;
    expect(rows.filter((r) => r.realisasi === null)).toEqual([]);
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(['tanpa-target']));
  });
});

describe('global options', () => {
  test('help is in Indonesian by default', async () => {
    const result = await runIki(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Pemakaian:');
    expect(result.stdout).toContain('hitung capaian IKI');
  });

  test('help in English with IKI_LANG', async () => {
    const result = await runIki(['report', '--help'], { env: { IKI_LANG: 'en', NO_COLOR: '1' } });
    expect(result.stdout).toContain('Usage:');
  });

  test('--data points at another folder', async () => {
    const project = copyProject();
    const result = await runIki(['list', '--data', join(project, 'data')], { cwd: '/' });
    expect(result.code).toBe(0);
  });

  test('missing data folder exits 2', async () => {
    const result = await runIki(['list', '--data', 'tidak-ada']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('tidak-ada');
  });

  test('unknown command exits 2', async () => {
    const result = await runIki(['laporan']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('laporan');
  });
});

describe('protecting entered data', () => {
  test('template will not overwrite a file without --force', async () => {
    const project = copyProject();
    writeFileSync(join(project, 'isian.csv'), 'data yang sudah diisi');
    const refused = await runIki(['template', '--year', '2021', '--output', 'isian.csv'], { cwd: project });
    expect(refused.code).toBe(2);
    expect(readFileSync(join(project, 'isian.csv'), 'utf8')).toBe('data yang sudah diisi');

    const forced = await runIki(['template', '--year', '2021', '--output', 'isian.csv', '--force'], { cwd: project });
    expect(forced.code).toBe(0);
    expect(readFileSync(join(project, 'isian.csv'), 'utf8')).toContain('jabatan;indikator');
  });

  test('mistyped command gets a suggestion', async () => {
    const result = await runIki(['reprot']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("'report'");
  });

  test('show with an id and --all is a usage error', async () => {
    expect((await runIki(['show', 'kabid-sosial', '--all'])).code).toBe(2);
  });
});
