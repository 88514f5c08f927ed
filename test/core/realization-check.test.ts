import { describe, expect, test } from 'vitest';
import { checkRealization, startRealizationCheck, type RawRealizationFile, type RawRealizationRow } from '../../src/core/realization-check.js';
import { seriesKey } from '../../src/core/report.js';
import { splitRealizationCsv } from '../../src/io/realization-csv.js';
import { realData } from '../helpers.js';

const { sheets } = realData();
const header = 'jabatan;indikator;variabel;periode;nilai\n';
const row = (variable: string, period: string, value: string) => `kabid-sosial;pemberdayaan-fakir-miskin;${variable};${period};${value}\n`;

function csvFile(name: string, rows: readonly string[]): RawRealizationFile {
  return splitRealizationCsv(header + rows.join(''), name).file;
}

const first = csvFile('tw1.csv', [row('diberdayakan', '2021-TW1', '10'), row('belum_diberdayakan', '2021-TW1', '4 orang'), row('diberdayakan', '2021', '30')]);
const second = csvFile('tw2.csv', [row('diberdayakan', '2021-TW2', '12'), row('diberdayakan', '2021-TW1', '11'), row('tidak-ada', '2021-TW2', '1')]);

describe('startRealizationCheck', () => {
  test('row by row equals checkRealization', () => {
    const check = startRealizationCheck(sheets, 2021);
    for (const file of [first, second]) {
      check.beginFile({ file: file.file, delimiter: file.delimiter });
      for (const fileRow of file.rows) check.add(fileRow);
    }
    const wrapped = checkRealization([first, second], sheets, 2021);
    const streamed = check.finish();

    expect(streamed).toEqual(wrapped);
    expect(streamed.diagnostics.map((d) => [d.code, d.location.file, d.location.line, d.args.firstFile])).toEqual([
      ['CSV_BAD_NUMBER', 'tw1.csv', 3, undefined],
      ['CSV_DUPLICATE_ROW', 'tw2.csv', 3, 'tw1.csv'],
      ['CSV_UNKNOWN_VARIABLE', 'tw2.csv', 4, undefined],
    ]);
  });

  test('discardFile restores the state before the file', () => {
    const check = startRealizationCheck(sheets, 2021);
    check.beginFile({ file: first.file, delimiter: first.delimiter });
    for (const fileRow of first.rows) check.add(fileRow);
    check.beginFile({ file: second.file, delimiter: second.delimiter });
    for (const fileRow of second.rows) check.add(fileRow);
    check.discardFile();

    expect(check.finish()).toEqual(checkRealization(first, sheets, 2021));
  });

  test('add before beginFile is a bug', () => {
    const check = startRealizationCheck(sheets, 2021);
    expect(() => check.add(first.rows[0] as RawRealizationRow)).toThrow('beginFile');
  });

  test('period in other letter case is a duplicate', () => {
    const file = csvFile('isian.csv', [row('diberdayakan', '2021-TW1', '10'), row('diberdayakan', '2021-tw1', '11')]);
    const checked = checkRealization(file, sheets, 2021);

    expect(checked.diagnostics.map((d) => [d.code, d.location.line, d.args.firstLine])).toEqual([['CSV_DUPLICATE_ROW', 3, 2]]);
    expect(checked.realization.series.get(seriesKey('kabid-sosial', 'pemberdayaan-fakir-miskin', 'diberdayakan'))?.quarters.TW1?.value).toBe(10);
  });
});
