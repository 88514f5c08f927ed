import type { Catalogue } from './catalogue.js';

/** Returns "1 indicator" or "N indicators". */
const indicators = (count: string | number | undefined) => `${count} ${count === 1 ? 'indicator' : 'indicators'}`;

/** English texts of the HTML report. */
export const enHtml: Catalogue = {
  'html.keyFigures': (a) => `Mean achievement ${a.mean} % over ${indicators(a.counted)} with an achievement (${a.indicators} in all).`,
  'html.keyFiguresNone': (a) => `No indicator has an achievement (${indicators(a.indicators)} in all).`,
  'html.chartsTitle': () => 'Achievement charts',
  'html.overviewChartTitle': () => 'Achievement per indicator',
  'html.unitChartsTitle': () => 'Achievement per work unit',
  'html.chartDescription': (a) => `Bar chart of the achievement of ${indicators(a.count)}; the dashed line marks 100 %.`,
  'html.chartOmitted': (a) => `${indicators(a.count)} without an achievement ${a.count === 1 ? 'is' : 'are'} not drawn; the table shows the status.`,
  'html.chartEmpty': () => 'No indicator has an achievement; the table shows their status.',
  'html.referenceLine': () => '100 %',
  'html.categoryLegend': () => 'Category colours',
  'html.noScript': () => 'The charts need JavaScript. The table and the summary below are complete without it.',
  'html.tableTitle': () => 'Achievement table',
  'html.sortHint': () => 'Click a column header to sort: once ascending, twice descending, a third time back to the decree order.',
  'html.sortAscending': () => 'Sorted ascending by',
  'html.sortDescending': () => 'Sorted descending by',
  'html.sortOriginal': () => 'Back to the decree order.',
  'html.generatedBy': (a) => `Made with ${a.generator}. This page loads nothing from the internet.`,
};
