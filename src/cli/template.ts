import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { isPeriod } from '../core/period.js';
import { buildTemplate } from '../core/template.js';
import { checkOutputPath, writeFileAtomic } from '../io/atomic-write.js';
import { UsageError } from '../io/errors.js';
import { renderTemplateCsv } from '../render/template-csv.js';
import type { CommandContext } from './context.js';
import { loadCheckedData } from './dataset.js';

/** Options of `iki template`. */
export interface TemplateOptions {
  year: string;
  period?: string;
  delimiter?: string;
  output?: string;
  force?: boolean;
}

/** Runs `iki template --year Y [--period P]`: the realization CSV to fill in. Returns the exit code. */
export function runTemplate(options: TemplateOptions, ctx: CommandContext): number {
  if (!/^\d{4}$/.test(options.year)) throw new UsageError('BAD_YEAR', { value: options.year });
  const period = (options.period ?? 'TAHUN').toUpperCase();
  if (!isPeriod(period)) throw new UsageError('BAD_PERIOD', { value: options.period ?? '' });
  const delimiter = options.delimiter ?? ';';
  if (delimiter !== ';' && delimiter !== ',') throw new UsageError('BAD_DELIMITER', { value: delimiter });
  if (options.output !== undefined) {
    const path = resolve(ctx.env.cwd, options.output);
    checkOutputPath(path, [], options.output);
    // A template file is where staff type a quarter's data; writing over it loses that work.
    if (!options.force && existsSync(path)) throw new UsageError('TEMPLATE_EXISTS', { path: options.output });
  }

  const data = loadCheckedData(ctx);
  if (!data) return 1;
  const text = renderTemplateCsv(buildTemplate(data.sheets, Number(options.year), period), ctx.t, delimiter);

  if (options.output === undefined) {
    ctx.env.stdout(text);
  } else {
    writeFileAtomic(resolve(ctx.env.cwd, options.output), text, options.output);
    ctx.env.stderr(`${ctx.t('label.written', { path: options.output })}\n`);
  }
  return 0;
}
