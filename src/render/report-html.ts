import type { ReportRow } from '../core/report.js';
import type { ReportSummaries, Summary } from '../core/summary.js';
import type { Lang, Translate } from '../i18n/index.js';
import { escapeHtml, escapeInlineScript, jsonForHtml } from './html.js';
import { formatNumber } from './number.js';
import { buildReportCharts } from './report-html-charts.js';
import { REPORT_PAGE_SCRIPT } from './report-html-script.js';
import { REPORT_PAGE_STYLE } from './report-html-style.js';
import { renderCategoryLegend, renderHtmlTable, renderStatusLegend } from './report-html-table.js';
import { excludedText } from './report-model.js';
import type { ReportContext } from './report-table.js';

/** Options of the HTML report: the language, the chart.js source to inline and the generator name. */
export interface HtmlReportOptions {
  t: Translate;
  lang: Lang;
  /** Source of chart.js's UMD build, read by `src/io/assets.ts`. */
  chartJsSource: string;
  /** Name and version of the program, for the `generator` meta element and the footer. */
  generator: string;
}

// The browser itself blocks every request the page might make: no fetch, no
// font, no image except data: URLs, and scripts and styles only inline.
const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";

/**
 * Renders the report as one self-contained HTML page: a bar chart of capaian
 * for all indicators and one per unit (drawn by the inlined chart.js), the
 * sortable table, the status legend and the summaries. The page loads nothing
 * from the network and prints on A4 landscape.
 */
export function renderReportHtml(rows: readonly ReportRow[], summaries: ReportSummaries, context: ReportContext, options: HtmlReportOptions): string {
  const { t, lang } = options;
  const title = t('label.reportTitle', { agency: context.agencyName, period: context.period, year: context.year });
  const charts = buildReportCharts(rows, t, lang);
  const pageData = {
    locale: lang === 'id' ? 'id-ID' : 'en-US',
    charts: charts.specs,
    texts: {
      axis: t('header.achievement'),
      referenceLine: t('html.referenceLine'),
      sortAscending: t('html.sortAscending'),
      sortDescending: t('html.sortDescending'),
      sortOriginal: t('html.sortOriginal'),
    },
  };

  return [
    '<!doctype html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light">',
    `<meta name="generator" content="${escapeHtml(options.generator)}">`,
    // An empty data: icon keeps the browser from requesting /favicon.ico.
    '<link rel="icon" href="data:,">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${REPORT_PAGE_STYLE}</style>`,
    '</head>',
    '<body>',
    '<header class="report-header">',
    `<h1>${escapeHtml(title)}</h1>`,
    context.targetBasis ? `<p class="target-basis">${escapeHtml(t('label.targetBasis', { basis: context.targetBasis }))}</p>` : '',
    renderKeyFigures(summaries.agency, t, lang),
    '</header>',
    '<main>',
    '<section class="charts" aria-labelledby="charts-title">',
    `<h2 id="charts-title">${escapeHtml(t('html.chartsTitle'))}</h2>`,
    `<noscript><p class="chart-note">${escapeHtml(t('html.noScript'))}</p></noscript>`,
    renderCategoryLegend(rows, t, lang),
    charts.overviewHtml,
    `<h3 class="unit-charts-title">${escapeHtml(t('html.unitChartsTitle'))}</h3>`,
    charts.unitsHtml,
    '</section>',
    '<section class="table-section" aria-labelledby="table-title">',
    `<h2 id="table-title">${escapeHtml(t('html.tableTitle'))}</h2>`,
    renderStatusLegend(rows, t),
    `<p class="sort-hint">${escapeHtml(t('html.sortHint'))}</p>`,
    '<p id="sort-status" class="visually-hidden" aria-live="polite"></p>',
    renderHtmlTable(rows, t, lang),
    '</section>',
    renderSummaries(summaries, t, lang),
    '</main>',
    `<footer class="report-footer">${escapeHtml(t('html.generatedBy', { generator: options.generator }))}</footer>`,
    `<script type="application/json" id="report-data">${jsonForHtml(pageData)}</script>`,
    `<script>${escapeInlineScript(options.chartJsSource)}</script>`,
    `<script>${escapeInlineScript(REPORT_PAGE_SCRIPT)}</script>`,
    '</body>',
    '</html>',
    '',
  ]
    .filter((line) => line !== '')
    .join('\n')
    .concat('\n');
}

function renderKeyFigures(agency: Summary, t: Translate, lang: Lang): string {
  const excluded = excludedText(agency, t);
  const mean =
    agency.meanAchievement === undefined
      ? t('html.keyFiguresNone', { indicators: agency.indicators })
      : t('html.keyFigures', { mean: formatNumber(agency.meanAchievement, lang, true), counted: agency.counted, indicators: agency.indicators });
  const figures = [mean, excluded === '' ? '' : `${t('header.excluded')}: ${excluded}.`].filter((text) => text !== '');
  return `<p class="key-figures">${escapeHtml(figures.join(' '))}</p>`;
}

function renderSummaries(summaries: ReportSummaries, t: Translate, lang: Lang): string {
  const sections: [string, readonly Summary[]][] = [
    [t('label.unitSummary'), summaries.units],
    [t('label.positionSummary'), summaries.positions],
    [t('label.agency'), [summaries.agency]],
  ];
  const head = [t('header.mean'), t('header.counted'), t('header.excluded')].map(
    (text, index) => `<th scope="col"${index < 2 ? ' class="num"' : ''}>${escapeHtml(text)}</th>`,
  );

  const tables = sections.map(([caption, group]) => {
    const body = group.map(
      (summary) =>
        `<tr><th scope="row">${escapeHtml(summary.name)}</th><td class="num">${escapeHtml(formatNumber(summary.meanAchievement, lang, true))}</td><td class="num">${summary.counted}/${summary.indicators}</td><td>${escapeHtml(excludedText(summary, t))}</td></tr>`,
    );
    return `<table class="summary-table"><caption>${escapeHtml(caption)}</caption><thead><tr><td></td>${head.join('')}</tr></thead><tbody>${body.join('')}</tbody></table>`;
  });
  return [
    '<section class="summaries" aria-labelledby="summary-title">',
    `<h2 id="summary-title">${escapeHtml(t('label.summaryTitle'))}</h2>`,
    ...tables,
    '</section>',
  ].join('\n');
}
