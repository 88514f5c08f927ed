import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, test } from 'vitest';
import { parseNumberCell } from '../../src/core/number-text.js';
import { readRealizationCsv } from '../../src/io/realization-csv.js';
import { ROOT, temporaryFolder } from '../helpers.js';
import { runIki } from './harness.js';

const UNIT_SHEETS = ['Sekretariat', 'Bidang Sosial', 'Bidang Pemberdayaan Perempuan…', 'Bidang Pengendalian Penduduk…'];
const REPORT = ['report', '--year', '2021', '--period', 'TAHUN', '--targets', 'examples/2021/target.yaml'];

// Columns of a template sheet, 1-based.
const COLUMN = { position: 1, indicator: 2, variable: 3, period: 4, value: 5, description: 6 };

/** Writes the 2021 template workbook with `extra` options into a new folder and returns its path. */
async function writeTemplate(extra: string[] = []): Promise<string> {
  const path = join(temporaryFolder('iki-xlsx-'), 'isian.xlsx');
  const result = await runIki(['template', '--year', '2021', '--output', path, ...extra]);
  if (result.code !== 0) throw new Error(`template failed: ${result.stderr}`);
  return path;
}

async function loadWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(path) as unknown as ExcelJS.Buffer);
  return workbook;
}

/** Calls `visit` for every data row of the unit sheets. */
function eachTemplateRow(workbook: ExcelJS.Workbook, visit: (row: ExcelJS.Row, sheet: ExcelJS.Worksheet) => void): void {
  for (const sheet of workbook.worksheets.slice(1)) {
    sheet.eachRow((row, rowNumber) => {
      if (rowNumber > 1) visit(row, sheet);
    });
  }
}

function findRow(workbook: ExcelJS.Workbook, key: string): { row: ExcelJS.Row; sheet: ExcelJS.Worksheet } {
  let found: { row: ExcelJS.Row; sheet: ExcelJS.Worksheet } | undefined;
  eachTemplateRow(workbook, (row, sheet) => {
    if (!found && rowKey(row) === key) found = { row, sheet };
  });
  if (!found) throw new Error(`no template row ${key}`);
  return found;
}

function rowKey(row: ExcelJS.Row): string {
  return [COLUMN.position, COLUMN.indicator, COLUMN.variable, COLUMN.period].map((column) => String(row.getCell(column).value)).join('/');
}

/** Reads the example realization as numbers keyed by `jabatan/indikator/variabel/periode`, with null for an empty cell. */
async function exampleValues(): Promise<Map<string, number | null>> {
  const read = await readRealizationCsv(join(ROOT, 'examples/2021/realisasi.csv'));
  const values = new Map<string, number | null>();
  for (const row of read.file.rows) {
    const number = parseNumberCell(row.cells.nilai, read.file.delimiter);
    if (!number.ok) throw new Error(`example value ${row.cells.nilai} unreadable`);
    values.set([row.cells.jabatan, row.cells.indikator, row.cells.variabel, row.cells.periode].join('/'), number.value);
  }
  return values;
}

/** Fills a template with the example realization, as staff would in Excel, and saves it. */
async function fillWithExample(path: string): Promise<void> {
  const workbook = await loadWorkbook(path);
  const values = await exampleValues();
  eachTemplateRow(workbook, (row) => {
    const value = values.get(rowKey(row));
    if (value !== undefined && value !== null) row.getCell(COLUMN.value).value = value;
  });
  writeFileSync(path, Buffer.from(await workbook.xlsx.writeBuffer()));
}

