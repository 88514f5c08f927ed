import { resolve } from 'node:path';
import { checkDataset, type Dataset } from '../core/dataset-check.js';
import type { Diagnostic, Severity } from '../core/diagnostic.js';
import type { Decree, Organisation, PositionSheet, RawTargetsFile } from '../core/model.js';
import { parseRealizationPeriod } from '../core/period.js';
import { startRealizationCheck, type RealizationRowSink } from '../core/realization-check.js';
import { applySuppressions, parseSuppressions, type Suppression } from '../core/suppression.js';
import { checkTargets } from '../core/target-check.js';
import { checkOutputPath, writeFileAtomic } from '../io/atomic-write.js';
import { readSettings } from '../io/config.js';
import { displayPath, readDatasetOnThreads } from '../io/dataset.js';
import { UsageError } from '../io/errors.js';
import { expandInputPaths, type InputFile } from '../io/input-files.js';
import { isWorkbookPath, readRealizationFile } from '../io/realization-file.js';
import { readTextFile, readYamlFile, type FileComments } from '../io/yaml-file.js';
import { countDiagnostics } from '../render/diagnostics.js';
import type { FindingsContext } from '../render/findings-context.js';
import { renderFindingsGithub } from '../render/findings-github.js';
import { renderFindingsGitlab } from '../render/findings-gitlab.js';
import { renderFindingsJson } from '../render/findings-json.js';
import { renderFindingsJunit } from '../render/findings-junit.js';
import { renderFindingsSarif } from '../render/findings-sarif.js';
import { renderFindingsStylish } from '../render/findings-stylish.js';
import { renderDiagnosticsText } from '../render/diagnostics.js';
import type { CommandContext } from './context.js';

/** Output formats of `iki validate`. */
export const VALIDATE_FORMATS = ['stylish', 'text', 'json', 'github', 'sarif', 'junit', 'gitlab'] as const;

/** An output format of `iki validate`. */
export type ValidateFormat = (typeof VALIDATE_FORMATS)[number];

/** Severities `--fail-on` accepts, from most to least serious. */
export const FAIL_ON = ['error', 'warning', 'info'] as const;

/** Options of `iki validate` as commander passes them. */
export interface ValidateOptions {
  format?: string;
  outputFile?: string[];
  failOn?: string;
  year?: string;
}

/** Everything checked so far: findings, and each checked file as shown mapped to its path on disk. */
interface Checked {
  diagnostics: Diagnostic[];
  files: Map<string, string>;
  /** Suppression comments already found while a file was read, by its name in findings. */
  comments: Map<string, FileComments>;
}

/**
 * Runs `iki validate [PATH…]`: without paths the data folder, otherwise each
 * named file, folder or pattern, classified by place and content. Prints the
 * findings in one format, writes others with `--output-file`, and returns 1
 * when a finding reaches the `--fail-on` severity.
 */
export async function runValidate(paths: readonly string[], options: ValidateOptions, ctx: CommandContext): Promise<number> {
  const format = chooseFormat(options.format, ctx);
  const outputs = parseOutputFiles(options.outputFile ?? [], ctx);
  const failOn = parseFailOn(options.failOn);
  const year = options.year === undefined ? undefined : parseYear(options.year);

  const inputs = paths.length === 0 ? [{ path: ctx.dataDir, kind: 'dataset' as const }] : expandInputPaths(paths, ctx.env.cwd);
  for (const output of outputs)
    checkOutputPath(
      output.path,
      inputs.map((i) => i.path),
      output.shown,
      '--output-file',
    );

  const checked: Checked = { diagnostics: [], files: new Map(), comments: new Map() };
  await checkInputs(inputs, year, ctx, checked);
  const diagnostics = suppress(checked);

  const context = findingsContext(diagnostics, checked, ctx);
  ctx.env.stdout(renderFindings(format, diagnostics, context));
  for (const output of outputs) {
    writeFileAtomic(output.path, renderFindings(output.format, diagnostics, { ...context, color: false }), output.shown);
  }

  const counts = countDiagnostics(diagnostics);
  if (format === 'stylish' || format === 'text') {
    const summary =
      diagnostics.length === 0
        ? ctx.t('label.validateOk', { files: checked.files.size })
        : ctx.t('label.validateSummary', { files: checked.files.size, ...counts });
    ctx.env.stderr(`${summary}\n`);
  }
  return reachesFailOn(diagnostics, failOn) ? 1 : 0;
}

