import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildCorpus, writeCorpus, writeRealizationCsv } from '../../bench/corpus.mjs';
import { FILES_PER_THREAD } from '../../src/io/yaml-files.js';
import { ROOT, temporaryFolder } from '../helpers.js';

// Worker threads exist only in the build (dist/io/yaml-worker.js), so these
// tests run the built launcher, as e2e.test.ts does; `npm run build` comes first.
function iki(args: string[], cwd: string, threads: string) {
  const result = spawnSync(process.execPath, [join(ROOT, 'bin', 'iki.js'), ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', IKI_THREADS: threads },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

// Enough sheets for two threads, with a few broken ones so that findings
// found on a thread, and positions looked up afterwards, are compared too.
const SHEETS = 2 * FILES_PER_THREAD + 40;
let project: string;

beforeAll(() => {
  project = temporaryFolder('iki-threads-');
  const corpus = buildCorpus({ sheets: SHEETS, seed: 21, indicators: [1, 3], texts: 'lean' });
  writeCorpus(project, corpus);
  writeRealizationCsv(join(project, 'realisasi.csv'), corpus, { seed: 22 });
});

describe('reading sheets on worker threads', () => {
  test('the build has the worker module, so two threads are used', () => {
    expect(existsSync(join(ROOT, 'dist', 'io', 'yaml-worker.js'))).toBe(true);
  });

  test('reports what one thread reports', () => {
    const args = ['report', '--year', '2024', '--period', 'TW2', '--realization', 'realisasi.csv', '--targets', 'targets.yaml', '--format', 'json'];
    const oneThread = iki(args, project, '1');
    const twoThreads = iki(args, project, '2');

    expect(oneThread.code).toBe(0);
    expect(twoThreads.code).toBe(0);
    expect(JSON.parse(oneThread.stdout)).toHaveProperty('baris');
    expect(twoThreads.stdout).toBe(oneThread.stdout);
  });

  test('finds and locates the same problems as one thread', () => {
    const broken = temporaryFolder('iki-threads-broken-');
    writeCorpus(broken, buildCorpus({ sheets: SHEETS, seed: 23, indicators: [1, 3], texts: 'lean' }));
    const positions = join(broken, 'data', 'positions');
    const names = readdirSync(positions).sort();
    // A schema error early, a YAML error in the middle, a formula error and a suppression near the end.
    const edit = (name: string, change: (text: string) => string) => writeFileSync(join(positions, name), change(readFileSync(join(positions, name), 'utf8')));
    edit(names[3] as string, (text) => text.replace(/^polaritas: .*$/m, 'polaritas: naik').replace(/^( {4})polaritas: .*$/m, '$1polaritas: naik'));
    edit(names[FILES_PER_THREAD] as string, (text) => `${text}rusak: [\n`);
    edit(names[SHEETS - 5] as string, (text) => text.replace(/^( {4}rumus: ).*$/m, '$1100 * x_tidak_ada / 0'));
    appendFileSync(join(positions, names[SHEETS - 2] as string), '# iki-disable-next-line UNUSED_VARIABLE -- uji\n');

    const oneThread = iki(['validate', '--format', 'json'], broken, '1');
    const twoThreads = iki(['validate', '--format', 'json'], broken, '2');

    expect(oneThread.code).toBe(1);
    expect(twoThreads.code).toBe(1);
    const codes = (JSON.parse(oneThread.stdout) as { temuan: { kode: string }[] }).temuan.map((finding) => finding.kode);
    expect(new Set(codes)).toEqual(new Set(['SCHEMA_VALUE', 'YAML_SYNTAX', 'FORMULA_DIVISION_BY_ZERO', 'SUPPRESSION_UNUSED']));
    expect(twoThreads.stdout).toBe(oneThread.stdout);
  });

  test('IKI_THREADS must be a whole number', () => {
    const result = iki(['validate'], ROOT, 'dua');

    expect(result.code).toBe(2);
    expect(result.stderr).toContain("IKI_THREADS berisi 'dua'");
  });
});
