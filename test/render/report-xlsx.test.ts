import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, test } from 'vitest';
import { UNIT_HEADER_ROW } from '../../src/render/report-xlsx.js';
import { copyProject, editFile, runIki } from '../cli/harness.js';
import { temporaryFolder } from '../helpers.js';

const EXAMPLE = ['--year', '2021', '--period', 'TAHUN', '--realization', 'examples/2021/realisasi.csv', '--targets', 'examples/2021/target.yaml'];

const CATEGORY_FILLS: Record<string, string> = {
  'sangat-tinggi': 'FF1E7B34',
  tinggi: 'FFA9D08E',
  sedang: 'FFFFE699',
  rendah: 'FFF4B183',
  'sangat-rendah': 'FFC00000',
};

// Columns of a unit sheet, 1-based.
const COLUMN = { no: 1, position: 2, indicator: 3, unit: 4, target: 5, realization: 6, achievement: 7, category: 8, status: 9, notes: 10 };

interface JsonRow {
  jabatan: string;
  unitKerja: string;
  indikator: string;
  indikatorKinerja: string;
  polaritas: string;
  realisasi: number | null;
  capaian: number | null;
  kategori: string | null;
}

/** Writes the example report as a workbook with `extra` options and loads it back. */
async function reportWorkbook(extra: string[] = [], cwd?: string): Promise<ExcelJS.Workbook> {
  const path = join(temporaryFolder('iki-xlsx-'), 'laporan.xlsx');
  const result = await runIki(['report', ...EXAMPLE, '--output', path, ...extra], cwd ? { cwd } : {});
  if (result.code !== 0) throw new Error(`report failed: ${result.stderr}`);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(path) as unknown as ExcelJS.Buffer);
  return workbook;
}

/** Returns the indicator rows of every unit sheet, in workbook order. */
function indicatorRows(workbook: ExcelJS.Workbook): ExcelJS.Row[] {
  const rows: ExcelJS.Row[] = [];
  for (const sheet of workbook.worksheets.slice(1)) {
    sheet.eachRow((row, rowNumber) => {
      if (rowNumber > UNIT_HEADER_ROW) rows.push(row);
    });
  }
  return rows;
}

function fillOf(cell: ExcelJS.Cell): string | undefined {
  const fill = cell.fill;
  return fill?.type === 'pattern' ? fill.fgColor?.argb : undefined;
}

function findRow(sheet: ExcelJS.Worksheet, text: string): ExcelJS.Row {
  let found: ExcelJS.Row | undefined;
  sheet.eachRow((row) => {
    if (!found && row.getCell(COLUMN.indicator).value === text) found = row;
  });
  if (!found) throw new Error(`no row with ${text} on ${sheet.name}`);
  return found;
}