async function checkInputs(inputs: readonly InputFile[], year: number | undefined, ctx: CommandContext, checked: Checked): Promise<void> {
  const note = (path: string) => {
    const shown = displayPath(path, ctx.env.cwd);
    checked.files.set(shown, path);
    return shown;
  };

  // Loose files are checked against the data folder, so references resolve.
  const needsSheets = inputs.some((i) => i.kind !== 'dataset' && i.kind !== 'config');
  const context = needsSheets ? await readDatasetIfPresent(ctx) : undefined;
  const sheets = context?.sheets.map((s) => s.data) ?? [];

  for (const input of inputs.filter((i) => i.kind === 'dataset')) {
    const read = await readDatasetOnThreads(input.path, ctx.env.cwd, ctx.threads);
    for (const file of read.files) checked.files.set(file, resolve(ctx.env.cwd, file));
    for (const [file, comments] of read.comments) checked.comments.set(file, comments);
    checked.diagnostics.push(...read.diagnostics, ...checkDataset(read.dataset));
  }
  const loose = inputs.filter((i) => i.kind === 'position' || i.kind === 'organisasi' || i.kind === 'keputusan');
  if (loose.length > 0) checked.diagnostics.push(...checkLooseFiles(loose, context, note));

  for (const input of inputs) {
    if (input.kind === 'target') {
      const shown = note(input.path);
      const read = readYamlFile<RawTargetsFile>('target', input.path, shown);
      checked.comments.set(shown, read.comments);
      checked.diagnostics.push(...read.diagnostics);
      if (read.source) checked.diagnostics.push(...checkTargets(read.source, sheets, year).diagnostics);
    } else if (input.kind === 'config') {
      note(input.path);
      checked.diagnostics.push(...readSettings(input.path, ctx.env.cwd).diagnostics);
    } else if (input.kind === 'realization') {
      const shown = note(input.path);
      checked.diagnostics.push(...(await checkRealizationFile(input.path, shown, sheets, year)));
    }
  }
}

async function readDatasetIfPresent(ctx: CommandContext): Promise<Dataset | undefined> {
  try {
    return (await readDatasetOnThreads(ctx.dataDir, ctx.env.cwd, ctx.threads)).dataset;
  } catch {
    return undefined;
  }
}

// Sheets named one by one are checked against the data folder, with each named
// file taking the place of its namesake there, so references still resolve.
function checkLooseFiles(inputs: readonly InputFile[], context: Dataset | undefined, note: (path: string) => string): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const dataset: Dataset = {
    organisation: context?.organisation,
    decrees: [...(context?.decrees ?? [])],
    sheets: [...(context?.sheets ?? [])],
    invalidIds: [...(context?.invalidIds ?? [])],
  };
  const named = new Set<string>();

  for (const input of inputs) {
    const shown = note(input.path);
    named.add(shown);
    if (input.kind === 'position') {
      const read = readYamlFile<PositionSheet>('position', input.path, shown);
      diagnostics.push(...read.diagnostics);
      dataset.sheets = dataset.sheets.filter((s) => s.file !== shown);
      if (read.source) dataset.sheets.push(read.source);
    } else if (input.kind === 'organisasi') {
      const read = readYamlFile<Organisation>('organisasi', input.path, shown);
      diagnostics.push(...read.diagnostics);
      if (read.source) dataset.organisation = read.source;
    } else {
      const read = readYamlFile<Decree>('keputusan', input.path, shown);
      diagnostics.push(...read.diagnostics);
      dataset.decrees = dataset.decrees.filter((d) => d.file !== shown);
      if (read.source) dataset.decrees.push(read.source);
    }
  }
  return [...diagnostics, ...checkDataset(dataset).filter((d) => named.has(d.location.file))];
}

// Suppression comments are read from every checked YAML file, including files
// without findings, so that an unused comment is reported wherever it is.
function suppress(checked: Checked): Diagnostic[] {
  const suppressions: Suppression[] = [];
  const problems: Diagnostic[] = [];
  for (const [shown, path] of checked.files) {
    if (!/\.ya?ml$/i.test(shown)) continue;
    const parsed = checked.comments.get(shown) ?? parseSuppressions(shown, readTextFile(path, shown));
    suppressions.push(...parsed.suppressions);
    problems.push(...parsed.diagnostics);
  }
  // A file with YAML or schema errors never reached the checks a comment may
  // target, so its comments cannot be judged unused yet.
  const unchecked = new Set(checked.diagnostics.filter((d) => d.severity === 'error' && /^(YAML|SCHEMA)_/.test(d.code)).map((d) => d.location.file));
  const judged = applySuppressions(checked.diagnostics, suppressions).filter((d) => !(d.code === 'SUPPRESSION_UNUSED' && unchecked.has(d.location.file)));
  return [...judged, ...problems];
}

