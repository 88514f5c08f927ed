import type { Aggregation, Quarter } from './model.js';
import { QUARTERS } from './model.js';
import { quartersInWindow, type Period } from './period.js';

/** One realization value read from a file; `value` null means an empty cell (missing, not zero). */
export interface RealizationValue {
  value: number | null;
  line: number;
  /** The file the value was read from, as shown to the user; `iki explain` names it when several files are read. */
  file?: string;
}

/** All values of one variable in one year: per quarter, and for the whole year. */
export interface VariableSeries {
  quarters: Partial<Record<Quarter, RealizationValue>>;
  year?: RealizationValue;
}

/** A variable's value over a report window and how it was obtained. */
export interface AggregatedVariable {
  /** The aggregated value; undefined when no value exists in the window. */
  value: number | undefined;
  aggregation: Aggregation;
  /** Quarters whose values went into `value`; empty when the annual value was used. */
  used: Quarter[];
  /** Quarters of the window without a value. */
  missing: Quarter[];
  usedAnnualValue: boolean;
  /** The annual value was present but ignored because quarterly values exist. */
  ignoredAnnualValue: boolean;
  /** Source lines of the values used. */
  lines: number[];
}

/**
 * Aggregates a variable over the quarters of `period` (year to date): `jumlah`
 * sums, `akhir` takes the latest, `rata-rata` averages the quarters with data.
 * For TAHUN an annual (`YYYY`) value is used when no quarter has one.
 */
export function aggregateVariable(series: VariableSeries | undefined, aggregation: Aggregation, period: Period): AggregatedVariable {
  const window = quartersInWindow(period);
  const present = window.filter((q) => isPresent(series?.quarters[q]));
  const missing = window.filter((q) => !present.includes(q));
  const anyQuarter = QUARTERS.some((q) => isPresent(series?.quarters[q]));
  const annual = series?.year;
  const base = { aggregation, missing, usedAnnualValue: false, ignoredAnnualValue: false };

  if (present.length === 0) {
    if (period === 'TAHUN' && !anyQuarter && annual && annual.value !== null) {
      return { ...base, value: annual.value, used: [], missing: [], usedAnnualValue: true, lines: [annual.line] };
    }
    return { ...base, value: undefined, used: [], lines: [] };
  }

  const entries = present.map((q) => series?.quarters[q] as RealizationValue & { value: number });
  const ignoredAnnualValue = period === 'TAHUN' && annual !== undefined && annual.value !== null;
  const used = aggregation === 'akhir' ? present.slice(-1) : present;
  const usedEntries = aggregation === 'akhir' ? entries.slice(-1) : entries;
  return {
    ...base,
    ignoredAnnualValue,
    value: combine(
      usedEntries.map((e) => e.value),
      aggregation,
    ),
    used,
    lines: usedEntries.map((e) => e.line),
  };
}

function isPresent(entry: RealizationValue | undefined): entry is RealizationValue & { value: number } {
  return entry !== undefined && entry.value !== null;
}

function combine(values: number[], aggregation: Aggregation): number {
  const sum = values.reduce((total, v) => total + v, 0);
  if (aggregation === 'jumlah') return sum;
  if (aggregation === 'rata-rata') return sum / values.length;
  return values[values.length - 1] as number;
}
