import { resolve } from 'node:path';
import { hasErrors, type Diagnostic } from '../core/diagnostic.js';
import type { RawTargetsFile, Targets } from '../core/model.js';
import { isPeriod, type Period } from '../core/period.js';
import { startRealizationCheck, type RealizationRowSink } from '../core/realization-check.js';
import type { Realization } from '../core/report.js';
import type { Settings } from '../core/settings.js';
import { applySuppressions } from '../core/suppression.js';
import { checkTargets } from '../core/target-check.js';
import { readSettings } from '../io/config.js';
import { displayPath } from '../io/dataset.js';
import { UsageError } from '../io/errors.js';
import { readRealizationFile } from '../io/realization-file.js';
import { readYamlFile } from '../io/yaml-file.js';
import { renderDiagnosticsText } from '../render/diagnostics.js';
import type { CommandContext } from './context.js';
import { loadCheckedData, type CheckedData } from './dataset.js';
import { progressFor, type Progress } from './progress.js';

/** The year and period of a report, checked. */
export interface ReportWindow {
  year: number;
  period: Period;
}

/** Everything `iki report` and `iki explain` compute from, after every input passed its checks. */
export interface ReportInputs {
  data: CheckedData;
  settings: Settings;
  targets: Targets | undefined;
  realization: Realization;
}

/** Paths of the realization and target files, resolved against the working folder. */
export interface ReportInputPaths {
  realization: string[];
  targets: string | undefined;
}

/** Checks `--year` and `--period` as typed; a bad value is a usage error (exit 2). */
export function parseReportWindow(year: string, period: string): ReportWindow {
  if (!/^\d{4}$/.test(year)) throw new UsageError('BAD_YEAR', { value: year });
  const upper = period.toUpperCase();
  if (!isPeriod(upper)) throw new UsageError('BAD_PERIOD', { value: period });
  return { year: Number(year), period: upper };
}

/** Resolves `--realization` and `--targets` against the working folder. */
export function resolveInputPaths(realization: readonly string[], targets: string | undefined, ctx: CommandContext): ReportInputPaths {
  return {
    realization: realization.map((path) => resolve(ctx.env.cwd, path)),
    targets: targets === undefined ? undefined : resolve(ctx.env.cwd, targets),
  };
}

/**
 * Reads and checks the sheets, settings, targets and realization files of a
 * report. Findings are printed to stderr; when any is an error, the run stops
 * with a message and undefined is returned (exit code 1). `checkData` runs
 * right after the sheets load, before the other files are read, so a usage
 * error about them (an unknown `--position`) comes first.
 */
export async function loadReportInputs(
  window: ReportWindow,
  paths: ReportInputPaths,
  ctx: CommandContext,
  checkData: (data: CheckedData) => void = () => undefined,
): Promise<ReportInputs | undefined> {
  const settings = readSettings(ctx.configPath, ctx.env.cwd);
  const data = await loadCheckedData(ctx);
  if (!data) return undefined;
  checkData(data);

  const diagnostics: Diagnostic[] = [...settings.diagnostics];
  let targets: Targets | undefined;
  if (paths.targets) {
    const read = readYamlFile<RawTargetsFile>('target', paths.targets, displayPath(paths.targets, ctx.env.cwd));
    diagnostics.push(...read.diagnostics);
    if (read.source) {
      // The report shows an indicator without a target as a `tanpa-target` row.
      const checked = checkTargets(read.source, data.sheets, window.year, { missing: false });
      // A warning silenced by a comment in the targets file stays silent here too. Whether a
      // comment is used, or well formed, is for `iki validate` to report.
      diagnostics.push(...applySuppressions(checked.diagnostics, read.comments.suppressions).filter((d) => d.code !== 'SUPPRESSION_UNUSED'));
      targets = checked.targets;
    }
  }

  // Several files, say one per quarter, are read as one: a key given twice is a
  // duplicate wherever the two rows are. Rows are checked while they are read.
  const progress = progressFor(ctx);
  const check = startRealizationCheck(data.sheets, window.year);
  try {
    diagnostics.push(...(await readRealizationFiles(paths.realization, check, ctx, progress)));
  } finally {
    // Blanked on errors too, so a message about an unreadable file starts on its own line.
    progress.done();
  }
  const checked = check.finish();
  diagnostics.push(...checked.diagnostics);

  if (diagnostics.length > 0) ctx.env.stderr(renderDiagnosticsText(diagnostics, ctx.t));
  if (hasErrors(diagnostics)) {
    // Every row of another year means the wrong --year, not hundreds of wrong rows.
    const errors = diagnostics.filter((d) => d.severity === 'error');
    const otherYear = errors.length > 1 && errors.every((d) => d.code === 'CSV_PERIOD_YEAR') ? parseInt(String(errors[0]?.args.value), 10) : undefined;
    if (otherYear !== undefined && !Number.isNaN(otherYear)) ctx.env.stderr(`${ctx.t('label.wrongYear', { year: otherYear })}\n`);
    ctx.env.stderr(`${ctx.t('label.reportBlocked', { errors: errors.length })}\n`);
    return undefined;
  }
  if (paths.targets === undefined) ctx.env.stderr(`${ctx.t('label.noTargets')}\n`);
  if (settings.file !== undefined) ctx.env.stderr(`${ctx.t('label.settingsUsed', { path: settings.file })}\n`);

  return { data, settings: settings.settings, targets, realization: checked.realization };
}

// Rows between two updates of the progress line while one file is read.
const PROGRESS_ROW_STEP = 10_000;

/** Passes rows on to `sink` and calls `onCount` with the number passed on after every `step` of them. */
export function countingRows(sink: RealizationRowSink, step: number, onCount: (rows: number) => void): RealizationRowSink {
  let rows = 0;
  return {
    beginFile: (source) => sink.beginFile(source),
    add: (row) => {
      sink.add(row);
      rows++;
      if (rows % step === 0) onCount(rows);
    },
    discardFile: () => sink.discardFile(),
  };
}

// Files are read one after another, so a run over many files can show how far
// it got. Returns the findings that concern the files as a whole.
async function readRealizationFiles(paths: readonly string[], sink: RealizationRowSink, ctx: CommandContext, progress: Progress): Promise<Diagnostic[]> {
  const diagnostics: Diagnostic[] = [];
  let rows = 0;
  for (const [index, path] of paths.entries()) {
    // Rows are checked while the file streams in, so a large file shows how far it got.
    const counting = countingRows(sink, PROGRESS_ROW_STEP, (rowsInFile) => progress.fileRead(index + 1, paths.length, rows + rowsInFile));
    const read = await readRealizationFile(path, displayPath(path, ctx.env.cwd), counting);
    diagnostics.push(...read.diagnostics);
    rows += read.rows;
    progress.fileRead(index + 1, paths.length, rows);
  }
  return diagnostics;
}
