import { sortDiagnostics, type Diagnostic, type Location } from '../core/diagnostic.js';
import { diagnosticMessage } from '../i18n/index.js';
import { fingerprints, type FindingsContext } from './findings-context.js';

/** Version of the JSON findings shape described by schemas/validate-output.schema.json. */
export const FINDINGS_JSON_VERSION = 1;

/**
 * Renders findings as JSON: `{versiFormat, ringkasan, temuan}`, each finding
 * with code, severity, message, 1-based location, related places and fingerprint.
 */
export function renderFindingsJson(diagnostics: readonly Diagnostic[], context: FindingsContext): string {
  const prints = fingerprints(diagnostics);
  const sorted = sortDiagnostics(diagnostics);
  const document = {
    versiFormat: FINDINGS_JSON_VERSION,
    ringkasan: {
      berkas: context.files.length,
      galat: sorted.filter((d) => d.severity === 'error').length,
      peringatan: sorted.filter((d) => d.severity === 'warning').length,
      info: sorted.filter((d) => d.severity === 'info').length,
    },
    temuan: sorted.map((d) => ({
      kode: d.code,
      tingkat: d.severity,
      pesan: diagnosticMessage(context.t, d),
      lokasi: locationJson(d.location),
      terkait: (d.related ?? []).map(locationJson),
      sidikJari: prints.get(d) ?? '',
    })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

function locationJson(location: Location) {
  return {
    berkas: location.file,
    baris: location.line,
    kolom: location.column,
    ...(location.endLine !== undefined ? { barisAkhir: location.endLine, kolomAkhir: location.endColumn ?? location.column } : {}),
  };
}
