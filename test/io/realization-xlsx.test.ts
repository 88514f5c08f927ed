import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { startRealizationCheck } from '../../src/core/realization-check.js';
import { readRealizationFile } from '../../src/io/realization-file.js';
import { numberText, readRealizationXlsx, XLSX_LIMITS } from '../../src/io/realization-xlsx.js';
import { zipUnpackedSize } from '../../src/io/zip-size.js';
import { realData, temporaryFolder } from '../helpers.js';

const HEADER = ['jabatan', 'indikator', 'variabel', 'periode', 'nilai'];

/** Writes a workbook built by `build` to a temporary `isian.xlsx` and returns its path. */
async function writeWorkbook(build: (workbook: ExcelJS.Workbook) => void): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  const path = join(temporaryFolder('iki-xlsx-'), 'isian.xlsx');
  writeFileSync(path, Buffer.from(await workbook.xlsx.writeBuffer()));
  return path;
}

/** Adds a sheet with the header in row 1 and one data row per entry of `rows`. */
function dataSheet(workbook: ExcelJS.Workbook, name: string, rows: ExcelJS.CellValue[][]): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name);
  sheet.addRow(HEADER);
  for (const row of rows) sheet.addRow(row);
  return sheet;
}

const fakirMiskin = (quarter: string, value: ExcelJS.CellValue): ExcelJS.CellValue[] => [
  'kabid-sosial',
  'pemberdayaan-fakir-miskin',
  'diberdayakan',
  `2021-${quarter}`,
  value,
];

describe('numberText', () => {
  test.each([
    { name: 'integer', value: 1140, text: '1140' },
    { name: 'decimal', value: 85.5, text: '85,5' },
    { name: 'negative decimal', value: -1.41, text: '-1,41' },
    { name: 'three decimals stay a decimal', value: 1.234, text: '1,234' },
    { name: 'tiny number without exponent', value: 1e-7, text: '0,0000001' },
    { name: 'tiny number with digits', value: 1.5e-8, text: '0,000000015' },
    { name: 'huge number without exponent', value: 1.5e21, text: '1500000000000000000000' },
    { name: 'negative zero', value: -0, text: '0' },
  ])('$name', ({ value, text }) => {
    expect(numberText(value)).toBe(text);
  });
});

