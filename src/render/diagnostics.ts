import { sortDiagnostics, type Diagnostic } from '../core/diagnostic.js';
import { diagnosticMessage, type Translate } from '../i18n/index.js';

/** Counts of findings by severity. */
export interface DiagnosticCounts {
  errors: number;
  warnings: number;
  infos: number;
}

/** Counts findings by severity. */
export function countDiagnostics(diagnostics: readonly Diagnostic[]): DiagnosticCounts {
  return {
    errors: diagnostics.filter((d) => d.severity === 'error').length,
    warnings: diagnostics.filter((d) => d.severity === 'warning').length,
    infos: diagnostics.filter((d) => d.severity === 'info').length,
  };
}

/** Renders one line per finding: `file:line:col severity CODE message`, 1-based. */
export function renderDiagnosticsText(diagnostics: readonly Diagnostic[], t: Translate): string {
  return sortDiagnostics(diagnostics)
    .map((d) => `${d.location.file}:${d.location.line}:${d.location.column} ${d.severity} ${d.code} ${diagnosticMessage(t, d)}\n`)
    .join('');
}
