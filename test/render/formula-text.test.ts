import { describe, expect, test } from 'vitest';
import { parseFormula, type Formula } from '../../src/core/formula.js';
import type { Lang } from '../../src/i18n/index.js';
import { renderFormula } from '../../src/render/formula-text.js';

function parsed(text: string): Formula {
  const result = parseFormula(text);
  if (!result.ok) throw new Error(`formula did not parse: ${text}`);
  return result.formula;
}

describe('renderFormula', () => {
  test.each([
    { name: 'percentage', rumus: '100 * a / b', expected: '100 × a / b' },
    { name: 'parentheses kept for a sum', rumus: '(a + b) * 100', expected: '(a + b) × 100' },
    { name: 'redundant parentheses dropped', rumus: '100 * (a / b)', expected: '100 × a / b' },
    { name: 'right side of a minus', rumus: 'a - (b - c)', expected: 'a − (b − c)' },
    { name: 'left-associative minus', rumus: 'a - b - c', expected: 'a − b − c' },
    { name: 'right side of a division', rumus: 'a / (b * c)', expected: 'a / (b × c)' },
    { name: 'unary minus', rumus: '-a + b', expected: '−a + b' },
    { name: 'negated operand on the right', rumus: 'a * -b', expected: 'a × (−b)' },
    { name: 'negated sum', rumus: '-(a + b)', expected: '−(a + b)' },
    { name: 'function call', rumus: 'min(a, b) * 100', expected: 'min(a; b) × 100' },
    { name: 'decimal constant', rumus: '0.5 * a', expected: '0,5 × a' },
  ])('$name', ({ rumus, expected }) => {
    expect(renderFormula(parsed(rumus), (name) => name, 'id')).toBe(expected);
  });

  test.each([
    { lang: 'id' as Lang, expected: '100 × 1.140 / 1.500' },
    { lang: 'en' as Lang, expected: '100 × 1,140 / 1,500' },
  ])('values substituted in $lang', ({ lang, expected }) => {
    const values: Record<string, string> = { diberdayakan: lang === 'id' ? '1.140' : '1,140', belum: lang === 'id' ? '1.500' : '1,500' };

    expect(renderFormula(parsed('100 * diberdayakan / belum'), (name) => values[name] ?? '?', lang)).toBe(expected);
  });

  test('english separates arguments with commas', () => {
    expect(renderFormula(parsed('max(a, 0.5)'), (name) => name, 'en')).toBe('max(a, 0.5)');
  });
});
