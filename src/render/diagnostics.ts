import { sortDiagnostics, type Diagnostic } from '../core/diagnostic.js';
import { diagnosticMessage, type Translate } from '../i18n/index.js';
import { palette } from './color.js';

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

/** Renders findings grouped by file, with severity in colour when enabled. */
export function renderDiagnosticsStylish(diagnostics: readonly Diagnostic[], t: Translate, color: boolean): string {
  const c = palette(color);
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of sortDiagnostics(diagnostics)) byFile.set(d.location.file, [...(byFile.get(d.location.file) ?? []), d]);

  const blocks = [...byFile].map(([file, findings]) => {
    const lines = findings.map((d) => {
      const colorOf = { error: c.red, warning: c.yellow, info: c.blue }[d.severity];
      const severity = colorOf(t(`severity.${d.severity}`));
      return `  ${d.location.line}:${d.location.column}  ${severity}  ${diagnosticMessage(t, d)}  ${c.dim(d.code)}`;
    });
    return `${c.underline(file)}\n${lines.join('\n')}\n`;
  });
  return blocks.join('\n');
}

/** Renders findings as JSON: a list of objects with code, severity, message and 1-based location. */
export function renderDiagnosticsJson(diagnostics: readonly Diagnostic[], t: Translate): string {
  const items = sortDiagnostics(diagnostics).map((d) => ({
    kode: d.code,
    tingkat: d.severity,
    pesan: diagnosticMessage(t, d),
    lokasi: {
      berkas: d.location.file,
      baris: d.location.line,
      kolom: d.location.column,
      ...(d.location.endLine !== undefined ? { barisAkhir: d.location.endLine, kolomAkhir: d.location.endColumn } : {}),
    },
  }));
  return `${JSON.stringify(items, null, 2)}\n`;
}
