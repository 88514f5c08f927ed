import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { evaluateFormula, parseFormula, parseFormulaWithMathjs } from '../../src/core/formula.js';
import { parseSimpleFormula } from '../../src/core/formula-simple.js';
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

  // The direct reader may decline any text, but what it accepts must be read
  // exactly as mathjs reads it under the allow-list.
  test('the simple reader agrees with mathjs on every formula it accepts', () => {
    let accepted = 0;
    fc.assert(
      fc.property(expression, (text) => {
        const simple = parseSimpleFormula(text);
        const reference = parseFormulaWithMathjs(text);
        if (simple === undefined) return;
        accepted++;
        expect(reference).toEqual({ ok: true, formula: simple, variables: expect.any(Array) as unknown });
      }),
      { numRuns: FUZZ_RUNS },
    );
    expect(accepted).toBeGreaterThan(FUZZ_RUNS / 100);
  });

  test('the simple reader accepts every well-formed formula of the grammar', () => {
    const name = fc.constantFrom('a', 'b', 'diberdayakan', 'x_1');
    const number = fc.constantFrom('1', '100', '0.5', '2.75', '1e3', '3E-2');
    const { formula } = fc.letrec<{ formula: string; operand: string }>((tie) => ({
      operand: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        name,
        number,
        tie('formula').map((f) => `(${f})`),
        tie('formula').map((f) => `abs(${f})`),
        fc.tuple(tie('formula'), tie('formula')).map(([f, g]) => `min(${f}, ${g})`),
        fc.tuple(tie('formula'), tie('formula')).map(([f, g]) => `max(${f},${g})`),
        tie('operand').map((o) => `-${o}`),
      ),
      formula: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        tie('operand'),
        fc.tuple(tie('operand'), fc.constantFrom(' + ', ' - ', ' * ', '-', '*', '+'), tie('formula')).map(([o, op, f]) => `${o}${op}${f}`),
        fc.tuple(tie('operand'), fc.constantFrom(' / ', '/'), name).map(([o, op, n]) => `${o}${op}${n}`),
      ),
    }));
    let compared = 0;
    fc.assert(
      fc.property(formula, (text) => {
        const reference = parseFormulaWithMathjs(text);
        const simple = parseSimpleFormula(text);
        // Formulas nested past the depth limit are refused by both.
        if (!reference.ok) return;
        compared++;
        expect(simple).toBeDefined();
        expect(reference.formula).toEqual(simple);
      }),
      { numRuns: FUZZ_RUNS },
    );
    expect(compared).toBeGreaterThan(FUZZ_RUNS / 2);
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
