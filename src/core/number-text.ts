/** Delimiter of a realization CSV; it decides which decimal mark is expected. */
export type CsvDelimiter = ',' | ';';

/** A number cell read, or why it cannot be read without guessing. */
export type NumberCell =
  | { ok: true; value: number | null }
  | { ok: false; code: 'CSV_BAD_NUMBER' | 'CSV_AMBIGUOUS_NUMBER'; suggestion?: string; alternative?: string; detail?: 'precision' };

const PLAIN = /^-?\d+$/;
const DECIMAL_COMMA = /^-?\d+,\d+$/;
const DECIMAL_POINT = /^-?\d+\.\d+$/;
const GROUPED_POINT = /^-?\d{1,3}(\.\d{3})+(,\d+)?$/;
const GROUPED_POINT_ONLY = /^-?\d{1,3}(\.\d{3})+$/;
const GROUPED_COMMA_ONLY = /^-?\d{1,3}(,\d{3})+$/;
const ONE_GROUP_POINT = /^-?[1-9]\d{0,2}\.\d{3}$/;

/**
 * Reads a `nilai` cell. In a `;` file (Indonesian Excel) the decimal mark is a
 * comma and `.` groups thousands (`1.234,5`). In a `,` file the decimal mark is
 * `.` and no grouping is allowed. An empty cell is missing (null), never 0.
 */
export function parseNumberCell(text: string, delimiter: CsvDelimiter): NumberCell {
  const cell = text.trim().replace(/^\u2212/, '-');
  if (cell === '') return { ok: true, value: null };

  // A double keeps about 15 significant digits; more would be rounded silently.
  if (cell.replace(/\D/g, '').replace(/^0+/, '').length > 15) return { ok: false, code: 'CSV_BAD_NUMBER', detail: 'precision' };

  if (delimiter === ';') return parseIndonesian(cell);
  return parseInternational(cell);
}

function parseIndonesian(cell: string): NumberCell {
  if (PLAIN.test(cell)) return { ok: true, value: Number(cell) };
  if (DECIMAL_COMMA.test(cell)) return { ok: true, value: Number(cell.replace(',', '.')) };
  if (GROUPED_POINT.test(cell)) return { ok: true, value: Number(cell.replace(/\./g, '').replace(',', '.')) };

  // "85.5" is neither a decimal comma nor a thousands group: it was typed in
  // another locale, and reading it either way would be a guess.
  if (DECIMAL_POINT.test(cell)) return { ok: false, code: 'CSV_AMBIGUOUS_NUMBER', suggestion: cell.replace('.', ',') };
  return { ok: false, code: 'CSV_BAD_NUMBER', ...suggestDigits(cell) };
}

function parseInternational(cell: string): NumberCell {
  // "1.500" is 1.5 by the rule of a "," file, but an Indonesian reader means
  // 1500; with exactly three decimals either reading is possible.
  if (ONE_GROUP_POINT.test(cell)) return { ok: false, code: 'CSV_AMBIGUOUS_NUMBER', suggestion: cell.replace('.', ''), alternative: unambiguousDecimal(cell) };
  if (PLAIN.test(cell) || DECIMAL_POINT.test(cell)) return { ok: true, value: Number(cell) };
  if (GROUPED_COMMA_ONLY.test(cell)) {
    const singleGroup = (cell.match(/,/g) ?? []).length === 1;
    const result: NumberCell = { ok: false, code: 'CSV_AMBIGUOUS_NUMBER', suggestion: cell.replace(/,/g, '') };
    if (singleGroup) result.alternative = unambiguousDecimal(cell.replace(',', '.'));
    return result;
  }
  if (DECIMAL_COMMA.test(cell)) return { ok: false, code: 'CSV_AMBIGUOUS_NUMBER', suggestion: cell.replace(',', '.') };
  if (GROUPED_POINT_ONLY.test(cell)) return { ok: false, code: 'CSV_AMBIGUOUS_NUMBER', suggestion: cell.replace(/\./g, '') };
  return { ok: false, code: 'CSV_BAD_NUMBER', ...suggestDigits(cell) };
}

// "12 orang" or "85%" hold a plausible number next to a word or sign; offer it
// as a hint only, never as the value.
function suggestDigits(cell: string): { suggestion?: string } {
  const match = /^(-?\d+(?:[.,]\d+)?)\s*(%|[A-Za-z]{2,}.*)$/.exec(cell);
  return match?.[1] ? { suggestion: match[1] } : {};
}

// Writes a decimal such as "1.500" or "1.234" so that it no longer looks like a
// thousands group: "1.5", or "1.2340" when no trailing zero can be dropped.
function unambiguousDecimal(cell: string): string {
  const trimmed = cell.replace(/0+$/, '').replace(/\.$/, '');
  return trimmed === cell ? `${cell}0` : trimmed;
}
