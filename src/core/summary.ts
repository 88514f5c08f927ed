import type { ReportRow, Status } from './report.js';

/** Mean capaian of a group of rows, with the rows left out counted by status. */
export interface Summary {
  /** Unit id, position id, or the agency id for the whole report. */
  id: string;
  name: string;
  indicators: number;
  /** Mean capaian (percent) of the rows that have one; undefined when none has. */
  meanAchievement: number | undefined;
  counted: number;
  /** Rows without a capaian, by status. */
  excluded: Partial<Record<Status, number>>;
  /** Rows per category id. */
  categories: Record<string, number>;
}

/** Summaries of a report: per position, per unit and for the agency. */
export interface ReportSummaries {
  positions: Summary[];
  units: Summary[];
  agency: Summary;
}

/** Summarises rows per position, per unit and for the whole agency. */
export function summarizeReport(rows: readonly ReportRow[], agency: { id: string; name: string }): ReportSummaries {
  return {
    positions: groupBy(rows, (r) => r.positionId).map(([id, group]) => summarize(id, group[0]?.positionName ?? id, group)),
    units: groupBy(rows, (r) => r.unitId).map(([id, group]) => summarize(id, group[0]?.unitName ?? id, group)),
    agency: summarize(agency.id, agency.name, rows),
  };
}

function summarize(id: string, name: string, rows: readonly ReportRow[]): Summary {
  const withAchievement = rows.filter((r) => r.achievement !== undefined);
  const excluded: Partial<Record<Status, number>> = {};
  const categories: Record<string, number> = {};

  for (const row of rows) {
    if (row.achievement === undefined) excluded[row.status] = (excluded[row.status] ?? 0) + 1;
    if (row.category) categories[row.category.id] = (categories[row.category.id] ?? 0) + 1;
  }

  const total = withAchievement.reduce((sum, r) => sum + (r.achievement ?? 0), 0);
  return {
    id,
    name,
    indicators: rows.length,
    meanAchievement: withAchievement.length > 0 ? total / withAchievement.length : undefined,
    counted: withAchievement.length,
    excluded,
    categories,
  };
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key) ?? [];
    group.push(item);
    groups.set(key, group);
  }
  return [...groups];
}
