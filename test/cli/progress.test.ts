import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { createProgress, PROGRESS_MIN_FILES } from '../../src/cli/progress.js';
import { countingRows } from '../../src/cli/report-inputs.js';
import type { RawRealizationRow } from '../../src/core/realization-check.js';
import { createTranslator } from '../../src/i18n/index.js';
import { copyProject, runIki } from './harness.js';

function recorder(enabled: boolean, thresholds: { minFiles?: number; minRows?: number } = {}) {
  let written = '';
  const progress = createProgress({ write: (text) => (written += text), enabled, t: createTranslator('id'), lang: 'id', ...thresholds });
  return { progress, written: () => written };
}

describe('createProgress', () => {
  test('silent below both thresholds', () => {
    const { progress, written } = recorder(true, { minFiles: 2, minRows: 100 });
    progress.fileRead(1, 2, 50);
    progress.done();

    expect(written()).toBe('');
  });

  test('many files show a line per file', () => {
    const { progress, written } = recorder(true, { minFiles: 2, minRows: 1000 });
    progress.fileRead(1, 3, 10);
    progress.fileRead(2, 3, 20);

    expect(written()).toBe('\rMembaca realisasi: berkas 1 dari 3, 10 baris\rMembaca realisasi: berkas 2 dari 3, 20 baris');
  });

  test('many rows show the line once passed', () => {
    const { progress, written } = recorder(true, { minFiles: 50, minRows: 100 });
    progress.fileRead(1, 2, 60);
    progress.fileRead(2, 2, 120_000);

    expect(written()).toBe('\rMembaca realisasi: berkas 2 dari 2, 120.000 baris');
  });

  test('done blanks the line', () => {
    const { progress, written } = recorder(true, { minFiles: 0 });
    progress.fileRead(1, 1, 1);
    progress.done();
    const text = written();

    expect(text.endsWith(`\r${' '.repeat('Membaca realisasi: berkas 1 dari 1, 1 baris'.length)}\r`)).toBe(true);
  });

  test('never writes when disabled', () => {
    const { progress, written } = recorder(false, { minFiles: 0, minRows: 0 });
    progress.fileRead(1, 100, 1_000_000);
    progress.done();

    expect(written()).toBe('');
  });
});

describe('countingRows', () => {
  test('counts rows as they pass, for progress inside one large file', () => {
    const passed: number[] = [];
    const counts: number[] = [];
    const sink = countingRows({ beginFile: () => undefined, add: (row) => passed.push(row.line), discardFile: () => undefined }, 2, (rows) =>
      counts.push(rows),
    );
    const row = (line: number) => ({ line }) as RawRealizationRow;

    sink.beginFile({ file: 'besar.csv', delimiter: ';' });
    [2, 3, 4, 5, 6].forEach((line) => sink.add(row(line)));

    expect(passed).toEqual([2, 3, 4, 5, 6]);
    expect(counts).toEqual([2, 4]);
  });
});

describe('progress of iki report', () => {
  /** Splits the example realization into one file more than the threshold allows. */
  function manyFiles(): { project: string; files: string[] } {
    const project = copyProject();
    const lines = readFileSync(join(project, 'examples/2021/realisasi.csv'), 'utf8').split('\r\n');
    const [header = '', ...rows] = lines.filter((line) => line !== '');
    const count = PROGRESS_MIN_FILES + 1;
    const files = Array.from({ length: count }, (_, index) => `bagian-${index + 1}.csv`);
    files.forEach((file, index) => {
      writeFileSync(join(project, file), [header, ...rows.filter((_, row) => row % count === index)].join('\r\n'));
    });
    return { project, files };
  }

  const args = (files: string[]) => [
    'report',
    '--year',
    '2021',
    '--period',
    'TAHUN',
    '--targets',
    'examples/2021/target.yaml',
    '--format',
    'csv',
    '--realization',
    ...files,
  ];

  test('shown on a terminal', async () => {
    const { project, files } = manyFiles();
    const result = await runIki(args(files), { cwd: project, tty: true, env: { NO_COLOR: '1' } });

    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`\rMembaca realisasi: berkas ${files.length} dari ${files.length}`);
    expect(result.stdout).not.toContain('\r');
  });

  test('never in piped output', async () => {
    const { project, files } = manyFiles();
    const result = await runIki(args(files), { cwd: project });

    expect(result.code).toBe(0);
    expect(result.stderr).not.toContain('Membaca realisasi');
    expect(result.stderr).not.toContain('\r');
  });

  test('same report as one file', async () => {
    const { project, files } = manyFiles();
    const split = await runIki(args(files), { cwd: project, tty: true, env: { NO_COLOR: '1' } });
    const whole = await runIki(args(['examples/2021/realisasi.csv']), { cwd: project });

    expect(split.stdout).toBe(whole.stdout);
  });
});
