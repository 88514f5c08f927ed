import type { ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import type { ReportSummaries, Summary } from '../core/summary.js';
import { STATUSES, type ReportRow } from '../core/report.js';
import type { Lang, Translate } from '../i18n/index.js';
import { colorByCategory, palette } from './color.js';
import { formatNumber, formatTarget } from './number.js';
import { categoryLabel, excludedText, groupRows } from './report-model.js';

/** Report heading data shown besides the rows: agency, year, period and target basis. */
export interface ReportContext {
  agencyName: string;
  year: number;
  period: string;
  targetBasis?: string | undefined;
}

/** Options shared by the human-readable report renderers. */
export interface RenderOptions {
  t: Translate;
  lang: Lang;
  color: boolean;
}

/**
 * Renders the report for a terminal: one table per unit with its positions as
 * section rows, categories coloured, then the summaries and the meaning of each status shown.
 */
export function renderReportTable(rows: readonly ReportRow[], summaries: ReportSummaries, context: ReportContext, options: RenderOptions): string {
  const { t } = options;
  const c = palette(options.color);
  const out: string[] = [c.bold(t('label.reportTitle', { agency: context.agencyName, period: context.period, year: context.year }))];
  if (context.targetBasis) out.push(t('label.targetBasis', { basis: context.targetBasis }));

  for (const unit of groupRows(rows)) {
    const table = new Table({
      head: [
        'No',
        t('header.indicator'),
        t('header.unitOfMeasure'),
        t('header.target'),
        t('header.realization'),
        t('header.achievement'),
        t('header.category'),
        t('header.notes'),
      ].map((h) => c.bold(h)),
      colWidths: [4, 38, 10, 11, 13, 13, 15, 34],
      wordWrap: true,
      style: { head: [], border: [] },
    });
    for (const position of unit.positions) {
      table.push([{ colSpan: 8, content: c.bold(position.positionName) }]);
      for (const row of position.rows) table.push(renderRow(row, options, c));
    }
    out.push('', c.bold.underline(unit.unitName), table.toString());
  }

  out.push('', renderSummaries(summaries, options), renderLegend(rows, t));
  return `${out.join('\n')}\n`;
}

function renderRow(row: ReportRow, { t, lang }: RenderOptions, c: ChalkInstance): string[] {
  const achievement = formatNumber(row.achievement, lang, true);
  const quarter = row.targetSource && row.targetSource !== 'tahunan' ? ` ${t('label.targetQuarter', { quarter: row.targetSource })}` : '';
  const negative = row.polarity === 'negatif' ? c.dim(` (${t('label.polarityNegative')})`) : '';
  const status = row.status === 'ok' ? '' : `${c.bold(t(`status.${row.status}`))}: `;

  // The note of the row's own status comes first, right after its label.
  const notes = [...row.notes].sort((a, b) => Number(b.code === row.status) - Number(a.code === row.status));
  return [
    String(row.no),
    `${row.indicatorName}${negative}`,
    row.unitOfMeasure,
    `${formatTarget(row.target, lang)}${quarter}`,
    formatNumber(row.realization, lang),
    colorByCategory(c, row.category?.id, achievement),
    colorByCategory(c, row.category?.id, categoryLabel(row, t)),
    `${status}${notes.map((note) => t(`note.${note.code}`, note.args)).join('; ')}`,
  ];
}

function renderSummaries(summaries: ReportSummaries, { t, lang }: RenderOptions): string {
  const table = new Table({
    head: ['', t('header.mean'), t('header.counted'), t('header.excluded')],
    style: { head: [], border: [] },
    colWidths: [52, 24, 10, 40],
    wordWrap: true,
  });
  const line = (summary: Summary, indent = '') => [
    `${indent}${summary.name}`,
    formatNumber(summary.meanAchievement, lang, true),
    `${summary.counted}/${summary.indicators}`,
    excludedText(summary, t),
  ];

  table.push([{ colSpan: 4, content: t('label.unitSummary') }]);
  for (const unit of summaries.units) table.push(line(unit, '  '));
  table.push([{ colSpan: 4, content: t('label.positionSummary') }]);
  for (const position of summaries.positions) table.push(line(position, '  '));
  table.push(line(summaries.agency));
  return `${t('label.summaryTitle')}\n${table.toString()}\n`;
}

function renderLegend(rows: readonly ReportRow[], t: Translate): string {
  const shown = STATUSES.filter((status) => status !== 'ok' && rows.some((row) => row.status === status));
  if (shown.length === 0) return '';
  const lines = shown.map((status) => `  ${t(`status.${status}`)}: ${t(`statusHelp.${status}`)}`);
  return `${t('label.statusLegend')}:\n${lines.join('\n')}\n`;
}
