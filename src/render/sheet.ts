import Table from 'cli-table3';
import { stringify } from 'yaml';
import type { Organisation, PositionSheet } from '../core/model.js';
import type { Translate } from '../i18n/index.js';
import { palette } from './color.js';
import { escapeMarkdownCell } from './markdown.js';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Renders sheets laid out like the decree: position, duty, functions, then the indicator table and how each is computed. */
export function renderSheetsTable(sheets: readonly PositionSheet[], t: Translate, color: boolean): string {
  const c = palette(color);
  return sheets
    .map((sheet) => {
      const table = new Table({
        head: ['No', t('header.objective'), t('header.indicator'), t('header.explanation'), t('header.dataSource')].map((h) => c.bold(h)),
        colWidths: [5, 30, 30, 44, 24],
        wordWrap: true,
        style: { head: [], border: [] },
      });
      for (const indicator of sheet.indikator) {
        const span = indicator.penjelasan.length;
        indicator.penjelasan.forEach((row, index) => {
          const lead =
            index === 0
              ? [
                  { rowSpan: span, content: String(indicator.no) },
                  { rowSpan: span, content: indicator.sasaran },
                  { rowSpan: span, content: indicator.indikatorKinerja },
                ]
              : [];
          table.push([...lead, row.uraian, row.sumberData]);
        });
      }

      const computations = sheet.indikator.map((indicator) => {
        const variables = indicator.variabel.map((v) => `    ${v.id} (${v.agregasi}): ${v.uraian}`).join('\n');
        const note = indicator.catatan ? `\n  ${t('label.interpretation')}: ${indicator.catatan}` : '';
        return `${indicator.no}. ${c.bold(indicator.id)} — ${t('label.formula')}: ${indicator.rumus} [${indicator.satuan}, ${indicator.polaritas}]\n  ${t('label.variables')}:\n${variables}${note}`;
      });

      return [
        `1. ${t('header.position')} : ${c.bold(sheet.jabatan)} (${sheet.id})`,
        `2. ${t('label.duty')} : ${sheet.tugasPokok}`,
        `3. ${t('label.functions')} :`,
        ...sheet.fungsi.map((item, index) => `   ${LETTERS[index] ?? '-'}. ${item}`),
        '',
        table.toString(),
        '',
        ...computations,
        '',
      ].join('\n');
    })
    .join('\n');
}

/** Renders sheets as Markdown, one section per position with the decree's table. */
export function renderSheetsMarkdown(sheets: readonly PositionSheet[], t: Translate): string {
  return sheets
    .map((sheet) => {
      const lines = [
        `## ${escapeMarkdownCell(sheet.jabatan)}`,
        '',
        `**${t('label.duty')}:** ${escapeMarkdownCell(sheet.tugasPokok)}`,
        '',
        `**${t('label.functions')}:**`,
        '',
        ...sheet.fungsi.map((item, index) => `- ${LETTERS[index] ?? '-'}. ${escapeMarkdownCell(item)}`),
        '',
        `| No | ${t('header.objective')} | ${t('header.indicator')} | ${t('header.explanation')} | ${t('header.dataSource')} | ${t('label.formula')} |`,
        '| ---: | --- | --- | --- | --- | --- |',
      ];
      for (const indicator of sheet.indikator) {
        indicator.penjelasan.forEach((row, index) => {
          const first = index === 0;
          const cells = [
            first ? String(indicator.no) : '',
            first ? indicator.sasaran : '',
            first ? indicator.indikatorKinerja : '',
            row.uraian,
            row.sumberData,
            first ? `\`${indicator.rumus}\`` : '',
          ];
          lines.push(`| ${cells.map((cell, i) => (i === 5 ? cell.replace(/\|/g, '\\|') : escapeMarkdownCell(cell))).join(' | ')} |`);
        });
      }
      return `${lines.join('\n')}\n`;
    })
    .join('\n');
}

/**
 * Renders sheets as plain text for `git diff` through a textconv filter: one
 * field per line, no colour, no borders and no wrapping, so a changed word
 * changes exactly one line. Line breaks inside a text become spaces.
 */
