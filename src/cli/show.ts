import { resolve } from 'node:path';
import type { PositionSheet } from '../core/model.js';
import { withSuggestion } from '../core/suggest.js';
import { UsageError } from '../io/errors.js';
import { readTextFile, readYamlFile } from '../io/yaml-file.js';
import { renderDiagnosticsText } from '../render/diagnostics.js';
import { renderSheetsJson, renderSheetsMarkdown, renderSheetsTable, renderSheetsText, renderSheetsYaml } from '../render/sheet.js';
import type { CommandContext } from './context.js';
import { loadCheckedData } from './dataset.js';

/** Output formats of `iki show`. */
export const SHOW_FORMATS = ['table', 'markdown', 'json', 'yaml', 'text'] as const;

type ShowFormat = (typeof SHOW_FORMATS)[number];

/**
 * Runs `iki show ID|FILE|--all`: sheets laid out like the decree, or as data.
 * A sheet file path (ending in `.yaml` or `.yml`, or containing a folder) is
 * shown on its own, without reading the data folder. Returns the exit code.
 */
export async function runShow(id: string | undefined, options: { all?: boolean; format?: string }, ctx: CommandContext): Promise<number> {
  const format = options.format ?? 'table';
  if (!(SHOW_FORMATS as readonly string[]).includes(format)) throw new UsageError('BAD_FORMAT', { value: format, allowed: SHOW_FORMATS.join(', ') });
  if (id === undefined && !options.all) throw new UsageError('SHOW_NEEDS_ID');
  if (id !== undefined && options.all) throw new UsageError('SHOW_ID_AND_ALL', { value: id });
  if (id !== undefined && isSheetPath(id)) return showSheetFile(id, format as ShowFormat, ctx);

  const data = await loadCheckedData(ctx);
  if (!data) return 1;
  const ids = data.sheets.map((s) => s.id);
  const sheets = options.all ? data.sheets : data.sheets.filter((s) => s.id === id);
  if (sheets.length === 0 && id !== undefined) throw new UsageError('UNKNOWN_POSITION', withSuggestion({ value: id }, id, ids));

  ctx.env.stdout(renderSheets(format as ShowFormat, sheets, options.all === true, ctx));
  return 0;
}

function isSheetPath(value: string): boolean {
  return /\.ya?ml$/i.test(value) || /[/\\]/.test(value);
}

// git runs the textconv filter on every version of a sheet it shows, including
// broken ones in the middle of a merge. Text format then prints the file as it
// is, with exit code 0, so `git diff` keeps working. Other formats report the
// findings and exit 1.
function showSheetFile(path: string, format: ShowFormat, ctx: CommandContext): number {
  const fullPath = resolve(ctx.env.cwd, path);
  const read = readYamlFile<PositionSheet>('position', fullPath, path);
  if (read.source) {
    ctx.env.stdout(renderSheets(format, [read.source.data], false, ctx));
    return 0;
  }

  const errors = read.diagnostics.filter((d) => d.severity === 'error').length;
  if (format !== 'text') {
    ctx.env.stderr(renderDiagnosticsText(read.diagnostics, ctx.t));
    return 1;
  }
  ctx.env.stderr(`${ctx.t('sheetText.unreadable', { path, errors })}\n`);
  ctx.env.stdout(readTextFile(fullPath, path));
  return 0;
}

function renderSheets(format: ShowFormat, sheets: readonly PositionSheet[], asArray: boolean, ctx: CommandContext): string {
  switch (format) {
    case 'json':
      return renderSheetsJson(sheets, asArray);
    case 'yaml':
      return renderSheetsYaml(sheets);
    case 'markdown':
      return renderSheetsMarkdown(sheets, ctx.t);
    case 'text':
      return renderSheetsText(sheets, ctx.t);
    case 'table':
      return renderSheetsTable(sheets, ctx.t, ctx.color);
  }
}
