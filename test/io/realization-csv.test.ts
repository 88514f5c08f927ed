import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Diagnostic } from '../../src/core/diagnostic.js';
import { checkRealization, startRealizationCheck } from '../../src/core/realization-check.js';
import { seriesKey } from '../../src/core/report.js';
import { readRealizationCsv, splitRealizationCsv, streamRealizationCsv } from '../../src/io/realization-csv.js';
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

describe('streamRealizationCsv chunks', () => {
  // One file with every feature whose handling spans several bytes or lines:
  // a BOM, a `sep=` line, CRLF, a quoted cell with line breaks, multi-byte
  // characters, a blank line, a row of bare delimiters and rows with findings.
  const text =
    '\uFEFFsep=;\r\n' +
    'jabatan;indikator;variabel;periode;nilai;keterangan\r\n' +
    'kabid-sosial;pemberdayaan-fakir-miskin;diberdayakan;2021-TW1;1.234,5;"catatan — baris satu\r\nbaris dua"\r\n' +
    '\r\n' +
    'kabid-sosial;pemberdayaan-fakir-miskin;diberdayakan;2021-TW2;12 orang;Rp 5.000 ✓\r\n' +
    ';;;;;\r\n' +
    'kabid-sosial;pemberdayaan-fakir-miskin;diberdayakan;2021-TW1;7;duplikat\r\n' +
    'kabid-sosial;pemberdayaan-fakir-miskin;belum_diberdayakan;2021-TW1;85,5;\u{1F4CA}\r\n' +
    'kabid-sosial;pemberdayaan-fakir-miskin;belum_diberdayakan;2021-TW2;1;terlalu;banyak\r\n';

  async function streamAndCheck(path: string, chunkBytes?: number) {
    const check = startRealizationCheck(sheets, 2021);
    const read = await streamRealizationCsv(path, 'realisasi.csv', check, { chunkBytes });
    return { read, checked: check.finish() };
  }

  const summary = (diagnostics: readonly Diagnostic[]) => diagnostics.map((d) => [d.code, d.location.line, d.location.column, d.args.firstLine]);

  test('text has multi-byte characters and CRLF', () => {
    const bytes = Buffer.from(text);
    expect(bytes.length).toBeGreaterThan(text.length);
    expect(bytes.indexOf('\r\n')).toBeGreaterThan(0);
  });

  test.each([1, 2, 3, 5, 16, 64 * 1024])('chunks of %i bytes match the whole text', async (chunkBytes) => {
    const whole = splitRealizationCsv(text.replace(/^\uFEFF/, ''), 'realisasi.csv');
    const wholeChecked = checkRealization(whole.file, sheets, 2021);
    const { read, checked } = await streamAndCheck(writeCsv(text), chunkBytes);

    expect(summary(whole.diagnostics)).toEqual([['CSV_FIELD_COUNT', 10, 1, undefined]]);
    expect(summary(wholeChecked.diagnostics)).toEqual([
      ['CSV_BAD_NUMBER', 6, 62, undefined],
      ['CSV_DUPLICATE_ROW', 8, 1, 3],
    ]);
    expect(read.delimiter).toBe(';');
    expect(read.rows).toBe(whole.file.rows.length);
    expect(summary(read.diagnostics)).toEqual(summary(whole.diagnostics));
    expect(checked.diagnostics).toEqual(wholeChecked.diagnostics);
    expect(checked.realization).toEqual(wholeChecked.realization);
  });

  test('rows read in chunks keep their cells and columns', async () => {
    const whole = splitRealizationCsv(text.replace(/^\uFEFF/, ''), 'realisasi.csv');
    const read = await readRealizationCsv(writeCsv(text), 'realisasi.csv', { chunkBytes: 1 });
    expect(read.file).toEqual(whole.file);
  });

  test.each([
    { name: 'Windows-1252 letter', bad: Buffer.from([0xe9]) },
    { name: 'sequence cut by an ASCII byte', bad: Buffer.from([0xe2, 0x82, 0x41]) },
    { name: 'UTF-16 surrogate', bad: Buffer.from([0xed, 0xa0, 0x80]) },
    { name: 'overlong slash', bad: Buffer.from([0xc0, 0xaf]) },
  ])('invalid bytes in a later chunk: $name', async ({ bad }) => {
    const row = (quarter: number) => `kabid-sosial,pemberdayaan-fakir-miskin,diberdayakan,2021-TW${quarter},${quarter}\n`;
    const lines = ['jabatan,indikator,variabel,periode,nilai\n', row(1), row(2), row(3)];
    const before = Buffer.from(lines.join('').repeat(20));
    const path = writeCsv(Buffer.concat([before, Buffer.from('kabid-sosial,x,'), bad, Buffer.from(',2021-TW4,4\n'), Buffer.from(row(4))]));

    for (const chunkBytes of [1, 7, 64]) {
      const { read, checked } = await streamAndCheck(path, chunkBytes);
      expect(summary(read.diagnostics)).toEqual([['CSV_ENCODING', 81, 1, undefined]]);
      expect(read.rows).toBe(0);
      expect(checked.diagnostics).toEqual([]);
      expect(checked.realization.series.size).toBe(0);
    }
  });

  test('sequence cut by the end of the file names the last line', async () => {
    const path = writeCsv(Buffer.concat([Buffer.from('jabatan,indikator,variabel,periode,nilai\nkabid-sosial,x,'), Buffer.from([0xf0, 0x9f, 0x93])]));
    const { read } = await streamAndCheck(path, 4);
    expect(summary(read.diagnostics)).toEqual([['CSV_ENCODING', 2, 1, undefined]]);
  });

  test('invalid bytes after a syntax error take precedence', async () => {
    const rows = 'jabatan,indikator,variabel,periode,nilai\n' + 'kabid-sosial,x"y",diberdayakan,2021-TW1,5\n'.repeat(30);
    const path = writeCsv(Buffer.concat([Buffer.from(rows), Buffer.from([0x4e, 0x69, 0x6c, 0x61, 0x69, 0xe9, 0x0a])]));
    const { read } = await streamAndCheck(path, 16);
    expect(summary(read.diagnostics)).toEqual([['CSV_ENCODING', 32, 1, undefined]]);
  });

  test('syntax error after checked rows discards them', async () => {
    const path = writeCsv(
      'jabatan,indikator,variabel,periode,nilai\n' +
        'kabid-sosial,pemberdayaan-fakir-miskin,diberdayakan,2021-TW1,5\n' +
        'kabid-sosial,pemberdayaan-fakir-miskin,diberdayakan,2021-TW2,5 orang\n' +
        'kabid-sosial,"pemberdayaan,diberdayakan,2021-TW3,5\n',
    );
    const { read, checked } = await streamAndCheck(path, 8);
    expect(read.diagnostics.map((d) => [d.code, d.location.line])).toEqual([['CSV_SYNTAX', 4]]);
    expect(read.rows).toBe(0);
    expect(checked.diagnostics).toEqual([]);
    expect(checked.realization.series.size).toBe(0);
  });

  test('too many rows discards the file, not earlier ones', async () => {
    const header = 'jabatan,indikator,variabel,periode,nilai\n';
    const row = (variable: string, quarter: number) => `kabid-sosial,pemberdayaan-fakir-miskin,${variable},2021-TW${quarter},${quarter}\n`;
    const small = writeCsv(header + row('diberdayakan', 1));
    const large = join(temporaryFolder(), 'besar.csv');
    writeFileSync(large, header + [1, 2, 3, 4].map((quarter) => row('belum_diberdayakan', quarter)).join(''));
    const check = startRealizationCheck(sheets, 2021);
    const limits = { maxRows: 3, maxCellChars: 100 };

    await streamRealizationCsv(small, 'kecil.csv', check, { limits, chunkBytes: 16 });
    const read = await streamRealizationCsv(large, 'besar.csv', check, { limits, chunkBytes: 16 });
    const checked = check.finish();

    expect(read.diagnostics.map((d) => [d.code, d.args.rows, d.args.limit])).toEqual([['CSV_TOO_MANY_ROWS', 4, 3]]);
    expect(read.rows).toBe(0);
    expect([...checked.realization.series.keys()]).toEqual([key('diberdayakan')]);
  });
});
