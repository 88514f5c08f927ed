import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { checkDataset, type Dataset } from '../core/dataset-check.js';
import type { Diagnostic } from '../core/diagnostic.js';
import type { Decree, Organisation, PositionSheet, RawTargetsFile } from '../core/model.js';
import { parseRealizationPeriod } from '../core/period.js';
import { checkRealization } from '../core/realization-check.js';
import { checkTargets } from '../core/target-check.js';
import { readSettings } from '../io/config.js';
import { displayPath, readDataset } from '../io/dataset.js';
import { InputError, UsageError } from '../io/errors.js';
import { readRealizationCsv } from '../io/realization-csv.js';
import { readTextFile, readYamlFile } from '../io/yaml-file.js';
import { countDiagnostics, renderDiagnosticsJson, renderDiagnosticsStylish, renderDiagnosticsText } from '../render/diagnostics.js';
import type { CommandContext } from './context.js';

/** Output formats of `iki validate`. */
export const VALIDATE_FORMATS = ['text', 'stylish', 'json'] as const;

/** Options of `iki validate`. */
export interface ValidateOptions {
  format?: string;
  year?: string;
}

type FileKind = 'dataset' | 'position' | 'organisasi' | 'keputusan' | 'target' | 'config' | 'realization';

/**
 * Runs `iki validate [PATH…]`: without paths the data folder, otherwise each
 * named file or folder, classified by place and content. Returns the exit code.
 */
export function runValidate(paths: readonly string[], options: ValidateOptions, ctx: CommandContext): number {
  const format = options.format ?? 'text';
  if (!(VALIDATE_FORMATS as readonly string[]).includes(format)) throw new UsageError('BAD_FORMAT', { value: format, allowed: VALIDATE_FORMATS.join(', ') });
  const year = options.year === undefined ? undefined : parseYear(options.year);

  const targets = paths.length === 0 ? [{ path: ctx.dataDir, kind: 'dataset' as const }] : expandPaths(paths, ctx);
  const diagnostics: Diagnostic[] = [];
  const files = new Set<string>();

  const needsSheets = targets.some((t) => t.kind !== 'dataset' && t.kind !== 'config');
  const context = needsSheets && existsSync(ctx.dataDir) ? readDataset(ctx.dataDir, ctx.env.cwd) : undefined;

  for (const dataset of targets.filter((t) => t.kind === 'dataset')) {
    const read = readDataset(dataset.path, ctx.env.cwd);
    read.files.forEach((f) => files.add(f));
    diagnostics.push(...read.diagnostics, ...checkDataset(read.dataset));
  }
  const loose = targets.filter((t) => t.kind === 'position' || t.kind === 'organisasi' || t.kind === 'keputusan');
  if (loose.length > 0) diagnostics.push(...validateLooseFiles(loose, context?.dataset, ctx, files));

  const sheets = context?.dataset.sheets.map((s) => s.data) ?? [];
  for (const target of targets) {
    const shown = displayPath(target.path, ctx.env.cwd);
    if (target.kind === 'target') {
      files.add(shown);
      const read = readYamlFile<RawTargetsFile>('target', target.path, shown);
      diagnostics.push(...read.diagnostics);
      if (read.source) diagnostics.push(...checkTargets(read.source, sheets, year).diagnostics);
    } else if (target.kind === 'config') {
      files.add(shown);
      diagnostics.push(...readSettings(target.path, ctx.env.cwd).diagnostics);
    } else if (target.kind === 'realization') {
      files.add(shown);
      const read = readRealizationCsv(target.path, shown);
      diagnostics.push(...read.diagnostics);
      const csvYear = year ?? inferYear(read.file.rows.map((r) => r.cells.periode));
      if (csvYear !== undefined) diagnostics.push(...checkRealization(read.file, sheets, csvYear).diagnostics);
    }
  }

  ctx.env.stdout(render(format, diagnostics, ctx));
  const counts = countDiagnostics(diagnostics);
  if (format !== 'json') {
    const summary =
      diagnostics.length === 0 ? ctx.t('label.validateOk', { files: files.size }) : ctx.t('label.validateSummary', { files: files.size, ...counts });
    ctx.env.stderr(`${summary}\n`);
  }
  return counts.errors > 0 ? 1 : 0;
}

