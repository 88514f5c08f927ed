import type { ReportRow } from '../core/report.js';
import type { Summary } from '../core/summary.js';
import type { Translate } from '../i18n/index.js';

/** Texts of a row's notes in the reader's language. */
export function noteTexts(row: ReportRow, t: Translate): string[] {
  return row.notes.map((note) => t(`note.${note.code}`, note.args));
}

/** Groups rows by unit, then by position, keeping first-seen order. */
export function groupRows(
  rows: readonly ReportRow[],
): { unitId: string; unitName: string; positions: { positionId: string; positionName: string; rows: ReportRow[] }[] }[] {
  const units: ReturnType<typeof groupRows> = [];
  for (const row of rows) {
    let unit = units.find((u) => u.unitId === row.unitId);
    if (!unit) {
      unit = { unitId: row.unitId, unitName: row.unitName, positions: [] };
      units.push(unit);
    }
    let position = unit.positions.find((p) => p.positionId === row.positionId);
    if (!position) {
      position = { positionId: row.positionId, positionName: row.positionName, rows: [] };
      unit.positions.push(position);
    }
    position.rows.push(row);
  }
  return units;
}

/**
 * Returns the label of a row's category in the reader's language: the
 * catalogue's text for a default category id, else the label from the settings.
 */
export function categoryLabel(row: ReportRow, t: Translate): string {
  if (!row.category) return '–';
  const key = `category.${row.category.id}`;
  const translated = t(key);
  return translated === key ? row.category.label : translated;
}

/** Lists the rows a summary left out, by status: "tanpa target: 1, target nol: 1". */
export function excludedText(summary: Summary, t: Translate): string {
  return Object.entries(summary.excluded)
    .map(([status, count]) => `${t(`status.${status}`)}: ${count}`)
    .join(', ');
}
