import { diffDecrees, diffOrganisation } from './diff-agency.js';
import type { ChangedPosition, ChangedUnit, DiffResult, DiffSnapshot } from './diff-model.js';
import { diffSheets } from './diff-sheets.js';
import { diffTargets } from './diff-targets.js';
import type { Organisation, PositionSheet } from './model.js';
import { orderSheets } from './order.js';

/**
 * Compares two schema-valid sides in performance terms: organisation and
 * decrees first, then each position's sheet, then the targets files. Each
 * change has a class, a code, both sides' locations and a fingerprint.
 */
export function diffSnapshots(base: DiffSnapshot, head: DiffSnapshot): DiffResult {
  const sheets = diffSheets(base.sheets, head.sheets);
  const changes = [
    ...diffOrganisation(base.organisation, head.organisation, sheets.positionIds),
    ...diffDecrees(base.decrees, head.decrees),
    ...sheets.changes,
    ...diffTargets(base.targets, head.targets, sheets.indicatorKeys),
  ];
  return { changes, positions: listPositions(base, head, sheets.positionIds), units: listUnits(base, head) };
}

// Positions in decree order: the head's, then those only in the base, each
// with its sheet file on both sides so a renderer can name them.
function listPositions(base: DiffSnapshot, head: DiffSnapshot, positionIds: ReadonlyMap<string, string>): ChangedPosition[] {
  const baseIdOf = new Map([...positionIds].map(([baseId, headId]) => [headId, baseId]));
  const baseFiles = new Map(base.sheets.map((sheet) => [sheet.data.id, sheet.file]));
  const headFiles = new Map(head.sheets.map((sheet) => [sheet.data.id, sheet.file]));
  const positions: ChangedPosition[] = [];

  for (const sheet of ordered(
    head.sheets.map((s) => s.data),
    head.organisation?.data,
  )) {
    const position: ChangedPosition = { id: sheet.id, name: sheet.jabatan, unit: sheet.unitKerja };
    const baseFile = baseFiles.get(baseIdOf.get(sheet.id) ?? '');
    const headFile = headFiles.get(sheet.id);
    if (baseFile !== undefined) position.baseFile = baseFile;
    if (headFile !== undefined) position.headFile = headFile;
    positions.push(position);
  }
  const removed = base.sheets.map((s) => s.data).filter((sheet) => !positionIds.has(sheet.id));
  for (const sheet of ordered(removed, base.organisation?.data)) {
    const position: ChangedPosition = { id: sheet.id, name: sheet.jabatan, unit: sheet.unitKerja };
    const baseFile = baseFiles.get(sheet.id);
    if (baseFile !== undefined) position.baseFile = baseFile;
    positions.push(position);
  }
  return positions;
}

function ordered(sheets: PositionSheet[], organisation: Organisation | undefined): PositionSheet[] {
  return organisation ? orderSheets(sheets, organisation) : [...sheets].sort((a, b) => a.id.localeCompare(b.id));
}

// Lists units in the head's order, then those only in the base, with the head's names.
function listUnits(base: DiffSnapshot, head: DiffSnapshot): ChangedUnit[] {
  const units = new Map<string, ChangedUnit>();
  for (const unit of [...(head.organisation?.data.unitKerja ?? []), ...(base.organisation?.data.unitKerja ?? [])]) {
    if (!units.has(unit.id)) units.set(unit.id, { id: unit.id, name: unit.nama });
  }
  return [...units.values()];
}
