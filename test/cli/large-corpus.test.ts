import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildCorpus, writeCorpus, writeRealizationCsv, type Corpus, type GeneratedIndicator, type GeneratedTarget } from '../../bench/corpus.mjs';
import { temporaryFolder } from '../helpers.js';
import { runIki } from './harness.js';

// The benchmark's generator at a size a test can afford: 300 sheets of the
// validation corpus's shape and every realization row they define. Each
// report row is checked against sums, latest values, formulas and capaian
// computed here from the CSV text and the targets file, without iki's code.

const SHEETS = 300;
const QUARTERS = ['TW1', 'TW2', 'TW3', 'TW4'] as const;
type Quarter = (typeof QUARTERS)[number];
type Values = Partial<Record<Quarter, number | null>>;

interface JsonRow {
  jabatan: string;
  indikator: string;
  target: GeneratedTarget | null;
  realisasi: number | null;
  capaian: number | null;
  kategori: string | null;
  status: string;
  variabel: Record<string, { nilai: number | null }>;
}

interface Expected {
  variables: Record<string, number | undefined>;
  target: number | { min: number; max: number } | undefined;
  realization: number | undefined;
  achievement: number | undefined;
  category: string | undefined;
  status: string;
}

let project: string;
let corpus: Corpus;
let rowsByVariable: Map<string, Values>;
let targetsFile: Record<string, Record<string, GeneratedTarget>>;

beforeAll(() => {
  project = temporaryFolder('iki-large-corpus-');
  corpus = buildCorpus({ sheets: SHEETS, seed: 7, indicators: [2, 8] });
  writeCorpus(project, corpus);
  writeRealizationCsv(join(project, 'realisasi.csv'), corpus, { seed: 8 });
  rowsByVariable = readCsvByHand(readFileSync(join(project, 'realisasi.csv'), 'utf8'));
  targetsFile = (parse(readFileSync(join(project, 'targets.yaml'), 'utf8')) as { target: typeof targetsFile }).target;
});

describe('report on a generated corpus', () => {
  test('corpus exercises every status', async () => {
    const report = await runReport('TAHUN');
    const statuses = new Set(report.map((row) => row.status));

    expect([...statuses].sort()).toEqual(['data-tidak-lengkap', 'ok', 'penyebut-nol', 'tanpa-data', 'tanpa-target', 'target-nol']);
  });

  test.each(['TW1', 'TW2', 'S2', 'TAHUN'])('%s matches the hand computation', async (period) => {
    const report = await runReport(period);
    const indicators = corpus.sheets.flatMap((sheet) => sheet.data.indikator.map((indicator) => ({ sheetId: sheet.data.id, indicator })));
    expect(report).toHaveLength(indicators.length);

    const byKey = new Map(report.map((row) => [`${row.jabatan}/${row.indikator}`, row]));
    for (const { sheetId, indicator } of indicators) {
      const key = `${sheetId}/${indicator.id}`;
      const row = byKey.get(key);
      const expected = expectRow(sheetId, indicator, period);
      expect(row, key).toBeDefined();
      if (!row) continue;

      for (const [variableId, value] of Object.entries(expected.variables)) {
        expectNumber(row.variabel[variableId]?.nilai ?? null, value, `${key} ${variableId}`);
      }
      expect(row.target ?? undefined, `${key} target`).toEqual(expected.target);
      expectNumber(row.realisasi, expected.realization, `${key} realisasi`);
      expectNumber(row.capaian, expected.achievement, `${key} capaian`);
      expect(row.kategori ?? undefined, `${key} kategori`).toBe(expected.category);
      expect(row.status, `${key} status`).toBe(expected.status);
    }
  });
});

async function runReport(period: string): Promise<JsonRow[]> {
  const args = ['report', '--year', String(corpus.year), '--period', period, '--realization', 'realisasi.csv', '--targets', 'targets.yaml', '--format', 'json'];
  const result = await runIki(args, { cwd: project });
  expect(result.code, result.stderr).toBe(0);
  return (JSON.parse(result.stdout) as { baris: JsonRow[] }).baris;
}

function expectNumber(actual: number | null, expected: number | undefined, label: string): void {
  if (expected === undefined) {
    expect(actual, label).toBeNull();
  } else {
    expect(actual, label).not.toBeNull();
    expect(actual ?? Number.NaN, label).toBeCloseTo(expected, 9);
  }
}

