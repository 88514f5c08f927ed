import { child, makeChange } from './diff-change.js';
import { diffIndicator, indicatorSimilarity, type IndicatorRef } from './diff-indicator.js';
import { matchById, pairBySimilarity } from './diff-match.js';
import { diffPositionFields, type SheetRef } from './diff-position.js';
import type { Change } from './diff-model.js';
import { textSimilarity } from './diff-text.js';
import { indicatorKey, type PositionSheet } from './model.js';
import type { SourceFile } from './source.js';

/** Changes between two sets of sheets, and how base ids map to head ids. */
export interface SheetsDiff {
  changes: Change[];
  /** Base position id → head position id, for every position on both sides (renamed ones included). */
  positionIds: Map<string, string>;
  /** Base `position/indicator` → head `position/indicator`, for every indicator on both sides (renamed and moved ones included). */
  indicatorKeys: Map<string, string>;
}

interface PlacedIndicator extends IndicatorRef {
  positionId: string;
  index: number;
}

/** A change with where it belongs in reading order. */
interface Placed {
  position: string;
  /** -1 for changes of the position itself, which come first, else the indicator's place in the list. */
  order: number;
  change: Change;
}

/**
 * Compares the position sheets of two sides. Positions, indicators and
 * variables are matched by id. An unmatched removed and added item whose
 * content is nearly the same (`RENAME_SIMILARITY`) is a rename, and an
 * indicator found under another position is a move.
 */
export function diffSheets(base: readonly SourceFile<PositionSheet>[], head: readonly SourceFile<PositionSheet>[]): SheetsDiff {
  const byId = matchById(base, head, (sheet) => sheet.data.id);
  const renames = pairBySimilarity(byId.removed, byId.added, (a, b) => positionSimilarity(a.data, b.data));
  const positionPairs: [SourceFile<PositionSheet>, SourceFile<PositionSheet>][] = [
    ...byId.pairs,
    ...renames.pairs.map((pair) => [pair.base, pair.head] as [typeof pair.base, typeof pair.head]),
  ];
  const positionIds = new Map(positionPairs.map(([b, h]) => [b.data.id, h.data.id]));

  const placed: Placed[] = [];
  const indicatorKeys = new Map<string, string>();
  const leftoverRemoved: PlacedIndicator[] = [];
  const leftoverAdded: PlacedIndicator[] = [];

  for (const [baseSheet, headSheet] of positionPairs) {
    const b = sheetRef(baseSheet);
    const h = sheetRef(headSheet);
    const position = headSheet.data.id;
    for (const change of diffPositionFields(b, h, positionIds)) placed.push({ position, order: -1, change });

    const indicators = diffPositionIndicators(b, h);
    placed.push(...indicators.placed);
    for (const [from, to] of indicators.keys) indicatorKeys.set(from, to);
    leftoverRemoved.push(...indicators.removed);
    leftoverAdded.push(...indicators.added);
  }

  for (const sheet of renames.removed) {
    placed.push({ position: sheet.data.id, order: -1, change: positionChange('POSITION_REMOVED', sheetRef(sheet), undefined) });
    leftoverRemoved.push(...placedIndicators(sheetRef(sheet)));
  }
  for (const sheet of renames.added) {
    placed.push({ position: sheet.data.id, order: -1, change: positionChange('POSITION_ADDED', undefined, sheetRef(sheet)) });
    leftoverAdded.push(...placedIndicators(sheetRef(sheet)));
  }

  const moves = diffMovedIndicators(leftoverRemoved, leftoverAdded, positionIds);
  placed.push(...moves.placed);
  for (const [from, to] of moves.keys) indicatorKeys.set(from, to);

  const removedPositions = new Set(renames.removed.map((sheet) => sheet.data.id));
  const addedPositions = new Set(renames.added.map((sheet) => sheet.data.id));
  for (const indicator of moves.removed) {
    // A removed position already reports its indicators as gone.
    if (removedPositions.has(indicator.positionId)) continue;
    const position = positionIds.get(indicator.positionId) ?? indicator.positionId;
    placed.push({ position, order: indicator.index, change: indicatorChange('INDICATOR_REMOVED', position, indicator, undefined) });
  }
  for (const indicator of moves.added) {
    if (addedPositions.has(indicator.positionId)) continue;
    placed.push({
      position: indicator.positionId,
      order: indicator.index,
      change: indicatorChange('INDICATOR_ADDED', indicator.positionId, undefined, indicator),
    });
  }

  return { changes: inReadingOrder(placed, head, base), positionIds, indicatorKeys };
}

