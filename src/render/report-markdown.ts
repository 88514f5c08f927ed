import type { ReportRow } from '../core/report.js';
import type { ReportSummaries, Summary } from '../core/summary.js';
import type { Lang, Translate } from '../i18n/index.js';
import { escapeMarkdownCell } from './markdown.js';
import { formatNumber, formatTarget } from './number.js';
import { categoryLabel, excludedText, groupRows, noteTexts } from './report-model.js';
import type { ReportContext } from './report-table.js';

/** Renders the report as Markdown: a heading per unit, a table per position, then the summary. */
export function renderReportMarkdown(rows: readonly ReportRow[], summaries: ReportSummaries, context: ReportContext, t: Translate, lang: Lang): string {
  const out = [`# ${t('label.reportTitle', { agency: context.agencyName, period: context.period, year: context.year })}`, ''];
  if (context.targetBasis) out.push(t('label.targetBasis', { basis: context.targetBasis }), '');

  const header = [
    'header.no',
    'header.indicator',
    'header.unitOfMeasure',
    'header.target',
    'header.realization',
    'header.achievement',
    'header.category',
    'header.status',
    'header.notes',
  ].map((key) => t(key));
  for (const unit of groupRows(rows)) {
    out.push(`## ${escapeMarkdownCell(unit.unitName)}`, '');
    for (const position of unit.positions) {
      out.push(`### ${escapeMarkdownCell(position.positionName)}`, '', row(header), row(header.map((_, i) => (i >= 3 && i <= 5 ? '---:' : '---'))));
      for (const r of position.rows) {
        out.push(
          row([
            String(r.no),
            r.indicatorName,
            r.unitOfMeasure,
            `${formatTarget(r.target, lang)}${r.targetSource && r.targetSource !== 'tahunan' ? ` ${t('label.targetQuarter', { quarter: r.targetSource })}` : ''}`,
            formatNumber(r.realization, lang),
            formatNumber(r.achievement, lang, true),
            categoryLabel(r, t),
            t(`status.${r.status}`),
            noteTexts(r, t).join('; '),
          ]),
        );
      }
      out.push('');
    }
  }

  out.push(`## ${t('label.summaryTitle')}`, '');
  const sections: [string, readonly Summary[]][] = [
    [t('label.unitSummary'), summaries.units],
    [t('label.positionSummary'), summaries.positions],
    [t('label.agency'), [summaries.agency]],
  ];
  for (const [title, group] of sections) {
    out.push(`### ${title}`, '', row(['', t('header.mean'), t('header.counted'), t('header.excluded')]), row(['---', '---:', '---:', '---']));
    for (const summary of group) {
      out.push(row([summary.name, formatNumber(summary.meanAchievement, lang, true), `${summary.counted}/${summary.indicators}`, excludedText(summary, t)]));
    }
    out.push('');
  }
  return `${out.join('\n')}`;
}

function row(cells: string[]): string {
  return `| ${cells.map(escapeMarkdownCell).join(' | ')} |`;
}