describe('iki template --format xlsx', () => {
  let workbook: ExcelJS.Workbook;

  beforeAll(async () => {
    workbook = await loadWorkbook(await writeTemplate());
  });

  test('instructions first, then one sheet per unit', () => {
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Petunjuk', ...UNIT_SHEETS]);
    expect(String(workbook.worksheets[0]?.getCell(1, 1).value)).toContain('tahun 2021');
  });

  test('same rows as the csv template', async () => {
    const csv = await runIki(['template', '--year', '2021', '--delimiter', ',']);
    const csvRows = (parse(csv.stdout) as string[][]).slice(1);
    const rows: string[][] = [];
    eachTemplateRow(workbook, (row) => rows.push(Object.values(COLUMN).map((column) => String(row.getCell(column).value ?? ''))));

    expect(rows).toEqual(csvRows);
  });

  test('header row frozen and printed', () => {
    for (const sheet of workbook.worksheets.slice(1)) {
      expect(sheet.getRow(1).values, sheet.name).toEqual([undefined, 'jabatan', 'indikator', 'variabel', 'periode', 'nilai', 'uraian']);
      expect(sheet.views[0], sheet.name).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.pageSetup.printTitlesRow, sheet.name).toBe('1:1');
    }
  });

  test('sheets protected without password', () => {
    for (const sheet of workbook.worksheets.slice(1)) {
      const protection = (sheet as unknown as { sheetProtection?: Record<string, unknown> }).sheetProtection;
      expect(protection?.sheet, sheet.name).toBe(true);
      expect(protection?.hashValue, sheet.name).toBeUndefined();
    }
  });

  test('only nilai unlocked', () => {
    eachTemplateRow(workbook, (row, sheet) => {
      const where = `${sheet.name}!${row.number}`;
      expect(row.getCell(COLUMN.value).protection?.locked, where).toBe(false);
      for (const column of [COLUMN.position, COLUMN.indicator, COLUMN.variable, COLUMN.period, COLUMN.description]) {
        expect(row.getCell(column).protection?.locked, where).not.toBe(false);
      }
    });
  });

  test('summed variable accepts zero or more', () => {
    const { row } = findRow(workbook, 'kabid-sosial/pemberdayaan-fakir-miskin/diberdayakan/2021-TW1');
    const validation = row.getCell(COLUMN.value).dataValidation;

    expect(validation).toMatchObject({
      type: 'decimal',
      operator: 'greaterThanOrEqual',
      allowBlank: true,
      showErrorMessage: true,
      errorTitle: 'Nilai harus angka',
    });
    expect(validation.formulae.map(Number)).toEqual([0]);
    expect(validation.error).toContain('0 atau lebih');
  });

  test('level variable accepts any number', () => {
    const { row } = findRow(workbook, 'kabid-sosial/pemberdayaan-fakir-miskin/belum_diberdayakan/2021-TW1');
    const validation = row.getCell(COLUMN.value).dataValidation;

    expect(validation).toMatchObject({ type: 'decimal', operator: 'between', allowBlank: true, showErrorMessage: true });
    expect(validation.formulae.map(Number)).toEqual([-1e300, 1e300]);
  });

  test('uraian shown', () => {
    const { row } = findRow(workbook, 'kabid-sosial/pemberdayaan-fakir-miskin/diberdayakan/2021-TW1');

    expect(row.getCell(COLUMN.description).value).toMatch(/^Isi diberdayakan: .+ untuk 2021-TW1$/);
    expect(row.getCell(COLUMN.description).alignment?.wrapText).toBe(true);
  });

  test('english instructions sheet', async () => {
    const english = await loadWorkbook(await writeTemplate(['--lang', 'en']));

    expect(english.worksheets[0]?.name).toBe('Instructions');
    expect(english.worksheets[1]?.getRow(2).getCell(COLUMN.value).dataValidation.errorTitle).toBe('Value must be a number');
  });
});

