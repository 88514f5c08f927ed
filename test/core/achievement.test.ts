import { describe, expect, test } from 'vitest';
import { computeAchievement } from '../../src/core/achievement.js';
import type { Polarity, TargetValue } from '../../src/core/model.js';
import { roundHalfAwayFromZero } from '../../src/core/rounding.js';
import type { NegativeMethod } from '../../src/core/settings.js';

interface AchievementCase {
  name: string;
  r: number;
  target: TargetValue;
  polarity: Polarity;
  method?: NegativeMethod;
  cap?: number;
  floor?: number;
  expected: number | 'target-zero' | 'realization-zero';
}

const cases: AchievementCase[] = [
  // Published LKjIP figures.
  { name: 'LKjIP negatif 2T-R: T 32, R 4,88', r: 4.88, target: 32, polarity: 'negatif', expected: 184.75 },
  { name: 'LKjIP negatif T/R: T 9,20, R 9,53', r: 9.53, target: 9.2, polarity: 'negatif', method: 'T/R', expected: 96.54 },
  { name: 'LKjIP positif below zero: T 2, R -1,41', r: -1.41, target: 2, polarity: 'positif', expected: -70.5 },
  { name: 'positif exact', r: 60, target: 80, polarity: 'positif', expected: 75 },
  { name: 'positif above target', r: 120, target: 100, polarity: 'positif', expected: 120 },
  { name: 'negatif 2T-R met exactly', r: 16, target: 16, polarity: 'negatif', expected: 100 },
  { name: 'negatif 2T-R worse than target', r: 17.52, target: 16, polarity: 'negatif', expected: 90.5 },
  { name: 'negatif 2T-R far worse goes negative', r: 80, target: 32, polarity: 'negatif', expected: -50 },
  { name: 'negatif T/R better than target', r: 8, target: 10, polarity: 'negatif', method: 'T/R', expected: 125 },
  { name: 'positif target zero', r: 5, target: 0, polarity: 'positif', expected: 'target-zero' },
  { name: 'positif target zero and realization zero', r: 0, target: 0, polarity: 'positif', expected: 'target-zero' },
  { name: 'negatif target zero, realization zero', r: 0, target: 0, polarity: 'negatif', expected: 100 },
  { name: 'negatif target zero, realization below zero', r: -2, target: 0, polarity: 'negatif', expected: 100 },
  { name: 'negatif target zero, realization above zero', r: 3, target: 0, polarity: 'negatif', expected: 'target-zero' },
  { name: 'negatif T/R realization zero', r: 0, target: 5, polarity: 'negatif', method: 'T/R', expected: 'realization-zero' },
  { name: 'range inside', r: 65, target: { min: 60, max: 70 }, polarity: 'positif', expected: 100 },
  { name: 'range on lower bound', r: 60, target: { min: 60, max: 70 }, polarity: 'positif', expected: 100 },
  { name: 'range above compares with max', r: 77, target: { min: 60, max: 70 }, polarity: 'positif', expected: 110 },
  { name: 'range below compares with min', r: 45, target: { min: 60, max: 70 }, polarity: 'positif', expected: 75 },
  { name: 'range negatif above is worse', r: 77, target: { min: 60, max: 70 }, polarity: 'negatif', expected: 90 },
  { name: 'range negatif below is better', r: 54, target: { min: 60, max: 70 }, polarity: 'negatif', expected: 110 },
  { name: 'cap applies', r: 150, target: 100, polarity: 'positif', cap: 120, expected: 120 },
  { name: 'floor applies', r: -1.41, target: 2, polarity: 'positif', floor: 0, expected: 0 },
  { name: 'cap does not raise', r: 90, target: 100, polarity: 'positif', cap: 120, expected: 90 },
];

describe('computeAchievement', () => {
  test.each(cases)('$name', ({ r, target, polarity, method, cap, floor, expected }) => {
    const settings = { negativeMethod: method ?? '2T-R', ...(cap === undefined ? {} : { cap }), ...(floor === undefined ? {} : { floor }) };
    const result = computeAchievement(r, target, polarity, settings);

    if (typeof expected === 'string') {
      expect(result).toEqual({ ok: false, reason: expected });
      return;
    }
    expect(result.ok).toBe(true);
    if (result.ok) expect(roundHalfAwayFromZero(result.value, 2)).toBe(expected);
  });

  test('keeps full precision', () => {
    const result = computeAchievement(9.53, 9.2, 'negatif', { negativeMethod: 'T/R' });
    expect(result.ok && result.value).toBeCloseTo(96.537250786988, 10);
  });
});
