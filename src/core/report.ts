import { computeAchievement } from './achievement.js';
import { aggregateVariable, type AggregatedVariable, type VariableSeries } from './aggregate.js';
import { categorize } from './category.js';
import { evaluateFormula, parseFormula } from './formula.js';
import { indicatorKey, type Indicator, type Organisation, type PositionSheet, type Quarter, type TargetValue, type Targets } from './model.js';
import { windowEnd, type Period } from './period.js';
import type { CategoryLevel, Settings } from './settings.js';

/** Status of a report row, in order of precedence: the first that applies wins. */
export const STATUSES = ['tanpa-data', 'penyebut-nol', 'tanpa-target', 'target-nol', 'data-tidak-lengkap', 'ok'] as const;

/** Status of a report row. */
export type Status = (typeof STATUSES)[number];

/** A remark on a report row; its text comes from the i18n catalogue. */
export interface RowNote {
  code:
    | Exclude<Status, 'ok'>
    | 'target-tahunan'
    | 'target-rentang'
    | 'nilai-tahunan'
    | 'nilai-tahunan-diabaikan'
    | 'nilai-akhir-lama'
    | 'dibatasi-atas'
    | 'dibatasi-bawah'
    | 'realisasi-nol';
  args: Record<string, string | number>;
}

/** One indicator's result for a report period. */
export interface ReportRow {
  positionId: string;
  positionName: string;
  unitId: string;
  unitName: string;
  indicatorId: string;
  no: number;
  indicatorName: string;
  unitOfMeasure: string;
  polarity: Indicator['polaritas'];
  target: TargetValue | undefined;
  /** Source of the target: a cumulative quarterly target or the annual one. */
  targetSource: Quarter | 'tahunan' | undefined;
  realization: number | undefined;
  achievement: number | undefined;
  category: CategoryLevel | undefined;
  status: Status;
  notes: RowNote[];
  variables: Record<string, AggregatedVariable>;
}

/** Realization values of one year keyed by `position/indicator/variable`. */
export interface Realization {
  year: number;
  series: ReadonlyMap<string, VariableSeries>;
}

/** Scope of a report and the settings that compute capaian. */
export interface ReportRequest {
  year: number;
  period: Period;
  settings: Settings;
  positions?: readonly string[];
  units?: readonly string[];
}

/** Returns the key of a variable's series: `position/indicator/variable`. */
export function seriesKey(positionId: string, indicatorId: string, variableId: string): string {
  return `${positionId}/${indicatorId}/${variableId}`;
}

/** Computes one row per indicator of the selected sheets, in sheet and decree order. */
export function computeReport(
  sheets: readonly PositionSheet[],
  organisation: Organisation,
  targets: Targets | undefined,
  realization: Realization,
  request: ReportRequest,
): ReportRow[] {
  const unitNames = new Map(organisation.unitKerja.map((u) => [u.id, u.nama]));
  const selected = sheets.filter(
    (sheet) => (!request.positions?.length || request.positions.includes(sheet.id)) && (!request.units?.length || request.units.includes(sheet.unitKerja)),
  );

  return selected.flatMap((sheet) =>
    sheet.indikator.map((indicator) => computeRow(sheet, indicator, unitNames.get(sheet.unitKerja) ?? sheet.unitKerja, targets, realization, request)),
  );
}

function computeRow(
  sheet: PositionSheet,
  indicator: Indicator,
  unitName: string,
  targets: Targets | undefined,
  realization: Realization,
  request: ReportRequest,
): ReportRow {
  const notes: RowNote[] = [];
  const variables = aggregateIndicator(sheet.id, indicator, realization, request.period, notes);
  const realized = evaluateRealization(indicator, variables, notes);
  const { target, targetSource } = chooseTarget(targets, sheet.id, indicator.id, request.period, notes);

  let achievement: number | undefined;
  if (realized !== undefined && target !== undefined) {
    const result = computeAchievement(realized, target, indicator.polaritas, request.settings);
    if (result.ok) {
      achievement = result.value;
      if (result.comparedWith) notes.push({ code: 'target-rentang', args: { bound: result.comparedWith } });
      if (result.capped) notes.push({ code: result.capped === 'cap' ? 'dibatasi-atas' : 'dibatasi-bawah', args: { limit: result.value } });
    } else if (result.reason === 'target-zero') {
      notes.push({ code: 'target-nol', args: {} });
    } else {
      notes.push({ code: 'realisasi-nol', args: {} });
      notes.push({ code: 'penyebut-nol', args: { where: 'capaian' } });
    }
  }

  return {
    positionId: sheet.id,
    positionName: sheet.jabatan,
    unitId: sheet.unitKerja,
    unitName,
    indicatorId: indicator.id,
    no: indicator.no,
    indicatorName: indicator.indikatorKinerja,
    unitOfMeasure: indicator.satuan,
    polarity: indicator.polaritas,
    target,
    targetSource,
    realization: realized,
    achievement,
    category: achievement === undefined ? undefined : categorize(achievement, request.settings.categories),
    status: pickStatus(notes),
    notes,
    variables,
  };
}

