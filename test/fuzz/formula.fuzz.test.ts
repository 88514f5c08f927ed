import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { evaluateFormula, parseFormula } from '../../src/core/formula.js';
import { FUZZ_RUNS } from './settings.js';

const VARIABLES = ['a', 'b', 'diberdayakan', 'belum_diberdayakan'];

// Expressions built from the allowed grammar plus tokens that must be refused.
const token = fc.constantFrom(
  ...VARIABLES,
  '0',
  '1',
  '100',
  '0.5',
  '1e3',
  '+',
  '-',
  '*',
  '/',
  '(',
  ')',
  ',',
  ' ',
  'min(',
  'max(',
  'abs(',
  '%',
  'mod',
  '^',
  '=',
  '==',
  '?',
  ':',
  '.',
  '"x"',
  '[',
  ']',
  ';',
  'evaluate(',
  'import(',
  'createUnit(',
  'constructor',
  'f(x)=',
  'cm',
  '\n',
  '\t',
);
const expression = fc.array(token, { maxLength: 40 }).map((parts) => parts.join(''));
const values = fc.record(Object.fromEntries(VARIABLES.map((name) => [name, fc.double({ noNaN: true, min: -1e12, max: 1e12 })])));

function checkOne(text: string, variables: Record<string, number>): void {
  const parsed = parseFormula(text);
  if (!parsed.ok) {
    expect(parsed.problems.length).toBeGreaterThan(0);
    for (const problem of parsed.problems) {
      expect(problem.column).toBeGreaterThanOrEqual(1);
      expect(problem.column).toBeLessThanOrEqual(text.length + 1);
    }
    return;
  }
  const result = evaluateFormula(parsed.formula, new Map(Object.entries(variables)));
  if (result.ok) expect(Number.isFinite(result.value)).toBe(true);
  else expect(['division-by-zero', 'missing-variable', 'not-finite']).toContain(result.reason);
}

describe('formula fuzzing', () => {
  test('token soup is accepted with a finite result or rejected with a finding', () => {
    fc.assert(
      fc.property(expression, values, (text, variables) => checkOne(text, variables)),
      { numRuns: FUZZ_RUNS },
    );
  });

  test('random strings never throw', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200, unit: 'binary' }), values, (text, variables) => checkOne(text, variables)),
      { numRuns: FUZZ_RUNS },
    );
  });

  test('deep nesting is rejected quickly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 33, max: 2000 }), (depth) => {
        const parsed = parseFormula(`${'('.repeat(depth)}a${')'.repeat(depth)}`);
        expect(parsed.ok).toBe(false);
      }),
      { numRuns: Math.min(FUZZ_RUNS, 50) },
    );
  });
});
