import { CHANGE_CLASSES, countChanges, type Change, type ChangeSide, type DiffResult } from '../core/diff-model.js';
import type { Lang, Translate } from '../i18n/index.js';
import {
  changeHeadline,
  changeSubject,
  condenseWords,
  countsText,
  formatChangeValue,
  groupChanges,
  hasWordChanges,
  sideLabel,
  wrapWords,
  type DiffContext,
  type InvalidSide,
} from './diff-groups.js';
import { diagnosticMessage } from '../i18n/index.js';

/** Hidden first line of the Markdown, by which a CI job finds and updates its own pull-request comment. */
export const DIFF_COMMENT_MARKER = '<!-- iki-diff -->';

/**
 * Longest Markdown produced, in UTF-16 code units (JavaScript string length).
 * GitHub's API rejects a longer comment with "Body is too long (maximum is
 * 65536 characters)". The margin leaves room for a workflow that adds a line of its own.
 */
export const MARKDOWN_LIMIT = 65_000;

/** One `<details>` block of the output and how many changes it holds. */
interface Block {
  text: string;
  changes: number;
}

/**
 * Renders a diff as Markdown for a pull-request comment: the marker, a title,
 * a table of counts per class, then a `<details>` block per position (open
 * when it has a breaking change). Removed words are shown as `~~word~~` and
 * added words as `**word**`. When the text would pass `limit`, whole blocks
 * at the end are left out and a note gives the number of changes missing.
 */
export function renderDiffMarkdown(result: DiffResult, context: DiffContext, t: Translate, lang: Lang, limit = MARKDOWN_LIMIT): string {
  if (result.changes.length === 0) {
    return `${DIFF_COMMENT_MARKER}\n${escapeText(t('diff.noChange', { base: sideLabel(context.base, t), head: sideLabel(context.head, t) }))}\n`;
  }
  const head = [
    DIFF_COMMENT_MARKER,
    `### ${escapeText(t('diff.title', { base: sideLabel(context.base, t), head: sideLabel(context.head, t) }))}`,
    '',
    renderSummary(result.changes, t),
    '',
  ].join('\n');

  const blocks = renderBlocks(result, t, lang);
  const kept: string[] = [];
  let length = head.length;
  let index = 0;
  for (; index < blocks.length; index++) {
    const block = blocks[index] as Block;
    const omitted = blocks.slice(index + 1);
    // The note that would follow if this block were the last one kept must still fit.
    const noteLength = omitted.length > 0 ? truncationNote(omitted, t).length + 2 : 0;
    if (length + block.text.length + 1 + noteLength > limit) break;
    kept.push(block.text);
    length += block.text.length + 1;
  }

  const omitted = blocks.slice(index);
  const tail = omitted.length > 0 ? [truncationNote(omitted, t), ''] : [];
  return `${[head, ...kept, ...tail].join('\n')}`;
}

/**
 * Renders the Markdown for sides that failed validation: the marker, a title,
 * and per side a sentence and its findings, so a pull-request comment explains
 * why nothing was compared.
 */
