import { CODE_SEVERITY, DIAGNOSTIC_CODES, sortDiagnostics, type Diagnostic, type Location } from '../core/diagnostic.js';
import { diagnosticMessage, ruleDescription } from '../i18n/index.js';
import { fingerprints, type FindingsContext } from './findings-context.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

/**
 * Renders findings as SARIF 2.1.0: one run whose driver lists every finding
 * code as a rule with help text, and one result per finding with a
 * 1-based region and a partial fingerprint.
 */
export function renderFindingsSarif(diagnostics: readonly Diagnostic[], context: FindingsContext): string {
  const prints = fingerprints(diagnostics);
  const rules = DIAGNOSTIC_CODES.map((code) => ({
    id: code,
    name: code,
    shortDescription: { text: ruleDescription(context.lang, code) },
    help: { text: context.t('label.ruleHelp', { code, anchor: code.toLowerCase() }) },
    defaultConfiguration: { level: LEVEL[CODE_SEVERITY[code]] },
  }));

  const results = sortDiagnostics(diagnostics).map((d) => ({
    ruleId: d.code,
    ruleIndex: DIAGNOSTIC_CODES.indexOf(d.code),
    level: LEVEL[d.severity],
    message: { text: diagnosticMessage(context.t, d) },
    locations: [physicalLocation(d.location)],
    ...(d.related ? { relatedLocations: d.related.map((location, index) => ({ id: index, ...physicalLocation(location) })) } : {}),
    partialFingerprints: { 'ikiFinding/v1': prints.get(d) ?? '' },
  }));

  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'iki', version: context.version, semanticVersion: context.version, rules } },
        columnKind: 'unicodeCodePoints',
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function physicalLocation(location: Location) {
  const region: Record<string, number> = { startLine: location.line, startColumn: location.column };
  if (location.endLine !== undefined) region.endLine = location.endLine;
  if (location.endColumn !== undefined) region.endColumn = location.endColumn;
  return { physicalLocation: { artifactLocation: { uri: encodeURI(location.file.replace(/\\/g, '/')) }, region } };
}
