import type { Organisation, PositionSheet } from './model.js';

/**
 * Orders sheets as the decree does: by unit in the order of `organisasi.yaml`,
 * then by `urutan`, then by id for sheets without one.
 */
export function orderSheets(sheets: readonly PositionSheet[], organisation: Organisation): PositionSheet[] {
  const unitRank = new Map(organisation.unitKerja.map((unit, index) => [unit.id, index]));
  const rank = (sheet: PositionSheet) => unitRank.get(sheet.unitKerja) ?? Number.MAX_SAFE_INTEGER;
  return [...sheets].sort(
    (a, b) => rank(a) - rank(b) || (a.urutan ?? Number.MAX_SAFE_INTEGER) - (b.urutan ?? Number.MAX_SAFE_INTEGER) || a.id.localeCompare(b.id),
  );
}