function findingsContext(diagnostics: readonly Diagnostic[], checked: Checked, ctx: CommandContext): FindingsContext {
  const sources = new Map<string, string>();
  for (const file of new Set(diagnostics.map((d) => d.location.file))) {
    const path = checked.files.get(file);
    // A file that is not UTF-8 would show as garbled text, and a workbook is binary, so neither gets an excerpt.
    if (path === undefined || isWorkbookPath(path) || diagnostics.some((d) => d.location.file === file && d.code === 'CSV_ENCODING')) continue;
    sources.set(file, readTextFile(path, file));
  }
  return { t: ctx.t, lang: ctx.lang, color: ctx.color, files: [...checked.files.keys()], sources, version: ctx.version };
}

function renderFindings(format: ValidateFormat, diagnostics: readonly Diagnostic[], context: FindingsContext): string {
  switch (format) {
    case 'stylish':
      return renderFindingsStylish(diagnostics, context);
    case 'text':
      return renderDiagnosticsText(diagnostics, context.t);
    case 'json':
      return renderFindingsJson(diagnostics, context);
    case 'github':
      return renderFindingsGithub(diagnostics, context);
    case 'sarif':
      return renderFindingsSarif(diagnostics, context);
    case 'junit':
      return renderFindingsJunit(diagnostics, context);
    case 'gitlab':
      return renderFindingsGitlab(diagnostics, context);
  }
}

function chooseFormat(format: string | undefined, ctx: CommandContext): ValidateFormat {
  const chosen = format ?? (ctx.env.env.GITHUB_ACTIONS === 'true' ? 'github' : 'stylish');
  if (!isFormat(chosen)) throw new UsageError('BAD_FORMAT', { value: chosen, allowed: VALIDATE_FORMATS.join(', ') });
  return chosen;
}

function isFormat(text: string): text is ValidateFormat {
  return (VALIDATE_FORMATS as readonly string[]).includes(text);
}

function parseOutputFiles(values: readonly string[], ctx: CommandContext): { format: ValidateFormat; path: string; shown: string }[] {
  return values.map((value) => {
    const match = /^([a-z]+)=(.+)$/.exec(value);
    if (!match || !isFormat(match[1] ?? '')) throw new UsageError('BAD_OUTPUT_FILE', { value, allowed: VALIDATE_FORMATS.join(', ') });
    const shown = match[2] as string;
    return { format: match[1] as ValidateFormat, path: resolve(ctx.env.cwd, shown), shown };
  });
}

function parseFailOn(value: string | undefined): Severity {
  const failOn = value ?? 'error';
  if (!(FAIL_ON as readonly string[]).includes(failOn)) throw new UsageError('BAD_FAIL_ON', { value: failOn });
  return failOn as Severity;
}

function reachesFailOn(diagnostics: readonly Diagnostic[], failOn: Severity): boolean {
  const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
  return diagnostics.some((d) => rank[d.severity] <= rank[failOn]);
}

// Without a year, the file is read twice: once to find the year most rows
// name, so that one mistyped row is the one reported, and once to check it.
async function checkRealizationFile(path: string, shown: string, sheets: readonly PositionSheet[], year: number | undefined): Promise<Diagnostic[]> {
  let fileYear = year;
  if (fileYear === undefined) {
    const years = countPeriodYears();
    const read = await readRealizationFile(path, shown, years);
    fileYear = years.mostCommon();
    if (fileYear === undefined) return read.diagnostics;
  }
  const check = startRealizationCheck(sheets, fileYear);
  const read = await readRealizationFile(path, shown, check);
  return [...read.diagnostics, ...check.finish().diagnostics];
}

// Counts the rows of each year named in the period column.
function countPeriodYears(): RealizationRowSink & { mostCommon(): number | undefined } {
  const counts = new Map<number, number>();
  let fileCounts = new Map<number, number>();
  const addCount = (map: Map<number, number>, year: number, count: number) => {
    const total = (map.get(year) ?? 0) + count;
    if (total === 0) map.delete(year);
    else map.set(year, total);
  };

  return {
    beginFile() {
      fileCounts = new Map();
    },
    add(row) {
      const period = parseRealizationPeriod(row.cells.periode);
      if (!period) return;
      addCount(counts, period.year, 1);
      addCount(fileCounts, period.year, 1);
    },
    discardFile() {
      for (const [fileYear, count] of fileCounts) addCount(counts, fileYear, -count);
      fileCounts = new Map();
    },
    mostCommon() {
      let best: [number, number] | undefined;
      for (const entry of counts) if (!best || entry[1] > best[1]) best = entry;
      return best?.[0];
    },
  };
}

function parseYear(text: string): number {
  if (!/^\d{4}$/.test(text)) throw new UsageError('BAD_YEAR', { value: text });
  return Number(text);
}
