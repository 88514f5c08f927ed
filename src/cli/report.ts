import { resolve } from 'node:path';
import { hasErrors, type Diagnostic } from '../core/diagnostic.js';
import type { PositionSheet, RawTargetsFile, Targets } from '../core/model.js';
import { isPeriod, type Period } from '../core/period.js';
import { checkRealization } from '../core/realization-check.js';
import { computeReport } from '../core/report.js';
import { summarizeReport } from '../core/summary.js';
import { withSuggestion } from '../core/suggest.js';
import { checkTargets } from '../core/target-check.js';
import { checkOutputPath, writeFileAtomic } from '../io/atomic-write.js';
import { readSettings } from '../io/config.js';
import { displayPath } from '../io/dataset.js';
import { UsageError } from '../io/errors.js';
import { readRealizationCsv } from '../io/realization-csv.js';
import { readYamlFile } from '../io/yaml-file.js';
import { renderDiagnosticsText } from '../render/diagnostics.js';
import type { ReportContext } from '../render/report-table.js';
import type { CommandContext } from './context.js';
import { formatFromExtension, REPORT_FORMATS, renderReportOutput, type ReportFormat } from './report-output.js';
import { loadCheckedData } from './dataset.js';


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
}

/**
 * Runs `iki report`: reads and checks sheets, targets and realization, and
 * prints or writes the achievement table. Any error in the inputs stops it
 * before output is produced. Returns the exit code.
 */
export async function runReport(options: ReportOptions, ctx: CommandContext): Promise<number> {
  const request = parseReportOptions(options);
  const realizationPaths = options.realization.map((path) => resolve(ctx.env.cwd, path));
  const targetsPath = options.targets === undefined ? undefined : resolve(ctx.env.cwd, options.targets);
  if (options.output !== undefined) {
    checkOutputPath(resolve(ctx.env.cwd, options.output), [...realizationPaths, ...(targetsPath ? [targetsPath] : [])], options.output);
  }

  const settings = readSettings(ctx.configPath, ctx.env.cwd);
  const data = loadCheckedData(ctx);
  if (!data) return 1;
  checkFilters(request, data.sheets, data.organisation.unitKerja.map((u) => u.id));

  const diagnostics: Diagnostic[] = [...settings.diagnostics];
  let targets: Targets | undefined;
  if (targetsPath) {
    const read = readYamlFile<RawTargetsFile>('target', targetsPath, displayPath(targetsPath, ctx.env.cwd));
    diagnostics.push(...read.diagnostics);
    if (read.source) {
      const checked = checkTargets(read.source, data.sheets, request.year);
      diagnostics.push(...checked.diagnostics.filter((d) => d.code !== 'TARGET_MISSING'));
      targets = checked.targets;
    }
  }

  // Several files, say one per quarter, are read as one: a key given twice is a
  // duplicate wherever the two rows are.
  const csvFiles = realizationPaths.map((path) => readRealizationCsv(path, displayPath(path, ctx.env.cwd)));
  const checked = checkRealization(
    csvFiles.map((csv) => csv.file),
    data.sheets,
    request.year,
  );
  diagnostics.push(...csvFiles.flatMap((csv) => csv.diagnostics), ...checked.diagnostics);

  if (diagnostics.length > 0) ctx.env.stderr(renderDiagnosticsText(diagnostics, ctx.t));
  if (hasErrors(diagnostics)) {
    ctx.env.stderr(`${ctx.t('label.reportBlocked', { errors: diagnostics.filter((d) => d.severity === 'error').length })}\n`);
    return 1;
  }
  if (targetsPath === undefined) ctx.env.stderr(`${ctx.t('label.noTargets')}\n`);
  if (settings.file !== undefined) ctx.env.stderr(`${ctx.t('label.settingsUsed', { path: settings.file })}\n`);

  const rows = computeReport(data.sheets, data.organisation, targets, checked.realization, { ...request, settings: settings.settings });
  const summaries = summarizeReport(rows, { id: data.organisation.id, name: data.organisation.nama });
  const context: ReportContext = { agencyName: data.organisation.nama, year: request.year, period: request.period, targetBasis: targets?.basis };
  const format = request.format ?? formatFromExtension(options.output) ?? 'table';
  const output = await renderReportOutput(format, { rows, summaries, context, ctx, color: options.output === undefined && ctx.color });

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
  if (!/^\d{4}$/.test(options.year)) throw new UsageError('BAD_YEAR', { value: options.year });
  const period = options.period.toUpperCase();
  if (!isPeriod(period)) throw new UsageError('BAD_PERIOD', { value: options.period });
  const format = options.format;
  if (format !== undefined && !(REPORT_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError('BAD_FORMAT', { value: format, allowed: REPORT_FORMATS.join(', ') });
  }
  return {
    year: Number(options.year),
    period,
    format: format as ReportFormat | undefined,
    positions: splitList(options.position),
    units: splitList(options.unit),
  };
}

function splitList(values: string[] | undefined): string[] {
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
