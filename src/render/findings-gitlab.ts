import { sortDiagnostics, type Diagnostic } from '../core/diagnostic.js';
import { diagnosticMessage } from '../i18n/index.js';
import { fingerprints, type FindingsContext } from './findings-context.js';

const SEVERITY = { error: 'major', warning: 'minor', info: 'info' } as const;

/** Renders findings as a GitLab Code Quality report: a JSON array of issues with fingerprints. */
export function renderFindingsGitlab(diagnostics: readonly Diagnostic[], context: FindingsContext): string {
  const prints = fingerprints(diagnostics);
  const issues = sortDiagnostics(diagnostics).map((d) => ({
    description: diagnosticMessage(context.t, d),
    check_name: d.code,
    fingerprint: prints.get(d) ?? '',
    severity: SEVERITY[d.severity],
    location: { path: d.location.file, lines: { begin: d.location.line, end: d.location.endLine ?? d.location.line } },
  }));
  return `${JSON.stringify(issues, null, 2)}\n`;
}