describe('report workbook from the example data', () => {
  let workbook: ExcelJS.Workbook;
  let json: { baris: JsonRow[]; ringkasan: { perangkatDaerah: { jumlahIndikator: number; dihitung: number; rataRataCapaian: number } } };

  beforeAll(async () => {
    workbook = await reportWorkbook();
    const result = await runIki(['report', ...EXAMPLE, '--format', 'json']);
    json = JSON.parse(result.stdout) as typeof json;
  });

  test('sheet names', () => {
    const names = workbook.worksheets.map((sheet) => sheet.name);

    expect(names).toEqual(['Ringkasan', 'Sekretariat', 'Bidang Sosial', 'Bidang Pemberdayaan Perempuan…', 'Bidang Pengendalian Penduduk…']);
    for (const name of names) {
      expect(name.length, name).toBeLessThanOrEqual(31);
      expect(name, name).not.toMatch(/[[\]:*?/\\]/);
    }
  });

  test('49 indicator rows across unit sheets', () => {
    expect(indicatorRows(workbook)).toHaveLength(49);
  });

  test('pemberdayaan fakir miskin computed by hand', () => {
    const row = findRow(workbook.getWorksheet('Bidang Sosial') as ExcelJS.Worksheet, 'Persentase Pemberdayaan Fakir Miskin/Anak Terlantar');
    const target = row.getCell(COLUMN.target);
    const realization = row.getCell(COLUMN.realization);
    const achievement = row.getCell(COLUMN.achievement);

    expect(target.type).toBe(ExcelJS.ValueType.Number);
    expect(target.value).toBe(80);
    expect(realization.type).toBe(ExcelJS.ValueType.Number);
    expect(realization.value).toBe(76);
    expect(achievement.type).toBe(ExcelJS.ValueType.Number);
    expect(achievement.value).toBe(95);
    expect(achievement.numFmt).toBe('#,##0.00');
    expect(row.getCell(COLUMN.category).value).toBe('Sangat Tinggi');
    expect(fillOf(achievement)).toBe(CATEGORY_FILLS['sangat-tinggi']);
  });

  test('every row matches the json report', () => {
    const rows = indicatorRows(workbook);

    json.baris.forEach((expected, index) => {
      const row = rows[index] as ExcelJS.Row;
      const where = `${expected.jabatan}/${expected.indikator}`;
      const marker = expected.polaritas === 'negatif' ? ' (negatif)' : '';
      expect(row.getCell(COLUMN.indicator).value, where).toBe(`${expected.indikatorKinerja}${marker}`);
      expect(row.getCell(COLUMN.realization).value ?? null, where).toBe(expected.realisasi === null ? null : Number(expected.realisasi.toPrecision(15)));
      expect(row.getCell(COLUMN.achievement).value ?? null, where).toBe(expected.capaian === null ? null : Number(expected.capaian.toPrecision(15)));
      expect(fillOf(row.getCell(COLUMN.achievement)), where).toBe(expected.kategori === null ? undefined : CATEGORY_FILLS[expected.kategori]);
    });
  });

  test('number columns hold no text', () => {
    for (const row of indicatorRows(workbook)) {
      for (const column of [COLUMN.no, COLUMN.realization, COLUMN.achievement]) {
        expect([ExcelJS.ValueType.Number, ExcelJS.ValueType.Null]).toContain(row.getCell(column).type);
      }
    }
  });

  test('quarterly target keeps its number', () => {
    const row = findRow(workbook.getWorksheet('Sekretariat') as ExcelJS.Worksheet, 'Jumlah Dokumen Program Kinerja');
    const target = row.getCell(COLUMN.target);

    expect(target.value).toBe(7);
    expect(target.numFmt).toBe('#,##0.00" (TW4)"');
  });

  test('range target is text', () => {
    const row = findRow(workbook.getWorksheet('Sekretariat') as ExcelJS.Worksheet, 'Nilai Lakip Perangkat Daerah');

    expect(row.getCell(COLUMN.target).value).toBe('60–70');
  });

  test('frozen header and print setup', () => {
    for (const sheet of workbook.worksheets.slice(1)) {
      expect(sheet.views[0], sheet.name).toMatchObject({ state: 'frozen', ySplit: UNIT_HEADER_ROW });
      expect(sheet.pageSetup, sheet.name).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, printTitlesRow: '4:4' });
      expect(sheet.getRow(UNIT_HEADER_ROW).getCell(COLUMN.achievement).value, sheet.name).toBe('Capaian (%)');
    }
  });

  test('long text wraps', () => {
    const row = findRow(workbook.getWorksheet('Bidang Sosial') as ExcelJS.Worksheet, 'Persentase Pemberdayaan Fakir Miskin/Anak Terlantar');

    expect(row.getCell(COLUMN.indicator).alignment?.wrapText).toBe(true);
    expect(row.getCell(COLUMN.notes).alignment?.wrapText).toBe(true);
  });

  test('summary agrees with the json report', () => {
    const summary = workbook.getWorksheet('Ringkasan') as ExcelJS.Worksheet;
    let agency: ExcelJS.Row | undefined;
    summary.eachRow((row) => {
      if (String(row.getCell(1).value).startsWith('Perangkat daerah:')) agency = row;
    });
    const expected = json.ringkasan.perangkatDaerah;

    expect(agency?.getCell(2).value).toBe(expected.jumlahIndikator);
    expect(agency?.getCell(3).value).toBe(expected.dihitung);
    expect(agency?.getCell(4).value).toBeCloseTo(expected.rataRataCapaian, 10);
  });

  test('summary counts per category', () => {
    const summary = workbook.getWorksheet('Ringkasan') as ExcelJS.Worksheet;
    const header = summary.getRow(5);
    const columns = new Map<string, number>();
    header.eachCell((cell, column) => columns.set(String(cell.value), column));
    let social: ExcelJS.Row | undefined;
    summary.eachRow((row) => {
      if (!social && row.getCell(1).value === 'Bidang Sosial') social = row;
    });
    const expected = json.baris.filter((row) => row.unitKerja === 'bidang-sosial');

    expect(header.getCell(1).value).toBe('Unit Kerja');
    for (const [id, label] of [
      ['sangat-tinggi', 'Sangat Tinggi'],
      ['sangat-rendah', 'Sangat Rendah'],
    ] as const) {
      const column = columns.get(label) as number;
      expect(social?.getCell(column).value, label).toBe(expected.filter((row) => row.kategori === id).length);
      expect(fillOf(header.getCell(column)), label).toBe(CATEGORY_FILLS[id]);
    }
  });

  test('category legend', () => {
    const summary = workbook.getWorksheet('Ringkasan') as ExcelJS.Worksheet;
    let legend = 0;
    summary.eachRow((row, rowNumber) => {
      if (row.getCell(1).value === 'Kategori capaian') legend = rowNumber;
    });
    const lines = [1, 2, 3, 4, 5].map((offset) => summary.getRow(legend + offset));

    expect(lines.map((line) => line.getCell(1).value)).toEqual(['Sangat Tinggi', 'Tinggi', 'Sedang', 'Rendah', 'Sangat Rendah']);
    expect(lines.map((line) => fillOf(line.getCell(1)))).toEqual(Object.values(CATEGORY_FILLS));
    expect(lines.map((line) => line.getCell(2).value)).toEqual(['capaian ≥ 91%', 'capaian ≥ 76%', 'capaian ≥ 66%', 'capaian ≥ 51%', 'capaian < 51%']);
  });
});