export function renderSheetsText(sheets: readonly PositionSheet[], t: Translate): string {
  const line = (label: string, value: string | number, indent = '') => `${indent}${label}: ${String(value).replace(/\s*\n\s*/g, ' ')}`;
  return sheets
    .map((sheet) => {
      const lines = [
        line(t('sheetText.id'), sheet.id),
        line(t('sheetText.position'), sheet.jabatan),
        line(t('sheetText.unit'), sheet.unitKerja),
        line(t('sheetText.superior'), sheet.atasan),
        line(t('sheetText.decree'), sheet.keputusan),
        ...(sheet.urutan === undefined ? [] : [line(t('sheetText.order'), sheet.urutan)]),
        line(t('sheetText.duty'), sheet.tugasPokok),
        `${t('sheetText.functions')}:`,
        ...sheet.fungsi.map((item, index) => `  ${LETTERS[index] ?? String(index + 1)}. ${item.replace(/\s*\n\s*/g, ' ')}`),
      ];
      sheet.indikator.forEach((indicator, index) => {
        lines.push('', line(t('sheetText.indicator', { number: index + 1 }), indicator.id));
        lines.push(
          line(t('sheetText.number'), indicator.no, '  '),
          line(t('sheetText.objective'), indicator.sasaran, '  '),
          line(t('sheetText.indicatorName'), indicator.indikatorKinerja, '  '),
        );
        indicator.penjelasan.forEach((row, rowIndex) => {
          lines.push(line(t('sheetText.explanation', { number: rowIndex + 1 }), row.uraian, '  '));
          lines.push(line(t('sheetText.dataSource', { number: rowIndex + 1 }), row.sumberData, '  '));
        });
        lines.push(line(t('sheetText.unitOfMeasure'), indicator.satuan, '  '), line(t('sheetText.polarity'), indicator.polaritas, '  '));
        for (const variable of indicator.variabel) {
          lines.push(line(t('sheetText.variable', { id: variable.id, aggregation: variable.agregasi }), variable.uraian, '  '));
        }
        lines.push(line(t('sheetText.formula'), indicator.rumus, '  '));
        if (indicator.catatan !== undefined) lines.push(line(t('sheetText.note'), indicator.catatan, '  '));
      });
      return `${lines.join('\n')}\n`;
    })
    .join('\n');
}

/** Renders sheets as JSON exactly as they are in YAML: one object, or an array for several. */
export function renderSheetsJson(sheets: readonly PositionSheet[], asArray: boolean): string {
  return `${JSON.stringify(asArray ? sheets : sheets[0], null, 2)}\n`;
}

/** Renders sheets as YAML documents separated by `---`. */
export function renderSheetsYaml(sheets: readonly PositionSheet[]): string {
  return sheets.map((sheet) => stringify(sheet, { lineWidth: 0 })).join('---\n');
}

/** Renders the positions as a table: id, position, unit, superior, indicator count. */
export function renderPositionList(sheets: readonly PositionSheet[], organisation: Organisation | undefined, t: Translate, color: boolean): string {
  const c = palette(color);
  const units = new Map(organisation?.unitKerja.map((u) => [u.id, u.nama]));
  const table = new Table({
    head: ['id', t('header.position'), t('header.unit'), t('header.superior'), t('header.indicatorCount')].map((h) => c.bold(h)),
    style: { head: [], border: [] },
  });
  for (const sheet of sheets) table.push([sheet.id, sheet.jabatan, units.get(sheet.unitKerja) ?? sheet.unitKerja, sheet.atasan, sheet.indikator.length]);
  return `${table.toString()}\n`;
}

/** Renders the hierarchy from the agency head down, with each position's indicator count. */
export function renderPositionTree(sheets: readonly PositionSheet[], organisation: Organisation | undefined): string {
  const childrenOf = new Map<string, PositionSheet[]>();
  for (const sheet of sheets) childrenOf.set(sheet.atasan, [...(childrenOf.get(sheet.atasan) ?? []), sheet]);

  const ids = new Set(sheets.map((s) => s.id));
  const roots = [...childrenOf.keys()].filter((id) => !ids.has(id));
  const lines: string[] = [];
  const visit = (sheet: PositionSheet, prefix: string, last: boolean, seen: Set<string>) => {
    lines.push(`${prefix}${last ? '└── ' : '├── '}${sheet.jabatan} (${sheet.id}, ${sheet.indikator.length} IKI)`);
    if (seen.has(sheet.id)) return;
    const children = childrenOf.get(sheet.id) ?? [];
    children.forEach((child, index) => visit(child, `${prefix}${last ? '    ' : '│   '}`, index === children.length - 1, new Set([...seen, sheet.id])));
  };
  for (const root of roots) {
    lines.push(root === organisation?.kepala.id ? `${organisation.kepala.jabatan} (${root})` : root);
    const children = childrenOf.get(root) ?? [];
    children.forEach((child, index) => visit(child, '', index === children.length - 1, new Set()));
  }
  return `${lines.join('\n')}\n`;
}
