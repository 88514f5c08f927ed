import { describe, expect, test } from 'vitest';
import { evaluateFormula, hasPercentFactor, parseFormula, type FormulaProblem } from '../../src/core/formula.js';

describe('parseFormula accepts the formula language', () => {
  test.each([
    { name: 'fraction times 100', text: '100 * diberdayakan / belum_diberdayakan', variables: ['diberdayakan', 'belum_diberdayakan'] },
    { name: 'single variable', text: 'peserta', variables: ['peserta'] },
    { name: 'unary minus and parentheses', text: '-(a - b) / c', variables: ['a', 'b', 'c'] },
    { name: 'allowed functions', text: 'min(a, max(b, 1)) + abs(c)', variables: ['a', 'b', 'c'] },
    { name: 'decimal constant', text: '0.5 * a', variables: ['a'] },
  ])('$name', ({ text, variables }) => {
    const parsed = parseFormula(text);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.variables.sort()).toEqual([...variables].sort());
  });
});

describe('parseFormula rejects what the allow-list does not name', () => {
  test.each<{ name: string; text: string; code: FormulaProblem['code']; column: number }>([
    { name: 'percent sign', text: 'diberdayakan / belum_diberdayakan * 100%', code: 'FORMULA_PERCENT', column: 40 },
    { name: 'mod operator', text: 'a mod b', code: 'FORMULA_PERCENT', column: 3 },
    { name: 'implicit product with parentheses', text: '100 (diberdayakan / belum_diberdayakan)', code: 'FORMULA_IMPLICIT_MULTIPLICATION', column: 5 },
    { name: 'implicit product with a number', text: '2 diberdayakan', code: 'FORMULA_IMPLICIT_MULTIPLICATION', column: 3 },
    { name: 'evaluate call', text: 'evaluate("1+1")', code: 'FORMULA_NOT_ALLOWED', column: 1 },
    { name: 'import call', text: 'import({}, {})', code: 'FORMULA_NOT_ALLOWED', column: 1 },
    { name: 'createUnit call', text: 'createUnit("orang")', code: 'FORMULA_NOT_ALLOWED', column: 1 },
    { name: 'function assignment', text: 'f(x) = x', code: 'FORMULA_NOT_ALLOWED', column: 1 },
    { name: 'property access', text: 'diberdayakan.constructor', code: 'FORMULA_NOT_ALLOWED', column: 14 },
    { name: 'assignment', text: 'a = 1', code: 'FORMULA_NOT_ALLOWED', column: 1 },
    { name: 'power', text: 'a ^ 2', code: 'FORMULA_NOT_ALLOWED', column: 3 },
    { name: 'comparison', text: 'a == b', code: 'FORMULA_NOT_ALLOWED', column: 3 },
    { name: 'conditional', text: 'a ? 1 : 2', code: 'FORMULA_NOT_ALLOWED', column: 1 },
    { name: 'matrix', text: '[1, 2]', code: 'FORMULA_NOT_ALLOWED', column: 1 },
    { name: 'string constant', text: '"teks"', code: 'FORMULA_NOT_ALLOWED', column: 1 },
    { name: 'block of statements', text: 'a; b', code: 'FORMULA_NOT_ALLOWED', column: 1 },
    { name: 'other function', text: 'sqrt(a)', code: 'FORMULA_NOT_ALLOWED', column: 1 },
    { name: 'division by constant zero', text: 'diberdayakan / 0', code: 'FORMULA_DIVISION_BY_ZERO', column: 14 },
    { name: 'unfinished expression', text: 'a +', code: 'FORMULA_SYNTAX', column: 4 },
    { name: 'unbalanced parenthesis', text: '(a + b', code: 'FORMULA_SYNTAX', column: 7 },
  ])('$name', ({ text, code, column }) => {
    const parsed = parseFormula(text);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems[0]?.code).toBe(code);
    expect(parsed.problems[0]?.column).toBe(column);
  });

  test('overlong formula', () => {
    const parsed = parseFormula(`a${' + a'.repeat(100)}`);
    expect(parsed.ok).toBe(false);
  });

  test('deep nesting', () => {
    const parsed = parseFormula(`${'('.repeat(40)}a${')'.repeat(40)}`);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems[0]?.detail).toBe('depth');
  });
});

describe('evaluateFormula', () => {
  const evaluate = (text: string, values: Record<string, number>) => {
    const parsed = parseFormula(text);
    if (!parsed.ok) throw new Error(`unexpected parse failure: ${text}`);
    return evaluateFormula(parsed.formula, new Map(Object.entries(values)));
  };

  test.each<{ name: string; text: string; values: Record<string, number>; expected: number }>([
    { name: 'percentage', text: '100 * a / b', values: { a: 6, b: 7 }, expected: 85.71428571428571 },
    { name: 'precedence', text: '1 + 2 * 3', values: {}, expected: 7 },
    { name: 'unary minus', text: '-a + b', values: { a: 2, b: 5 }, expected: 3 },
    { name: 'min and max', text: 'min(a, 10) + max(b, 1)', values: { a: 12, b: 0 }, expected: 11 },
    { name: 'abs', text: 'abs(a - b)', values: { a: 2, b: 5 }, expected: 3 },
  ])('$name', ({ text, values, expected }) => {
    expect(evaluate(text, values)).toEqual({ ok: true, value: expected });
  });

  test('zero denominator is reported, never Infinity', () => {
    expect(evaluate('100 * a / b', { a: 5, b: 0 })).toEqual({ ok: false, reason: 'division-by-zero' });
  });

  test('zero over zero is reported, never NaN', () => {
    expect(evaluate('a / b', { a: 0, b: 0 })).toEqual({ ok: false, reason: 'division-by-zero' });
  });

  test('missing variable is reported', () => {
    expect(evaluate('a + b', { a: 1 })).toMatchObject({ ok: false, reason: 'missing-variable', variable: 'b' });
  });
});

describe('hasPercentFactor', () => {
  test.each([
    { name: 'times 100', text: '100 * a / b', expected: true },
    { name: 'plain fraction', text: 'a / b', expected: false },
    { name: 'times 10', text: '10 * a / b', expected: false },
  ])('$name', ({ text, expected }) => {
    const parsed = parseFormula(text);
    expect(parsed.ok && hasPercentFactor(parsed.formula)).toBe(expected);
  });
});

describe('parseFormula on decree text', () => {
  test('x 100% copied from the decree reports the percent sign', () => {
    const parsed = parseFormula('diberdayakan / belum_diberdayakan x 100%');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems.map((p) => [p.code, p.column])).toContainEqual(['FORMULA_PERCENT', 40]);
  });

  test('division by zero points at the zero divisor', () => {
    const parsed = parseFormula('a / b + c / 0');
    expect(!parsed.ok && parsed.problems[0]?.column).toBe(11);
  });
});