// Reads the file as the generator writes it: a BOM, a header, `;` between
// cells, decimal commas, CRLF. An empty cell is a missing value.
function readCsvByHand(text: string): Map<string, Values> {
  const values = new Map<string, Values>();
  const [, ...lines] = text.replace(/^\uFEFF/, '').split('\r\n');
  for (const line of lines.filter((l) => l !== '')) {
    const [jabatan, indikator, variabel, periode, nilai] = line.split(';') as [string, string, string, string, string];
    const quarter = periode.split('-')[1] as Quarter;
    const entry = values.get(`${jabatan}/${indikator}/${variabel}`) ?? {};
    entry[quarter] = nilai === '' ? null : Number(nilai.replace(',', '.'));
    values.set(`${jabatan}/${indikator}/${variabel}`, entry);
  }
  return values;
}

function windowOf(period: string): Quarter[] {
  const end = { TW1: 1, TW2: 2, TW3: 3, TW4: 4, S1: 2, S2: 4, TAHUN: 4 }[period] ?? 4;
  return QUARTERS.slice(0, end);
}

function expectRow(sheetId: string, indicator: GeneratedIndicator, period: string): Expected {
  const window = windowOf(period);
  const variables: Record<string, number | undefined> = {};
  let withoutData = false;
  let incomplete = false;

  for (const variable of indicator.variabel) {
    const series = rowsByVariable.get(`${sheetId}/${indicator.id}/${variable.id}`) ?? {};
    const present = window.filter((quarter) => typeof series[quarter] === 'number').map((quarter) => series[quarter] as number);
    if (present.length === 0) {
      variables[variable.id] = undefined;
      withoutData = true;
      continue;
    }
    const sum = present.reduce((total, value) => total + value, 0);
    if (variable.agregasi === 'jumlah') variables[variable.id] = sum;
    else if (variable.agregasi === 'akhir') variables[variable.id] = present[present.length - 1];
    else variables[variable.id] = sum / present.length;
    if (variable.agregasi === 'jumlah' && present.length < window.length) incomplete = true;
  }

  const realization = withoutData ? undefined : evaluateByHand(indicator.rumus, variables);
  const target = targetOf(sheetId, indicator.id, window[window.length - 1] as Quarter);
  const achievement = realization === undefined || target === undefined ? undefined : achievementOf(realization, target, indicator.polaritas);

  let status = 'ok';
  if (withoutData) status = 'tanpa-data';
  else if (realization === undefined) status = 'penyebut-nol';
  else if (target === undefined) status = 'tanpa-target';
  else if (achievement === undefined) status = 'target-nol';
  else if (incomplete) status = 'data-tidak-lengkap';

  return { variables, target, realization, achievement, category: achievement === undefined ? undefined : categoryOf(achievement), status };
}

// The generator writes three formula shapes; anything else fails the test.
function evaluateByHand(formula: string, values: Record<string, number | undefined>): number | undefined {
  const value = (name: string | undefined) => values[name ?? ''] as number;
  const single = /^(\w+)$/.exec(formula);
  if (single) return value(single[1]);

  const ratio = /^100 \* (\w+) \/ (\w+)$/.exec(formula);
  if (ratio) return value(ratio[2]) === 0 ? undefined : (100 * value(ratio[1])) / value(ratio[2]);

  const sumRatio = /^100 \* \((\w+) \+ (\w+)\) \/ (\w+)$/.exec(formula);
  if (sumRatio) return value(sumRatio[3]) === 0 ? undefined : (100 * (value(sumRatio[1]) + value(sumRatio[2]))) / value(sumRatio[3]);

  throw new Error(`formula shape not covered by the test: ${formula}`);
}

// The cumulative target of the window's last quarter when the file has one, else the annual target.
function targetOf(sheetId: string, indicatorId: string, end: Quarter): number | { min: number; max: number } | undefined {
  const written = targetsFile[sheetId]?.[indicatorId];
  if (written === undefined || typeof written === 'number') return written;
  if ('min' in written) return written;
  return written[end] ?? written.tahunan;
}

// Uses the default settings: negatif as (2T − R) / T, no cap or floor. A range gives 100 inside it.
function achievementOf(realization: number, target: number | { min: number; max: number }, polarity: string): number | undefined {
  if (typeof target !== 'number') {
    if (realization >= target.min && realization <= target.max) return 100;
    return achievementOf(realization, realization > target.max ? target.max : target.min, polarity);
  }
  if (polarity === 'positif') return target === 0 ? undefined : (100 * realization) / target;
  if (target === 0) return realization <= 0 ? 100 : undefined;
  return (100 * (2 * target - realization)) / target;
}

// The category is taken from the capaian as shown, rounded to 2 decimals half away from zero.
function categoryOf(achievement: number): string {
  const magnitude = Math.round(Number(Math.abs(achievement).toPrecision(15)) * 100) / 100;
  const shown = achievement < 0 ? -magnitude : magnitude;
  if (shown >= 91) return 'sangat-tinggi';
  if (shown >= 76) return 'tinggi';
  if (shown >= 66) return 'sedang';
  if (shown >= 51) return 'rendah';
  return 'sangat-rendah';
}
