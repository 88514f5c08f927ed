import { child, compareText, compareValue, makeChange, type ItemRef } from './diff-change.js';
import { matchById, pairBySimilarity } from './diff-match.js';
import type { Change, ChangeValue } from './diff-model.js';
import { diffTextWords } from './diff-text.js';
import type { Decree, Organisation } from './model.js';
import type { DataPath, SourceFile } from './source.js';

/**
 * Compares the organisation file: the agency's own fields, then its units by
 * id. A unit head that is a renamed position is not a change.
 */
export function diffOrganisation(
  base: SourceFile<Organisation> | undefined,
  head: SourceFile<Organisation> | undefined,
  positionIds: ReadonlyMap<string, string>,
): Change[] {
  if (!base && !head) return [];
  if (!base || !head) {
    return [
      makeChange('ORGANISATION_CHANGED', {
        before: base?.data.nama ?? null,
        after: head?.data.nama ?? null,
        base: base && organisationRef(base),
        head: head && organisationRef(head),
      }),
    ];
  }

  const b = organisationRef(base);
  const h = organisationRef(head);
  const changes: Change[] = [...compareValue('ORGANISATION_CHANGED', base.data.id, head.data.id, child(b, 'id'), child(h, 'id'), { field: 'id' })];
  for (const name of ['nama', 'singkatan', 'kabupaten', 'alamat'] as const) {
    changes.push(...compareOrganisationText(base.data[name], head.data[name], child(b, name), child(h, name), name));
  }
  changes.push(
    ...compareValue('ORGANISATION_CHANGED', base.data.kepala.id, head.data.kepala.id, child(child(b, 'kepala'), 'id'), child(child(h, 'kepala'), 'id'), {
      field: 'kepala/id',
    }),
    ...compareText(
      'ORGANISATION_CHANGED',
      base.data.kepala.jabatan,
      head.data.kepala.jabatan,
      child(child(b, 'kepala'), 'jabatan'),
      child(child(h, 'kepala'), 'jabatan'),
      { field: 'kepala/jabatan' },
    ),
    ...diffUnits(b, h, base.data, head.data, positionIds),
  );
  return changes;
}

function organisationRef(source: SourceFile<Organisation>): ItemRef {
  return { source, path: [], key: ['organisasi'] };
}

// An optional text that appears or disappears is a plain change, while one
// present on both sides may be editorial.
function compareOrganisationText(before: string | undefined, after: string | undefined, base: ItemRef, head: ItemRef, field: string): Change[] {
  if (before !== undefined && after !== undefined) return compareText('ORGANISATION_CHANGED', before, after, base, head, { field });
  return compareValue('ORGANISATION_CHANGED', before, after, base, head, { field });
}

function diffUnits(base: ItemRef, head: ItemRef, b: Organisation, h: Organisation, positionIds: ReadonlyMap<string, string>): Change[] {
  const refs = (ref: ItemRef, organisation: Organisation) =>
    organisation.unitKerja.map((unit, index) => ({ ...child(child(ref, 'unitKerja'), index, unit.id), unit }));
  const match = matchById(refs(base, b), refs(head, h), (ref) => ref.unit.id);
  const changes: Change[] = [];

  for (const [before, after] of match.pairs) {
    const field = (name: string) => ({ field: `unitKerja/${after.unit.id}/${name}` });
    changes.push(...compareText('ORGANISATION_UNIT_CHANGED', before.unit.nama, after.unit.nama, child(before, 'nama'), child(after, 'nama'), field('nama')));
    if ((positionIds.get(before.unit.kepala) ?? before.unit.kepala) !== after.unit.kepala) {
      changes.push(
        ...compareValue('ORGANISATION_UNIT_CHANGED', before.unit.kepala, after.unit.kepala, child(before, 'kepala'), child(after, 'kepala'), field('kepala')),
      );
    }
  }
  for (const ref of match.removed) {
    changes.push(makeChange('ORGANISATION_UNIT_REMOVED', { field: `unitKerja/${ref.unit.id}`, before: ref.unit.nama, after: null, base: ref }));
  }
  for (const ref of match.added) {
    changes.push(makeChange('ORGANISATION_UNIT_ADDED', { field: `unitKerja/${ref.unit.id}`, before: null, after: ref.unit.nama, head: ref }));
  }

  const unitsOnBothSides = new Set(match.pairs.map(([, after]) => after.unit.id));
  const order = (organisation: Organisation) => organisation.unitKerja.map((unit) => unit.id).filter((id) => unitsOnBothSides.has(id));
  if (order(b).join('\n') !== order(h).join('\n')) {
    changes.push(
      makeChange('ORDER_CHANGED', {
        field: 'unitKerja',
        before: b.unitKerja.map((unit) => unit.id),
        after: h.unitKerja.map((unit) => unit.id),
        base: child(base, 'unitKerja'),
        head: child(head, 'unitKerja'),
      }),
    );
  }
  return changes;
}

