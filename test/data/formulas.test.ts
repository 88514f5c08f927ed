import { describe, expect, test } from 'vitest';
import { parseFormulaWithMathjs } from '../../src/core/formula.js';
import { parseSimpleFormula } from '../../src/core/formula-simple.js';
import { realData } from '../helpers.js';

const indicators = realData().sheets.flatMap((sheet) => sheet.indikator.map((indicator) => ({ id: `${sheet.id}/${indicator.id}`, rumus: indicator.rumus })));

// `iki validate` on the shipped data loads mathjs only if a formula needs it,
// so every formula of the decree should be inside the simple grammar.
describe('the formulas of the 2021 decree', () => {
  test('are all 49', () => {
    expect(indicators).toHaveLength(49);
  });

  test.each(indicators)('$id is read directly, as mathjs reads it', ({ rumus }) => {
    const simple = parseSimpleFormula(rumus);
    const reference = parseFormulaWithMathjs(rumus);
    expect(simple).toBeDefined();
    expect(reference.ok).toBe(true);
    if (reference.ok) expect(simple).toEqual(reference.formula);
  });
});