function sheetRef(sheet: SourceFile<PositionSheet>): SheetRef {
  return { source: sheet, path: [], key: ['jabatan', sheet.data.id], sheet };
}

function placedIndicators(sheet: SheetRef): PlacedIndicator[] {
  return sheet.sheet.data.indikator.map((indicator, index) => ({
    ...child(child(sheet, 'indikator'), index, indicator.id),
    indicator,
    positionId: sheet.sheet.data.id,
    index,
  }));
}

/**
 * Returns how alike two sheets are, from 0 to 1, by the words of the title,
 * duty, functions and indicators. A renamed position is recognised by it.
 */
export function positionSimilarity(a: PositionSheet, b: PositionSheet): number {
  const words = (sheet: PositionSheet) =>
    [sheet.jabatan, sheet.tugasPokok, ...sheet.fungsi, ...sheet.indikator.map((i) => `${i.sasaran} ${i.indikatorKinerja} ${i.rumus}`)].join(' ');
  return textSimilarity(words(a), words(b));
}

function positionChange(code: 'POSITION_ADDED' | 'POSITION_REMOVED', base: SheetRef | undefined, head: SheetRef | undefined): Change {
  const sheet = (head ?? base)?.sheet.data;
  return makeChange(code, {
    position: sheet?.id,
    before: base ? base.sheet.data.jabatan : null,
    after: head ? head.sheet.data.jabatan : null,
    base: base ? { ...base, path: ['id'] } : undefined,
    head: head ? { ...head, path: ['id'] } : undefined,
  });
}

function indicatorChange(
  code: 'INDICATOR_ADDED' | 'INDICATOR_REMOVED',
  position: string,
  base: PlacedIndicator | undefined,
  head: PlacedIndicator | undefined,
): Change {
  return makeChange(code, {
    position,
    indicator: (head ?? base)?.indicator.id,
    before: base ? base.indicator.indikatorKinerja : null,
    after: head ? head.indicator.indikatorKinerja : null,
    base,
    head,
  });
}

interface PositionIndicators {
  placed: Placed[];
  keys: [string, string][];
  removed: PlacedIndicator[];
  added: PlacedIndicator[];
}

// Matches the indicators of one position by id, then renamed ones by content.
// What is left may still have moved to or from another position.
function diffPositionIndicators(base: SheetRef, head: SheetRef): PositionIndicators {
  const baseIndicators = placedIndicators(base);
  const headIndicators = placedIndicators(head);
  const byId = matchById(baseIndicators, headIndicators, (ref) => ref.indicator.id);
  const renames = pairBySimilarity(byId.removed, byId.added, (a, b) => indicatorSimilarity(a.indicator, b.indicator));
  const position = head.sheet.data.id;
  const placed: Placed[] = [];
  const keys: [string, string][] = [];

  const pairs = [...byId.pairs, ...renames.pairs.map((pair): [PlacedIndicator, PlacedIndicator] => [pair.base, pair.head])];
  for (const [b, h] of pairs) {
    const scope = { position, indicator: h.indicator.id };
    keys.push([indicatorKey(b.positionId, b.indicator.id), indicatorKey(h.positionId, h.indicator.id)]);
    if (b.indicator.id !== h.indicator.id) {
      const renamed = makeChange('INDICATOR_RENAMED', {
        ...scope,
        field: 'id',
        before: b.indicator.id,
        after: h.indicator.id,
        base: child(b, 'id'),
        head: child(h, 'id'),
      });
      placed.push({ position, order: h.index, change: renamed });
    }
    for (const change of diffIndicator(b, h, scope)) placed.push({ position, order: h.index, change });
  }

  const order = diffIndicatorOrder(base, head, pairs);
  if (order) placed.push({ position, order: Number.MAX_SAFE_INTEGER, change: order });
  return { placed, keys, removed: renames.removed, added: renames.added };
}

