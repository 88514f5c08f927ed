import type { VariableSeries } from '../core/aggregate.js';
import { explainIndicator } from '../core/explain.js';
import { indicatorKey, type PositionSheet } from '../core/model.js';
import { computeReport, seriesKey } from '../core/report.js';
import { suggestClosest } from '../core/suggest.js';
import { UsageError } from '../io/errors.js';
import { renderExplainJson } from '../render/explain-json.js';
import { renderExplainText } from '../render/explain-text.js';
import type { CommandContext } from './context.js';
import { loadReportInputs, parseReportWindow, resolveInputPaths } from './report-inputs.js';

/** Options of `iki explain` as commander passes them. */
export interface ExplainOptions {
  year: string;
  period: string;
  realization: string[];
  targets?: string;
  format?: string;
}

/**
 * Runs `iki explain POSITION/INDICATOR`: reads and checks the same inputs as
 * `iki report`, computes the indicator's row and prints how each number of it
 * came about. Returns the exit code.
 */
export async function runExplain(id: string, options: ExplainOptions, ctx: CommandContext): Promise<number> {
  const window = parseReportWindow(options.year, options.period);
  const { positionId, indicatorId } = parseIndicatorId(id);
  const paths = resolveInputPaths(options.realization, options.targets, ctx);

  const inputs = await loadReportInputs(window, paths, ctx, (data) => checkIndicator(id, positionId, indicatorId, data.sheets));
  if (!inputs) return 1;
  const { data, settings, targets, realization } = inputs;

  const sheet = data.sheets.find((s) => s.id === positionId) as PositionSheet;
  const indicator = sheet.indikator.find((i) => i.id === indicatorId);
  const row = computeReport([sheet], data.organisation, targets, realization, { ...window, settings }).find((r) => r.indicatorId === indicatorId);
  if (!indicator || !row) throw new Error(`Indicator ${id} passed the check but has no report row`);

  const series = new Map<string, VariableSeries>();
  for (const variable of indicator.variabel) {
    const values = realization.series.get(seriesKey(positionId, indicatorId, variable.id));
    if (values) series.set(variable.id, values);
  }
  const explanation = explainIndicator({
    sheet,
    indicator,
    row,
    series,
    targetEntry: targets?.byIndicator.get(indicatorKey(positionId, indicatorId)),
    hasTargetsFile: paths.targets !== undefined,
    ...window,
    settings,
  });

  const text =
    options.format === 'json'
      ? renderExplainJson(explanation, ctx.t)
      : renderExplainText(explanation, { t: ctx.t, lang: ctx.lang, showFiles: paths.realization.length > 1 });
  ctx.env.stdout(text);
  return 0;
}

function parseIndicatorId(id: string): { positionId: string; indicatorId: string } {
  const parts = id.split('/');
  const [positionId = '', indicatorId = ''] = parts;
  if (parts.length !== 2 || positionId === '' || indicatorId === '') throw new UsageError('EXPLAIN_BAD_ID', { value: id });
  return { positionId, indicatorId };
}

// The hint compares the whole POSITION/INDICATOR text, so a typo in either half finds its match.
function checkIndicator(id: string, positionId: string, indicatorId: string, sheets: readonly PositionSheet[]): void {
  const sheet = sheets.find((s) => s.id === positionId);
  if (sheet?.indikator.some((i) => i.id === indicatorId)) return;

  const keys = sheets.flatMap((s) => s.indikator.map((i) => indicatorKey(s.id, i.id)));
  const nearby = sheet ? sheet.indikator.map((i) => indicatorKey(sheet.id, i.id)) : keys;
  const suggestion = suggestClosest(id, nearby) ?? suggestClosest(id, keys);
  const args: Record<string, string> = { value: id };
  if (suggestion !== undefined) args.suggestion = suggestion;
  if (sheet) args.available = `${sheet.id}: ${sheet.indikator.map((i) => i.id).join(', ')}`;
  throw new UsageError('EXPLAIN_UNKNOWN_INDICATOR', args);
}
