import { withSuggestion } from '../core/suggest.js';
import { UsageError } from '../io/errors.js';
import { renderSheetsJson, renderSheetsMarkdown, renderSheetsTable, renderSheetsYaml } from '../render/sheet.js';
import type { CommandContext } from './context.js';
import { loadCheckedData } from './dataset.js';

/** Output formats of `iki show`. */
export const SHOW_FORMATS = ['table', 'markdown', 'json', 'yaml'] as const;

/** Runs `iki show ID|--all`: sheets laid out like the decree, or as data. Returns the exit code. */
export function runShow(id: string | undefined, options: { all?: boolean; format?: string }, ctx: CommandContext): number {
  const format = options.format ?? 'table';
  if (!(SHOW_FORMATS as readonly string[]).includes(format)) throw new UsageError('BAD_FORMAT', { value: format, allowed: SHOW_FORMATS.join(', ') });
  if (id === undefined && !options.all) throw new UsageError('SHOW_NEEDS_ID');
  if (id !== undefined && options.all) throw new UsageError('SHOW_ID_AND_ALL', { value: id });

  const data = loadCheckedData(ctx);
  if (!data) return 1;
  const ids = data.sheets.map((s) => s.id);
  const sheets = options.all ? data.sheets : data.sheets.filter((s) => s.id === id);
  if (sheets.length === 0 && id !== undefined) throw new UsageError('UNKNOWN_POSITION', withSuggestion({ value: id }, id, ids));

  switch (format) {
    case 'json':
      ctx.env.stdout(renderSheetsJson(sheets, options.all === true));
      break;
    case 'yaml':
      ctx.env.stdout(renderSheetsYaml(sheets));
      break;
    case 'markdown':
      ctx.env.stdout(renderSheetsMarkdown(sheets, ctx.t));
      break;
    default:
      ctx.env.stdout(renderSheetsTable(sheets, ctx.t, ctx.color));
  }
  return 0;
}
