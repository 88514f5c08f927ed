import { resolve } from 'node:path';
import type { PositionSheet } from '../core/model.js';
import type { Period } from '../core/period.js';
import { computeReport } from '../core/report.js';
import { summarizeReport } from '../core/summary.js';
import { withSuggestion } from '../core/suggest.js';
import { checkOutputPath, writeFileAtomic } from '../io/atomic-write.js';
import { UsageError } from '../io/errors.js';
import { renderReportChart } from '../render/report-chart.js';
import type { ReportContext } from '../render/report-table.js';
import type { CommandContext } from './context.js';
import { formatFromExtension, REPORT_FORMATS, renderReportOutput, type ReportFormat } from './report-output.js';
import { loadReportInputs, parseReportWindow, resolveInputPaths } from './report-inputs.js';

/** Options of `iki report` as commander passes them. */
export interface ReportOptions {
  year: string;
  period: string;
  realization: string[];
  targets?: string;
  format?: string;
  output?: string;
  position?: string[];
  unit?: string[];
  /** CSV for Excel in an Indonesian locale: `;`, decimal comma, BOM. */
  excel?: boolean;
  /** Bars of capaian after the terminal table. */
  chart?: boolean;
}

/**
 * Runs `iki report`: reads and checks sheets, targets and realization, and
 * prints or writes the achievement table. Any error in the inputs stops it
 * before output is produced. Returns the exit code.
 */
export async function runReport(options: ReportOptions, ctx: CommandContext): Promise<number> {
  const request = parseReportOptions(options);
  // `--format csv --output laporan.xlsx` would write text into a file Excel cannot open.
  const implied = formatFromExtension(options.output);
  if (request.format !== undefined && implied !== undefined && implied !== request.format && implied !== 'table') {
    throw new UsageError('FORMAT_EXTENSION_MISMATCH', { format: request.format, path: options.output ?? '' });
  }
  const format = request.format ?? implied ?? 'table';
  checkFormatOptions(format, options, ctx);
  const paths = resolveInputPaths(options.realization, options.targets, ctx);
  if (options.output !== undefined) {
    checkOutputPath(resolve(ctx.env.cwd, options.output), [...paths.realization, ...(paths.targets ? [paths.targets] : [])], options.output);
  }

  const inputs = await loadReportInputs(request, paths, ctx, (data) =>
    checkFilters(
      request,
      data.sheets,
      data.organisation.unitKerja.map((u) => u.id),
    ),
  );
  if (!inputs) return 1;
  const { data, settings, targets } = inputs;

  const rows = computeReport(data.sheets, data.organisation, targets, inputs.realization, { ...request, settings });
  const summaries = summarizeReport(rows, { id: data.organisation.id, name: data.organisation.nama });
  const context: ReportContext = { agencyName: data.organisation.nama, year: request.year, period: request.period, targetBasis: targets?.basis };
  const color = options.output === undefined && ctx.color;
  let output = await renderReportOutput(format, { rows, summaries, context, ctx, color, excel: options.excel === true });
  if (options.chart === true && typeof output === 'string') output += renderReportChart(rows, { t: ctx.t, lang: ctx.lang, color });

  if (options.output === undefined) {
    if (typeof output !== 'string') throw new UsageError('BINARY_NEEDS_OUTPUT', { format });
    ctx.env.stdout(output);
  } else {
    writeFileAtomic(resolve(ctx.env.cwd, options.output), output, options.output);
    ctx.env.stderr(`${ctx.t('label.written', { path: options.output })}\n`);
  }
  return 0;
}

interface ParsedReportOptions {
  year: number;
  period: Period;
  format: ReportFormat | undefined;
  positions: string[];
  units: string[];
}

function parseReportOptions(options: ReportOptions): ParsedReportOptions {
  const { year, period } = parseReportWindow(options.year, options.period);
  const format = options.format;
  if (format !== undefined && !(REPORT_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError('BAD_FORMAT', { value: format, allowed: REPORT_FORMATS.join(', ') });
  }
  return {
    year,
    period,
    format: format as ReportFormat | undefined,
    positions: splitList(options.position),
    units: splitList(options.unit),
  };
}

// --excel changes only the CSV and --chart only the terminal table; with any
// other format they would be ignored silently, so they are rejected.
function checkFormatOptions(format: ReportFormat, options: ReportOptions, ctx: CommandContext): void {
  if (options.excel === true && format !== 'csv') throw new UsageError('USAGE', { detail: ctx.t('csv.excelNeedsCsv', { format }) });
  if (options.chart === true && format !== 'table') throw new UsageError('USAGE', { detail: ctx.t('chart.needsTable', { format }) });
}

function splitList(values: string[] | undefined): string[] {
  // An empty value, as a script with an empty variable passes, would otherwise
  // select nothing and so report everything.
  if ((values ?? []).some((value) => value.trim() === '')) throw new UsageError('EMPTY_FILTER');
  return (values ?? [])
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter((value) => value !== '');
}

function checkFilters(request: ParsedReportOptions, sheets: readonly PositionSheet[], unitIds: string[]): void {
  const positionIds = sheets.map((s) => s.id);
  for (const value of request.positions) {
    if (!positionIds.includes(value)) throw new UsageError('UNKNOWN_POSITION', withSuggestion({ value }, value, positionIds));
  }
  for (const value of request.units) {
    if (!unitIds.includes(value)) throw new UsageError('UNKNOWN_UNIT', withSuggestion({ value }, value, unitIds));
  }

  // Both filters apply together; a position outside the chosen units leaves nothing to report.
  const selected = sheets.filter(
    (s) => (request.positions.length === 0 || request.positions.includes(s.id)) && (request.units.length === 0 || request.units.includes(s.unitKerja)),
  );
  if (selected.length === 0) throw new UsageError('EMPTY_SELECTION', { positions: request.positions.join(', '), units: request.units.join(', ') });
}