function render(format: string, diagnostics: Diagnostic[], ctx: CommandContext): string {
  if (format === 'json') return renderDiagnosticsJson(diagnostics, ctx.t);
  if (format === 'stylish') return renderDiagnosticsStylish(diagnostics, ctx.t, ctx.color);
  return renderDiagnosticsText(diagnostics, ctx.t);
}

// Sheets named one by one are checked against the data folder, with each named
// file taking the place of its namesake there, so references still resolve.
function validateLooseFiles(
  targets: readonly { path: string; kind: FileKind }[],
  context: Dataset | undefined,
  ctx: CommandContext,
  files: Set<string>,
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const dataset: Dataset = { organisation: context?.organisation, decrees: [...(context?.decrees ?? [])], sheets: [...(context?.sheets ?? [])] };
  const named = new Set<string>();

  for (const target of targets) {
    const shown = displayPath(target.path, ctx.env.cwd);
    files.add(shown);
    named.add(shown);
    if (target.kind === 'position') {
      const read = readYamlFile<PositionSheet>('position', target.path, shown);
      diagnostics.push(...read.diagnostics);
      dataset.sheets = dataset.sheets.filter((s) => s.file !== shown);
      if (read.source) dataset.sheets.push(read.source);
    } else if (target.kind === 'organisasi') {
      const read = readYamlFile<Organisation>('organisasi', target.path, shown);
      diagnostics.push(...read.diagnostics);
      if (read.source) dataset.organisation = read.source;
    } else {
      const read = readYamlFile<Decree>('keputusan', target.path, shown);
      diagnostics.push(...read.diagnostics);
      dataset.decrees = dataset.decrees.filter((d) => d.file !== shown);
      if (read.source) dataset.decrees.push(read.source);
    }
  }

  return [...diagnostics, ...checkDataset(dataset).filter((d) => named.has(d.location.file))];
}

function expandPaths(paths: readonly string[], ctx: CommandContext): { path: string; kind: FileKind }[] {
  const found: { path: string; kind: FileKind }[] = [];
  for (const given of paths) {
    const path = resolve(ctx.env.cwd, given);
    if (!existsSync(path)) throw new InputError('INPUT_NOT_FOUND', { path: given });
    if (statSync(path).isDirectory()) {
      if (existsSync(join(path, 'organisasi.yaml')) || existsSync(join(path, 'positions'))) found.push({ path, kind: 'dataset' });
      else found.push(...listFiles(path).map((file) => ({ path: file, kind: classify(file) })));
    } else {
      found.push({ path, kind: classify(path) });
    }
  }
  if (found.length === 0) throw new InputError('NO_FILES', { paths: paths.join(' ') });
  return found;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => !entry.name.startsWith('.') && entry.name !== 'node_modules')
    .flatMap((entry) => (entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)]))
    .filter((file) => /\.(ya?ml|csv)$/i.test(file))
    .sort();
}

// Files are classified by their folder and name first, then by a top-level key.
function classify(path: string): FileKind {
  const name = basename(path).toLowerCase();
  const folder = basename(dirname(path));
  if (name.endsWith('.csv')) return 'realization';
  if (!/\.ya?ml$/.test(name)) throw new InputError('UNKNOWN_FILE_KIND', { path: displayPath(path) });
  if (name === 'organisasi.yaml' || name === 'organisasi.yml') return 'organisasi';
  if (name.startsWith('iki.config.')) return 'config';
  if (folder === 'positions') return 'position';
  if (folder === 'keputusan') return 'keputusan';

  const head = readTextFile(path);
  if (/^target\s*:/m.test(head)) return 'target';
  if (/^indikator\s*:/m.test(head)) return 'position';
  if (/^diktum\s*:/m.test(head)) return 'keputusan';
  if (/^unitKerja\s*:\s*$/m.test(head)) return 'organisasi';
  throw new InputError('UNKNOWN_FILE_KIND', { path: displayPath(path) });
}

function inferYear(periods: readonly string[]): number | undefined {
  for (const text of periods) {
    const period = parseRealizationPeriod(text);
    if (period) return period.year;
  }
  return undefined;
}

function parseYear(text: string): number {
  if (!/^\d{4}$/.test(text)) throw new UsageError('BAD_YEAR', { value: text });
  return Number(text);
}
