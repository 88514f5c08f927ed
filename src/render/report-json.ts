import type { ReportRow } from '../core/report.js';
import type { ReportSummaries, Summary } from '../core/summary.js';
import type { Translate } from '../i18n/index.js';
import type { ReportContext } from './report-table.js';
import { noteTexts } from './report-model.js';

/** Version of the JSON report shape; raised when a key changes meaning or disappears. */
export const REPORT_JSON_VERSION = 1;

/**
 * Renders the report as JSON `{versiFormat, tahun, periode, baris, ringkasan}`,
 * numbers in full precision and absent values as null.
 */
export function renderReportJson(rows: readonly ReportRow[], summaries: ReportSummaries, context: ReportContext, t: Translate): string {
  const document = {
    versiFormat: REPORT_JSON_VERSION,
    tahun: context.year,
    periode: context.period,
    dasarTarget: context.targetBasis ?? null,
    baris: rows.map((row) => ({
      jabatan: row.positionId,
      namaJabatan: row.positionName,
      unitKerja: row.unitId,
      indikator: row.indicatorId,
      no: row.no,
      indikatorKinerja: row.indicatorName,
      satuan: row.unitOfMeasure,
      polaritas: row.polarity,
      target: row.target ?? null,
      sumberTarget: row.targetSource ?? null,
      realisasi: row.realization ?? null,
      capaian: row.achievement ?? null,
      kategori: row.category?.id ?? null,
      status: row.status,
      catatan: noteTexts(row, t),
      variabel: Object.fromEntries(
        Object.entries(row.variables).map(([id, v]) => [
          id,
          { nilai: v.value ?? null, agregasi: v.aggregation, triwulan: v.used, tanpaData: v.missing, nilaiTahunan: v.usedAnnualValue },
        ]),
      ),
    })),
    ringkasan: {
      perangkatDaerah: summaryJson(summaries.agency),
      unitKerja: summaries.units.map(summaryJson),
      jabatan: summaries.positions.map(summaryJson),
    },
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

function summaryJson(summary: Summary) {
  return {
    id: summary.id,
    nama: summary.name,
    jumlahIndikator: summary.indicators,
    rataRataCapaian: summary.meanAchievement ?? null,
    dihitung: summary.counted,
    tidakDihitung: summary.excluded,
    kategori: summary.categories,
  };
}
