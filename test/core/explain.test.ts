import { describe, expect, test } from 'vitest';
import type { RealizationValue, VariableSeries } from '../../src/core/aggregate.js';
import { explainIndicator, type IndicatorExplanation } from '../../src/core/explain.js';
import type { Indicator, IndicatorTarget, Organisation, PositionSheet, Quarter } from '../../src/core/model.js';
import type { Period } from '../../src/core/period.js';
import { computeReport, seriesKey } from '../../src/core/report.js';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/settings.js';

const organisation: Organisation = {
  versiSkema: 1,
  id: 'dinas',
  nama: 'Dinas',
  kabupaten: 'Kapuas Hulu',
  kepala: { id: 'kepala-dinas', jabatan: 'Kepala Dinas' },
  unitKerja: [{ id: 'bidang-sosial', nama: 'Bidang Sosial', kepala: 'kabid-sosial' }],
};

function indicator(polaritas: Indicator['polaritas']): Indicator {
  return {
    id: 'indikator-uji',
    no: 1,
    sasaran: 'Sasaran',
    indikatorKinerja: 'Indikator Uji',
    penjelasan: [{ uraian: 'x', sumberData: 'Bidang Sosial' }],
    satuan: 'persen',
    polaritas,
    variabel: [
      { id: 'pembilang', uraian: 'Pembilang', agregasi: 'jumlah' },
      { id: 'penyebut', uraian: 'Penyebut', agregasi: 'akhir' },
    ],
    rumus: '100 * pembilang / penyebut',
  };
}

/** Values of a variable: per quarter (null is an empty cell) and optionally for the whole year. */
interface Values {
  quarters?: Partial<Record<Quarter, number | null>>;
  year?: number;
}

interface Case {
  pembilang: Values;
  penyebut: Values;
  target?: IndicatorTarget | undefined;
  hasTargetsFile?: boolean;
  period?: Period;
  polaritas?: Indicator['polaritas'];
  settings?: Partial<Settings>;
}

// Lines are numbered per variable from a base, so a test can tell the sources apart.
function toSeries(values: Values, firstLine: number): VariableSeries {
  const quarters: Partial<Record<Quarter, RealizationValue>> = {};
  let line = firstLine;
  for (const [quarter, value] of Object.entries(values.quarters ?? {})) quarters[quarter as Quarter] = { value, line: line++, file: 'realisasi.csv' };
  return values.year === undefined ? { quarters } : { quarters, year: { value: values.year, line: line, file: 'tahunan.csv' } };
}

function explain(input: Case): IndicatorExplanation {
  const ind = indicator(input.polaritas ?? 'positif');
  const sheet: PositionSheet = {
    versiSkema: 1,
    id: 'kabid-sosial',
    jabatan: 'Kepala Bidang Sosial',
    unitKerja: 'bidang-sosial',
    atasan: 'kepala-dinas',
    keputusan: 'kep-15-2021',
    tugasPokok: 'x',
    fungsi: ['x'],
    indikator: [ind],
  };
  const series = new Map<string, VariableSeries>([
    ['pembilang', toSeries(input.pembilang, 10)],
    ['penyebut', toSeries(input.penyebut, 20)],
  ]);
  const allSeries = new Map([...series].map(([variable, values]) => [seriesKey(sheet.id, ind.id, variable), values]));
  const targets = input.target ? { year: 2021, byIndicator: new Map([[`kabid-sosial/${ind.id}`, input.target]]) } : undefined;
  const settings = { ...DEFAULT_SETTINGS, ...input.settings };
  const period = input.period ?? 'TAHUN';
  const [row] = computeReport([sheet], organisation, targets, { year: 2021, series: allSeries }, { year: 2021, period, settings });
  if (!row) throw new Error('no row');
  return explainIndicator({
    sheet,
    indicator: ind,
    row,
    series,
    targetEntry: input.target,
    hasTargetsFile: input.hasTargetsFile ?? input.target !== undefined,
    year: 2021,
    period,
    settings,
  });
}

const annual = (value: IndicatorTarget['annual']): IndicatorTarget => ({ annual: value, quarterly: {} });
const fourQuarters = { quarters: { TW1: 210, TW2: 330, TW3: 320, TW4: 280 } };
const stock = { quarters: { TW1: 1500, TW2: 1500, TW3: 1500, TW4: 1500 } };

