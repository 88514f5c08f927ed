import { sortDiagnostics, type Diagnostic } from '../core/diagnostic.js';
import { diagnosticMessage } from '../i18n/index.js';
import type { FindingsContext } from './findings-context.js';

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

/**
 * Renders findings as GitHub Actions workflow commands, which GitHub shows as
 * annotations on the pull request's changed lines.
 */
export function renderFindingsGithub(diagnostics: readonly Diagnostic[], context: FindingsContext): string {
  return sortDiagnostics(diagnostics)
    .map((d) => {
      const { file, line, column, endLine, endColumn } = d.location;
      const properties = [`file=${escapeProperty(file)}`, `line=${line}`, `col=${column}`];
      if (endLine !== undefined) properties.push(`endLine=${endLine}`);
      if (endColumn !== undefined) properties.push(`endColumn=${endColumn}`);
      properties.push(`title=${escapeProperty(`iki ${d.code}`)}`);
      return `::${COMMAND[d.severity]} ${properties.join(',')}::${escapeData(diagnosticMessage(context.t, d))}\n`;
    })
    .join('');
}

// The escaping rules of the workflow command syntax: data escapes %, CR and LF,
// and property values additionally escape the ':' and ',' that delimit them.
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
