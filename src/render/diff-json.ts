import { countChanges, type Change, type ChangeSide, type DiffResult } from '../core/diff-model.js';
import { diagnosticMessage, type Translate } from '../i18n/index.js';
import { changeHeadline, changesInGroupOrder, type DiffContext, type DiffSideInfo, type InvalidSide } from './diff-groups.js';

/** Version of the JSON layout; `schemas/diff-output.schema.json` describes it. */
export const DIFF_JSON_VERSION = 1;

/**
 * Renders a diff as JSON: both sides, counts per class, and every change with
 * class, code, message, values, word diff, both locations and fingerprint, in
 * the order the table shows them.
 * `status` is `berubah` or `sama`. Keys are Indonesian; class ids and codes
 * are the stable ids that `--fail-on` and docs/diff.md use.
 */
export function renderDiffJson(result: DiffResult, context: DiffContext, t: Translate): string {
  return toJson({
    ...envelope(context, result.changes.length > 0 ? 'berubah' : 'sama', result.changes),
    perubahan: changesInGroupOrder(result).map((change) => changeJson(change, t)),
    temuan: [],
  });
}

/** Renders the JSON for sides that failed validation: status `tidak-sah`, no changes, and the findings of each side. */
export function renderInvalidDiffJson(context: DiffContext, invalid: readonly InvalidSide[], t: Translate): string {
  const findings = invalid.flatMap(({ side, diagnostics }) =>
    diagnostics.map((d) => ({
      sisi: side,
      kode: d.code,
      tingkat: d.severity,
      pesan: diagnosticMessage(t, d),
      lokasi: { berkas: d.location.file, baris: d.location.line, kolom: d.location.column },
    })),
  );
  return toJson({ ...envelope(context, 'tidak-sah', []), perubahan: [], temuan: findings });
}

function envelope(context: DiffContext, status: 'berubah' | 'sama' | 'tidak-sah', changes: readonly Change[]) {
  const counts = countChanges(changes);
  return {
    versiFormat: DIFF_JSON_VERSION,
    status,
    sebelum: sideJson(context.base),
    sesudah: sideJson(context.head),
    jumlah: { ...counts, total: changes.length },
  };
}

function sideJson(side: DiffSideInfo) {
  return { jenis: side.kind, nama: side.name, commit: side.commit ?? null };
}

function changeJson(change: Change, t: Translate) {
  return {
    kelas: change.changeClass,
    kode: change.code,
    pesan: changeHeadline(change, t),
    jabatan: change.position ?? null,
    indikator: change.indicator ?? null,
    bidang: change.field ?? null,
    nilaiSebelum: change.before,
    nilaiSesudah: change.after,
    kata: change.words?.map((segment) => ({ jenis: segment.kind, teks: segment.text })) ?? null,
    alasan: change.editorialReason ?? null,
    sebelum: locationJson(change.base),
    sesudah: locationJson(change.head),
    sidikJari: change.fingerprint,
  };
}

function locationJson(side: ChangeSide | undefined) {
  if (!side) return null;
  return { berkas: side.file, baris: side.line, kolom: side.column, jalur: side.path, kunci: side.key };
}

function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
