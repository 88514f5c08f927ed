import { computeAchievement } from './achievement.js';
import type { VariableSeries } from './aggregate.js';
import { parseFormula, type Formula } from './formula.js';
import type { Aggregation, Indicator, IndicatorTarget, PositionSheet, Quarter, TargetValue } from './model.js';
import { quartersInWindow, windowEnd, type Period } from './period.js';
import type { ReportRow, RowNote, Status } from './report.js';
import { roundHalfAwayFromZero } from './rounding.js';
import type { CategoryLevel, NegativeMethod, Settings } from './settings.js';

/** Source of one realization value: its period, the value, and the CSV file and line. */
export interface ValueSource {
  /** A quarter, or `tahun` for a value given for the whole year (`YYYY`). */
  period: Quarter | 'tahun';
  /** The number read; null for an empty cell. */
  value: number | null;
  /** The file as shown to the user; undefined when the value was not read from a file. */
  file: string | undefined;
  /** 1-based line in that file. */
  line: number;
}

/** One variable's aggregation over the report window. */
export interface VariableExplanation {
  id: string;
  description: string;
  aggregation: Aggregation;
  /** The aggregated value; undefined when the window has no value. */
  value: number | undefined;
  /** Quarters of the window, from TW1 to the window's end. */
  window: Quarter[];
  /** Values that went into `value`, in quarter order; the annual value when it was used. */
  used: ValueSource[];
  /** Quarters of the window without a value, each with its empty cell when the file has a row for it. */
  missing: { quarter: Quarter; emptyCell: ValueSource | undefined }[];
  /** Values of the window that an `akhir` variable passed over for a later quarter. */
  skipped: ValueSource[];
  usedAnnualValue: boolean;
  /** The annual value that was ignored because quarterly values exist. */
  ignoredAnnualValue: ValueSource | undefined;
}

/** The indicator's realization: computed, or why not. */
export type RealizationExplanation = { kind: 'computed'; value: number } | { kind: 'missing-data'; variables: string[] } | { kind: 'division-by-zero' };

/** The target that applies, with the reason it was chosen. */
export type TargetExplanation =
  | { kind: 'none'; reason: 'no-targets-file' | 'not-in-targets-file' }
  | {
      kind: 'chosen';
      value: TargetValue;
      /** The quarter whose cumulative target applies, or `tahunan` for the annual one. */
      source: Quarter | 'tahunan';
      /**
       * Why: `quarterly` when the window's last quarter has a target, `year-end`
       * when the window ends with TW4 and only the annual target is given,
       * `no-quarterly` when the window ends earlier and its quarter has no target.
       */
      reason: 'quarterly' | 'year-end' | 'no-quarterly';
      /** The quarter the window ends with. */
      windowEnd: Quarter;
      annual: TargetValue;
      quarterly: Partial<Record<Quarter, TargetValue>>;
    };

/** The capaian formula applied: which one, on which numbers. */
export type AchievementMethod = 'R/T' | NegativeMethod | 'range-inside' | 'zero-target-met';

/** The capaian computation from realization and target, or the reason there is none. */
export type AchievementExplanation =
  | { kind: 'not-computed'; reason: 'no-realization' | 'no-target' }
  | { kind: 'undefined'; reason: 'target-zero' | 'realization-zero'; method: AchievementMethod; realization: number; target: number }
  | {
      kind: 'computed';
      method: AchievementMethod;
      realization: number;
      /** The number compared with: the target, or the range bound the realization passed. */
      target: number;
      /** Position of the realization against a range target; undefined for a single number. */
      range: { min: number; max: number; position: 'inside' | 'above' | 'below' } | undefined;
      /** The formula's result before any cap or floor. */
      formulaValue: number;
      /** The capaian reported. */
      value: number;
      limit: { kind: 'cap' | 'floor'; value: number } | undefined;
    };

/** The category of the capaian and the bounds of its level on the scale. */
export interface CategoryExplanation {
  level: CategoryLevel;
  /** Capaian rounded to 2 decimals, as displayed and as compared with the scale. */
  rounded: number;
  /** The `min` of the level above, which the capaian stays below; undefined for the top level. */
  below: number | undefined;
}

/** Everything `iki explain` shows about one indicator's result in one report period. */
export interface IndicatorExplanation {
  positionId: string;
  positionName: string;
  indicator: Indicator;
  year: number;
  period: Period;
  /** The parsed `rumus`, for printing with the values substituted. */
  formula: Formula;
  variables: VariableExplanation[];
  realization: RealizationExplanation;
  target: TargetExplanation;
  achievement: AchievementExplanation;
  category: CategoryExplanation | undefined;
  status: Status;
  notes: RowNote[];
  settings: Settings;
}

/** Inputs of {@link explainIndicator} besides the computed report row. */
export interface ExplainInput {
  sheet: PositionSheet;
  indicator: Indicator;
  /** The indicator's row from `computeReport`, which this explanation takes apart. */
  row: ReportRow;
  /** The realization series of each variable id of the indicator. */
  series: ReadonlyMap<string, VariableSeries>;
  /** The indicator's entry in the targets file, if any. */
  targetEntry: IndicatorTarget | undefined;
  /** False when the run had no targets file at all. */
  hasTargetsFile: boolean;
  year: number;
  period: Period;
  settings: Settings;
}

/**
 * Explains how a report row came about: each variable's aggregation with its
 * source lines, the realization, the target chosen, the capaian formula with
 * its numbers, the category and the row's notes. The numbers are those of
 * `computeReport`, taken apart, so the two never disagree.
 */
