import type { ReportRow } from '../core/report.js';
import type { CategoryLevel } from '../core/settings.js';
import type { Lang, Translate } from '../i18n/index.js';
import { escapeHtml } from './html.js';
import { formatNumber } from './number.js';
import { categoryLabel, groupRows } from './report-model.js';

/** One bar of a chart, with the texts the page shows for it already formatted. */
export interface ChartBar {
  /** Axis label: the indicator name, shortened to fit beside the bar. */
  label: string;
  /** Full indicator name, shown in the tooltip. */
  name: string;
  position: string;
  /** Capaian in percent, full precision. */
  value: number;
  /** Capaian as the table shows it (`95,00`). */
  display: string;
  category: string;
  color: string;
}

/** A chart the page script draws on the canvas with id `canvasId`. */
export interface ChartSpec {
  canvasId: string;
  bars: ChartBar[];
}

/** Markup of the chart figures and the data the page script draws them from. */
export interface ReportCharts {
  overviewHtml: string;
  unitsHtml: string;
  specs: ChartSpec[];
}

const LABEL_LENGTH = 48;

// Colours of the default scale, from green (high) to red (low). They differ in
// lightness as well as hue, so the order stays visible in a greyscale printout.
const CATEGORY_COLORS: Record<string, string> = {
  'sangat-tinggi': '#1b7a3d',
  tinggi: '#6aa84f',
  sedang: '#e0b000',
  rendah: '#e07020',
  'sangat-rendah': '#b3261e',
};
const FALLBACK_RAMP = ['#1b7a3d', '#6aa84f', '#a8c256', '#e0b000', '#e07020', '#b3261e', '#7a1a14'];
const NO_CATEGORY_COLOR = '#9aa0a6';

/**
 * Assigns a colour to each category in `rows`: the default five by their id,
 * categories from a custom scale along a green-to-red ramp by their rank
 * (highest `min` first).
 */
export function categoryColors(rows: readonly ReportRow[]): Map<string, string> {
  const levels = new Map<string, CategoryLevel>();
  for (const row of rows) {
    if (row.category) levels.set(row.category.id, row.category);
  }
  const ranked = [...levels.values()].sort((a, b) => (b.min ?? -Infinity) - (a.min ?? -Infinity));

  const colors = new Map<string, string>();
  ranked.forEach((level, rank) => {
    const step = ranked.length > 1 ? (rank * (FALLBACK_RAMP.length - 1)) / (ranked.length - 1) : 0;
    colors.set(level.id, CATEGORY_COLORS[level.id] ?? FALLBACK_RAMP[Math.round(step)] ?? NO_CATEGORY_COLOR);
  });
  return colors;
}

/** Returns the categories in `rows`, highest first, with their colour and label. */
export function categoryLegendItems(rows: readonly ReportRow[], t: Translate): { label: string; min: number | undefined; color: string }[] {
  const colors = categoryColors(rows);
  const seen = new Map<string, { label: string; min: number | undefined; color: string }>();
  for (const row of rows) {
    if (!row.category || seen.has(row.category.id)) continue;
    seen.set(row.category.id, { label: categoryLabel(row, t), min: row.category.min, color: colors.get(row.category.id) ?? NO_CATEGORY_COLOR });
  }
  return [...seen.values()].sort((a, b) => (b.min ?? -Infinity) - (a.min ?? -Infinity));
}

/**
 * Builds the overview chart of every row with a capaian and one chart per
 * unit. Rows without a capaian get no bar, and each figure states how many it left out.
 */
export function buildReportCharts(rows: readonly ReportRow[], t: Translate, lang: Lang): ReportCharts {
  const colors = categoryColors(rows);
  const toBars = (group: readonly ReportRow[]): ChartBar[] =>
    group.flatMap((row) =>
      row.achievement === undefined
        ? []
        : [
            {
              label: shorten(row.indicatorName, LABEL_LENGTH),
              name: row.indicatorName,
              position: row.positionName,
              value: row.achievement,
              display: formatNumber(row.achievement, lang, true),
              category: categoryLabel(row, t),
              color: (row.category && colors.get(row.category.id)) ?? NO_CATEGORY_COLOR,
            },
          ],
    );

  const specs: ChartSpec[] = [];
  const overview: ChartSpec = { canvasId: 'chart-overview', bars: toBars(rows) };
  specs.push(overview);
  const overviewHtml = renderFigure(t('html.overviewChartTitle'), overview, rows.length, t, 'chart-overview-figure');

  const unitFigures: string[] = [];
  groupRows(rows).forEach((unit, index) => {
    const unitRows = unit.positions.flatMap((position) => position.rows);
    const spec: ChartSpec = { canvasId: `chart-unit-${index + 1}`, bars: toBars(unitRows) };
    if (spec.bars.length > 0) specs.push(spec);
    unitFigures.push(renderFigure(unit.unitName, spec, unitRows.length, t, 'chart-unit-figure'));
  });

  return { overviewHtml, unitsHtml: unitFigures.join('\n'), specs };
}

function renderFigure(title: string, spec: ChartSpec, rowCount: number, t: Translate, className: string): string {
  const omitted = rowCount - spec.bars.length;
  const note = omitted > 0 && spec.bars.length > 0 ? `<p class="chart-note">${escapeHtml(t('html.chartOmitted', { count: omitted }))}</p>` : '';
  const body =
    spec.bars.length === 0
      ? `<p class="chart-empty">${escapeHtml(t('html.chartEmpty'))}</p>`
      : `<div class="chart-box"><canvas id="${spec.canvasId}" role="img" aria-label="${escapeHtml(t('html.chartDescription', { count: spec.bars.length }))}"></canvas></div>`;
  return [`<figure class="chart ${className}" style="--bars: ${spec.bars.length}">`, `<figcaption>${escapeHtml(title)}</figcaption>`, body, note, '</figure>']
    .filter((line) => line !== '')
    .join('\n');
}

/** Cuts `text` to at most `length` characters (code points), ending with an ellipsis when cut. */
function shorten(text: string, length: number): string {
  const characters = Array.from(text);
  return characters.length <= length
    ? text
    : `${characters
        .slice(0, length - 1)
        .join('')
        .trimEnd()}…`;
}
