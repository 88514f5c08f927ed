import type { AchievementExplanation, IndicatorExplanation, TargetExplanation, ValueSource } from '../core/explain.js';
import type { Translate } from '../i18n/index.js';
import { renderFormula } from './formula-text.js';

/** Version of the JSON shape of `iki explain`; raised when a key changes meaning or disappears. */
export const EXPLAIN_JSON_VERSION = 1;

/**
 * Renders an explanation as JSON with Indonesian keys, like the report's JSON:
 * numbers in full precision, absent values as null, notes as text in the
 * translator's language.
 */
export function renderExplainJson(explanation: IndicatorExplanation, t: Translate): string {
  const { indicator } = explanation;
  const document = {
    versiFormat: EXPLAIN_JSON_VERSION,
    jabatan: explanation.positionId,
    indikator: indicator.id,
    tahun: explanation.year,
    periode: explanation.period,
    indikatorKinerja: indicator.indikatorKinerja,
    satuan: indicator.satuan,
    polaritas: indicator.polaritas,
    rumus: indicator.rumus,
    variabel: explanation.variables.map((variable) => ({
      id: variable.id,
      uraian: variable.description,
      agregasi: variable.aggregation,
      nilai: variable.value ?? null,
      triwulanPeriode: variable.window,
      dipakai: variable.used.map(sourceJson),
      tidakDipakai: variable.skipped.map(sourceJson),
      tanpaData: variable.missing.map((m) => ({ triwulan: m.quarter, selKosong: m.emptyCell ? sourceJson(m.emptyCell) : null })),
      nilaiTahunan: variable.usedAnnualValue,
      nilaiTahunanDiabaikan: variable.ignoredAnnualValue ? sourceJson(variable.ignoredAnnualValue) : null,
    })),
    realisasi: {
      nilai: explanation.realization.kind === 'computed' ? explanation.realization.value : null,
      hitungan: renderFormula(explanation.formula, (name) => numberText(explanation.variables.find((v) => v.id === name)?.value), 'en'),
      alasanTanpaNilai: explanation.realization.kind === 'computed' ? null : explanation.realization.kind,
    },
    target: targetJson(explanation.target),
    capaian: achievementJson(explanation.achievement),
    kategori: explanation.category
      ? { id: explanation.category.level.id, label: explanation.category.level.label, min: explanation.category.level.min ?? null }
      : null,
    status: explanation.status,
    catatan: explanation.notes.map((note) => t(`note.${note.code}`, note.args)),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

function sourceJson(source: ValueSource) {
  return { periode: source.period, nilai: source.value, berkas: source.file ?? null, baris: source.line };
}

function targetJson(target: TargetExplanation) {
  if (target.kind === 'none') return { nilai: null, sumber: null, alasan: target.reason };
  return { nilai: target.value, sumber: target.source, alasan: target.reason, tahunan: target.annual, triwulanan: target.quarterly };
}

function achievementJson(achievement: AchievementExplanation) {
  switch (achievement.kind) {
    case 'not-computed':
      return { nilai: null, metode: null, alasanTanpaNilai: achievement.reason };
    case 'undefined':
      return { nilai: null, metode: achievement.method, alasanTanpaNilai: achievement.reason, realisasi: achievement.realization, target: achievement.target };
    case 'computed':
      return {
        nilai: achievement.value,
        metode: achievement.method,
        realisasi: achievement.realization,
        target: achievement.target,
        rentang: achievement.range ?? null,
        hasilRumus: achievement.formulaValue,
        batas: achievement.limit ?? null,
      };
  }
}

// Machine-readable output keeps full precision with a decimal point.
function numberText(value: number | undefined): string {
  if (value === undefined) return '?';
  return value < 0 ? `(${value})` : String(value);
}