export function explainIndicator(input: ExplainInput): IndicatorExplanation {
  const { row, indicator, settings } = input;

  // Sheets reach a report only after validation, so a formula that fails to
  // parse here is a bug in the caller.
  const parsed = parseFormula(indicator.rumus);
  if (!parsed.ok) throw new Error(`Formula of ${indicator.id} did not pass validation: ${indicator.rumus}`);

  const variables = indicator.variabel.map((variable) => explainVariable(variable, row, input.series.get(variable.id), input.period));
  const realization = explainRealization(row, variables);
  const target = explainTarget(row, input);
  const achievement = explainAchievement(row, realization, settings);

  return {
    positionId: input.sheet.id,
    positionName: input.sheet.jabatan,
    indicator,
    year: input.year,
    period: input.period,
    formula: parsed.formula,
    variables,
    realization,
    target,
    achievement,
    category: explainCategory(row, settings),
    status: row.status,
    notes: row.notes,
    settings,
  };
}

function explainVariable(variable: Indicator['variabel'][number], row: ReportRow, series: VariableSeries | undefined, period: Period): VariableExplanation {
  const aggregated = row.variables[variable.id];
  const window = quartersInWindow(period);
  const source = (quarter: Quarter): ValueSource | undefined => {
    const entry = series?.quarters[quarter];
    return entry ? { period: quarter, value: entry.value, file: entry.file, line: entry.line } : undefined;
  };
  const annual: ValueSource | undefined = series?.year
    ? { period: 'tahun', value: series.year.value, file: series.year.file, line: series.year.line }
    : undefined;

  const usedQuarters = aggregated?.used ?? [];
  const used = aggregated?.usedAnnualValue && annual ? [annual] : usedQuarters.map(source).filter(isDefined);
  const skipped = window
    .filter((quarter) => !usedQuarters.includes(quarter))
    .map(source)
    .filter((value): value is ValueSource => value !== undefined && value.value !== null);
  const missing = (aggregated?.missing ?? []).map((quarter) => {
    const cell = source(quarter);
    return { quarter, emptyCell: cell?.value === null ? cell : undefined };
  });

  return {
    id: variable.id,
    description: variable.uraian,
    aggregation: variable.agregasi,
    value: aggregated?.value,
    window,
    used,
    missing,
    skipped,
    usedAnnualValue: aggregated?.usedAnnualValue ?? false,
    ignoredAnnualValue: aggregated?.ignoredAnnualValue ? annual : undefined,
  };
}

function explainRealization(row: ReportRow, variables: readonly VariableExplanation[]): RealizationExplanation {
  if (row.realization !== undefined) return { kind: 'computed', value: row.realization };
  const withoutValue = variables.filter((v) => v.value === undefined).map((v) => v.id);
  if (withoutValue.length > 0) return { kind: 'missing-data', variables: withoutValue };
  return { kind: 'division-by-zero' };
}

function explainTarget(row: ReportRow, input: ExplainInput): TargetExplanation {
  const entry = input.targetEntry;
  if (row.target === undefined || row.targetSource === undefined || !entry) {
    return { kind: 'none', reason: input.hasTargetsFile ? 'not-in-targets-file' : 'no-targets-file' };
  }

  const end = windowEnd(input.period);
  let reason: 'quarterly' | 'year-end' | 'no-quarterly' = 'quarterly';
  if (row.targetSource === 'tahunan') reason = end === 'TW4' ? 'year-end' : 'no-quarterly';
  return { kind: 'chosen', value: row.target, source: row.targetSource, reason, windowEnd: end, annual: entry.annual, quarterly: entry.quarterly };
}

function explainAchievement(row: ReportRow, realization: RealizationExplanation, settings: Settings): AchievementExplanation {
  if (realization.kind !== 'computed') return { kind: 'not-computed', reason: 'no-realization' };
  if (row.target === undefined) return { kind: 'not-computed', reason: 'no-target' };

  const r = realization.value;
  const range = typeof row.target === 'number' ? undefined : row.target;
  const position = range === undefined ? undefined : rangePosition(r, range);
  let t: number;
  if (range === undefined) t = row.target as number;
  else t = position === 'above' ? range.max : range.min;
  const method = achievementMethod(row.polarity, settings.negativeMethod, position, t, r);

  // Computed again without cap and floor, to show the formula's own result.
  const unlimited = computeAchievement(r, row.target, row.polarity, { negativeMethod: settings.negativeMethod });
  if (!unlimited.ok) return { kind: 'undefined', reason: unlimited.reason, method, realization: r, target: t };

  const value = row.achievement ?? unlimited.value;
  const capped = value !== unlimited.value;
  return {
    kind: 'computed',
    method,
    realization: r,
    target: t,
    range: range && position ? { ...range, position } : undefined,
    formulaValue: unlimited.value,
    value,
    limit: capped ? { kind: value < unlimited.value ? 'cap' : 'floor', value } : undefined,
  };
}

function rangePosition(r: number, range: { min: number; max: number }): 'inside' | 'above' | 'below' {
  if (r > range.max) return 'above';
  if (r < range.min) return 'below';
  return 'inside';
}

function achievementMethod(
  polarity: ReportRow['polarity'],
  negativeMethod: NegativeMethod,
  position: 'inside' | 'above' | 'below' | undefined,
  target: number,
  realization: number,
): AchievementMethod {
  if (position === 'inside') return 'range-inside';
  if (polarity === 'positif') return 'R/T';
  if (target === 0 && realization <= 0) return 'zero-target-met';
  return negativeMethod;
}

function explainCategory(row: ReportRow, settings: Settings): CategoryExplanation | undefined {
  if (row.achievement === undefined || row.category === undefined) return undefined;
  const index = settings.categories.findIndex((level) => level.id === row.category?.id);
  return { level: row.category, rounded: roundHalfAwayFromZero(row.achievement, 2), below: settings.categories[index - 1]?.min };
}

function isDefined<T>(value: T | undefined): value is T {
  return value !== undefined;
}
