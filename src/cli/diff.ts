import { checkDataset } from '../core/dataset-check.js';
import type { Diagnostic } from '../core/diagnostic.js';
import { diffSnapshots } from '../core/diff.js';
import { hasChangeAtOrAbove, type DiffSnapshot, type FailThreshold } from '../core/diff-model.js';
import { checkTargets } from '../core/target-check.js';
import { InputError, UsageError } from '../io/errors.js';
import { readTreeDataset } from '../io/tree-dataset.js';
import { readTreeFiles } from '../io/tree-source.js';
import { renderDiagnosticsText } from '../render/diagnostics.js';
import { sideLabel, type DiffContext, type InvalidSide } from '../render/diff-groups.js';
import { renderDiffJson, renderInvalidDiffJson } from '../render/diff-json.js';
import { renderDiffMarkdown, renderInvalidDiffMarkdown } from '../render/diff-markdown.js';
import { renderDiffTable } from '../render/diff-table.js';
import type { CommandContext } from './context.js';
import { resolveDiffRequest, type DiffSideRequest } from './diff-request.js';

/** Output formats of `iki diff`. */
export const DIFF_FORMATS = ['table', 'markdown', 'json'] as const;

/** Values of `--fail-on`, from most to least serious. */
export const FAIL_ON_CLASSES = ['breaking', 'substantive', 'editorial', 'any'] as const;

/** Options of `iki diff` as commander passes them, plus the raw global `--data`. */
export interface DiffOptions {
  format?: string;
  failOn?: string;
  data?: string;
}

type DiffFormat = (typeof DIFF_FORMATS)[number];

/** One side read, checked and ready to compare, or its findings. */
interface LoadedSide {
  snapshot: DiffSnapshot;
  errors: Diagnostic[];
}

/**
 * Runs `iki diff BASE [HEAD]`: reads both sides, validates them, compares them
 * and prints the changes. Returns 1 when a side is invalid or a change reaches
 * `--fail-on`, else 0. The report is printed first either way.
 */
export function runDiff(baseArg: string, headArg: string | undefined, options: DiffOptions, ctx: CommandContext): number {
  const format = parseFormat(options.format);
  const threshold = parseThreshold(options.failOn);
  const request = resolveDiffRequest(baseArg, headArg, options.data, ctx.env.cwd);
  const context: DiffContext = { base: request.base.info, head: request.head.info };

  const base = loadSide(request.base, request.dataDir, ctx);
  const head = loadSide(request.head, request.dataDir, ctx);
  const invalid: InvalidSide[] = [];
  if (base.errors.length > 0) invalid.push({ side: 'sebelum', diagnostics: base.errors });
  if (head.errors.length > 0) invalid.push({ side: 'sesudah', diagnostics: head.errors });
  if (invalid.length > 0) {
    reportInvalid(invalid, context, format, ctx);
    return 1;
  }

  const result = diffSnapshots(base.snapshot, head.snapshot);
  ctx.env.stdout(renderDiff(format, result, context, ctx));
  if (threshold === undefined || !hasChangeAtOrAbove(result.changes, threshold)) return 0;

  const count = result.changes.filter((change) => hasChangeAtOrAbove([change], threshold)).length;
  ctx.env.stderr(`${ctx.t('diff.failOn', { count, threshold })}\n`);
  return 1;
}

function parseFormat(value: string | undefined): DiffFormat {
  const format = value ?? 'table';
  if (!(DIFF_FORMATS as readonly string[]).includes(format)) throw new UsageError('BAD_FORMAT', { value: format, allowed: DIFF_FORMATS.join(', ') });
  return format as DiffFormat;
}

function parseThreshold(value: string | undefined): FailThreshold | undefined {
  if (value === undefined) return undefined;
  if (!(FAIL_ON_CLASSES as readonly string[]).includes(value)) throw new UsageError('DIFF_BAD_FAIL_ON', { value, allowed: FAIL_ON_CLASSES.join(', ') });
  return value as FailThreshold;
}

// A side is checked as `iki validate` checks a data folder, plus every targets
// file against that side's sheets. Only errors make it invalid.
function loadSide(side: DiffSideRequest, dataDir: string, ctx: CommandContext): LoadedSide {
  const read = readTreeDataset(readTreeFiles(side.spec), dataDir);
  if (read.dataFiles === 0) throw new InputError('DIFF_NO_DATA', { path: dataDir === '' ? '.' : dataDir, side: sideLabel(side.info, ctx.t) });

  const sheets = read.snapshot.sheets.map((sheet) => sheet.data);
  const diagnostics = [
    ...read.diagnostics,
    ...checkDataset(read.dataset),
    ...read.snapshot.targets.flatMap((targets) => checkTargets(targets, sheets, undefined).diagnostics),
  ];
  const errors = diagnostics
    .filter((d) => d.severity === 'error')
    .map((d) => ({ ...d, location: { ...d.location, file: `${side.findingPrefix}${d.location.file}` } }));
  return { snapshot: read.snapshot, errors };
}

// Findings always go to stderr. Markdown and JSON also write to stdout why
// nothing was compared, so a pull-request comment or a program shows it.
function reportInvalid(invalid: readonly InvalidSide[], context: DiffContext, format: DiffFormat, ctx: CommandContext): void {
  for (const { side, diagnostics } of invalid) {
    const info = side === 'sebelum' ? context.base : context.head;
    const sideName = ctx.t(side === 'sebelum' ? 'diff.sideBefore' : 'diff.sideAfter');
    ctx.env.stderr(`${ctx.t('diff.invalidSide', { side: sideName, label: sideLabel(info, ctx.t), errors: diagnostics.length })}\n`);
    ctx.env.stderr(renderDiagnosticsText(diagnostics, ctx.t));
  }
  if (format === 'json') ctx.env.stdout(renderInvalidDiffJson(context, invalid, ctx.t));
  if (format === 'markdown') ctx.env.stdout(renderInvalidDiffMarkdown(context, invalid, ctx.t));
}

function renderDiff(format: DiffFormat, result: ReturnType<typeof diffSnapshots>, context: DiffContext, ctx: CommandContext): string {
  switch (format) {
    case 'json':
      return renderDiffJson(result, context, ctx.t);
    case 'markdown':
      return renderDiffMarkdown(result, context, ctx.t, ctx.lang);
    case 'table':
      return renderDiffTable(result, context, { t: ctx.t, lang: ctx.lang, color: ctx.color });
  }
}
