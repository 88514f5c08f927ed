import { describe, expect, test } from 'vitest';
import { parseNumberCell, type CsvDelimiter } from '../../src/core/number-text.js';

describe('parseNumberCell', () => {
  test.each<{ name: string; text: string; delimiter: CsvDelimiter; expected: number | null }>([
    { name: 'semicolon integer', text: '120', delimiter: ';', expected: 120 },
    { name: 'semicolon decimal comma', text: '85,5', delimiter: ';', expected: 85.5 },
    { name: 'semicolon thousands', text: '1.234', delimiter: ';', expected: 1234 },
    { name: 'semicolon thousands and decimals', text: '1.234,5', delimiter: ';', expected: 1234.5 },
    { name: 'semicolon millions', text: '1.234.567', delimiter: ';', expected: 1234567 },
    { name: 'semicolon negative decimal', text: '-1,41', delimiter: ';', expected: -1.41 },
    { name: 'comma integer', text: '120', delimiter: ',', expected: 120 },
    { name: 'comma decimal point', text: '85.5', delimiter: ',', expected: 85.5 },
    { name: 'comma three decimals below one', text: '0.125', delimiter: ',', expected: 0.125 },
    { name: 'comma four decimals', text: '1.2345', delimiter: ',', expected: 1.2345 },
    { name: 'comma negative', text: '-1.41', delimiter: ',', expected: -1.41 },
    { name: 'empty is missing', text: '', delimiter: ',', expected: null },
    { name: 'blank is missing', text: '   ', delimiter: ';', expected: null },
    { name: 'surrounding spaces', text: ' 12 ', delimiter: ',', expected: 12 },
  ])('$name', ({ text, delimiter, expected }) => {
    expect(parseNumberCell(text, delimiter)).toEqual({ ok: true, value: expected });
  });

  test.each<{ name: string; text: string; delimiter: CsvDelimiter; code: string; suggestion?: string }>([
    { name: 'comma file decimal comma', text: '85,5', delimiter: ',', code: 'CSV_AMBIGUOUS_NUMBER', suggestion: '85.5' },
    { name: 'comma file grouped thousands', text: '1.234.567', delimiter: ',', code: 'CSV_AMBIGUOUS_NUMBER', suggestion: '1234567' },
    { name: 'semicolon file decimal point', text: '85.5', delimiter: ';', code: 'CSV_AMBIGUOUS_NUMBER', suggestion: '85,5' },
    { name: 'comma file one thousands group', text: '1.500', delimiter: ',', code: 'CSV_AMBIGUOUS_NUMBER', suggestion: '1500' },
    { name: 'comma file quoted comma group', text: '1,234', delimiter: ',', code: 'CSV_AMBIGUOUS_NUMBER', suggestion: '1234' },
    { name: 'number with a word', text: '12 orang', delimiter: ',', code: 'CSV_BAD_NUMBER', suggestion: '12' },
    { name: 'percent sign', text: '85%', delimiter: ',', code: 'CSV_BAD_NUMBER', suggestion: '85' },
    { name: 'text only', text: 'belum ada', delimiter: ';', code: 'CSV_BAD_NUMBER' },
    { name: 'scientific notation', text: '1e3', delimiter: ',', code: 'CSV_BAD_NUMBER' },
    { name: 'two commas', text: '1,2,3', delimiter: ';', code: 'CSV_BAD_NUMBER' },
  ])('$name', ({ text, delimiter, code, suggestion }) => {
    const result = parseNumberCell(text, delimiter);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe(code);
    expect(result.suggestion).toBe(suggestion);
  });
});

describe('parseNumberCell alternatives', () => {
  test.each([
    { name: 'trailing zeros dropped', text: '1.500', alternative: '1.5' },
    { name: 'no zero to drop', text: '1.234', alternative: '1.2340' },
  ])('$name', ({ text, alternative }) => {
    const result = parseNumberCell(text, ',');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.alternative).toBe(alternative);
    expect(parseNumberCell(alternative, ',').ok).toBe(true);
  });
});