describe('explainIndicator variables', () => {
  test('jumlah uses every quarter with its line', () => {
    const [pembilang] = explain({ pembilang: fourQuarters, penyebut: stock, target: annual(80) }).variables;

    expect(pembilang?.value).toBe(1140);
    expect(pembilang?.used.map((s) => [s.period, s.value, s.line])).toEqual([
      ['TW1', 210, 10],
      ['TW2', 330, 11],
      ['TW3', 320, 12],
      ['TW4', 280, 13],
    ]);
    expect(pembilang?.used[0]?.file).toBe('realisasi.csv');
    expect(pembilang?.skipped).toEqual([]);
  });

  test('akhir uses the latest quarter and lists the others', () => {
    const penyebut = explain({ pembilang: fourQuarters, penyebut: stock, target: annual(80) }).variables[1];

    expect(penyebut?.used.map((s) => [s.period, s.line])).toEqual([['TW4', 23]]);
    expect(penyebut?.skipped.map((s) => s.line)).toEqual([20, 21, 22]);
  });

  test('missing quarter with an empty cell and without a row', () => {
    const pembilang = explain({ pembilang: { quarters: { TW1: 5, TW3: null } }, penyebut: stock, target: annual(80) }).variables[0];

    expect(pembilang?.missing.map((m) => [m.quarter, m.emptyCell?.line])).toEqual([
      ['TW2', undefined],
      ['TW3', 11],
      ['TW4', undefined],
    ]);
  });

  test('annual value used for TAHUN', () => {
    const pembilang = explain({ pembilang: { year: 1200 }, penyebut: stock, target: annual(80) }).variables[0];

    expect(pembilang?.usedAnnualValue).toBe(true);
    expect(pembilang?.used).toEqual([{ period: 'tahun', value: 1200, file: 'tahunan.csv', line: 10 }]);
  });

  test('annual value ignored beside quarters', () => {
    const pembilang = explain({ pembilang: { ...fourQuarters, year: 1200 }, penyebut: stock, target: annual(80) }).variables[0];

    expect(pembilang?.value).toBe(1140);
    expect(pembilang?.ignoredAnnualValue?.line).toBe(14);
  });
});

describe('explainIndicator realization', () => {
  test('computed', () => {
    expect(explain({ pembilang: fourQuarters, penyebut: stock, target: annual(80) }).realization).toEqual({ kind: 'computed', value: 76 });
  });

  test('missing data names the variable', () => {
    expect(explain({ pembilang: fourQuarters, penyebut: {}, target: annual(80) }).realization).toEqual({ kind: 'missing-data', variables: ['penyebut'] });
  });

  test('division by zero', () => {
    expect(explain({ pembilang: fourQuarters, penyebut: { quarters: { TW4: 0 } }, target: annual(80) }).realization.kind).toBe('division-by-zero');
  });
});

describe('explainIndicator target', () => {
  test.each([
    { name: 'annual at year end', period: 'TAHUN' as Period, target: annual(80), reason: 'year-end', source: 'tahunan' },
    { name: 'quarterly at the window end', period: 'S1' as Period, target: { annual: 80, quarterly: { TW2: 40 } }, reason: 'quarterly', source: 'TW2' },
    {
      name: 'annual without a quarter target',
      period: 'TW1' as Period,
      target: { annual: 80, quarterly: { TW2: 40 } },
      reason: 'no-quarterly',
      source: 'tahunan',
    },
    { name: 'TW4 target at year end', period: 'TAHUN' as Period, target: { annual: 80, quarterly: { TW4: 80 } }, reason: 'quarterly', source: 'TW4' },
  ])('$name', ({ period, target, reason, source }) => {
    const explained = explain({ pembilang: fourQuarters, penyebut: stock, target, period }).target;

    expect(explained).toMatchObject({ kind: 'chosen', reason, source });
  });

  test('no targets file', () => {
    expect(explain({ pembilang: fourQuarters, penyebut: stock }).target).toEqual({ kind: 'none', reason: 'no-targets-file' });
  });

  test('indicator missing from the targets file', () => {
    expect(explain({ pembilang: fourQuarters, penyebut: stock, hasTargetsFile: true }).target).toEqual({ kind: 'none', reason: 'not-in-targets-file' });
  });
});