describe('readRealizationXlsx rows', () => {
  test('number cells become decimal-comma text', async () => {
    const path = await writeWorkbook((workbook) => dataSheet(workbook, 'Bidang Sosial', [fakirMiskin('TW1', 85.5), fakirMiskin('TW2', 1234)]));

    const read = await readRealizationXlsx(path, 'isian.xlsx');

    expect(read.diagnostics).toEqual([]);
    expect(read.sheets).toHaveLength(1);
    expect(read.sheets[0]?.file).toBe('isian.xlsx#Bidang Sosial');
    expect(read.sheets[0]?.delimiter).toBe(';');
    expect(read.sheets[0]?.rows.map((row) => row.cells.nilai)).toEqual(['85,5', '1234']);
    expect(read.sheets[0]?.rows.map((row) => row.line)).toEqual([2, 3]);
  });

  test('header below a title, any order and case', async () => {
    const path = await writeWorkbook((workbook) => {
      const sheet = workbook.addWorksheet('Data');
      sheet.addRow(['Realisasi triwulan I']);
      sheet.addRow([]);
      sheet.addRow(['Keterangan', 'NILAI', 'Periode', 'Variabel', 'Indikator', 'Jabatan']);
      sheet.addRow(['angka fiktif', 35, '2021-TW1', 'diberdayakan', 'pemberdayaan-fakir-miskin', 'kabid-sosial']);
    });

    const read = await readRealizationXlsx(path, 'isian.xlsx');
    const row = read.sheets[0]?.rows[0];

    expect(read.diagnostics).toEqual([]);
    expect(row?.line).toBe(4);
    expect(row?.cells).toEqual({ jabatan: 'kabid-sosial', indikator: 'pemberdayaan-fakir-miskin', variabel: 'diberdayakan', periode: '2021-TW1', nilai: '35' });
    expect(row?.columns).toEqual({ jabatan: 6, indikator: 5, variabel: 4, periode: 3, nilai: 2 });
  });

  test('text cells stay text, trimmed', async () => {
    const path = await writeWorkbook((workbook) => dataSheet(workbook, 'Data', [fakirMiskin('TW1', ' 12 orang '), fakirMiskin('TW2', '85,5')]));

    const read = await readRealizationXlsx(path, 'isian.xlsx');

    expect(read.sheets[0]?.rows.map((row) => row.cells.nilai)).toEqual(['12 orang', '85,5']);
  });

  test('empty nilai cell is an empty text', async () => {
    const path = await writeWorkbook((workbook) => dataSheet(workbook, 'Data', [fakirMiskin('TW1', null), fakirMiskin('TW2', 3)]));

    const read = await readRealizationXlsx(path, 'isian.xlsx');

    expect(read.sheets[0]?.rows.map((row) => row.cells.nilai)).toEqual(['', '3']);
  });

  test('blank rows between data are skipped', async () => {
    const path = await writeWorkbook((workbook) => {
      const sheet = dataSheet(workbook, 'Data', [fakirMiskin('TW1', 1)]);
      sheet.getCell('A4').value = '   ';
      sheet.addRow(fakirMiskin('TW2', 2));
    });

    const read = await readRealizationXlsx(path, 'isian.xlsx');

    expect(read.sheets[0]?.rows.map((row) => row.line)).toEqual([2, 5]);
  });

  test('rich text and hyperlink cells give their text', async () => {
    const path = await writeWorkbook((workbook) => {
      const sheet = dataSheet(workbook, 'Data', [fakirMiskin('TW1', 1)]);
      sheet.getCell('A2').value = { richText: [{ text: 'kabid-' }, { text: 'sosial', font: { bold: true } }] };
      sheet.getCell('B2').value = { text: 'pemberdayaan-fakir-miskin', hyperlink: 'https://example.invalid' };
    });

    const read = await readRealizationXlsx(path, 'isian.xlsx');

    expect(read.sheets[0]?.rows[0]?.cells.jabatan).toBe('kabid-sosial');
    expect(read.sheets[0]?.rows[0]?.cells.indikator).toBe('pemberdayaan-fakir-miskin');
  });

  test('merged id cell repeats its value', async () => {
    const path = await writeWorkbook((workbook) => {
      const sheet = dataSheet(workbook, 'Data', [fakirMiskin('TW1', 1), ['', 'pemberdayaan-fakir-miskin', 'diberdayakan', '2021-TW2', 2]]);
      sheet.mergeCells('A2:A3');
    });

    const read = await readRealizationXlsx(path, 'isian.xlsx');

    expect(read.sheets[0]?.rows.map((row) => row.cells.jabatan)).toEqual(['kabid-sosial', 'kabid-sosial']);
  });

  test('formula with a stored number is read', async () => {
    const path = await writeWorkbook((workbook) => dataSheet(workbook, 'Data', [fakirMiskin('TW1', { formula: '30+5', result: 35 })]));

    const read = await readRealizationXlsx(path, 'isian.xlsx');

    expect(read.diagnostics).toEqual([]);
    expect(read.sheets[0]?.rows[0]?.cells.nilai).toBe('35');
  });

  test('formula with a stored text is read', async () => {
    const path = await writeWorkbook((workbook) => {
      const sheet = dataSheet(workbook, 'Data', [fakirMiskin('TW1', 1)]);
      sheet.getCell('A2').value = { formula: 'LOWER("KABID-SOSIAL")', result: 'kabid-sosial' };
    });

    const read = await readRealizationXlsx(path, 'isian.xlsx');

    expect(read.sheets[0]?.rows[0]?.cells.jabatan).toBe('kabid-sosial');
  });
});