// Returns one ORDER_CHANGED for the position when indicators that stayed
// changed their relative order or their printed number. It lists both numberings.
function diffIndicatorOrder(base: SheetRef, head: SheetRef, pairs: readonly [PlacedIndicator, PlacedIndicator][]): Change | undefined {
  const byBase = [...pairs].sort((x, y) => x[0].index - y[0].index).map(([, h]) => h.indicator.id);
  const byHead = [...pairs].sort((x, y) => x[1].index - y[1].index).map(([, h]) => h.indicator.id);
  const renumbered = pairs.some(([b, h]) => b.indicator.no !== h.indicator.no);
  if (!renumbered && byBase.join('\n') === byHead.join('\n')) return undefined;

  const numbering = (ref: SheetRef) => ref.sheet.data.indikator.map((indicator) => `${indicator.no}. ${indicator.id}`);
  return makeChange('ORDER_CHANGED', {
    position: head.sheet.data.id,
    field: 'indikator',
    before: numbering(base),
    after: numbering(head),
    base: child(base, 'indikator'),
    head: child(head, 'indikator'),
  });
}

interface MovedIndicators {
  placed: Placed[];
  keys: [string, string][];
  removed: PlacedIndicator[];
  added: PlacedIndicator[];
}

// An indicator that left one position and appeared under another with nearly
// the same content moved. An equal id wins a tie.
function diffMovedIndicators(removed: PlacedIndicator[], added: PlacedIndicator[], positionIds: ReadonlyMap<string, string>): MovedIndicators {
  const samePosition = (b: PlacedIndicator, h: PlacedIndicator) => (positionIds.get(b.positionId) ?? b.positionId) === h.positionId;
  const moves = pairBySimilarity(
    removed,
    added,
    (b, h) => (samePosition(b, h) ? 0 : indicatorSimilarity(b.indicator, h.indicator)),
    undefined,
    (b, h) => b.indicator.id === h.indicator.id,
  );

  const placed: Placed[] = [];
  const keys: [string, string][] = [];
  for (const { base: b, head: h } of moves.pairs) {
    const scope = { position: h.positionId, indicator: h.indicator.id };
    const from = indicatorKey(b.positionId, b.indicator.id);
    const to = indicatorKey(h.positionId, h.indicator.id);
    keys.push([from, to]);
    placed.push({
      position: h.positionId,
      order: h.index,
      change: makeChange('INDICATOR_MOVED', { ...scope, field: 'id', before: from, after: to, base: child(b, 'id'), head: child(h, 'id') }),
    });
    for (const change of diffIndicator(b, h, scope)) placed.push({ position: h.positionId, order: h.index, change });
  }
  return { placed, keys, removed: moves.removed, added: moves.added };
}

// Keeps the changes of each position together: positions in head order, then
// the removed ones. Inside a position, its own fields come first, then the indicators.
function inReadingOrder(placed: Placed[], head: readonly SourceFile<PositionSheet>[], base: readonly SourceFile<PositionSheet>[]): Change[] {
  const rank = new Map<string, number>();
  for (const sheet of [...head, ...base]) if (!rank.has(sheet.data.id)) rank.set(sheet.data.id, rank.size);
  return placed
    .map((entry, sequence) => ({ ...entry, sequence }))
    .sort((x, y) => (rank.get(x.position) ?? 0) - (rank.get(y.position) ?? 0) || x.order - y.order || x.sequence - y.sequence)
    .map((entry) => entry.change);
}
