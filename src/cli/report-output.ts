import type { ReportRow } from '../core/report.js';
import type { ReportSummaries } from '../core/summary.js';
import { renderReportCsv } from '../render/report-csv.js';
import { renderReportDocx } from '../render/report-docx.js';
import { renderReportHtml } from '../render/report-html.js';
import { renderReportJson } from '../render/report-json.js';
import { renderReportMarkdown } from '../render/report-markdown.js';
import { renderReportTable, type ReportContext } from '../render/report-table.js';
import { renderReportXlsx } from '../render/report-xlsx.js';
import { readChartJsSource } from '../io/assets.js';
import type { CommandContext } from './context.js';

/** Output formats of `iki report`. */
export const REPORT_FORMATS = ['table', 'csv', 'json', 'markdown', 'docx', 'html', 'xlsx'] as const;

/** An output format of `iki report`. */
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** Input shared by every report renderer. */
export interface ReportOutputInput {
  rows: ReportRow[];
  summaries: ReportSummaries;
  context: ReportContext;
  ctx: CommandContext;
  /** Colour for terminal output; false when writing a file. */
  color: boolean;
  /** CSV for Excel in an Indonesian locale (`--excel`): `;`, decimal comma, BOM, CRLF. */
  excel?: boolean;
}

/**
 * Renders the report in `format`: text for the text formats, bytes for binary
 * ones, which can only be written with `--output`.
 */
export async function renderReportOutput(format: ReportFormat, input: ReportOutputInput): Promise<string | Uint8Array> {
  const { rows, summaries, context, ctx } = input;
  switch (format) {
    case 'csv':
      return renderReportCsv(rows, ctx.t, input.excel === true ? 'excel' : 'plain');
    case 'docx':
      return renderReportDocx(rows, summaries, context, { t: ctx.t, lang: ctx.lang });
    case 'html':
      return renderReportHtml(rows, summaries, context, { t: ctx.t, lang: ctx.lang, chartJsSource: readChartJsSource(), generator: `iki ${ctx.version}` });
    case 'json':
      return renderReportJson(rows, summaries, context, ctx.t);
    case 'markdown':
      return renderReportMarkdown(rows, summaries, context, ctx.t, ctx.lang);
    case 'table':
      return renderReportTable(rows, summaries, context, { t: ctx.t, lang: ctx.lang, color: input.color });
    case 'xlsx':
      return renderReportXlsx(rows, summaries, context, { t: ctx.t, lang: ctx.lang });
  }
}

/** Returns the format an `--output` file name implies: `laporan.csv` means CSV, not a terminal table in a .csv file. */
export function formatFromExtension(output: string | undefined): ReportFormat | undefined {
  const extension = output?.toLowerCase().match(/\.([a-z]+)$/)?.[1];
  const byExtension: Record<string, ReportFormat> = {
    csv: 'csv',
    json: 'json',
    md: 'markdown',
    markdown: 'markdown',
    txt: 'table',
    docx: 'docx',
    html: 'html',
    xlsx: 'xlsx',
  };
  return extension === undefined ? undefined : byExtension[extension];
}
