import { child, compareOptionalText, compareValue, makeChange, type ItemRef } from './diff-change.js';
import { matchById, pairBySimilarity } from './diff-match.js';
import type { Change } from './diff-model.js';
import { QUARTERS, indicatorKey, type RawTargetsFile, type TargetValue } from './model.js';
import type { SourceFile } from './source.js';

/** Labels of the values of one indicator's target, annual first. */
const TARGET_LABELS = ['tahunan', ...QUARTERS] as const;

type TargetLabel = (typeof TARGET_LABELS)[number];
type RawTarget = RawTargetsFile['target'][string][string];

/**
 * Compares the targets files of two sides. Files are matched by path. A file
 * found only on one side is paired with one of the same year on the other
 * side as a renamed file. Entries are matched through `indicatorKeys`, so a
 * renamed or moved indicator keeps its target.
 */
export function diffTargets(
  base: readonly SourceFile<RawTargetsFile>[],
  head: readonly SourceFile<RawTargetsFile>[],
  indicatorKeys: ReadonlyMap<string, string>,
): Change[] {
  const byPath = matchById(base, head, (file) => file.file);
  const renames = pairBySimilarity(byPath.removed, byPath.added, (a, b) => (a.data.tahun === b.data.tahun ? 1 : 0), 1);
  const changes: Change[] = [];

  for (const [b, h] of byPath.pairs) changes.push(...diffTargetsFile(b, h, indicatorKeys));
  for (const { base: b, head: h } of renames.pairs) {
    changes.push(makeChange('TARGETS_FILE_RENAMED', { field: 'berkas', before: b.file, after: h.file, base: fileRef(b), head: fileRef(h) }));
    changes.push(...diffTargetsFile(b, h, indicatorKeys));
  }
  for (const file of renames.removed) {
    changes.push(makeChange('TARGETS_FILE_REMOVED', { before: file.file, after: null, base: fileRef(file) }));
  }
  for (const file of renames.added) {
    changes.push(makeChange('TARGETS_FILE_ADDED', { before: null, after: file.file, head: fileRef(file) }));
  }
  return changes;
}

function fileRef(file: SourceFile<RawTargetsFile>): ItemRef {
  return { source: file, path: ['tahun'], key: ['target', file.file] };
}

function diffTargetsFile(base: SourceFile<RawTargetsFile>, head: SourceFile<RawTargetsFile>, indicatorKeys: ReadonlyMap<string, string>): Change[] {
  const b = fileRef(base);
  const h = fileRef(head);
  const at = (ref: ItemRef, name: string): ItemRef => ({ ...ref, path: [name], key: [...ref.key, name] });
  const changes: Change[] = [
    ...compareValue('TARGET_YEAR_CHANGED', base.data.tahun, head.data.tahun, at(b, 'tahun'), at(h, 'tahun'), { field: 'tahun' }),
    ...compareOptionalText('TARGET_BASIS_CHANGED', base.data.dasar, head.data.dasar, at(b, 'dasar'), at(h, 'dasar'), { field: 'dasar' }),
    ...compareOptionalText('NOTE_CHANGED', base.data.catatan, head.data.catatan, at(b, 'catatan'), at(h, 'catatan'), { field: 'catatan' }),
  ];

  const headEntries = entries(head);
  const matched = new Set<string>();
  for (const entry of entries(base).values()) {
    const key = indicatorKeys.get(entry.key) ?? entry.key;
    const partner = headEntries.get(key);
    if (partner) {
      matched.add(key);
      changes.push(...diffEntry(entry, partner));
    } else {
      // The entry is grouped under the indicator's head position when it still exists.
      const [position = '', indicator = ''] = key.split('/');
      changes.push(makeChange('TARGET_REMOVED', { position, indicator, before: annualOf(entry.raw), after: null, base: entry.ref }));
    }
  }
  for (const [key, entry] of headEntries) {
    if (matched.has(key)) continue;
    changes.push(makeChange('TARGET_ADDED', { ...entry.scope, before: null, after: annualOf(entry.raw), head: entry.ref }));
  }
  return changes;
}

interface TargetEntry {
  key: string;
  raw: RawTarget;
  ref: ItemRef;
  scope: { position: string; indicator: string };
}

function entries(file: SourceFile<RawTargetsFile>): Map<string, TargetEntry> {
  const found = new Map<string, TargetEntry>();
  for (const [position, indicators] of Object.entries(file.data.target)) {
    for (const [indicator, raw] of Object.entries(indicators)) {
      const ref: ItemRef = { source: file, path: ['target', position, indicator], key: ['target', file.file, position, indicator] };
      found.set(indicatorKey(position, indicator), { key: indicatorKey(position, indicator), raw, ref, scope: { position, indicator } });
    }
  }
  return found;
}

// One TARGET_CHANGED per value that differs (annual, TW1 … TW4), each located
// at its own value when the file writes the quarterly form.
function diffEntry(base: TargetEntry, head: TargetEntry): Change[] {
  const changes: Change[] = [];
  for (const label of TARGET_LABELS) {
    const before = valueOf(base.raw, label);
    const after = valueOf(head.raw, label);
    if (sameTarget(before, after)) continue;
    changes.push(
      makeChange('TARGET_CHANGED', {
        position: head.scope.position,
        indicator: head.scope.indicator,
        field: label,
        before: before ?? null,
        after: after ?? null,
        base: valueRef(base, label),
        head: valueRef(head, label),
      }),
    );
  }
  return changes;
}

function isQuarterlyForm(raw: RawTarget): raw is { tahunan: TargetValue } & Partial<Record<(typeof QUARTERS)[number], TargetValue>> {
  return typeof raw === 'object' && 'tahunan' in raw;
}

function valueOf(raw: RawTarget, label: TargetLabel): TargetValue | undefined {
  if (isQuarterlyForm(raw)) return raw[label];
  return label === 'tahunan' ? raw : undefined;
}

function annualOf(raw: RawTarget): TargetValue {
  return isQuarterlyForm(raw) ? raw.tahunan : raw;
}

function valueRef(entry: TargetEntry, label: TargetLabel): ItemRef {
  const key = [...entry.ref.key, label];
  return isQuarterlyForm(entry.raw) && entry.raw[label] !== undefined ? { ...child(entry.ref, label), key } : { ...entry.ref, key };
}

function sameTarget(a: TargetValue | undefined, b: TargetValue | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  if (typeof a === 'number' || typeof b === 'number') return a === b;
  return a.min === b.min && a.max === b.max;
}
