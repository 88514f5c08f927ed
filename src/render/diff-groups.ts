import type { Diagnostic } from '../core/diagnostic.js';
import { CHANGE_CLASSES, countChanges, type Change, type ChangeValue, type ChangedPosition, type DiffResult, type WordSegment } from '../core/diff-model.js';
import type { TargetValue } from '../core/model.js';
import type { Lang, Translate } from '../i18n/index.js';
import { formatTarget } from './number.js';

/** One side of a diff as the user named it. */
export interface DiffSideInfo {
  kind: 'revisi' | 'pohon-kerja' | 'folder';
  /** The revision or folder as typed; empty for the working tree. */
  name: string;
  /** Full commit id of a revision. */
  commit?: string;
  /** Abbreviated commit id, as git shows it; absent when the name is already a commit id. */
  shortCommit?: string;
}

/** Sides of a diff, which renderers show beside the changes. */
export interface DiffContext {
  base: DiffSideInfo;
  head: DiffSideInfo;
}

/** Findings of a side that failed validation. */
export interface InvalidSide {
  side: 'sebelum' | 'sesudah';
  diagnostics: Diagnostic[];
}

/** The changes of one position. */
export interface PositionGroup {
  position: ChangedPosition;
  changes: Change[];
}

/** The positions with changes in one unit. */
export interface UnitGroup {
  id: string;
  name: string;
  positions: PositionGroup[];
}

/** Changes grouped for reading: agency-wide files first, then by unit and position in decree order. */
export interface DiffGroups {
  agency: Change[];
  units: UnitGroup[];
}

/** Groups changes by unit, then position; changes without a position go to `agency`. */
export function groupChanges(result: DiffResult): DiffGroups {
  const byPosition = new Map<string, Change[]>();
  const agency: Change[] = [];
  for (const change of result.changes) {
    if (change.position === undefined) agency.push(change);
    else byPosition.set(change.position, [...(byPosition.get(change.position) ?? []), change]);
  }

  const positions = [...result.positions];
  // A change may name a position no sheet has, such as a target of a removed position.
  for (const id of byPosition.keys()) {
    if (!positions.some((position) => position.id === id)) positions.push({ id, name: id, unit: '' });
  }
  const units = [...result.units];
  for (const position of positions) {
    if (!units.some((unit) => unit.id === position.unit)) units.push({ id: position.unit, name: position.unit });
  }

  const groups: UnitGroup[] = [];
  for (const unit of units) {
    const inUnit = positions
      .filter((position) => position.unit === unit.id && byPosition.has(position.id))
      .map((position) => ({ position, changes: byPosition.get(position.id) ?? [] }));
    if (inUnit.length > 0) groups.push({ id: unit.id, name: unit.name, positions: inUnit });
  }
  return { agency, units: groups };
}

/** Returns the changes in the order the table and Markdown show them: agency-wide first, then by unit and position. */
export function changesInGroupOrder(result: DiffResult): Change[] {
  const groups = groupChanges(result);
  return [...groups.agency, ...groups.units.flatMap((unit) => unit.positions.flatMap((group) => group.changes))];
}

/** Returns how a side is shown: `HEAD~1 (21abe1e)`, `pohon kerja`, `folder lama/`. */
export function sideLabel(side: DiffSideInfo, t: Translate): string {
  switch (side.kind) {
    case 'revisi':
      return t('diff.side.revision', { name: side.name, commit: side.shortCommit ?? '' });
    case 'pohon-kerja':
      return t('diff.side.worktree');
    case 'folder':
      return t('diff.side.folder', { name: side.name });
  }
}

/** Returns "2 memutus, 1 substantif": the non-zero counts of some changes, most serious class first. */
export function countsText(changes: readonly Change[], t: Translate): string {
  const counts = countChanges(changes);
  return CHANGE_CLASSES.filter((changeClass) => counts[changeClass] > 0)
    .map((changeClass) => `${counts[changeClass]} ${t(`diff.class.${changeClass}`)}`)
    .join(', ');
}

/** Returns the headline of a change in the user's language, such as "Rumus diubah". */
export function changeHeadline(change: Change, t: Translate): string {
  if (change.code === 'TEXT_EDITORIAL') return t('diff.code.TEXT_EDITORIAL', { reason: t(`diff.reason.${change.editorialReason ?? 'salah-ketik'}`) });
  return t(`diff.code.${change.code}`);
}

/** Returns what a change is about: the indicator id and the changed field, one per line. */
export function changeSubject(change: Change): string[] {
  const field = change.field === 'id' ? undefined : change.field;
  return [change.indicator, field].filter((part): part is string => part !== undefined && part !== '');
}

/** Formats a value for people: numbers and targets in the user's style, lists joined by commas. */
export function formatChangeValue(value: ChangeValue, lang: Lang): string {
  if (value === null) return '–';
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.join(', ');
  return formatTarget(value as TargetValue, lang);
}

/**
 * Wraps the words of `text` in markers, leaving its outer whitespace outside
 * them: Markdown ignores `~~ word~~`, and `[- word-]` reads badly.
 */
export function wrapWords(text: string, open: string, close: string): string {
  const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(text);
  const [, lead = '', core = '', trail = ''] = match ?? [];
  return core === '' ? text : `${lead}${open}${core}${close}${trail}`;
}

/** Tells whether a word diff shows any removed or added word. */
export function hasWordChanges(words: readonly WordSegment[] | undefined): words is WordSegment[] {
  return words !== undefined && words.some((segment) => segment.kind !== 'sama');
}

/**
 * Shortens the unchanged parts of a word diff to `context` words on each side
 * of a change, with "…" for what is left out, so a one-word fix in a long
 * explanation stays readable.
 */
export function condenseWords(words: readonly WordSegment[], context = 8): WordSegment[] {
  return words.map((segment, index) => {
    if (segment.kind !== 'sama') return segment;
    const spans = [...segment.text.matchAll(/\S+/g)];
    const keepBefore = index > 0 ? context : 0;
    const keepAfter = index < words.length - 1 ? context : 0;
    if (spans.length <= keepBefore + keepAfter + 2) return segment;

    const headEnd = keepBefore > 0 ? spanEnd(spans[keepBefore - 1]) : 0;
    const tailStart = keepAfter > 0 ? (spans[spans.length - keepAfter]?.index ?? segment.text.length) : segment.text.length;
    const head = segment.text.slice(0, headEnd);
    const tail = segment.text.slice(tailStart);
    return { kind: 'sama', text: `${head}${head === '' ? '' : ' '}…${tail === '' ? '' : ' '}${tail}` };
  });
}

function spanEnd(match: RegExpMatchArray | undefined): number {
  return match ? (match.index ?? 0) + match[0].length : 0;
}
