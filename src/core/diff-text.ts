import { diffWords } from 'diff';
import type { EditorialReason, WordSegment } from './diff-model.js';

/** Largest number of character edits an editorial change may have. */
export const EDITORIAL_MAX_EDITS = 3;

/** Largest share of the longer text's length an editorial change may edit. */
export const EDITORIAL_MAX_EDIT_SHARE = 0.1;

/**
 * Folds a text for comparison: lowercase, punctuation replaced by spaces,
 * whitespace collapsed. Symbols such as `+` and `×` are kept, since they carry meaning.
 */
export function normalizeText(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/\p{P}/gu, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * Returns why a text change is only editorial, or undefined when it is not.
 * A change is editorial when the texts are equal after `normalizeText`, or when
 * at most `EDITORIAL_MAX_EDITS` characters changed and that is at most
 * `EDITORIAL_MAX_EDIT_SHARE` of the longer text. A change in any number written
 * in the text is never editorial: "10 dokumen" to "12 dokumen" is one edit.
 */
export function editorialReason(before: string, after: string): EditorialReason | undefined {
  if (before === after) return undefined;
  if (!sameNumbers(before, after)) return undefined;

  const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
  if (before.replace(/\s+/g, '') === after.replace(/\s+/g, '')) return 'spasi';
  if (collapse(before).toLowerCase() === collapse(after).toLowerCase()) return 'huruf-besar';
  if (normalizeText(before) === normalizeText(after)) return 'tanda-baca';

  const allowed = Math.min(EDITORIAL_MAX_EDITS, Math.floor(EDITORIAL_MAX_EDIT_SHARE * Math.max(before.length, after.length)));
  return boundedEditDistance(before, after, allowed) <= allowed ? 'salah-ketik' : undefined;
}

function sameNumbers(before: string, after: string): boolean {
  const numbers = (text: string) => (text.match(/\d+(?:[.,]\d+)*/g) ?? []).join(' ');
  return numbers(before) === numbers(after);
}

/**
 * Returns the Levenshtein distance between two texts when it is at most
 * `limit`, and `limit + 1` otherwise. The common prefix and suffix are skipped
 * and only cells near the diagonal are computed, so long texts that differ in
 * a few characters cost little.
 */
export function boundedEditDistance(a: string, b: string, limit: number): number {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const left = a.slice(start, endA);
  const right = b.slice(start, endB);
  const over = limit + 1;
  if (Math.abs(left.length - right.length) > limit) return over;
  if (left.length === 0 || right.length === 0) return Math.min(Math.max(left.length, right.length), over);

  let previous = Array.from({ length: right.length + 1 }, (_, j) => (j <= limit ? j : over));
  for (let i = 1; i <= left.length; i++) {
    const current = new Array<number>(right.length + 1).fill(over);
    current[0] = i <= limit ? i : over;
    let rowMinimum = current[0];
    const from = Math.max(1, i - limit);
    const to = Math.min(right.length, i + limit);
    for (let j = from; j <= to; j++) {
      const substitution = (previous[j - 1] ?? over) + (left[i - 1] === right[j - 1] ? 0 : 1);
      const value = Math.min((previous[j] ?? over) + 1, (current[j - 1] ?? over) + 1, substitution, over);
      current[j] = value;
      rowMinimum = Math.min(rowMinimum, value);
    }
    // Every later row is at least this row's minimum, so the limit is already passed.
    if (rowMinimum > limit) return over;
    previous = current;
  }
  return Math.min(previous[right.length] ?? over, over);
}

/**
 * Returns the word-by-word difference of two texts. Words and punctuation are
 * the tokens, so a change of spacing alone leaves every word `sama`.
 */
export function diffTextWords(before: string, after: string): WordSegment[] {
  const segments: WordSegment[] = [];
  for (const part of diffWords(before, after)) {
    let kind: WordSegment['kind'] = 'sama';
    if (part.added) kind = 'tambah';
    if (part.removed) kind = 'hapus';
    const last = segments[segments.length - 1];
    if (last && last.kind === kind) last.text += part.value;
    else segments.push({ kind, text: part.value });
  }
  return segments;
}

/**
 * Returns the similarity of two texts from 0 to 1: the Sørensen–Dice
 * coefficient of their words after `normalizeText`, counting repeated words.
 */
export function textSimilarity(a: string, b: string): number {
  const wordsA = normalizeText(a)
    .split(' ')
    .filter((word) => word !== '');
  const wordsB = normalizeText(b)
    .split(' ')
    .filter((word) => word !== '');
  if (wordsA.length === 0 && wordsB.length === 0) return 1;

  const remaining = new Map<string, number>();
  for (const word of wordsA) remaining.set(word, (remaining.get(word) ?? 0) + 1);
  let shared = 0;
  for (const word of wordsB) {
    const count = remaining.get(word) ?? 0;
    if (count > 0) {
      shared++;
      remaining.set(word, count - 1);
    }
  }
  return (2 * shared) / (wordsA.length + wordsB.length);
}
