import { describe, expect, test } from 'vitest';
import type { VariableSeries } from '../../src/core/aggregate.js';
import type { Indicator, IndicatorTarget, Organisation, PositionSheet, Quarter } from '../../src/core/model.js';
import type { Period } from '../../src/core/period.js';
import { computeReport, seriesKey, type Status } from '../../src/core/report.js';
import { DEFAULT_SETTINGS } from '../../src/core/settings.js';
import { summarizeReport } from '../../src/core/summary.js';

const indicator: Indicator = {
  id: 'pemberdayaan-fakir-miskin',
  no: 1,
  sasaran: 'Meningkatkan Pemberdayaan Fakir Miskin, KAT, PMKS',
  indikatorKinerja: 'Persentase Pemberdayaan Fakir Miskin/Anak Terlantar',
  penjelasan: [{ uraian: 'x', sumberData: 'Bidang Sosial' }],
  satuan: 'persen',
  polaritas: 'positif',
  variabel: [
    { id: 'diberdayakan', uraian: 'x', agregasi: 'jumlah' },
    { id: 'belum_diberdayakan', uraian: 'x', agregasi: 'akhir' },
  ],
  rumus: '100 * diberdayakan / belum_diberdayakan',
};

const sheet: PositionSheet = {
  versiSkema: 1,
  id: 'kabid-sosial',
  jabatan: 'Kepala Bidang Sosial',
  unitKerja: 'bidang-sosial',
  atasan: 'kepala-dinas',
  keputusan: 'kep-15-2021',
  tugasPokok: 'x',
  fungsi: ['x'],
  indikator: [indicator],
};

const organisation: Organisation = {
  versiSkema: 1,
  id: 'dinas',
  nama: 'Dinas',
  kabupaten: 'Kapuas Hulu',
  kepala: { id: 'kepala-dinas', jabatan: 'Kepala Dinas' },
  unitKerja: [{ id: 'bidang-sosial', nama: 'Bidang Sosial', kepala: 'kabid-sosial' }],
};

type Values = Partial<Record<Quarter, number | null>>;

function reportRow(diberdayakan: Values, belum: Values, target: IndicatorTarget | undefined, period: Period = 'TAHUN') {
  const toSeries = (values: Values): VariableSeries => ({
    quarters: Object.fromEntries(Object.entries(values).map(([q, value], index) => [q, { value, line: index + 2 }])),
  });
  const series = new Map<string, VariableSeries>();
  if (Object.keys(diberdayakan).length > 0) series.set(seriesKey('kabid-sosial', indicator.id, 'diberdayakan'), toSeries(diberdayakan));
  if (Object.keys(belum).length > 0) series.set(seriesKey('kabid-sosial', indicator.id, 'belum_diberdayakan'), toSeries(belum));
  const targets = target ? { year: 2021, byIndicator: new Map([[`kabid-sosial/${indicator.id}`, target]]) } : undefined;
  const rows = computeReport([sheet], organisation, targets, { year: 2021, series }, { year: 2021, period, settings: DEFAULT_SETTINGS });
  const row = rows[0];
  if (!row) throw new Error('no row');
  return row;
}

const annual = (value: number): IndicatorTarget => ({ annual: value, quarterly: {} });
const full = { TW1: 100, TW2: 100, TW3: 100, TW4: 100 };
const stock = { TW1: 500, TW2: 500, TW3: 500, TW4: 500 };

