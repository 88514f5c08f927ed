import { describe, expect, test } from 'vitest';
import { aggregateVariable, type VariableSeries } from '../../src/core/aggregate.js';
import type { Aggregation } from '../../src/core/model.js';
import type { Period } from '../../src/core/period.js';

const series = (values: Partial<Record<'TW1' | 'TW2' | 'TW3' | 'TW4' | 'year', number | null>>): VariableSeries => {
  const result: VariableSeries = { quarters: {} };
  let line = 2;
  for (const [key, value] of Object.entries(values)) {
    if (key === 'year') result.year = { value: value ?? null, line: line++ };
    else result.quarters[key as 'TW1'] = { value: value ?? null, line: line++ };
  }
  return result;
};

describe('aggregateVariable', () => {
  test.each<{ name: string; values: Parameters<typeof series>[0]; aggregation: Aggregation; period: Period; value: number | undefined; missing: string[] }>([
    { name: 'jumlah sums the window', values: { TW1: 10, TW2: 20, TW3: 30, TW4: 40 }, aggregation: 'jumlah', period: 'TW2', value: 30, missing: [] },
    { name: 'jumlah whole year', values: { TW1: 10, TW2: 20, TW3: 30, TW4: 40 }, aggregation: 'jumlah', period: 'TAHUN', value: 100, missing: [] },
    { name: 'jumlah S1 equals TW2', values: { TW1: 10, TW2: 20, TW3: 30 }, aggregation: 'jumlah', period: 'S1', value: 30, missing: [] },
    { name: 'jumlah S2 covers the year', values: { TW1: 10, TW2: 20, TW3: 30, TW4: 40 }, aggregation: 'jumlah', period: 'S2', value: 100, missing: [] },
    { name: 'jumlah lists missing quarters', values: { TW1: 10, TW2: 20, TW4: 40 }, aggregation: 'jumlah', period: 'TAHUN', value: 70, missing: ['TW3'] },
    { name: 'empty cell is missing, not zero', values: { TW1: 10, TW2: null }, aggregation: 'jumlah', period: 'TW2', value: 10, missing: ['TW2'] },
    { name: 'akhir takes the latest in the window', values: { TW1: 5, TW2: 7, TW3: 9 }, aggregation: 'akhir', period: 'TW2', value: 7, missing: [] },
    { name: 'akhir skips quarters without data', values: { TW1: 5, TW2: 7 }, aggregation: 'akhir', period: 'TAHUN', value: 7, missing: ['TW3', 'TW4'] },
    {
      name: 'rata-rata averages quarters with data',
      values: { TW1: 80, TW2: 90, TW4: 100 },
      aggregation: 'rata-rata',
      period: 'TAHUN',
      value: 90,
      missing: ['TW3'],
    },
    { name: 'annual value for TAHUN', values: { year: 250 }, aggregation: 'jumlah', period: 'TAHUN', value: 250, missing: [] },
    {
      name: 'annual value not used for a quarter',
      values: { year: 250 },
      aggregation: 'jumlah',
      period: 'TW4',
      value: undefined,
      missing: ['TW1', 'TW2', 'TW3', 'TW4'],
    },
    {
      name: 'quarters win over annual value',
      values: { TW1: 1, TW2: 2, TW3: 3, TW4: 4, year: 250 },
      aggregation: 'jumlah',
      period: 'TAHUN',
      value: 10,
      missing: [],
    },
    { name: 'no data at all', values: {}, aggregation: 'jumlah', period: 'TAHUN', value: undefined, missing: ['TW1', 'TW2', 'TW3', 'TW4'] },
    { name: 'data only after the window', values: { TW3: 4 }, aggregation: 'akhir', period: 'S1', value: undefined, missing: ['TW1', 'TW2'] },
  ])('$name', ({ values, aggregation, period, value, missing }) => {
    const result = aggregateVariable(series(values), aggregation, period);
    expect(result.value).toBe(value);
    expect(result.missing).toEqual(missing);
  });

  test('records source lines of the values used', () => {
    const result = aggregateVariable(series({ TW1: 5, TW2: 7 }), 'akhir', 'TW2');
    expect(result.used).toEqual(['TW2']);
    expect(result.lines).toEqual([3]);
  });

  test('flags an ignored annual value', () => {
    const result = aggregateVariable(series({ TW1: 1, year: 9 }), 'jumlah', 'TAHUN');
    expect(result.ignoredAnnualValue).toBe(true);
    expect(result.usedAnnualValue).toBe(false);
  });
});
