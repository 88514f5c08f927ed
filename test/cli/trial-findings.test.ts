import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, lstatSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { parseFormula } from '../../src/core/formula.js';
import { ROOT } from '../helpers.js';
import { copyProject, editFile, runIki } from './harness.js';

// Inputs a new user produced that iki once mishandled; each stays fixed here.
const REPORT = ['report', '--year', '2021', '--period', 'TAHUN', '--realization', 'examples/2021/realisasi.csv', '--targets', 'examples/2021/target.yaml'];

describe('output targets that are not regular files', () => {
  test('a symbolic link is refused and kept', async () => {
    const project = copyProject();
    writeFileSync(join(project, 'asli.csv'), 'isi asli');
    symlinkSync(join(project, 'asli.csv'), join(project, 'tautan.csv'));
    const result = await runIki([...REPORT, '--format', 'csv', '--output', 'tautan.csv'], { cwd: project });
    expect(result.code).toBe(2);
    expect(lstatSync(join(project, 'tautan.csv')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(project, 'asli.csv'), 'utf8')).toBe('isi asli');
  });

  test('a named pipe is refused and kept', async () => {
    const project = copyProject();
    execFileSync('mkfifo', [join(project, 'pipa')]);
    const result = await runIki([...REPORT, '--format', 'csv', '--output', 'pipa'], { cwd: project });
    expect(result.code).toBe(2);
    expect(lstatSync(join(project, 'pipa')).isFIFO()).toBe(true);
  });
});

describe('numbers that would be silently wrong', () => {
  test('a percent-formatted workbook cell is rejected', async () => {
    const project = copyProject();
    const made = await runIki(['template', '--year', '2021', '--period', 'TW4', '--format', 'xlsx', '--output', 'isian.xlsx'], { cwd: project });
    expect(made.code).toBe(0);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(project, 'isian.xlsx'));
    const sheet = workbook.worksheets[1];
    if (!sheet) throw new Error('no unit sheet');
    const cell = sheet.getRow(2).getCell(5);
    cell.value = 0.18;
    cell.numFmt = '0%';
    await workbook.xlsx.writeFile(join(project, 'isian.xlsx'));

    const result = await runIki(['validate', '--format', 'text', '--year', '2021', 'isian.xlsx'], { cwd: project });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/isian\.xlsx#.+:2:5 error XLSX_CELL_VALUE .*18%/);
  });

  test('an empty filter value is a usage error, not the whole report', async () => {
    const result = await runIki([...REPORT, '--position', '']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
  });

  test('a workbook named .csv is recognised', async () => {
    const project = copyProject();
    await runIki(['template', '--year', '2021', '--format', 'xlsx', '--output', 'isian.xlsx'], { cwd: project });
    copyFileSync(join(project, 'isian.xlsx'), join(project, 'isian.csv'));
    const result = await runIki(['validate', '--format', 'text', '--year', '2021', 'isian.csv'], { cwd: project });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('.xlsx');
  });
});

describe('formula messages for copied decree text', () => {
  test.each([
    { text: '100 × a / b', token: '×', column: 5 },
    { text: 'a ÷ b', token: '÷', column: 3 },
    { text: 'a : b', token: ':', column: 3 },
  ])('$token is named', ({ text, token, column }) => {
    const parsed = parseFormula(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems[0]).toMatchObject({ code: 'FORMULA_NOT_ALLOWED', token, column, detail: 'typeset-operator' });
  });

  test('Infinity is named as written', () => {
    const parsed = parseFormula('Infinity * a');
    expect(!parsed.ok && parsed.problems[0]?.token).toBe('Infinity');
  });
});

