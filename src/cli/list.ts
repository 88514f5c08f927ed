import { renderPositionList, renderPositionTree } from '../render/sheet.js';
import type { CommandContext } from './context.js';
import { loadCheckedData } from './dataset.js';

/** Runs `iki list [--tree]`: the positions with unit, superior and indicator count. Returns the exit code. */
export async function runList(options: { tree?: boolean }, ctx: CommandContext): Promise<number> {
  const data = await loadCheckedData(ctx);
  if (!data) return 1;
  ctx.env.stdout(options.tree ? renderPositionTree(data.sheets, data.organisation) : renderPositionList(data.sheets, data.organisation, ctx.t, ctx.color));
  return 0;
}
