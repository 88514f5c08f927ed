import { describe, expect, test } from 'vitest';
import { categorize } from '../../src/core/category.js';
import { roundHalfAwayFromZero } from '../../src/core/rounding.js';
import { DEFAULT_CATEGORIES } from '../../src/core/settings.js';

describe('roundHalfAwayFromZero', () => {
  test.each([
    { name: 'binary 1.005 rounds up', value: 1.005, expected: 1.01 },
    { name: 'half rounds away from zero', value: 2.675, expected: 2.68 },
    { name: 'negative half rounds away', value: -70.505, expected: -70.51 },
    { name: 'negative stays', value: -70.5, expected: -70.5 },
    { name: 'below half rounds down', value: 96.53725, expected: 96.54 },
    { name: 'integer unchanged', value: 100, expected: 100 },
    { name: 'small value', value: 0.005, expected: 0.01 },
    { name: 'tiny negative becomes zero', value: -0.001, expected: 0 },
    { name: 'large value', value: 123456.785, expected: 123456.79 },
  ])('$name', ({ value, expected }) => {
    expect(roundHalfAwayFromZero(value, 2)).toBe(expected);
  });
});

describe('categorize', () => {
  test.each([
    { name: 'exactly 91 is Sangat Tinggi', value: 91, expected: 'sangat-tinggi' },
    { name: '90.995 displays as 91,00', value: 90.995, expected: 'sangat-tinggi' },
    { name: '90.994 displays as 90,99', value: 90.994, expected: 'tinggi' },
    { name: '76 is Tinggi', value: 76, expected: 'tinggi' },
    { name: '75.99 is Sedang', value: 75.99, expected: 'sedang' },
    { name: '66 is Sedang', value: 66, expected: 'sedang' },
    { name: '51 is Rendah', value: 51, expected: 'rendah' },
    { name: '50.99 is Sangat Rendah', value: 50.99, expected: 'sangat-rendah' },
    { name: 'negative is Sangat Rendah', value: -70.5, expected: 'sangat-rendah' },
    { name: 'above 100 is Sangat Tinggi', value: 184.75, expected: 'sangat-tinggi' },
  ])('$name', ({ value, expected }) => {
    expect(categorize(value, DEFAULT_CATEGORIES)?.id).toBe(expected);
  });

  test('custom scale from settings', () => {
    const levels = [
      { id: 'baik', label: 'Baik', min: 80 },
      { id: 'kurang', label: 'Kurang' },
    ];
    expect(categorize(80, levels)?.id).toBe('baik');
    expect(categorize(79.99, levels)?.id).toBe('kurang');
  });
});
