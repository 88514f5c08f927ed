import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkRealization } from '../../src/core/realization-check.js';
import { seriesKey } from '../../src/core/report.js';
import { readRealizationCsv, splitRealizationCsv } from '../../src/io/realization-csv.js';
import { fixture, realData, temporaryFolder } from '../helpers.js';

const { sheets } = realData();
const key = (variable: string) => seriesKey('kabid-sosial', 'pemberdayaan-fakir-miskin', variable);

async function readAndCheck(path: string, year = 2021) {
  const read = await readRealizationCsv(path, 'realisasi.csv');
  const checked = checkRealization(read.file, sheets, year);
  return { read, checked, diagnostics: [...read.diagnostics, ...checked.diagnostics] };
}

function writeCsv(content: string | Buffer): string {
  const path = join(temporaryFolder(), 'realisasi.csv');
  writeFileSync(path, content);
  return path;
}

describe('shared bad and awkward CSV inputs', () => {
  test('Excel Indonesian export: BOM, sep line, CRLF, semicolons', async () => {
    const { read, checked, diagnostics } = await readAndCheck(fixture('realization', 'excel-id-semicolon.csv'));
    expect(diagnostics).toEqual([]);
    expect(read.file.delimiter).toBe(';');
    expect(checked.realization.series.get(key('diberdayakan'))?.quarters.TW1).toMatchObject({ value: 1234, line: 3 });
    expect(checked.realization.series.get(key('belum_diberdayakan'))?.quarters.TW1).toMatchObject({ value: 85.5, line: 4 });
  });

  test('comma file rejects decimal comma and grouping', async () => {
    const { diagnostics } = await readAndCheck(fixture('realization', 'comma-file-ambiguous-numbers.csv'));
    expect(diagnostics.map((d) => [d.code, d.location.line, d.args.suggestion])).toEqual([
      ['CSV_AMBIGUOUS_NUMBER', 2, '85.5'],
      ['CSV_AMBIGUOUS_NUMBER', 3, '1234567'],
    ]);
  });

  test('Windows-1252 byte names its line', async () => {
    const { diagnostics, read } = await readAndCheck(fixture('realization', 'windows-1252.csv'));
    expect(diagnostics.map((d) => [d.code, d.location.line])).toEqual([['CSV_ENCODING', 2]]);
    expect(read.file.rows).toEqual([]);
  });

  test('quoted newline keeps later line numbers', async () => {
    const path = writeCsv(
      'jabatan,indikator,variabel,periode,nilai,uraian\n' +
        'kabid-sosial,pemberdayaan-fakir-miskin,diberdayakan,2021-TW1,12,"baris pertama\nbaris kedua"\n' +
        'kabid-sosial,pemberdayaan-fakir-miskin,diberdayakan,2021-TW2,12 orang,\n',
    );
    const { diagnostics } = await readAndCheck(path);
    expect(diagnostics.map((d) => [d.code, d.location.line, d.location.column])).toEqual([['CSV_BAD_NUMBER', 4, 62]]);
  });

  test('quoted newline fixture reads its value', async () => {
    const { checked, diagnostics } = await readAndCheck(fixture('realization', 'quoted-newline.csv'));
    expect(diagnostics).toEqual([]);
    expect(checked.realization.series.get(key('diberdayakan'))?.quarters.TW1?.value).toBe(12);
  });

  test('duplicate names both lines, empty cell is missing', async () => {
    const { checked, diagnostics } = await readAndCheck(fixture('realization', 'duplicate-and-empty.csv'));
    expect(diagnostics.map((d) => [d.code, d.location.line, d.args.firstLine])).toEqual([['CSV_DUPLICATE_ROW', 4, 2]]);
    expect(checked.realization.series.get(key('diberdayakan'))?.quarters.TW2).toMatchObject({ value: null, line: 3 });
  });

  test('header only warns and holds no values', async () => {
    const { checked, diagnostics } = await readAndCheck(fixture('realization', 'header-only.csv'));
    expect(diagnostics.map((d) => [d.code, d.severity])).toEqual([['CSV_EMPTY', 'warning']]);
    expect(checked.realization.series.size).toBe(0);
  });

  test('five bad rows reported in one run', async () => {
    const { diagnostics } = await readAndCheck(fixture('realization', 'bad-rows.csv'));
    expect(diagnostics.map((d) => [d.code, d.location.line])).toEqual([
      ['CSV_BAD_PERIOD', 2],
      ['CSV_PERIOD_YEAR', 3],
      ['CSV_UNKNOWN_INDICATOR', 4],
      ['CSV_NEGATIVE_COUNT', 5],
      ['CSV_BAD_NUMBER', 6],
    ]);
    expect(diagnostics[2]?.args.suggestion).toBe('pemberdayaan-fakir-miskin');
    expect(diagnostics[4]?.args.suggestion).toBe('12');
  });
});

