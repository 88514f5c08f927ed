import type { ReportRow } from '../core/report.js';
import { colorByCategory, palette } from './color.js';
import { formatNumber } from './number.js';
import { groupRows } from './report-model.js';
import type { RenderOptions } from './report-table.js';

/** Character cells of a bar at 100 % capaian; the `│` mark is the column right after them. */
export const CHART_CELLS_AT_100 = 40;

/** Maximum bar length, in percent; a longer bar is cut there and ends in `»`. */
export const CHART_MAX_PERCENT = 150;

/** Width of the `No. name` label column, in characters. */
const LABEL_WIDTH = 34;

// Partial cells in eighths, from one eighth to seven eighths.
const EIGHTHS = ['▏', '▎', '▍', '▌', '▋', '▊', '▉'];

/**
 * Renders capaian as horizontal bars for a terminal, one block per unit with
 * its positions: `No. name`, a bar of block characters where
 * {@link CHART_CELLS_AT_100} cells are 100 % (marked by `│`), then the value.
 * Rows without capaian show `–` and their status. Readable without colour;
 * with colour the bars take the category colours of the table.
 */
export function renderReportChart(rows: readonly ReportRow[], options: RenderOptions): string {
  const c = palette(options.color);
  const out = ['', c.bold(options.t('chart.title')), `${' '.repeat(LABEL_WIDTH + 3)}${axis()}`];

  for (const unit of groupRows(rows)) {
    out.push('', c.bold.underline(unit.unitName));
    for (const position of unit.positions) {
      out.push(`  ${position.positionName}`);
      for (const row of position.rows) {
        const label = fit(`${row.no}. ${row.indicatorName}`, LABEL_WIDTH);
        out.push(`  ${label} ${chartLine(row, options, c)}`.trimEnd());
      }
    }
  }
  return `${out.join('\n')}\n`;
}

/**
 * Returns the bar of `percent` split at the 100 % mark: full cells, then one
 * partial cell for the remaining eighths. Negative values draw nothing.
 */
export function chartBar(percent: number): { below: string; above: string; cut: boolean } {
  const cut = percent > CHART_MAX_PERCENT;
  const drawn = Math.min(Math.max(percent, 0), CHART_MAX_PERCENT);
  const eighths = Math.round((drawn / 100) * CHART_CELLS_AT_100 * 8);
  const full = Math.floor(eighths / 8);
  const partial = eighths % 8 === 0 ? '' : (EIGHTHS[(eighths % 8) - 1] ?? '');
  let bar = '█'.repeat(full) + partial;
  if (cut) bar = `${bar.slice(0, -1)}»`;
  return { below: [...bar].slice(0, CHART_CELLS_AT_100).join(''), above: [...bar].slice(CHART_CELLS_AT_100).join(''), cut };
}

function chartLine(row: ReportRow, { t, lang }: RenderOptions, c: ReturnType<typeof palette>): string {
  const status = row.status === 'ok' ? '' : t(`status.${row.status}`);
  if (row.achievement === undefined) return `${' '.repeat(CHART_CELLS_AT_100)}│ – ${status}`;

  const bar = chartBar(row.achievement);
  const below = bar.below.padEnd(CHART_CELLS_AT_100, ' ');
  const value = formatNumber(row.achievement, lang, true);
  const suffix = status === '' ? '' : ` (${status})`;
  return `${colorByCategory(c, row.category?.id, below)}│${colorByCategory(c, row.category?.id, bar.above)} ${value}${suffix}`;
}

// Scale labels 0, 50 and 100 over the bar cells, with 100 right above the mark.
function axis(): string {
  const cells = Array.from({ length: CHART_CELLS_AT_100 + 1 }, () => ' ');
  const place = (text: string, end: number) => [...text].forEach((char, i) => (cells[end - text.length + 1 + i] = char));
  place('0', 0);
  place('50', CHART_CELLS_AT_100 / 2);
  place('100', CHART_CELLS_AT_100);
  return `${cells.join('')}%`;
}

function fit(text: string, width: number): string {
  const chars = [...text];
  const cut =
    chars.length <= width
      ? text
      : `${chars
          .slice(0, width - 1)
          .join('')
          .trimEnd()}…`;
  return cut + ' '.repeat(width - [...cut].length);
}