describe('explainIndicator achievement', () => {
  test('positive R/T', () => {
    const explained = explain({ pembilang: fourQuarters, penyebut: stock, target: annual(80) });

    expect(explained.achievement).toMatchObject({ kind: 'computed', method: 'R/T', realization: 76, target: 80, value: 95, limit: undefined });
    expect(explained.category).toMatchObject({ level: { id: 'sangat-tinggi' }, rounded: 95, below: undefined });
  });

  test('negative 2T-R by default', () => {
    const explained = explain({ pembilang: fourQuarters, penyebut: stock, target: annual(70), polaritas: 'negatif' });

    expect(explained.achievement).toMatchObject({ kind: 'computed', method: '2T-R', realization: 76, target: 70 });
    if (explained.achievement.kind !== 'computed') throw new Error('not computed');
    expect(explained.achievement.value).toBeCloseTo(((2 * 70 - 76) / 70) * 100, 10);
  });

  test('negative T/R from the settings', () => {
    const explained = explain({ pembilang: fourQuarters, penyebut: stock, target: annual(70), polaritas: 'negatif', settings: { negativeMethod: 'T/R' } });

    expect(explained.achievement).toMatchObject({ kind: 'computed', method: 'T/R' });
  });

  test('T/R with zero realization is undefined', () => {
    const explained = explain({
      pembilang: { quarters: { TW1: 0 } },
      penyebut: stock,
      target: annual(5),
      polaritas: 'negatif',
      settings: { negativeMethod: 'T/R' },
    });

    expect(explained.achievement).toEqual({ kind: 'undefined', reason: 'realization-zero', method: 'T/R', realization: 0, target: 5 });
  });

  test('zero target met by a negative indicator', () => {
    const explained = explain({ pembilang: { quarters: { TW1: 0 } }, penyebut: stock, target: annual(0), polaritas: 'negatif' });

    expect(explained.achievement).toMatchObject({ kind: 'computed', method: 'zero-target-met', value: 100 });
  });

  test('zero target of a positive indicator is undefined', () => {
    expect(explain({ pembilang: fourQuarters, penyebut: stock, target: annual(0) }).achievement).toMatchObject({ kind: 'undefined', reason: 'target-zero' });
  });

  test.each([
    { name: 'inside the range', range: { min: 70, max: 80 }, position: 'inside', method: 'range-inside', target: 70, value: 100 },
    { name: 'above the range', range: { min: 60, max: 70 }, position: 'above', method: 'R/T', target: 70, value: (76 / 70) * 100 },
    { name: 'below the range', range: { min: 80, max: 90 }, position: 'below', method: 'R/T', target: 80, value: 95 },
  ])('$name', ({ range, position, method, target, value }) => {
    const explained = explain({ pembilang: fourQuarters, penyebut: stock, target: annual(range) });

    expect(explained.achievement).toMatchObject({ kind: 'computed', method, target, range: { ...range, position } });
    if (explained.achievement.kind !== 'computed') throw new Error('not computed');
    expect(explained.achievement.value).toBeCloseTo(value, 10);
  });

  test('cap keeps the formula result', () => {
    const explained = explain({ pembilang: fourQuarters, penyebut: stock, target: annual(50), settings: { cap: 120 } });

    expect(explained.achievement).toMatchObject({ kind: 'computed', formulaValue: 152, value: 120, limit: { kind: 'cap', value: 120 } });
  });

  test('floor keeps the formula result', () => {
    const explained = explain({ pembilang: fourQuarters, penyebut: stock, target: annual(200), settings: { floor: 50 } });

    expect(explained.achievement).toMatchObject({ kind: 'computed', formulaValue: 38, value: 50, limit: { kind: 'floor', value: 50 } });
  });

  test('no realization, no achievement', () => {
    expect(explain({ pembilang: fourQuarters, penyebut: {}, target: annual(80) }).achievement).toEqual({ kind: 'not-computed', reason: 'no-realization' });
  });
});

describe('explainIndicator category', () => {
  test.each([
    { name: 'between two levels', target: 100, id: 'tinggi', below: 91 },
    { name: 'lowest level', target: 200, id: 'sangat-rendah', below: 51 },
  ])('$name', ({ target, id, below }) => {
    expect(explain({ pembilang: fourQuarters, penyebut: stock, target: annual(target) }).category).toMatchObject({ level: { id }, below });
  });
});