describe('readRealizationCsv', () => {
  test('column order is free and extra columns are ignored', async () => {
    const path = writeCsv('nilai,periode,keterangan,variabel,indikator,jabatan\n7,2021-TW3,catatan,diberdayakan,pemberdayaan-fakir-miskin,kabid-sosial\n');
    const { checked, diagnostics } = await readAndCheck(path);
    expect(diagnostics).toEqual([]);
    expect(checked.realization.series.get(key('diberdayakan'))?.quarters.TW3?.value).toBe(7);
  });

  test('annual period is read for the year', async () => {
    const path = writeCsv('jabatan;indikator;variabel;periode;nilai\r\nkabid-sosial;pemberdayaan-fakir-miskin;belum_diberdayakan;2021;1.500\r\n');
    const { checked, diagnostics } = await readAndCheck(path);
    expect(diagnostics).toEqual([]);
    expect(checked.realization.series.get(key('belum_diberdayakan'))?.year?.value).toBe(1500);
  });

  test('missing column is reported with the header read', async () => {
    const path = writeCsv('jabatan,indikator,periode,nilai\nkabid-sosial,pemberdayaan-fakir-miskin,2021-TW1,1\n');
    const { diagnostics } = await readAndCheck(path);
    expect(diagnostics.map((d) => [d.code, d.args.columns])).toEqual([['CSV_MISSING_COLUMN', 'variabel']]);
  });

  test('row with too many cells names its line', async () => {
    const path = writeCsv('jabatan,indikator,variabel,periode,nilai\nkabid-sosial,pemberdayaan-fakir-miskin,diberdayakan,2021-TW1,85,5\n');
    const { diagnostics } = await readAndCheck(path);
    expect(diagnostics.map((d) => [d.code, d.location.line])).toEqual([['CSV_FIELD_COUNT', 2]]);
  });

  test('unclosed quote is a finding, not an exception', async () => {
    const path = writeCsv('jabatan,indikator,variabel,periode,nilai\nkabid-sosial,"pemberdayaan,diberdayakan,2021-TW1,5\n');
    const { diagnostics } = await readAndCheck(path);
    expect(diagnostics.map((d) => d.code)).toEqual(['CSV_SYNTAX']);
  });

  test('unknown position and variable with suggestions', async () => {
    const path = writeCsv(
      'jabatan,indikator,variabel,periode,nilai\nkabid-sosia,pemberdayaan-fakir-miskin,diberdayakan,2021-TW1,5\nkabid-sosial,pemberdayaan-fakir-miskin,diberdaya,2021-TW1,5\n',
    );
    const { diagnostics } = await readAndCheck(path);
    expect(diagnostics.map((d) => [d.code, d.location.line, d.args.suggestion])).toEqual([
      ['CSV_UNKNOWN_POSITION', 2, 'kabid-sosial'],
      ['CSV_UNKNOWN_VARIABLE', 3, 'diberdayakan'],
    ]);
  });

  test('missing file is an input error', async () => {
    await expect(readRealizationCsv(join(temporaryFolder(), 'tidak-ada.csv'))).rejects.toThrow('INPUT_NOT_FOUND');
  });
});

describe('readRealizationCsv blank rows', () => {
  test('rows of bare delimiters are skipped', async () => {
    const path = writeCsv('jabatan;indikator;variabel;periode;nilai\r\nkabid-sosial;pemberdayaan-fakir-miskin;diberdayakan;2021-TW1;5\r\n;;;;\r\n;;;;\r\n');
    const { diagnostics, read } = await readAndCheck(path);
    expect(diagnostics).toEqual([]);
    expect(read.file.rows).toHaveLength(1);
  });

  test('an empty file is missing its header', async () => {
    const { diagnostics } = await readAndCheck(writeCsv(''));
    expect(diagnostics.map((d) => [d.code, d.severity])).toEqual([['CSV_MISSING_COLUMN', 'error']]);
  });
});

