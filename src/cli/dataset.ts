import { checkDataset, type Dataset } from '../core/dataset-check.js';
import { hasErrors, type Diagnostic } from '../core/diagnostic.js';
import type { Organisation, PositionSheet } from '../core/model.js';
import { orderSheets } from '../core/order.js';
import { displayPath, readDatasetOnThreads } from '../io/dataset.js';
import { InputError } from '../io/errors.js';
import { renderDiagnosticsText } from '../render/diagnostics.js';
import type { CommandContext } from './context.js';

/** A data folder that passed every check, ready for a report or a listing. */
export interface CheckedData {
  dataset: Dataset;
  sheets: PositionSheet[];
  organisation: Organisation;
  files: string[];
  warnings: Diagnostic[];
}

/**
 * Reads and checks the data folder. Commands other than `validate` refuse to
 * work on invalid sheets, since a report from them could show wrong numbers:
 * the errors are printed and undefined is returned.
 */
export async function loadCheckedData(ctx: CommandContext): Promise<CheckedData | undefined> {
  const read = await readDatasetOnThreads(ctx.dataDir, ctx.env.cwd, ctx.threads);
  const diagnostics = [...read.diagnostics, ...checkDataset(read.dataset)];
  const shownDir = displayPath(ctx.dataDir, ctx.env.cwd);

  if (hasErrors(diagnostics)) {
    const errors = diagnostics.filter((d) => d.severity === 'error');
    ctx.env.stderr(renderDiagnosticsText(errors, ctx.t));
    ctx.env.stderr(`${ctx.t('error.DATA_INVALID', { path: shownDir, errors: errors.length })}\n`);
    return undefined;
  }
  if (!read.dataset.organisation) throw new InputError('ORGANISATION_NOT_FOUND', { path: `${shownDir}/organisasi.yaml` });

  return {
    dataset: read.dataset,
    sheets: orderSheets(
      read.dataset.sheets.map((s) => s.data),
      read.dataset.organisation.data,
    ),
    organisation: read.dataset.organisation.data,
    files: read.files,
    warnings: diagnostics,
  };
}
