import { createHash } from 'node:crypto';
import { CHANGE_CODE_CLASS, type Change, type ChangeCode, type ChangeSide, type ChangeValue } from './diff-model.js';
import { diffTextWords, editorialReason } from './diff-text.js';
import type { DataPath, SourceFile } from './source.js';

/** An item on one side: its file, its path in that file, and its key by ids. */
export interface ItemRef {
  source: SourceFile<unknown>;
  path: DataPath;
  key: DataPath;
}

/** Scope of a change besides its code and values: position, indicator and field. */
export interface ChangeScope {
  position?: string | undefined;
  indicator?: string | undefined;
  field?: string | undefined;
}

/** Returns `ref` moved down to a child: `step` is added to the path, `keyStep` (default `step`) to the key. */
export function child(ref: ItemRef, step: string | number, keyStep: string | number = step): ItemRef {
  return { source: ref.source, path: [...ref.path, step], key: [...ref.key, keyStep] };
}

/** Encodes a path as an RFC 6901 JSON Pointer. */
export function toPointer(path: DataPath): string {
  return path.map((step) => `/${String(step).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

function toSide(ref: ItemRef): ChangeSide {
  const location = ref.source.locate(ref.path);
  return { file: ref.source.file, line: location.line, column: location.column, path: toPointer(ref.path), key: toPointer(ref.key) };
}

/**
 * Returns the fingerprint of a change: the first 16 hex digits of the sha256
 * of its class, code and the keys of both sides. Line numbers and values are
 * left out, so an unrelated edit above the item keeps the fingerprint.
 */
export function fingerprintOf(change: Pick<Change, 'changeClass' | 'code' | 'base' | 'head'>): string {
  const text = [change.changeClass, change.code, change.base?.key ?? '', change.head?.key ?? ''].join('\n');
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/** Fields of a change that the caller supplies. */
export interface ChangeInit extends ChangeScope {
  before: ChangeValue | undefined;
  after: ChangeValue | undefined;
  base?: ItemRef | undefined;
  head?: ItemRef | undefined;
  words?: Change['words'];
  editorialReason?: Change['editorialReason'];
}

/** Builds a change of `code`: its class, both sides located, and its fingerprint. */
export function makeChange(code: ChangeCode, init: ChangeInit): Change {
  const change: Change = {
    changeClass: CHANGE_CODE_CLASS[code],
    code,
    before: init.before ?? null,
    after: init.after ?? null,
    fingerprint: '',
  };
  if (init.position !== undefined) change.position = init.position;
  if (init.indicator !== undefined) change.indicator = init.indicator;
  if (init.field !== undefined) change.field = init.field;
  if (init.words !== undefined) change.words = init.words;
  if (init.editorialReason !== undefined) change.editorialReason = init.editorialReason;
  if (init.base) change.base = toSide(init.base);
  if (init.head) change.head = toSide(init.head);
  change.fingerprint = fingerprintOf(change);
  return change;
}

/**
 * Compares a text field. Returns nothing when equal, a `TEXT_EDITORIAL` change
 * when only a few characters changed, else a change of `code`. Both carry the
 * word-by-word difference.
 */
export function compareText(code: ChangeCode, before: string, after: string, base: ItemRef, head: ItemRef, scope: ChangeScope): Change[] {
  if (before === after) return [];
  const reason = editorialReason(before, after);
  const init: ChangeInit = { ...scope, before, after, base, head, words: diffTextWords(before, after) };
  if (reason === undefined) return [makeChange(code, init)];
  return [makeChange('TEXT_EDITORIAL', { ...init, editorialReason: reason })];
}

/**
 * Compares a field that may be absent on either side, such as `catatan`. The
 * change is never editorial, and a side where the field is absent has no location.
 */
export function compareOptionalText(
  code: ChangeCode,
  before: string | undefined,
  after: string | undefined,
  base: ItemRef,
  head: ItemRef,
  scope: ChangeScope,
): Change[] {
  if (before === after) return [];
  const init: ChangeInit = { ...scope, before, after, base: before === undefined ? undefined : base, head: after === undefined ? undefined : head };
  if (before !== undefined && after !== undefined) init.words = diffTextWords(before, after);
  return [makeChange(code, init)];
}

/**
 * Compares an id, number or enumeration value: any difference is a change of
 * `code`. A side where the value is absent has no location.
 */
export function compareValue(
  code: ChangeCode,
  before: string | number | undefined,
  after: string | number | undefined,
  base: ItemRef,
  head: ItemRef,
  scope: ChangeScope,
): Change[] {
  if (before === after) return [];
  return [makeChange(code, { ...scope, before, after, base: before === undefined ? undefined : base, head: after === undefined ? undefined : head })];
}
