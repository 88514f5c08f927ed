import { diffArrays } from 'diff';
import { child, compareText, compareValue, makeChange, type ChangeScope, type ItemRef } from './diff-change.js';
import type { Change } from './diff-model.js';
import type { PositionSheet } from './model.js';
import type { SourceFile } from './source.js';

/** A position sheet on one side, with its path and key. */
export interface SheetRef extends ItemRef {
  sheet: SourceFile<PositionSheet>;
}

/**
 * Compares the fields of two versions of one position sheet: id, title, unit,
 * superior, decree reference, order, duty and functions. Indicators are
 * compared by the caller. `positionIds` maps base ids to head ids, so a
 * superior that was only renamed is not a change.
 */
export function diffPositionFields(base: SheetRef, head: SheetRef, positionIds: ReadonlyMap<string, string>): Change[] {
  const b = base.sheet.data;
  const h = head.sheet.data;
  const scope = { position: h.id };
  const field = (name: string): ChangeScope => ({ ...scope, field: name });
  const at = (ref: SheetRef, name: string) => child(ref, name);
  const changes: Change[] = [];

  if (b.id !== h.id) {
    changes.push(makeChange('POSITION_RENAMED', { ...field('id'), before: b.id, after: h.id, base: at(base, 'id'), head: at(head, 'id') }));
  }
  changes.push(
    ...compareText('POSITION_TITLE_CHANGED', b.jabatan, h.jabatan, at(base, 'jabatan'), at(head, 'jabatan'), field('jabatan')),
    ...compareValue('UNIT_CHANGED', b.unitKerja, h.unitKerja, at(base, 'unitKerja'), at(head, 'unitKerja'), field('unitKerja')),
  );
  // A superior that was only renamed is the same superior.
  if ((positionIds.get(b.atasan) ?? b.atasan) !== h.atasan) {
    changes.push(...compareValue('SUPERIOR_CHANGED', b.atasan, h.atasan, at(base, 'atasan'), at(head, 'atasan'), field('atasan')));
  }
  changes.push(
    ...compareValue('DECREE_REFERENCE_CHANGED', b.keputusan, h.keputusan, at(base, 'keputusan'), at(head, 'keputusan'), field('keputusan')),
    ...compareValue('ORDER_CHANGED', b.urutan, h.urutan, at(base, 'urutan'), at(head, 'urutan'), field('urutan')),
    ...compareText('DUTY_CHANGED', b.tugasPokok, h.tugasPokok, at(base, 'tugasPokok'), at(head, 'tugasPokok'), field('tugasPokok')),
    ...diffFunctions(base, head, scope),
  );
  return changes;
}

// Functions have no id. The longest common subsequence keeps unchanged items
// aligned, and a removed item directly replaced by an added one is a changed item.
function diffFunctions(base: SheetRef, head: SheetRef, scope: ChangeScope): Change[] {
  const changes: Change[] = [];
  const item = (ref: SheetRef, index: number) => child(child(ref, 'fungsi'), index);
  let baseIndex = 0;
  let headIndex = 0;
  let removed: number[] = [];

  const flushRemoved = () => {
    for (const index of removed) {
      const text = base.sheet.data.fungsi[index] ?? '';
      changes.push(makeChange('FUNCTION_REMOVED', { ...scope, field: `fungsi/${index}`, before: text, after: null, base: item(base, index) }));
    }
    removed = [];
  };

  for (const part of diffArrays(base.sheet.data.fungsi, head.sheet.data.fungsi)) {
    const count = part.value.length;
    if (part.removed) {
      for (let i = 0; i < count; i++) removed.push(baseIndex + i);
      baseIndex += count;
    } else if (part.added) {
      for (let i = 0; i < count; i++) {
        const index = headIndex + i;
        const after = head.sheet.data.fungsi[index] ?? '';
        const replaced = removed.shift();
        if (replaced === undefined) {
          changes.push(makeChange('FUNCTION_ADDED', { ...scope, field: `fungsi/${index}`, before: null, after, base: undefined, head: item(head, index) }));
        } else {
          const before = base.sheet.data.fungsi[replaced] ?? '';
          changes.push(...compareText('FUNCTION_CHANGED', before, after, item(base, replaced), item(head, index), { ...scope, field: `fungsi/${index}` }));
        }
      }
      headIndex += count;
    } else {
      flushRemoved();
      baseIndex += count;
      headIndex += count;
    }
  }
  flushRemoved();
  return changes;
}
