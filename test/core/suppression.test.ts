import { describe, expect, test } from 'vitest';
import { diagnostic } from '../../src/core/diagnostic.js';
import { applySuppressions, parseSuppressions } from '../../src/core/suppression.js';

const FILE = 'data/positions/kabid-sosial.yaml';
const at = (line: number) => ({ file: FILE, line, column: 5 });

describe('parseSuppressions', () => {
  test('reads codes, reason and the next content line', () => {
    const text = 'id: x\n# iki-disable-next-line UNUSED_VARIABLE, FORMULA_NO_PERCENT_FACTOR -- disepakati tim perencana\n\n# komentar lain\nrumus: a\n';
    const { suppressions, diagnostics } = parseSuppressions(FILE, text);
    expect(diagnostics).toEqual([]);
    expect(suppressions).toEqual([
      { file: FILE, line: 2, column: 1, targetLine: 5, codes: ['UNUSED_VARIABLE', 'FORMULA_NO_PERCENT_FACTOR'], reason: 'disepakati tim perencana' },
    ]);
  });

  test.each([
    { name: 'missing reason', text: '  # iki-disable-next-line UNUSED_VARIABLE\n  id: a\n', code: 'SUPPRESSION_NO_REASON', column: 3 },
    { name: 'empty reason', text: '# iki-disable-next-line UNUSED_VARIABLE --   \nid: a\n', code: 'SUPPRESSION_NO_REASON', column: 1 },
    { name: 'unknown code', text: '# iki-disable-next-line UNUSED_VARIABEL -- alasan\nid: a\n', code: 'SUPPRESSION_UNKNOWN_CODE', column: 1 },
    { name: 'no code at all', text: '# iki-disable-next-line -- alasan\nid: a\n', code: 'SUPPRESSION_UNKNOWN_CODE', column: 1 },
  ])('$name', ({ text, code, column }) => {
    const { suppressions, diagnostics } = parseSuppressions(FILE, text);
    expect(suppressions).toEqual([]);
    expect(diagnostics.map((d) => [d.code, d.severity, d.location.line, d.location.column])).toEqual([[code, 'error', 1, column]]);
  });
});

describe('applySuppressions', () => {
  const suppression = { file: FILE, line: 9, column: 1, targetLine: 10, codes: ['UNUSED_VARIABLE' as const], reason: 'alasan' };

  test('silences a warning on its target line', () => {
    const warning = diagnostic('UNUSED_VARIABLE', at(10), { value: 'x' });
    expect(applySuppressions([warning], [suppression])).toEqual([]);
  });

  test('keeps findings on other lines and reports the unused comment', () => {
    const warning = diagnostic('UNUSED_VARIABLE', at(11), { value: 'x' });
    const result = applySuppressions([warning], [suppression]);
    expect(result.map((d) => [d.code, d.location.line])).toEqual([
      ['UNUSED_VARIABLE', 11],
      ['SUPPRESSION_UNUSED', 9],
    ]);
  });

  test('never silences an error', () => {
    const error = diagnostic('UNKNOWN_VARIABLE', at(10), { value: 'x', declared: 'a' });
    const result = applySuppressions([error], [{ ...suppression, codes: ['UNKNOWN_VARIABLE'] }]);
    expect(result.map((d) => d.code)).toEqual(['UNKNOWN_VARIABLE', 'SUPPRESSION_UNUSED']);
  });

  test('only the named code is silenced', () => {
    const other = diagnostic('FORMULA_NO_PERCENT_FACTOR', at(10), { formula: 'a / b' });
    expect(applySuppressions([other], [suppression]).map((d) => d.code)).toEqual(['FORMULA_NO_PERCENT_FACTOR', 'SUPPRESSION_UNUSED']);
  });
});
