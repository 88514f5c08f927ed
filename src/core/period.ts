import { QUARTERS, type Quarter } from './model.js';

/** A reporting period: a quarter, a half-year or the whole year, each counted from January. */
export type Period = 'TW1' | 'TW2' | 'TW3' | 'TW4' | 'S1' | 'S2' | 'TAHUN';

/** Every report period, in calendar order. */
export const PERIODS: readonly Period[] = ['TW1', 'TW2', 'TW3', 'TW4', 'S1', 'S2', 'TAHUN'];

const WINDOW_END: Record<Period, number> = { TW1: 1, TW2: 2, TW3: 3, TW4: 4, S1: 2, S2: 4, TAHUN: 4 };

/** Tells whether `text` names a report period. */
export function isPeriod(text: string): text is Period {
  return (PERIODS as readonly string[]).includes(text);
}

/** Returns the quarters a year-to-date report for `period` covers, from TW1. */
export function quartersInWindow(period: Period): Quarter[] {
  return QUARTERS.slice(0, WINDOW_END[period]);
}

/** Returns the last quarter of the window, whose cumulative target applies. */
export function windowEnd(period: Period): Quarter {
  return QUARTERS[WINDOW_END[period] - 1] as Quarter;
}

/** A realization period as written in the CSV: `YYYY-TWn` or `YYYY`. */
export type RealizationPeriod = { year: number; quarter: Quarter | null };

/** Parses a CSV `periode` cell; returns undefined when it is not `YYYY` or `YYYY-TW1…4`. */
export function parseRealizationPeriod(text: string): RealizationPeriod | undefined {
  const match = /^(\d{4})(?:-(TW[1-4]))?$/.exec(text.trim().toUpperCase());
  if (!match) return undefined;
  return { year: Number(match[1]), quarter: (match[2] as Quarter | undefined) ?? null };
}