function aggregateIndicator(
  positionId: string,
  indicator: Indicator,
  realization: Realization,
  period: Period,
  notes: RowNote[],
): Record<string, AggregatedVariable> {
  const variables: Record<string, AggregatedVariable> = {};
  const withoutData: string[] = [];
  const end = windowEnd(period);

  for (const variable of indicator.variabel) {
    const series = realization.series.get(seriesKey(positionId, indicator.id, variable.id));
    const aggregated = aggregateVariable(series, variable.agregasi, period);
    variables[variable.id] = aggregated;

    if (aggregated.value === undefined) {
      withoutData.push(variable.id);
      continue;
    }
    if (variable.agregasi === 'jumlah' && aggregated.missing.length > 0) {
      notes.push({ code: 'data-tidak-lengkap', args: { variable: variable.id, quarters: aggregated.missing.join(', ') } });
    }
    if (variable.agregasi === 'akhir' && aggregated.used[0] !== undefined && aggregated.used[0] !== end) {
      notes.push({ code: 'nilai-akhir-lama', args: { variable: variable.id, quarter: aggregated.used[0] } });
    }
    if (aggregated.usedAnnualValue) notes.push({ code: 'nilai-tahunan', args: { variable: variable.id } });
    if (aggregated.ignoredAnnualValue) notes.push({ code: 'nilai-tahunan-diabaikan', args: { variable: variable.id } });
  }

  if (withoutData.length > 0) notes.push({ code: 'tanpa-data', args: { variables: withoutData.join(', ') } });
  return variables;
}

function evaluateRealization(indicator: Indicator, variables: Record<string, AggregatedVariable>, notes: RowNote[]): number | undefined {
  if (notes.some((n) => n.code === 'tanpa-data')) return undefined;

  // Sheets reach a report only after validation, so a formula that fails to
  // parse here is a bug in the caller, not a problem in user data.
  const parsed = parseFormula(indicator.rumus);
  if (!parsed.ok) throw new Error(`Formula of ${indicator.id} did not pass validation: ${indicator.rumus}`);

  const values = new Map<string, number>();
  for (const [id, aggregated] of Object.entries(variables)) {
    if (aggregated.value !== undefined) values.set(id, aggregated.value);
  }
  const evaluation = evaluateFormula(parsed.formula, values);
  if (evaluation.ok) return evaluation.value;

  notes.push({ code: 'penyebut-nol', args: { where: 'rumus' } });
  return undefined;
}

function chooseTarget(
  targets: Targets | undefined,
  positionId: string,
  indicatorId: string,
  period: Period,
  notes: RowNote[],
): { target: TargetValue | undefined; targetSource: Quarter | 'tahunan' | undefined } {
  const entry = targets?.byIndicator.get(indicatorKey(positionId, indicatorId));
  if (!entry) {
    notes.push({ code: 'tanpa-target', args: {} });
    return { target: undefined, targetSource: undefined };
  }

  const end = windowEnd(period);
  const quarterly = entry.quarterly[end];
  if (quarterly !== undefined) return { target: quarterly, targetSource: end };
  if (end !== 'TW4') notes.push({ code: 'target-tahunan', args: { quarter: end } });
  return { target: entry.annual, targetSource: 'tahunan' };
}

function pickStatus(notes: readonly RowNote[]): Status {
  const present = new Set<string>(notes.map((n) => n.code));
  return STATUSES.find((status) => status === 'ok' || present.has(status)) ?? 'ok';
}
