import { STATUSES, type ReportRow } from '../core/report.js';
import type { Lang, Translate } from '../i18n/index.js';
import { escapeHtml } from './html.js';
import { formatNumber, formatTarget } from './number.js';
import { categoryColors, categoryLegendItems } from './report-html-charts.js';
import { categoryLabel, groupRows, noteTexts } from './report-model.js';

/** Comparison the page script applies to a column's cells when its header is clicked. */
type SortKind = 'number' | 'text';

const COLUMNS: { key: string; sort: SortKind; className: string }[] = [
  { key: 'header.no', sort: 'number', className: 'col-no num' },
  { key: 'header.indicator', sort: 'text', className: 'col-indicator' },
  { key: 'header.unitOfMeasure', sort: 'text', className: 'col-unit' },
  { key: 'header.target', sort: 'number', className: 'col-target num' },
  { key: 'header.realization', sort: 'number', className: 'col-realization num' },
  { key: 'header.achievement', sort: 'number', className: 'col-achievement num' },
  { key: 'header.category', sort: 'number', className: 'col-category' },
  { key: 'header.status', sort: 'number', className: 'col-status' },
  { key: 'header.notes', sort: 'text', className: 'col-notes' },
];

/** A table cell: escaped markup plus the raw value the page script sorts by; no value sorts last. */
interface Cell {
  html: string;
  sortValue: string | number | undefined;
}

/**
 * Renders the achievement table: a row per indicator under heading rows for
 * its unit and position. Column headers are buttons that the page script turns
 * into sort controls, and each cell carries its raw value in `data-value`.
 */
export function renderHtmlTable(rows: readonly ReportRow[], t: Translate, lang: Lang): string {
  const colors = categoryColors(rows);
  // Chromium does not paint buttons in a table header repeated on later printed
  // pages, so the header text is there twice: the button for the screen and a
  // plain label that only print shows.
  const header = COLUMNS.map((column, index) => {
    const name = escapeHtml(t(column.key));
    const button = `<button type="button" data-column="${index}">${name}<span class="sort-icon" aria-hidden="true"></span></button>`;
    return `<th scope="col" class="${column.className}" data-sort="${column.sort}">${button}<span class="print-label" aria-hidden="true">${name}</span></th>`;
  }).join('');

  const body: string[] = [];
  let index = 0;
  for (const unit of groupRows(rows)) {
    body.push(`<tr class="group-row group-unit"><th scope="colgroup" colspan="${COLUMNS.length}">${escapeHtml(unit.unitName)}</th></tr>`);
    for (const position of unit.positions) {
      body.push(`<tr class="group-row group-position"><th scope="colgroup" colspan="${COLUMNS.length}">${escapeHtml(position.positionName)}</th></tr>`);
      for (const row of position.rows) {
        body.push(renderRow(row, index, colors, t, lang));
        index += 1;
      }
    }
  }

  return ['<table id="report-table" class="report-table">', `<thead><tr>${header}</tr></thead>`, '<tbody>', ...body, '</tbody>', '</table>'].join('\n');
}

function renderRow(row: ReportRow, index: number, colors: Map<string, string>, t: Translate, lang: Lang): string {
  const quarter = row.targetSource && row.targetSource !== 'tahunan' ? ` ${t('label.targetQuarter', { quarter: row.targetSource })}` : '';
  const negative = row.polarity === 'negatif' ? ` <span class="polarity">(${escapeHtml(t('label.polarityNegative'))})</span>` : '';
  const color = row.category ? colors.get(row.category.id) : undefined;
  const category = color
    ? `<span class="category-chip" style="--category-color: ${color}">${escapeHtml(categoryLabel(row, t))}</span>`
    : escapeHtml(categoryLabel(row, t));
  const notes = noteTexts(row, t).join('; ');

  // The category sorts by capaian: categories are cut from the displayed
  // capaian, so that order is the order of the scale.
  const cells: Cell[] = [
    { html: String(row.no), sortValue: row.no },
    {
      html: `<span class="indicator-name">${escapeHtml(row.indicatorName)}</span>${negative}<span class="row-position">${escapeHtml(row.positionName)}</span>`,
      sortValue: row.indicatorName,
    },
    { html: escapeHtml(row.unitOfMeasure), sortValue: row.unitOfMeasure },
    { html: escapeHtml(`${formatTarget(row.target, lang)}${quarter}`), sortValue: typeof row.target === 'object' ? row.target.min : row.target },
    { html: escapeHtml(formatNumber(row.realization, lang)), sortValue: row.realization },
    { html: escapeHtml(formatNumber(row.achievement, lang, true)), sortValue: row.achievement },
    { html: category, sortValue: row.achievement },
    {
      html: `<span class="status status-${row.status}" title="${escapeHtml(t(`statusHelp.${row.status}`))}">${escapeHtml(t(`status.${row.status}`))}</span>`,
      sortValue: STATUSES.indexOf(row.status),
    },
    { html: escapeHtml(notes), sortValue: notes === '' ? undefined : notes },
  ];

  const tds = cells.map((cell, column) => {
    const value = cell.sortValue === undefined ? '' : ` data-value="${escapeHtml(String(cell.sortValue))}"`;
    return `<td class="${COLUMNS[column]?.className ?? ''}"${value}>${cell.html}</td>`;
  });
  return `<tr class="indicator-row" data-index="${index}" data-position="${escapeHtml(row.positionId)}">${tds.join('')}</tr>`;
}

/** Renders the meaning of every status that occurs in `rows`, in the order of precedence. */
export function renderStatusLegend(rows: readonly ReportRow[], t: Translate): string {
  const present = STATUSES.filter((status) => rows.some((row) => row.status === status));
  const items = present.map(
    (status) => `<dt><span class="status status-${status}">${escapeHtml(t(`status.${status}`))}</span></dt><dd>${escapeHtml(t(`statusHelp.${status}`))}</dd>`,
  );
  return `<div class="legend status-legend"><h3>${escapeHtml(t('label.statusLegend'))}</h3><dl>${items.join('')}</dl></div>`;
}

/** Renders the colour of each category in `rows` with the lowest capaian it starts at. */
export function renderCategoryLegend(rows: readonly ReportRow[], t: Translate, lang: Lang): string {
  const items = categoryLegendItems(rows, t).map((item) => {
    const from = item.min === undefined ? '' : ` <span class="legend-min">≥ ${escapeHtml(formatNumber(item.min, lang))}</span>`;
    return `<li><span class="swatch" style="--category-color: ${item.color}"></span>${escapeHtml(item.label)}${from}</li>`;
  });
  if (items.length === 0) return '';
  return `<div class="legend category-legend"><h3>${escapeHtml(t('html.categoryLegend'))}</h3><ul>${items.join('')}</ul></div>`;
}
