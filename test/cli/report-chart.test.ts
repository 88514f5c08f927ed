import { describe, expect, test } from 'vitest';
import { runIki } from './harness.js';

const TITLE = 'Grafik capaian (%); garis │ menandai 100%\n';

const EXAMPLE = ['--year', '2021', '--period', 'TAHUN', '--realization', 'examples/2021/realisasi.csv', '--targets', 'examples/2021/target.yaml'];

describe('iki report --chart', () => {
  test('bars follow the table', async () => {
    const result = await runIki(['report', ...EXAMPLE, '--chart']);
    const [table = '', chart = ''] = result.stdout.split(TITLE);

    expect(result.code).toBe(0);
    expect(table).toContain('Arti status');
    expect(chart).toMatch(/ {2}1\. Persentase Pemberdayaan Fakir… {2}█{38} {2}│ 95,00\n/);
    expect(chart).toMatch(/ {2}4\. Jumlah Tenaga Pembinaan Anak T… █{40}│█{8} 120,00\n/);
    expect(chart).toMatch(/ {2}3\. Persentase Pembinaan \/ Diklat… +│ – tanpa data\n/);
  });

  test('one block per unit', async () => {
    const result = await runIki(['report', ...EXAMPLE, '--chart']);
    const chart = result.stdout.split(TITLE)[1] ?? '';

    expect(chart.match(/^\S.*$/gm)).toEqual([
      'Sekretariat',
      'Bidang Sosial',
      'Bidang Pemberdayaan Perempuan dan Perlindungan Anak',
      'Bidang Pengendalian Penduduk, Keluarga Berencana dan Keluarga Sejahtera',
    ]);
  });

  test('no chart without the option', async () => {
    const result = await runIki(['report', ...EXAMPLE]);

    expect(result.stdout).not.toContain('Grafik capaian');
    expect(result.stdout).not.toContain('█');
  });

  test('english title with --lang en', async () => {
    const result = await runIki(['report', ...EXAMPLE, '--chart', '--lang', 'en']);

    expect(result.stdout).toContain('Achievement chart (%)');
    expect(result.stdout).toMatch(/█ {2}│ 95\.00\n/);
  });

  test('other formats exit 2', async () => {
    const result = await runIki(['report', ...EXAMPLE, '--chart', '--format', 'markdown']);

    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('--chart');
  });
});