describe('computeReport status', () => {
  test.each<{ name: string; diberdayakan: Values; belum: Values; target: IndicatorTarget | undefined; status: Status; notes: string[] }>([
    { name: 'complete data', diberdayakan: full, belum: stock, target: annual(80), status: 'ok', notes: [] },
    {
      name: 'a jumlah quarter missing',
      diberdayakan: { TW1: 100, TW2: 100, TW4: 100 },
      belum: stock,
      target: annual(80),
      status: 'data-tidak-lengkap',
      notes: ['data-tidak-lengkap'],
    },
    { name: 'a variable without data', diberdayakan: full, belum: {}, target: annual(80), status: 'tanpa-data', notes: ['tanpa-data'] },
    { name: 'only empty cells', diberdayakan: full, belum: { TW1: null, TW4: null }, target: annual(80), status: 'tanpa-data', notes: ['tanpa-data'] },
    { name: 'zero denominator', diberdayakan: full, belum: { TW4: 0 }, target: annual(80), status: 'penyebut-nol', notes: ['penyebut-nol'] },
    { name: 'no target', diberdayakan: full, belum: stock, target: undefined, status: 'tanpa-target', notes: ['tanpa-target'] },
    { name: 'zero target', diberdayakan: full, belum: stock, target: annual(0), status: 'target-nol', notes: ['target-nol'] },
    { name: 'no data beats no target', diberdayakan: {}, belum: stock, target: undefined, status: 'tanpa-data', notes: ['tanpa-data', 'tanpa-target'] },
    {
      name: 'zero denominator beats incomplete',
      diberdayakan: { TW1: 5 },
      belum: { TW4: 0 },
      target: annual(80),
      status: 'penyebut-nol',
      notes: ['data-tidak-lengkap', 'penyebut-nol'],
    },
    {
      name: 'no target beats incomplete',
      diberdayakan: { TW1: 5 },
      belum: stock,
      target: undefined,
      status: 'tanpa-target',
      notes: ['data-tidak-lengkap', 'tanpa-target'],
    },
  ])('$name', ({ diberdayakan, belum, target, status, notes }) => {
    const row = reportRow(diberdayakan, belum, target);
    expect(row.status).toBe(status);
    expect(row.notes.map((n) => n.code).sort()).toEqual([...notes].sort());
  });
});

describe('computeReport numbers', () => {
  test('formula on aggregated values, not on quarterly ratios', () => {
    const row = reportRow({ TW1: 10, TW2: 20, TW3: 30, TW4: 40 }, { TW1: 200, TW2: 200, TW3: 200, TW4: 160 }, annual(50));
    expect(row.realization).toBe(62.5);
    expect(row.achievement).toBe(125);
    expect(row.category?.id).toBe('sangat-tinggi');
  });

  test('cumulative quarterly target for the window end', () => {
    const row = reportRow({ TW1: 10, TW2: 20 }, stock, { annual: 80, quarterly: { TW1: 2, TW2: 5 } }, 'S1');
    expect(row.targetSource).toBe('TW2');
    expect(row.target).toBe(5);
    expect(row.realization).toBe(6);
    expect(row.achievement).toBeCloseTo(120, 10);
  });

  test('annual target when no quarterly target, with a note', () => {
    const row = reportRow({ TW1: 10 }, stock, annual(80), 'TW1');
    expect(row.targetSource).toBe('tahunan');
    expect(row.notes.map((n) => n.code)).toContain('target-tahunan');
  });

  test('range target', () => {
    const row = reportRow(full, stock, { annual: { min: 70, max: 90 }, quarterly: {} });
    expect(row.realization).toBe(80);
    expect(row.achievement).toBe(100);
  });

  test('zero denominator yields no number at all', () => {
    const row = reportRow(full, { TW4: 0 }, annual(80));
    expect(row.realization).toBeUndefined();
    expect(row.achievement).toBeUndefined();
    expect(row.category).toBeUndefined();
  });

  test('summary leaves out rows without capaian and counts why', () => {
    const rows = [reportRow(full, stock, annual(80)), reportRow(full, stock, undefined), reportRow(full, stock, annual(40))];
    const summary = summarizeReport(rows, { id: 'dinas', name: 'Dinas' });
    expect(summary.agency.meanAchievement).toBe(150);
    expect(summary.agency.counted).toBe(2);
    expect(summary.agency.excluded).toEqual({ 'tanpa-target': 1 });
    expect(summary.units[0]?.indicators).toBe(3);
  });
});