describe('filled template read as realization', () => {
  test('report equals the csv report', async () => {
    const path = await writeTemplate();
    await fillWithExample(path);

    const fromWorkbook = await runIki([...REPORT, '--realization', path, '--format', 'json']);
    const fromCsv = await runIki([...REPORT, '--realization', 'examples/2021/realisasi.csv', '--format', 'json']);

    expect(fromWorkbook.code, fromWorkbook.stderr).toBe(0);
    expect(JSON.parse(fromWorkbook.stdout)).toEqual(JSON.parse(fromCsv.stdout));
  });

  test('report from the english template', async () => {
    const path = await writeTemplate(['--lang', 'en']);
    await fillWithExample(path);

    const result = await runIki([...REPORT, '--realization', path, '--format', 'json']);

    expect(result.code, result.stderr).toBe(0);
    expect((JSON.parse(result.stdout) as { baris: unknown[] }).baris).toHaveLength(49);
  });

  test('hand-computed row', async () => {
    const path = await writeTemplate();
    await fillWithExample(path);

    const result = await runIki([...REPORT, '--realization', path, '--format', 'json']);
    const row = (JSON.parse(result.stdout) as { baris: { jabatan: string; indikator: string; realisasi: number; capaian: number }[] }).baris.find(
      (r) => r.jabatan === 'kabid-sosial' && r.indikator === 'pemberdayaan-fakir-miskin',
    );

    expect(row?.realisasi).toBe(76);
    expect(row?.capaian).toBeCloseTo(95, 10);
  });

  test('validate accepts the filled workbook', async () => {
    const path = await writeTemplate();
    await fillWithExample(path);

    const result = await runIki(['validate', path]);

    expect(result.code, result.stdout).toBe(0);
    expect(result.stderr).toContain('1 berkas diperiksa, tidak ada temuan');
  });

  test('text value reported with sheet, row and column', async () => {
    const path = await writeTemplate();
    const workbook = await loadWorkbook(path);
    const { row, sheet } = findRow(workbook, 'kabid-sosial/pemberdayaan-fakir-miskin/diberdayakan/2021-TW2');
    row.getCell(COLUMN.value).value = '12 orang';
    findRow(workbook, 'kabid-sosial/pemberdayaan-fakir-miskin/diberdayakan/2021-TW1').row.getCell(COLUMN.value).value = 35;
    writeFileSync(path, Buffer.from(await workbook.xlsx.writeBuffer()));
    const location = `${path}#${sheet.name}`;

    const report = await runIki([...REPORT, '--realization', path]);
    const validate = await runIki(['validate', path, '--format', 'json']);
    const findings = (JSON.parse(validate.stdout) as { temuan: { kode: string; lokasi: { berkas: string; baris: number; kolom: number } }[] }).temuan;

    expect(report.code).toBe(1);
    expect(report.stderr).toContain(`${location}:${row.number}:5 error CSV_BAD_NUMBER Nilai '12 orang' bukan angka. Tulis angkanya saja, misalnya 12.`);
    expect(validate.code).toBe(1);
    expect(findings.map((finding) => [finding.kode, finding.lokasi])).toEqual([['CSV_BAD_NUMBER', { berkas: location, baris: row.number, kolom: 5 }]]);
    expect(sheet.name).toBe('Bidang Sosial');
  });

  test('folder check skips the excel lock file', async () => {
    const path = await writeTemplate();
    await fillWithExample(path);
    const folder = join(path, '..');
    writeFileSync(join(folder, '~$isian.xlsx'), 'lock');

    const result = await runIki(['validate', folder]);

    expect(result.code, result.stdout).toBe(0);
    expect(result.stderr).toContain('1 berkas diperiksa');
  });
});

describe('iki template format choice', () => {
  test('xlsx needs --output', async () => {
    const result = await runIki(['template', '--year', '2021', '--format', 'xlsx']);

    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('--output');
  });

  test('--format xlsx with another extension', async () => {
    const path = join(temporaryFolder('iki-xlsx-'), 'isian.dat');

    const result = await runIki(['template', '--year', '2021', '--format', 'xlsx', '--output', path]);

    expect(result.code).toBe(0);
    expect(readFileSync(path).subarray(0, 2).toString('latin1')).toBe('PK');
  });

  test('--format csv wins over the extension', async () => {
    const path = join(temporaryFolder('iki-xlsx-'), 'isian.xlsx');

    const result = await runIki(['template', '--year', '2021', '--format', 'csv', '--output', path]);

    expect(result.code).toBe(0);
    expect(readFileSync(path, 'utf8')).toMatch(/^\uFEFFjabatan;indikator/);
  });

  test('existing workbook is kept without --force', async () => {
    const path = await writeTemplate();

    const result = await runIki(['template', '--year', '2021', '--output', path]);

    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--force');
  });
});