/**
 * Compares decree files by id. A decree found only on one side is paired with
 * one of the same number and year on the other side as a renamed file. Every
 * decree change is metadata: the decree text does not change how indicators are computed.
 */
export function diffDecrees(base: readonly SourceFile<Decree>[], head: readonly SourceFile<Decree>[]): Change[] {
  const byId = matchById(base, head, (decree) => decree.data.id);
  const renames = pairBySimilarity(byId.removed, byId.added, (a, b) => (a.data.nomor === b.data.nomor && a.data.tahun === b.data.tahun ? 1 : 0), 1);
  const changes: Change[] = [];

  for (const [b, h] of byId.pairs) changes.push(...diffDecree(b, h));
  for (const { base: b, head: h } of renames.pairs) {
    changes.push(makeChange('DECREE_RENAMED', { field: 'id', before: b.data.id, after: h.data.id, base: decreeRef(b, ['id']), head: decreeRef(h, ['id']) }));
    changes.push(...diffDecree(b, h));
  }
  for (const decree of renames.removed) {
    changes.push(makeChange('DECREE_REMOVED', { before: decree.data.id, after: null, base: decreeRef(decree, ['id']) }));
  }
  for (const decree of renames.added) {
    changes.push(makeChange('DECREE_ADDED', { before: null, after: decree.data.id, head: decreeRef(decree, ['id']) }));
  }
  return changes;
}

function decreeRef(source: SourceFile<Decree>, path: DataPath): ItemRef {
  return { source, path, key: ['keputusan', source.data.id, ...path] };
}

// Compares decree fields leaf by leaf, and lists (menimbang, mengingat, diktum)
// by index, since their items have no id.
function diffDecree(base: SourceFile<Decree>, head: SourceFile<Decree>): Change[] {
  const changes: Change[] = [];
  // The id is compared by matching, and versiSkema is fixed by the schema.
  const content = (decree: Decree) => Object.fromEntries(Object.entries(decree).filter(([key]) => key !== 'id' && key !== 'versiSkema'));
  for (const leaf of changedLeaves(content(base.data), content(head.data), [])) {
    const init = {
      field: leaf.path.join('/'),
      before: leaf.before,
      after: leaf.after,
      base: leaf.before === null ? undefined : decreeRef(base, leaf.path),
      head: leaf.after === null ? undefined : decreeRef(head, leaf.path),
    };
    const words = typeof leaf.before === 'string' && typeof leaf.after === 'string' ? diffTextWords(leaf.before, leaf.after) : undefined;
    changes.push(makeChange('DECREE_CHANGED', words ? { ...init, words } : init));
  }
  return changes;
}

interface Leaf {
  path: (string | number)[];
  before: ChangeValue;
  after: ChangeValue;
}

function changedLeaves(before: unknown, after: unknown, path: (string | number)[]): Leaf[] {
  if (Array.isArray(before) || Array.isArray(after)) {
    const a = Array.isArray(before) ? before : [];
    const b = Array.isArray(after) ? after : [];
    return Array.from({ length: Math.max(a.length, b.length) }, (_, index) => changedLeaves(a[index], b[index], [...path, index])).flat();
  }
  if (isRecord(before) || isRecord(after)) {
    const a = isRecord(before) ? before : {};
    const b = isRecord(after) ? after : {};
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    return keys.flatMap((key) => changedLeaves(a[key], b[key], [...path, key]));
  }
  if (before === after) return [];
  return [{ path, before: leafValue(before), after: leafValue(after) }];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function leafValue(value: unknown): ChangeValue {
  if (value === undefined || value === null) return null;
  return typeof value === 'number' ? value : String(value);
}
