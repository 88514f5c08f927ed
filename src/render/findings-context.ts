import { createHash } from 'node:crypto';
import { sortDiagnostics, type Diagnostic } from '../core/diagnostic.js';
import type { Lang, Translate } from '../i18n/index.js';

/** Context shared by every findings renderer besides the findings themselves. */
export interface FindingsContext {
  t: Translate;
  lang: Lang;
  color: boolean;
  /** Files that were checked, as shown in findings; files without findings appear as passing in JUnit. */
  files: readonly string[];
  /** Text of each file with findings, for source excerpts. */
  sources: ReadonlyMap<string, string>;
  /** Version of iki, recorded in SARIF. */
  version: string;
}

/**
 * Returns a stable fingerprint per finding: a hash of code, file and message
 * arguments, numbered among identical ones. It survives lines moving, so CI
 * systems keep recognising a finding between runs.
 */
export function fingerprints(diagnostics: readonly Diagnostic[]): Map<Diagnostic, string> {
  const seen = new Map<string, number>();
  const result = new Map<Diagnostic, string>();
  for (const d of sortDiagnostics(diagnostics)) {
    const base = `${d.code}|${d.location.file}|${JSON.stringify(d.args)}`;
    const occurrence = seen.get(base) ?? 0;
    seen.set(base, occurrence + 1);
    result.set(d, createHash('sha256').update(`${base}|${occurrence}`).digest('hex').slice(0, 32));
  }
  return result;
}

/** Groups findings by file, files in name order and findings by position. */
export function groupByFile(diagnostics: readonly Diagnostic[]): Map<string, Diagnostic[]> {
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of sortDiagnostics(diagnostics)) byFile.set(d.location.file, [...(byFile.get(d.location.file) ?? []), d]);
  return byFile;
}
