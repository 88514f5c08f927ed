import type { Diagnostic } from '../core/diagnostic.js';
import { diagnosticMessage } from '../i18n/index.js';
import { palette } from './color.js';
import { groupByFile, type FindingsContext } from './findings-context.js';

/**
 * Renders findings for people: grouped by file, each with its position,
 * severity, message and code, then the source line with a caret under the spot.
 */
export function renderFindingsStylish(diagnostics: readonly Diagnostic[], context: FindingsContext): string {
  const c = palette(context.color);
  const colorOf = { error: c.red, warning: c.yellow, info: c.blue };
  const blocks: string[] = [];

  for (const [file, findings] of groupByFile(diagnostics)) {
    const lines = (context.sources.get(file) ?? '').split(/\r?\n/);
    const entries = findings.map((d) => {
      const head = `  ${d.location.line}:${d.location.column}  ${colorOf[d.severity](context.t(`severity.${d.severity}`))}  ${diagnosticMessage(context.t, d)}  ${c.dim(d.code)}`;
      return [head, ...excerpt(lines, d, c.red)].join('\n');
    });
    blocks.push(`${c.underline(file)}\n${entries.join('\n\n')}\n`);
  }
  return blocks.join('\n');
}

// One source line with a caret under the column, and a tilde run to the end
// column when the finding stays on that line.
function excerpt(lines: readonly string[], d: Diagnostic, mark: (text: string) => string): string[] {
  const source = lines[d.location.line - 1];
  if (source === undefined) return [];

  // A very long line is shown as a window around the column, so the caret still points at it.
  const full = source.replace(/\t/g, ' ');
  const start = full.length > EXCERPT_WIDTH ? Math.max(0, Math.min(d.location.column - 1 - EXCERPT_WIDTH / 2, full.length - EXCERPT_WIDTH)) : 0;
  const text = `${start > 0 ? '…' : ''}${full.slice(start, start + EXCERPT_WIDTH)}${start + EXCERPT_WIDTH < full.length ? '…' : ''}`;
  const column = d.location.column - start + (start > 0 ? 1 : 0);

  const gutter = `    ${d.location.line} | `;
  const sameLine = d.location.endLine === d.location.line && d.location.endColumn !== undefined;
  const width = sameLine ? Math.min(Math.max(1, (d.location.endColumn ?? 0) - d.location.column), EXCERPT_WIDTH) : 1;
  const underline = `${' '.repeat(gutter.length - 2)}| ${' '.repeat(Math.max(0, column - 1))}${mark(`^${'~'.repeat(width - 1)}`)}`;
  return [`${gutter}${text}`, underline];
}

const EXCERPT_WIDTH = 160;
