import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import type { CategoryLevel } from '../../src/core/settings.js';
import { categoryColour } from '../../src/render/report-xlsx-categories.js';
import { setNumberCell, setTextCell, uniqueSheetNames } from '../../src/render/xlsx-sheet.js';

describe('uniqueSheetNames', () => {
  test.each([
    { name: 'short name kept', input: ['Sekretariat'], expected: ['Sekretariat'] },
    {
      name: 'long name cut at a word',
      input: ['Bidang Pemberdayaan Perempuan dan Perlindungan Anak'],
      expected: ['Bidang Pemberdayaan Perempuan…'],
    },
    {
      name: 'comma before the cut dropped',
      input: ['Bidang Pengendalian Penduduk, Keluarga Berencana dan Keluarga Sejahtera'],
      expected: ['Bidang Pengendalian Penduduk…'],
    },
    { name: 'forbidden characters replaced', input: ['Bidang [P3A]: KB/KS*?\\'], expected: ['Bidang -P3A-- KB-KS---'] },
    { name: 'apostrophes at the ends removed', input: ["'Sosial'"], expected: ['Sosial'] },
    { name: 'empty name', input: ['  '], expected: ['-'] },
    { name: 'repeat without case numbered', input: ['Sosial', 'SOSIAL', 'sosial'], expected: ['Sosial', 'SOSIAL (2)', 'sosial (3)'] },
    { name: 'reserved History', input: ['History'], expected: ['History (2)'] },
    {
      name: 'repeat of a cut name stays short',
      input: ['Bidang Pemberdayaan Perempuan dan Anak', 'Bidang Pemberdayaan Perempuan dan Keluarga'],
      expected: ['Bidang Pemberdayaan Perempuan…', 'Bidang Pemberdayaan… (2)'],
    },
  ])('$name', ({ input, expected }) => {
    const names = uniqueSheetNames(input);

    expect(names).toEqual(expected);
    for (const name of names) expect(name.length).toBeLessThanOrEqual(31);
  });

  test('reserved names are avoided', () => {
    expect(uniqueSheetNames(['Ringkasan'], ['Ringkasan'])).toEqual(['Ringkasan (2)']);
  });
});

describe('setTextCell', () => {
  const sheet = new ExcelJS.Workbook().addWorksheet('Uji');

  test.each([
    { name: 'equals', text: '=1+1' },
    { name: 'plus', text: '+62 812' },
    { name: 'minus', text: '-2+3' },
    { name: 'at', text: '@SUM(A1)' },
    { name: 'tab', text: '\t=1' },
    { name: 'carriage return', text: '\r=1' },
  ])('formula-like text: $name', ({ text }) => {
    const cell = sheet.getCell('A1');
    setTextCell(cell, text);

    expect(cell.value).toBe(text);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.numFmt).toBe('@');
  });

  test('ordinary text keeps the general format', () => {
    const cell = sheet.getCell('B1');
    setTextCell(cell, 'Bidang Sosial');

    expect(cell.value).toBe('Bidang Sosial');
    expect(cell.numFmt).toBeUndefined();
  });
});

describe('setNumberCell', () => {
  const sheet = new ExcelJS.Workbook().addWorksheet('Uji');

  test('binary noise dropped', () => {
    const cell = sheet.getCell('A1');
    setNumberCell(cell, 106.87500000000001);

    expect(cell.value).toBe(106.875);
    expect(cell.numFmt).toBe('#,##0.00');
  });

  test('no value leaves the cell empty', () => {
    const cell = sheet.getCell('B1');
    setNumberCell(cell, undefined);

    expect(cell.type).toBe(ExcelJS.ValueType.Null);
  });
});

describe('categoryColour', () => {
  const custom: CategoryLevel[] = [
    { id: 'baik', label: 'Baik', min: 80 },
    { id: 'cukup', label: 'Cukup', min: 60 },
    { id: 'kurang', label: 'Kurang' },
  ];

  test('default ids keep their colours', () => {
    expect(categoryColour('sedang', custom).fill).toBe('FFFFE699');
  });

  test('custom scale spreads over the ramp', () => {
    expect(custom.map((level) => categoryColour(level.id, custom).fill)).toEqual(['FF1E7B34', 'FFFFE699', 'FFC00000']);
  });
});
