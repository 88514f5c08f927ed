import type { Cell } from 'exceljs';
import type { ReportRow } from '../core/report.js';
import type { CategoryLevel } from '../core/settings.js';

/** Fill and font colour (ARGB) of a category in the workbook. */
export interface CategoryColour {
  fill: string;
  font: string;
}

// From dark green (best) to red (worst); the extreme levels get white text for contrast.
const RAMP: readonly CategoryColour[] = [
  { fill: 'FF1E7B34', font: 'FFFFFFFF' },
  { fill: 'FFA9D08E', font: 'FF000000' },
  { fill: 'FFFFE699', font: 'FF000000' },
  { fill: 'FFF4B183', font: 'FF000000' },
  { fill: 'FFC00000', font: 'FFFFFFFF' },
];

const DEFAULT_LEVEL_RANK: Record<string, number> = { 'sangat-tinggi': 0, tinggi: 1, sedang: 2, rendah: 3, 'sangat-rendah': 4 };

/**
 * Returns the levels to show, highest first: `scale` when given, else the
 * levels that the rows reached.
 */
export function reportScale(rows: readonly ReportRow[], scale?: readonly CategoryLevel[]): CategoryLevel[] {
  if (scale) return [...scale];
  // NOTE: without the settings' scale, a level that no row reached is unknown,
  // so it gets no legend line and no count column.
  const seen = new Map<string, CategoryLevel>();
  for (const row of rows) if (row.category && !seen.has(row.category.id)) seen.set(row.category.id, row.category);
  return [...seen.values()].sort((a, b) => (b.min ?? -Infinity) - (a.min ?? -Infinity));
}

/**
 * Returns the colour of a category: fixed for the five default ids, else by
 * the level's place in `scale`, spread over the same green-to-red ramp.
 */
export function categoryColour(categoryId: string, scale: readonly CategoryLevel[]): CategoryColour {
  const fixed = DEFAULT_LEVEL_RANK[categoryId];
  if (fixed !== undefined) return RAMP[fixed] as CategoryColour;

  const index = Math.max(
    0,
    scale.findIndex((level) => level.id === categoryId),
  );
  const rank = scale.length <= 1 ? 0 : Math.round((index * (RAMP.length - 1)) / (scale.length - 1));
  return RAMP[rank] as CategoryColour;
}

/** Fills a cell with a category's colour and sets a readable font colour. */
export function paintCategory(cell: Cell, categoryId: string, scale: readonly CategoryLevel[]): void {
  const colour = categoryColour(categoryId, scale);
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: colour.fill } };
  cell.font = { ...cell.font, color: { argb: colour.font } };
}
