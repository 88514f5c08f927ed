import { describe, expect, test } from 'vitest';
import type { ReportRow } from '../../src/core/report.js';
import { createTranslator } from '../../src/i18n/index.js';
import { CHART_CELLS_AT_100, chartBar, renderReportChart } from '../../src/render/report-chart.js';

const t = createTranslator('id');

function row(no: number, achievement: number | undefined, status: ReportRow['status'] = 'ok'): ReportRow {
  return {
    positionId: 'kabid-sosial',
    positionName: 'Kepala Bidang Sosial',
    unitId: 'bidang-sosial',
    unitName: 'Bidang Sosial',
    indicatorId: `indikator-${no}`,
    no,
    indicatorName: `Indikator nomor ${no} dengan nama yang cukup panjang untuk dipotong`,
    unitOfMeasure: 'persen',
    polarity: 'positif',
    target: 100,
    targetSource: 'tahunan',
    realization: achievement,
    achievement,
    category: achievement === undefined ? undefined : { id: 'tinggi', label: 'Tinggi', min: 76 },
    status,
    notes: [],
    variables: {},
  };
}

/** Counts the bar of a chart line in eighths of a cell. */
function eighths(bar: string): number {
  const partial = ['▏', '▎', '▍', '▌', '▋', '▊', '▉'];
  return [...bar].reduce((total, char) => total + (char === '█' ? 8 : partial.indexOf(char) + 1), 0);
}

describe('chartBar', () => {
  test.each([
    { name: '95 % stays below the mark', percent: 95, below: 38 * 8, above: 0 },
    { name: '100 % fills to the mark', percent: 100, below: 40 * 8, above: 0 },
    { name: '120 % passes the mark', percent: 120, below: 40 * 8, above: 8 * 8 },
    { name: '44 % ends in a partial cell', percent: 44, below: 141, above: 0 },
    { name: '0 % draws nothing', percent: 0, below: 0, above: 0 },
    { name: 'negative draws nothing', percent: -70.5, below: 0, above: 0 },
  ])('$name', ({ percent, below, above }) => {
    const bar = chartBar(percent);

    expect(eighths(bar.below)).toBe(below);
    expect(eighths(bar.above)).toBe(above);
    expect(bar.cut).toBe(false);
  });

  test('44 % is 17 full cells and five eighths', () => {
    expect(chartBar(44).below).toBe(`${'█'.repeat(17)}▋`);
  });

  test('bar past 150 % is cut', () => {
    const bar = chartBar(184.75);

    expect(bar.cut).toBe(true);
    expect([...bar.above]).toHaveLength(20);
    expect(bar.above.endsWith('»')).toBe(true);
  });
});

describe('renderReportChart', () => {
  const text = renderReportChart([row(1, 95), row(2, 120), row(3, 44), row(4, undefined, 'tanpa-data'), row(5, 79.17, 'data-tidak-lengkap')], {
    t,
    lang: 'id',
    color: false,
  });
  const lines = text.split('\n');
  const line = (no: number) => lines.find((l) => l.startsWith(`  ${no}. `)) ?? '';

  test('marks 100 % in the same column on every row', () => {
    const columns = [1, 2, 3, 4, 5].map((no) => [...line(no)].indexOf('│'));

    expect(new Set(columns).size).toBe(1);
    expect(columns[0]).toBe(2 + 34 + 1 + CHART_CELLS_AT_100);
  });

  test('prints the value after the bar', () => {
    expect(line(1)).toMatch(/█ {2}│ 95,00$/);
    expect(line(2)).toMatch(/│█{8} 120,00$/);
    expect(line(3)).toMatch(/▋ +│ 44,00$/);
  });

  test('row without capaian shows its status', () => {
    expect(line(4)).toMatch(/ +│ – tanpa data$/);
  });

  test('status besides a value', () => {
    expect(line(5)).toMatch(/│ 79,17 \(data tidak lengkap\)$/);
  });

  test('long names are cut to the label width', () => {
    expect(line(1)).toContain('  1. Indikator nomor 1 dengan nama…  █');
  });

  test('groups by unit and position', () => {
    expect(lines).toContain('Bidang Sosial');
    expect(lines).toContain('  Kepala Bidang Sosial');
  });

  test('no colour codes without colour', () => {
    expect(text).not.toContain('\u001b[');
  });

  test('colour follows the category', () => {
    const coloured = renderReportChart([row(1, 95)], { t, lang: 'id', color: true });

    expect(coloured).toContain('\u001b[32m');
  });
});