describe('report workbook options', () => {
  test('english labels', async () => {
    const workbook = await reportWorkbook(['--lang', 'en']);
    const unit = workbook.worksheets[1] as ExcelJS.Worksheet;

    expect(workbook.worksheets[0]?.name).toBe('Summary');
    expect(unit.getRow(UNIT_HEADER_ROW).getCell(COLUMN.achievement).value).toBe('Achievement (%)');
    expect(unit.getRow(UNIT_HEADER_ROW + 1).getCell(COLUMN.category).value).toBe('Very High');
  });

  test('output extension implies xlsx', async () => {
    const path = join(temporaryFolder('iki-xlsx-'), 'laporan.XLSX');

    const result = await runIki(['report', ...EXAMPLE, '--output', path]);

    expect(result.code).toBe(0);
    expect(readFileSync(path).subarray(0, 2).toString('latin1')).toBe('PK');
  });

  test('no --output is refused', async () => {
    const result = await runIki(['report', ...EXAMPLE, '--format', 'xlsx']);

    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('--output');
  });
});

describe('report workbook injection guard', () => {
  const formula = '=HYPERLINK("https://example.invalid","klik")';

  test('indicator starting with = stays text', async () => {
    const project = copyProject();
    editFile(
      join(project, 'data/positions/kabid-sosial.yaml'),
      'indikatorKinerja: Persentase Pemberdayaan Fakir Miskin/Anak Terlantar',
      `indikatorKinerja: '${formula}'`,
    );

    const workbook = await reportWorkbook([], project);
    const cell = findRow(workbook.getWorksheet('Bidang Sosial') as ExcelJS.Worksheet, formula).getCell(COLUMN.indicator);

    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe(formula);
    expect(cell.formula).toBeUndefined();
    expect(cell.numFmt).toBe('@');
  });

  test('unit of measure starting with - stays text', async () => {
    const project = copyProject();
    editFile(join(project, 'data/positions/kabid-sosial.yaml'), /satuan: persen/, "satuan: '-2+3'");

    const workbook = await reportWorkbook([], project);
    const cell = findRow(workbook.getWorksheet('Bidang Sosial') as ExcelJS.Worksheet, 'Persentase Pemberdayaan Fakir Miskin/Anak Terlantar').getCell(
      COLUMN.unit,
    );

    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe('-2+3');
    expect(cell.formula).toBeUndefined();
    expect(cell.numFmt).toBe('@');
  });
});
