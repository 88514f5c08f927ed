import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT } from '../helpers.js';

// These run the built launcher as a user would, so `npm run build` must come first.
function iki(args: string[], cwd = ROOT) {
  const result = spawnSync(process.execPath, [join(ROOT, 'bin', 'iki.js'), ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' },
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const REPORT = ['report', '--year', '2021', '--period', 'TAHUN', '--realization', 'examples/2021/realisasi.csv', '--targets', 'examples/2021/target.yaml'];

describe('bin/iki.js', () => {
  test('--version prints the package version', () => {
    const result = iki(['--version']);
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  test('validate passes on the shipped data', () => {
    const result = iki(['validate']);
    expect(result.code).toBe(0);
  });

  test('report prints all 49 indicators with their numbers', () => {
    const result = iki(REPORT);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const rows = result.stdout.split('\n').filter((line) => /^│ \d+ +│/.test(line));
    expect(rows).toHaveLength(49);
    const fakirMiskin = rows.find((line) => line.includes('Persentase Pemberdayaan Fakir'));
    expect(fakirMiskin?.split('│').map((cell) => cell.trim())).toEqual([
      '',
      '1',
      'Persentase Pemberdayaan Fakir',
      'persen',
      '80',
      '76',
      '95,00',
      'Sangat Tinggi',
      '',
      '',
    ]);
  });

  test('report json numbers match a hand computation', () => {
    const result = iki([...REPORT, '--format', 'json']);
    const rows = (JSON.parse(result.stdout) as { baris: { indikator: string; realisasi: number | null; capaian: number | null }[] }).baris;
    const household = rows.find((r) => r.indikator === 'rumah-tangga-pra-sejahtera');
    expect(household?.realisasi).toBeCloseTo(17.52, 10);
    expect(household?.capaian).toBeCloseTo(90.5, 10);
  });

  test('works from another folder with --data', () => {
    const result = iki(['list', '--data', join(ROOT, 'data')], '/');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('kabid-sosial');
  });

  test('piping into a reader that closes early ends quietly', () => {
    const result = spawnSync('sh', ['-c', `node bin/iki.js ${REPORT.join(' ')} | head -1`], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' },
    });
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n').filter((l) => l !== '')).toHaveLength(1);
    expect(result.stderr).toBe('');
  });

  test('usage error exits 2 without a stack trace', () => {
    const result = iki(['report', '--year', '2021']);
    expect(result.code).toBe(2);
    expect(result.stderr).not.toContain('    at ');
  });
});