describe('readRealizationCsv limits', () => {
  test('too many rows is one finding with the limit', () => {
    const text = `jabatan,indikator,variabel,periode,nilai\n${'kabid-sosial,pemberdayaan-fakir-miskin,diberdayakan,2021-TW1,1\n'.repeat(4)}`;
    const read = splitRealizationCsv(text, 'besar.csv', { maxRows: 3, maxCellChars: 100 });
    expect(read.diagnostics.map((d) => [d.code, d.args.rows, d.args.limit])).toEqual([['CSV_TOO_MANY_ROWS', 4, 3]]);
    expect(read.file.rows).toEqual([]);
  });

  test('a long cell names its line and column', () => {
    const text = `jabatan,indikator,variabel,periode,nilai\nkabid-sosial,${'x'.repeat(101)},diberdayakan,2021-TW1,1\n`;
    const read = splitRealizationCsv(text, 'panjang.csv', { maxRows: 10, maxCellChars: 100 });
    expect(read.diagnostics.map((d) => [d.code, d.location.line, d.location.column])).toEqual([['CSV_CELL_TOO_LONG', 2, 14]]);
  });
});

describe('Excel dialects', () => {
  test.each([
    {
      name: 'semicolon with BOM and CRLF',
      text: '\uFEFFjabatan;indikator;variabel;periode;nilai\r\nkabid-sosial;pemberdayaan-fakir-miskin;diberdayakan;2021-TW1;1.234,5\r\n',
      value: 1234.5,
    },
    {
      name: 'sep=, line',
      text: 'sep=,\njabatan,indikator,variabel,periode,nilai\nkabid-sosial,pemberdayaan-fakir-miskin,diberdayakan,2021-TW1,5.5\n',
      value: 5.5,
    },
    {
      name: 'old Mac CR line ends',
      text: 'jabatan;indikator;variabel;periode;nilai\rkabid-sosial;pemberdayaan-fakir-miskin;diberdayakan;2021-TW1;7\r',
      value: 7,
    },
    { name: 'no final line end', text: 'jabatan,indikator,variabel,periode,nilai\nkabid-sosial,pemberdayaan-fakir-miskin,diberdayakan,2021-TW1,8', value: 8 },
  ])('$name', ({ text, value }) => {
    const read = splitRealizationCsv(text.replace(/^\uFEFF/, ''), 'isian.csv');
    const checked = checkRealization(read.file, sheets, 2021);
    expect([...read.diagnostics, ...checked.diagnostics]).toEqual([]);
    expect(checked.realization.series.get(key('diberdayakan'))?.quarters.TW1?.value).toBe(value);
  });

  test('tab-delimited export gets the save-as hint', () => {
    const read = splitRealizationCsv('jabatan\tindikator\tvariabel\tperiode\tnilai\nkabid-sosial\tx\ty\t2021-TW1\t5\n', 'teks.csv');
    expect(read.diagnostics.map((d) => [d.code, d.args.tab])).toEqual([['CSV_MISSING_COLUMN', 'yes']]);
  });

  test('UTF-16 Unicode Text is an encoding finding on line 1', async () => {
    const path = writeCsv(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('jabatan\tindikator\n', 'utf16le')]));
    const { diagnostics } = await readAndCheck(path);
    expect(diagnostics.map((d) => [d.code, d.location.line])).toEqual([['CSV_ENCODING', 1]]);
  });
});

describe('readRealizationCsv line numbers', () => {
  test.each([
    { name: 'CRLF inside a quoted cell', breakInCell: '\r\n', lineEnd: '\r\n' },
    { name: 'LF inside a quoted cell', breakInCell: '\n', lineEnd: '\n' },
    { name: 'CR inside a quoted cell', breakInCell: '\r', lineEnd: '\r\n' },
    { name: 'two breaks inside a quoted cell', breakInCell: '\r\n\r\n', lineEnd: '\r\n' },
  ])('$name', ({ breakInCell, lineEnd }) => {
    const rows = [
      'jabatan;indikator;variabel;periode;nilai;keterangan',
      `kabid-sosial;pemberdayaan-fakir-miskin;diberdayakan;2021-TW1;5;"a${breakInCell}b"`,
      '',
      'kabid-sosial;pemberdayaan-fakir-miskin;diberdayakan;2021-TW2;x;',
    ];
    const text = rows.join(lineEnd);
    const expectedLine = text.slice(0, text.indexOf(';x;')).split(/\r\n|\r|\n/).length;
    const read = splitRealizationCsv(text, 'isian.csv');
    const checked = checkRealization(read.file, sheets, 2021);
    expect(checked.diagnostics.map((d) => [d.code, d.location.line])).toEqual([['CSV_BAD_NUMBER', expectedLine]]);
  });
});
