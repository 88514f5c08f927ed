import type { Aggregation, PositionSheet, Quarter } from './model.js';
import { QUARTERS } from './model.js';
import type { Period } from './period.js';

/** One row of the realization template: every key filled, `nilai` left empty. */
export interface TemplateRow {
  positionId: string;
  indicatorId: string;
  variableId: string;
  period: string;
  description: string;
  aggregation: Aggregation;
}

const QUARTERS_TO_FILL: Record<Period, readonly Quarter[]> = {
  TW1: ['TW1'],
  TW2: ['TW2'],
  TW3: ['TW3'],
  TW4: ['TW4'],
  S1: ['TW1', 'TW2'],
  S2: ['TW3', 'TW4'],
  TAHUN: QUARTERS,
};

/**
 * Lists the rows staff fill in for `year`: every variable of every indicator
 * for each quarter of `period` (the quarters themselves, not year to date), or all four.
 */
export function buildTemplate(sheets: readonly PositionSheet[], year: number, period: Period = 'TAHUN'): TemplateRow[] {
  return sheets.flatMap((sheet) =>
    sheet.indikator.flatMap((indicator) =>
      indicator.variabel.flatMap((variable) =>
        QUARTERS_TO_FILL[period].map((quarter) => ({
          positionId: sheet.id,
          indicatorId: indicator.id,
          variableId: variable.id,
          period: `${year}-${quarter}`,
          description: variable.uraian,
          aggregation: variable.agregasi,
        })),
      ),
    ),
  );
}
