/**
 * Style sheet of the HTML report. Screen: one column up to 1200px wide with the
 * table header kept in view. Print: A4 landscape with 12mm margins, repeated
 * table headers, no row split across pages, and charts sized by the page script
 * before printing.
 */
export const REPORT_PAGE_STYLE = `
:root {
  --text: #1f2328;
  --muted: #59636e;
  --line: #d1d9e0;
  --group: #eef2f6;
  --accent: #0b5cad;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", Arial, sans-serif;
  font-size: 14px;
  color: var(--text);
  background: #fff;
}
body { margin: 0 auto; padding: 24px; max-width: 1200px; line-height: 1.4; }
h1 { font-size: 1.5rem; margin: 0 0 .5rem; }
h2 { font-size: 1.2rem; margin: 2rem 0 .75rem; border-bottom: 2px solid var(--line); padding-bottom: .25rem; }
h3 { font-size: 1rem; margin: 1.25rem 0 .5rem; }
p { margin: .25rem 0; }
.target-basis, .sort-hint, .chart-note, .chart-empty, .report-footer { color: var(--muted); }
.key-figures { font-size: 1.05rem; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }

.chart { margin: 0 0 1.5rem; padding: 12px 12px 8px; border: 1px solid var(--line); border-radius: 6px; break-inside: avoid; }
.chart figcaption { font-weight: 600; margin-bottom: .5rem; }
.chart-box { position: relative; height: calc(var(--bars) * 22px + 64px); }

.legend h3 { font-size: .95rem; margin: .75rem 0 .25rem; }
.legend ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 4px 18px; }
.legend li { display: flex; align-items: center; gap: 6px; }
.legend-min { color: var(--muted); }
.swatch { display: inline-block; width: 14px; height: 14px; border-radius: 3px; background: var(--category-color); }
.status-legend dl { display: grid; grid-template-columns: max-content 1fr; gap: 4px 12px; margin: 0 0 .75rem; }
.status-legend dd { margin: 0; }

.report-table, .summary-table { width: 100%; border-collapse: collapse; font-variant-numeric: tabular-nums; }
.report-table { table-layout: fixed; }
.report-table th, .report-table td, .summary-table th, .summary-table td { border-bottom: 1px solid var(--line); padding: 5px 6px; text-align: left; vertical-align: top; }
.report-table thead th { position: sticky; top: 0; background: #fff; border-bottom: 2px solid var(--text); z-index: 1; }
.report-table thead button { font: inherit; font-weight: 600; color: inherit; background: none; border: 0; padding: 0; cursor: pointer; text-align: inherit; }
.report-table thead button:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
.report-table th[aria-sort="ascending"] .sort-icon::after { content: " ▲"; }
.report-table th[aria-sort="descending"] .sort-icon::after { content: " ▼"; }
.report-table .num, .summary-table .num { text-align: right; }
.report-table .col-no { width: 3%; }
.report-table .col-indicator { width: 26%; }
.report-table .col-unit { width: 7%; }
.report-table .col-target, .report-table .col-realization { width: 8%; }
.report-table .col-achievement { width: 7%; }
.report-table .col-category { width: 11%; }
.report-table .col-status { width: 10%; }
.report-table .col-notes { width: 20%; }
.report-table td { overflow-wrap: anywhere; }
.print-label { display: none; }
.group-unit th { background: var(--group); font-size: 1.05rem; padding-top: 10px; }
.group-position th { font-weight: 600; color: var(--muted); }
.report-table.is-sorted .group-row { display: none; }
.row-position { display: none; color: var(--muted); font-size: .85em; }
.report-table.is-sorted .row-position { display: block; }
.polarity { color: var(--muted); }
.category-chip { display: inline-block; padding: 0 6px; border-left: 6px solid var(--category-color); }
.status:not(.status-ok) { font-weight: 600; }
.summary-table { margin-bottom: 1rem; }
.summary-table caption { text-align: left; font-weight: 600; padding: .25rem 0; }
.report-footer { margin-top: 2rem; font-size: .85rem; }

@page { size: A4 landscape; margin: 12mm; }
@media print {
  :root { font-size: 9pt; }
  body { padding: 0; max-width: none; }
  h2 { margin-top: 1rem; }
  h2, h3 { break-after: avoid; }
  .chart { border: 0; padding: 0; }
  .chart-box { height: auto; }
  .chart canvas { max-width: 100%; }
  .sort-hint, .report-table thead button { display: none; }
  .print-label { display: inline; }
  .legend { break-inside: avoid; }
  .report-table thead { display: table-header-group; }
  .report-table thead th { position: static; }
  .report-table tr { break-inside: avoid; }
  .group-row { break-after: avoid; }
  .summary-table { break-inside: avoid; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