describe('readRealizationXlsx cell findings', () => {
  test.each([
    { name: 'formula without result', value: { formula: 'C9*2' } as ExcelJS.CellValue, kind: 'formula', shown: '=C9*2' },
    { name: 'formula with error result', value: { formula: '1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellValue, kind: 'error', shown: '#DIV/0!' },
    { name: 'error value', value: { error: '#N/A' } as ExcelJS.CellValue, kind: 'error', shown: '#N/A' },
    { name: 'date', value: new Date(Date.UTC(2021, 1, 1)), kind: 'date', shown: '2021-02-01' },
    { name: 'boolean', value: true, kind: 'boolean', shown: 'TRUE' },
  ])('$name', async ({ value, kind, shown }) => {
    const path = await writeWorkbook((workbook) => dataSheet(workbook, 'Bidang Sosial', [fakirMiskin('TW1', 1), fakirMiskin('TW2', value)]));

    const read = await readRealizationXlsx(path, 'isian.xlsx');

    expect(read.diagnostics).toHaveLength(1);
    expect(read.diagnostics[0]?.code).toBe('XLSX_CELL_VALUE');
    expect(read.diagnostics[0]?.location).toEqual({ file: 'isian.xlsx#Bidang Sosial', line: 3, column: 5 });
    expect(read.diagnostics[0]?.args).toEqual({ kind, value: shown });
    expect(read.sheets[0]?.rows.map((row) => row.line)).toEqual([2]);
  });
});

describe('readRealizationXlsx sheets', () => {
  test('instructions sheet is skipped in either language', async () => {
    const path = await writeWorkbook((workbook) => {
      workbook.addWorksheet('Petunjuk').addRow(['Isi kolom nilai saja.']);
      workbook.addWorksheet('Instructions').addRow(['Fill in the nilai column only.']);
      dataSheet(workbook, 'Sekretariat', [fakirMiskin('TW1', 1)]);
    });

    const read = await readRealizationXlsx(path, 'isian.xlsx');

    expect(read.diagnostics).toEqual([]);
    expect(read.sheets.map((sheet) => sheet.file)).toEqual(['isian.xlsx#Sekretariat']);
  });

  test('empty sheet is skipped', async () => {
    const path = await writeWorkbook((workbook) => {
      workbook.addWorksheet('Kosong');
      dataSheet(workbook, 'Data', [fakirMiskin('TW1', 1)]);
    });

    const read = await readRealizationXlsx(path, 'isian.xlsx');

    expect(read.diagnostics).toEqual([]);
    expect(read.sheets).toHaveLength(1);
  });

  test('sheet without header points at the closest row', async () => {
    const path = await writeWorkbook((workbook) => {
      const sheet = workbook.addWorksheet('Catatan');
      sheet.addRow(['Dikirim oleh Bidang Sosial']);
      sheet.addRow(['jabatan', 'indikator', 'variabel', 'periode', 'nilai (angka)']);
      dataSheet(workbook, 'Data', [fakirMiskin('TW1', 1)]);
    });

    const read = await readRealizationXlsx(path, 'isian.xlsx');

    expect(read.diagnostics).toHaveLength(1);
    expect(read.diagnostics[0]?.code).toBe('XLSX_MISSING_COLUMN');
    expect(read.diagnostics[0]?.location).toEqual({ file: 'isian.xlsx#Catatan', line: 2, column: 1 });
    expect(read.diagnostics[0]?.args.columns).toBe('nilai');
    expect(read.diagnostics[0]?.args.header).toBe('jabatan, indikator, variabel, periode, nilai (angka)');
    expect(read.sheets.map((sheet) => sheet.file)).toEqual(['isian.xlsx#Data']);
  });

  test('workbook without data sheet', async () => {
    const path = await writeWorkbook((workbook) => {
      workbook.addWorksheet('Petunjuk').addRow(['Isi kolom nilai saja.']);
      workbook.addWorksheet('Kosong');
    });

    const read = await readRealizationXlsx(path, 'isian.xlsx');

    expect(read.diagnostics.map((d) => [d.code, d.location])).toEqual([['XLSX_MISSING_COLUMN', { file: 'isian.xlsx', line: 1, column: 1 }]]);
    expect(read.diagnostics[0]?.args.header).toBe('');
  });

  test('header without data rows warns', async () => {
    const path = await writeWorkbook((workbook) => dataSheet(workbook, 'Data', []));

    const read = await readRealizationXlsx(path, 'isian.xlsx');

    expect(read.diagnostics.map((d) => [d.code, d.severity])).toEqual([['CSV_EMPTY', 'warning']]);
  });
});

describe('readRealizationXlsx file problems', () => {
  test('CSV renamed to .xlsx', async () => {
    const path = join(temporaryFolder('iki-xlsx-'), 'isian.xlsx');
    writeFileSync(path, 'jabatan;indikator;variabel;periode;nilai\n');

    const read = await readRealizationXlsx(path, 'isian.xlsx');

    expect(read.diagnostics.map((d) => [d.code, d.args.detail])).toEqual([['XLSX_INVALID', 'zip']]);
  });

  test('cut-off workbook', async () => {
    const whole = await writeWorkbook((workbook) => dataSheet(workbook, 'Data', [fakirMiskin('TW1', 1)]));
    const bytes = readFileSync(whole);
    const path = join(temporaryFolder('iki-xlsx-'), 'isian.xlsx');
    writeFileSync(path, bytes.subarray(0, Math.floor(bytes.length / 2)));

    const read = await readRealizationXlsx(path, 'isian.xlsx');

    expect(read.diagnostics.map((d) => d.code)).toEqual(['XLSX_INVALID']);
    expect(read.sheets).toEqual([]);
  });

  test('file over the byte limit', async () => {
    const path = await writeWorkbook((workbook) => dataSheet(workbook, 'Data', [fakirMiskin('TW1', 1)]));

    await expect(readRealizationXlsx(path, 'isian.xlsx', { ...XLSX_LIMITS, maxBytes: 100 })).rejects.toThrow('INPUT_TOO_LARGE');
  });

  test('workbook over the unpacked limit', async () => {
    const path = await writeWorkbook((workbook) => dataSheet(workbook, 'Data', [fakirMiskin('TW1', 1)]));

    const read = await readRealizationXlsx(path, 'isian.xlsx', { ...XLSX_LIMITS, maxUnpackedBytes: 1000 });

    expect(read.diagnostics.map((d) => [d.code, d.args.limit])).toEqual([['XLSX_TOO_LARGE', 1000]]);
    expect(Number(read.diagnostics[0]?.args.size)).toBeGreaterThan(1000);
  });

  test('missing file', async () => {
    await expect(readRealizationXlsx(join(temporaryFolder(), 'tidak-ada.xlsx'))).rejects.toThrow('INPUT_NOT_FOUND');
  });
});

describe('zipUnpackedSize', () => {
  test('sums the entries of a workbook', async () => {
    const path = await writeWorkbook((workbook) => dataSheet(workbook, 'Data', [fakirMiskin('TW1', 1)]));
    const bytes = readFileSync(path);

    // A workbook contains XML parts, which compress well, so it unpacks to more than its size.
    expect(zipUnpackedSize(bytes)).toBeGreaterThan(bytes.length);
  });

  test.each([
    { name: 'empty', bytes: new Uint8Array() },
    { name: 'text', bytes: new TextEncoder().encode('jabatan;indikator\n') },
  ])('not a zip: $name', ({ bytes }) => {
    expect(zipUnpackedSize(bytes)).toBeUndefined();
  });
});

describe('workbook rows under the realization checks', () => {
  const { sheets } = realData();

  test('bad number names sheet, row and column', async () => {
    const path = await writeWorkbook((workbook) => dataSheet(workbook, 'Bidang Sosial', [fakirMiskin('TW1', 35), fakirMiskin('TW2', '12 orang')]));

    const check = startRealizationCheck(sheets, 2021);
    await readRealizationFile(path, 'isian.xlsx', check);
    const checked = check.finish();

    expect(checked.diagnostics.map((d) => [d.code, d.location])).toEqual([['CSV_BAD_NUMBER', { file: 'isian.xlsx#Bidang Sosial', line: 3, column: 5 }]]);
    expect(checked.diagnostics[0]?.args.suggestion).toBe('12');
  });

  test('decimal point in a text cell is ambiguous', async () => {
    const path = await writeWorkbook((workbook) => dataSheet(workbook, 'Data', [fakirMiskin('TW1', '85.5')]));

    const check = startRealizationCheck(sheets, 2021);
    await readRealizationFile(path, 'isian.xlsx', check);
    const checked = check.finish();

    expect(checked.diagnostics.map((d) => [d.code, d.args.suggestion])).toEqual([['CSV_AMBIGUOUS_NUMBER', '85,5']]);
  });

  test('number cell keeps its value', async () => {
    const path = await writeWorkbook((workbook) => dataSheet(workbook, 'Data', [fakirMiskin('TW1', 1.234), fakirMiskin('TW2', 1e-7)]));

    const check = startRealizationCheck(sheets, 2021);
    await readRealizationFile(path, 'isian.xlsx', check);
    const checked = check.finish();
    const series = checked.realization.series.get('kabid-sosial/pemberdayaan-fakir-miskin/diberdayakan');

    expect(checked.diagnostics).toEqual([]);
    expect(series?.quarters.TW1?.value).toBe(1.234);
    expect(series?.quarters.TW2?.value).toBe(1e-7);
  });

  test('duplicate across sheets names the first sheet', async () => {
    const path = await writeWorkbook((workbook) => {
      dataSheet(workbook, 'Sekretariat', [fakirMiskin('TW1', 1)]);
      dataSheet(workbook, 'Bidang Sosial', [fakirMiskin('TW1', 2)]);
    });

    const check = startRealizationCheck(sheets, 2021);
    await readRealizationFile(path, 'isian.xlsx', check);
    const checked = check.finish();

    expect(checked.diagnostics.map((d) => [d.code, d.location.file, d.args.firstFile])).toEqual([
      ['CSV_DUPLICATE_ROW', 'isian.xlsx#Bidang Sosial', 'isian.xlsx#Sekretariat'],
    ]);
  });

  test('file-level finding keeps an entry', async () => {
    const path = join(temporaryFolder('iki-xlsx-'), 'isian.xlsx');
    writeFileSync(path, 'bukan buku kerja');

    const read = await readRealizationFile(path, 'isian.xlsx', startRealizationCheck(sheets, 2021));

    expect(read.rows).toBe(0);
    expect(read.diagnostics.map((d) => d.code)).toEqual(['XLSX_INVALID']);
  });
});
