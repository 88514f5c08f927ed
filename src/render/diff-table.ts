import type { ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import { CHANGE_CLASSES, countChanges, type Change, type ChangeClass, type ChangeSide, type DiffResult } from '../core/diff-model.js';
import type { Lang, Translate } from '../i18n/index.js';
import { palette } from './color.js';
import {
  changeHeadline,
  changeSubject,
  condenseWords,
  countsText,
  formatChangeValue,
  groupChanges,
  hasWordChanges,
  sideLabel,
  type DiffContext,
  type PositionGroup,
  wrapWords,
} from './diff-groups.js';

/** Options of the terminal renderer. */
export interface DiffTableOptions {
  t: Translate;
  lang: Lang;
  color: boolean;
}

/** Width of the column that contains the change itself, in characters. The other columns fit their content. */
const CHANGE_COLUMN_WIDTH = 64;

/**
 * Renders a diff for a terminal: a title, then one table per position under
 * its unit (agency-wide files first), and a count line per class. Classes are
 * coloured when `color` is set. Without colour, removed words are shown as
 * `[-word-]` and added words as `{+word+}`, as `git diff --word-diff` does.
 * No change gives one plain sentence.
 */
export function renderDiffTable(result: DiffResult, context: DiffContext, options: DiffTableOptions): string {
  const { t } = options;
  const c = palette(options.color);
  if (result.changes.length === 0) return `${t('diff.noChange', { base: sideLabel(context.base, t), head: sideLabel(context.head, t) })}\n`;
  const out = [c.bold(t('diff.title', { base: sideLabel(context.base, t), head: sideLabel(context.head, t) }))];
  const groups = groupChanges(result);

  if (groups.agency.length > 0) {
    out.push('', c.bold.underline(t('diff.agencyGroup')), renderTable(groups.agency, undefined, options, c));
  }
  for (const unit of groups.units) {
    out.push('', c.bold.underline(unit.name));
    for (const group of unit.positions) {
      out.push('', positionHeading(group, t, c), renderTable(group.changes, group, options, c));
    }
  }
  out.push('', renderCounts(result.changes, t, c));
  return `${out.join('\n')}\n`;
}

function positionHeading(group: PositionGroup, t: Translate, c: ChalkInstance): string {
  const { position } = group;
  const files =
    position.baseFile !== undefined && position.headFile !== undefined && position.baseFile !== position.headFile
      ? `${position.baseFile} → ${position.headFile}`
      : (position.headFile ?? position.baseFile ?? '');
  const counts = countsText(group.changes, t);
  return `${c.bold(position.name)} (${position.id})${files === '' ? '' : ` · ${files}`} · ${counts}`;
}

function renderTable(changes: readonly Change[], group: PositionGroup | undefined, options: DiffTableOptions, c: ChalkInstance): string {
  const { t } = options;
  const table = new Table({
    head: [t('diff.header.class'), t('diff.header.code'), t('diff.header.item'), t('diff.header.change'), t('diff.header.location')].map((h) => c.bold(h)),
    colWidths: [null, null, null, CHANGE_COLUMN_WIDTH, null] as unknown as number[],
    wordWrap: true,
    style: { head: [], border: [] },
  });
  for (const change of changes) {
    table.push([
      classColor(c, change.changeClass)(t(`diff.class.${change.changeClass}`)),
      change.code,
      changeSubject(change).join('\n'),
      describeChange(change, options, c),
      [locationText(change.base, group?.position.baseFile, t('diff.sideBefore')), locationText(change.head, group?.position.headFile, t('diff.sideAfter'))]
        .filter((line) => line !== '')
        .join('\n'),
    ]);
  }
  return table.toString();
}

/** Returns the chalk style of a class: red for breaking, yellow for substantive, cyan for editorial, grey for metadata. */
export function classColor(c: ChalkInstance, changeClass: ChangeClass): ChalkInstance {
  switch (changeClass) {
    case 'breaking':
      return c.red.bold;
    case 'substantive':
      return c.yellow;
    case 'editorial':
      return c.cyan;
    case 'metadata':
      return c.gray;
  }
}

function describeChange(change: Change, options: DiffTableOptions, c: ChalkInstance): string {
  const headline = changeHeadline(change, options.t);
  return `${headline}\n${changeDetail(change, options, c)}`;
}

function changeDetail(change: Change, { lang, color }: DiffTableOptions, c: ChalkInstance): string {
  if (hasWordChanges(change.words)) {
    return condenseWords(change.words)
      .map((segment) => {
        const text = breakLongWords(segment.text);
        if (segment.kind === 'hapus') return color ? c.red.strikethrough(text) : wrapWords(text, '[-', '-]');
        if (segment.kind === 'tambah') return color ? c.green.underline(text) : wrapWords(text, '{+', '+}');
        return text;
      })
      .join('');
  }
  const before = breakLongWords(formatChangeValue(change.before, lang));
  const after = breakLongWords(formatChangeValue(change.after, lang));
  if (change.before !== null && change.after !== null) return `${c.red(before)} → ${c.green(after)}`;
  return change.after !== null ? c.green(after) : c.red(before);
}

// cli-table3 cuts a word longer than its column and ends it with "…". Long ids
// and paths are broken into pieces that fit instead, so no character is dropped.
function breakLongWords(text: string): string {
  const limit = CHANGE_COLUMN_WIDTH - 4;
  return text.replace(new RegExp(`\\S{${limit + 1},}`, 'g'), (word) => word.match(new RegExp(`.{1,${limit}}`, 'g'))?.join('\n') ?? word);
}

// The line alone when the item is in the position's own file on that side, else file:line.
function locationText(side: ChangeSide | undefined, groupFile: string | undefined, label: string): string {
  if (!side) return '';
  const place = side.file === groupFile ? String(side.line) : `${side.file}:${side.line}`;
  return `${label} ${place}`;
}

function renderCounts(changes: readonly Change[], t: Translate, c: ChalkInstance): string {
  const counts = countChanges(changes);
  const labels = CHANGE_CLASSES.map((changeClass) => t(`diff.class.${changeClass}`));
  const width = Math.max(...labels.map((label) => label.length));
  const lines = CHANGE_CLASSES.map((changeClass, index) => {
    const label = (labels[index] ?? '').padEnd(width);
    const count = String(counts[changeClass]).padStart(4);
    return `  ${classColor(c, changeClass)(label)} ${count}  ${t(`diff.classHelp.${changeClass}`)}`;
  });
  return `${t('diff.countsTitle', { count: changes.length })}\n${lines.join('\n')}\n`;
}