export function renderInvalidDiffMarkdown(context: DiffContext, invalid: readonly InvalidSide[], t: Translate): string {
  const lines = [DIFF_COMMENT_MARKER, `### ${escapeText(t('diff.invalidTitle'))}`, ''];
  for (const { side, diagnostics } of invalid) {
    const info = side === 'sebelum' ? context.base : context.head;
    const label = sideLabel(info, t);
    const errors = diagnostics.filter((d) => d.severity === 'error').length;
    lines.push(escapeText(t('diff.invalidSide', { side: t(side === 'sebelum' ? 'diff.sideBefore' : 'diff.sideAfter'), label, errors })), '');
    for (const d of diagnostics) {
      lines.push(`- \`${d.location.file}:${d.location.line}:${d.location.column}\` \`${d.code}\` ${escapeText(diagnosticMessage(t, d))}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

function renderSummary(changes: readonly Change[], t: Translate): string {
  const counts = countChanges(changes);
  const rows = CHANGE_CLASSES.map((changeClass) => row([t(`diff.class.${changeClass}`), String(counts[changeClass]), t(`diff.classHelp.${changeClass}`)]));
  return [row([t('diff.header.class'), t('diff.header.count'), t('diff.header.meaning')]), row(['---', '---:', '---']), ...rows].join('\n');
}

function truncationNote(omitted: readonly Block[], t: Translate): string {
  const changes = omitted.reduce((sum, block) => sum + block.changes, 0);
  return `> ${t('diff.truncated', { changes, groups: omitted.length })}`;
}

function renderBlocks(result: DiffResult, t: Translate, lang: Lang): Block[] {
  const groups = groupChanges(result);
  const blocks: Block[] = [];
  if (groups.agency.length > 0) {
    blocks.push(renderBlock(`<b>${escapeHtml(t('diff.agencyGroup'))}</b>`, groups.agency, undefined, t, lang));
  }
  for (const unit of groups.units) {
    for (const group of unit.positions) {
      const title = `<b>${escapeHtml(group.position.name)}</b> (<code>${escapeHtml(group.position.id)}</code>) · ${escapeHtml(unit.name)}`;
      blocks.push(renderBlock(title, group.changes, group.position, t, lang));
    }
  }
  return blocks;
}

function renderBlock(title: string, changes: readonly Change[], files: { baseFile?: string; headFile?: string } | undefined, t: Translate, lang: Lang): Block {
  const open = changes.some((change) => change.changeClass === 'breaking') ? ' open' : '';
  const lines = [
    `<details${open}>`,
    `<summary>${title}: ${escapeHtml(countsText(changes, t))}</summary>`,
    '',
    row([t('diff.header.class'), t('diff.header.code'), t('diff.header.item'), t('diff.header.change'), t('diff.header.before'), t('diff.header.after')]),
    row(['---', '---', '---', '---', '---', '---']),
  ];
  for (const change of changes) {
    lines.push(
      row([
        t(`diff.class.${change.changeClass}`),
        `\`${change.code}\``,
        changeSubject(change).map(escapeText).join('<br>'),
        `${escapeText(changeHeadline(change, t))}<br>${changeDetail(change, lang)}`,
        locationCode(change.base, files?.baseFile),
        locationCode(change.head, files?.headFile),
      ]),
    );
  }
  lines.push('', '</details>', '');
  return { text: lines.join('\n'), changes: changes.length };
}

function changeDetail(change: Change, lang: Lang): string {
  if (hasWordChanges(change.words)) {
    const segments = condenseWords(change.words);
    return segments
      .map((segment, index) => {
        const text = escapeText(segment.text);
        if (segment.kind === 'hapus') return wrapWords(text, '~~', '~~');
        if (segment.kind !== 'tambah') return text;
        // A replaced word reads "~~old~~ **new**", with a space between the two.
        const replaces = segments[index - 1]?.kind === 'hapus' && !/\s$/.test(segments[index - 1]?.text ?? '') && !/^\s/.test(segment.text);
        return `${replaces ? ' ' : ''}${wrapWords(text, '**', '**')}`;
      })
      .join('');
  }
  const before = escapeText(formatChangeValue(change.before, lang));
  const after = escapeText(formatChangeValue(change.after, lang));
  if (change.before !== null && change.after !== null) return `~~${before}~~ → **${after}**`;
  return change.after !== null ? `**${after}**` : `~~${before}~~`;
}

// Inside a position's block, an item in the position's own file shows only its line.
function locationCode(side: ChangeSide | undefined, groupFile: string | undefined): string {
  if (!side) return '–';
  const place = side.file === groupFile ? String(side.line) : `${side.file}:${side.line}`;
  return `\`${place.replace(/`/g, "'")}\``;
}

function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/** Escapes text for a Markdown table cell: Markdown emphasis and code marks, pipes, HTML and line breaks. */
export function escapeText(text: string): string {
  return escapeHtml(text)
    .replace(/\\/g, '\\\\')
    .replace(/([*_~`[\]|#])/g, '\\$1')
    .replace(/\r?\n/g, '<br>');
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
