import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { isPeriod } from '../core/period.js';
import { buildTemplate } from '../core/template.js';
import { checkOutputPath, writeFileAtomic } from '../io/atomic-write.js';
import { UsageError } from '../io/errors.js';
import { renderTemplateCsv } from '../render/template-csv.js';
import { renderTemplateXlsx } from '../render/template-xlsx.js';
import type { CommandContext } from './context.js';
import { loadCheckedData } from './dataset.js';

/** Options of `iki template`. */
export interface TemplateOptions {
  year: string;
  period?: string;
  delimiter?: string;
  /** `csv` or `xlsx`; without it, an `--output` ending in `.xlsx` means xlsx, anything else csv. */
  format?: string;
  output?: string;
  force?: boolean;
}

/** Runs `iki template --year Y [--period P]`: the realization CSV or workbook to fill in. Returns the exit code. */
export async function runTemplate(options: TemplateOptions, ctx: CommandContext): Promise<number> {
  if (!/^\d{4}$/.test(options.year)) throw new UsageError('BAD_YEAR', { value: options.year });
  const period = (options.period ?? 'TAHUN').toUpperCase();
  if (!isPeriod(period)) throw new UsageError('BAD_PERIOD', { value: options.period ?? '' });
  const delimiter = options.delimiter ?? ';';
  if (delimiter !== ';' && delimiter !== ',') throw new UsageError('BAD_DELIMITER', { value: delimiter });
  const format = options.format ?? (/\.xlsx$/i.test(options.output ?? '') ? 'xlsx' : 'csv');
  if (format !== 'csv' && format !== 'xlsx') throw new UsageError('BAD_FORMAT', { value: format, allowed: 'csv, xlsx' });
  if (format === 'xlsx' && options.output === undefined) throw new UsageError('BINARY_NEEDS_OUTPUT', { format });
  if (options.output !== undefined) {
    const path = resolve(ctx.env.cwd, options.output);
    checkOutputPath(path, [], options.output);
    // A template file is where staff type a quarter's data; writing over it loses that work.
    if (!options.force && existsSync(path)) throw new UsageError('TEMPLATE_EXISTS', { path: options.output });
  }

  const data = await loadCheckedData(ctx);
  if (!data) return 1;
  const rows = buildTemplate(data.sheets, Number(options.year), period);
  const unitNames = new Map(data.organisation.unitKerja.map((unit) => [unit.id, unit.nama]));
  const unitOfPosition = new Map(data.sheets.map((sheet) => [sheet.id, unitNames.get(sheet.unitKerja) ?? sheet.unitKerja]));
  const output =
    format === 'xlsx'
      ? await renderTemplateXlsx(rows, unitOfPosition, { t: ctx.t, lang: ctx.lang, year: Number(options.year), agencyName: data.organisation.nama })
      : renderTemplateCsv(rows, ctx.t, delimiter);

  if (options.output === undefined) {
    if (typeof output !== 'string') throw new UsageError('BINARY_NEEDS_OUTPUT', { format });
    ctx.env.stdout(output);
  } else {
    writeFileAtomic(resolve(ctx.env.cwd, options.output), output, options.output);
    ctx.env.stderr(`${ctx.t('label.written', { path: options.output })}\n`);
  }
  return 0;
}