describe('process edges', () => {
  test('a full disk on stdout is one message and exit 2', () => {
    const result = spawnSync('sh', ['-c', `node bin/iki.js ${REPORT.join(' ')} > /dev/full`], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' },
    });
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('ENOSPC');
  });

  test('an empty IKI_LANG means the default language', async () => {
    const result = await runIki(['list'], { env: { IKI_LANG: '', NO_COLOR: '1' } });
    expect(result.code).toBe(0);
  });

  test('a duplicate category id in settings is rejected', async () => {
    const project = copyProject();
    writeFileSync(
      join(project, 'iki.config.yaml'),
      'kategori:\n  - { id: baik, label: Baik, min: 90 }\n  - { id: baik, label: Kurang, min: 50 }\n  - { id: buruk, label: Buruk }\n',
    );
    const result = await runIki(['validate', '--format', 'text', 'iki.config.yaml'], { cwd: project });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/iki\.config\.yaml:3:\d+ error CONFIG_INVALID/);
  });

  test('a very long line is shown as a window', async () => {
    const project = copyProject();
    editFile(
      join(project, 'data/positions/kabid-sosial.yaml'),
      '    sasaran: Meningkatkan Pemberdayaan',
      `    sasran: ${'x'.repeat(5000)} Meningkatkan Pemberdayaan`,
    );
    const result = await runIki(['validate'], { cwd: project });
    expect(result.code).toBe(1);
    expect(Math.max(...result.stdout.split('\n').map((line) => line.length))).toBeLessThan(400);
  });
});

describe('more inputs from the second trial', () => {
  test('realization of another year gets a --year hint', async () => {
    const result = await runIki(['report', '--year', '2022', '--period', 'TAHUN', '--realization', 'examples/2021/realisasi.csv']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('--year');
    expect(result.stderr).toContain('2021?');
  });

  test('a value with more than 15 digits is rejected', async () => {
    const project = copyProject();
    editFile(join(project, 'examples/2021/realisasi.csv'), ';2021-TW1;210;', ';2021-TW1;99999999999999999999;');
    const result = await runIki(REPORT, { cwd: project });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/CSV_BAD_NUMBER .*15/);
  });

  test('an empty targets file named on the command line is one finding', async () => {
    const project = copyProject();
    writeFileSync(join(project, 'target-kosong.yaml'), '# belum diisi\n');
    const result = await runIki(['validate', '--format', 'text', 'target-kosong.yaml'], { cwd: project });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('target-kosong.yaml:1:1 error YAML_EMPTY');
  });

  test('a format that contradicts the output extension is refused', async () => {
    const project = copyProject();
    const result = await runIki([...REPORT, '--format', 'csv', '--output', 'laporan.xlsx'], { cwd: project });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('laporan.xlsx');
  });

  test('a bad IKI_LANG is named as coming from the variable', async () => {
    const result = await runIki(['list'], { env: { IKI_LANG: 'fr', NO_COLOR: '1' } });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('IKI_LANG');
  });
});

describe('messages that point at the real cause', () => {
  test.each([
    { name: 'no-break space', text: '100\u00a0* a / b', detail: 'invisible', column: 4 },
    { name: 'zero-width space', text: '100 * a\u200b / b', detail: 'invisible', column: 8 },
    { name: 'decimal comma', text: '100,0 * a / b', detail: 'decimal-comma', column: 4 },
  ])('formula with $name', ({ text, detail, column }) => {
    const parsed = parseFormula(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems[0]).toMatchObject({ code: 'FORMULA_SYNTAX', detail, column });
  });

  test('a stray delimiter at the end of rows is named', async () => {
    const project = copyProject();
    writeFileSync(join(project, 'isian.csv'), 'jabatan;indikator;variabel;periode;nilai\nkabid-sosial;pemberdayaan-fakir-miskin;diberdayakan;2021-TW1;5;\n');
    const result = await runIki(['validate', '--format', 'json', '--year', '2021', 'isian.csv'], { cwd: project });
    const finding = (JSON.parse(result.stdout) as { temuan: { kode: string; pesan: string }[] }).temuan[0];
    expect(finding?.kode).toBe('CSV_FIELD_COUNT');
    expect(finding?.pesan).toContain('berlebih');
  });

  test('a copied file name that is no id suggests renaming the file', async () => {
    const project = copyProject();
    copyFileSync(join(project, 'data/positions/sekretaris.yaml'), join(project, 'data/positions/sekretaris (copy).yaml'));
    const result = await runIki(['validate', '--format', 'json'], { cwd: project });
    const findings = (JSON.parse(result.stdout) as { temuan: { kode: string; pesan: string }[] }).temuan;
    const mismatch = findings.find((f) => f.kode === 'FILE_NAME_MISMATCH');
    expect(mismatch?.pesan).toContain('sekretaris.yaml');
  });

  test('output-file errors name --output-file', async () => {
    const result = await runIki(['validate', '--output-file', 'json=data']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--output-file');
  });
});
