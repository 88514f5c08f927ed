import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { run } from '../../src/cli/main.js';
import { ROOT } from '../helpers.js';
import { copyProject, editFile, runIki } from './harness.js';

const REPORT = ['report', '--year', '2021', '--period', 'TAHUN', '--realization', 'examples/2021/realisasi.csv', '--targets', 'examples/2021/target.yaml'];
const HYPERLINK = '=HYPERLINK("https://example.invalid","klik")';

function spawnIki(args: string[], cwd: string) {
  return spawn(process.execPath, [join(ROOT, 'bin', 'iki.js'), ...args], { cwd, env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' }, stdio: 'ignore' });
}

function waitForExit(child: ReturnType<typeof spawnIki>): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
}

describe('text that looks like a spreadsheet formula', () => {
  test('stays text in csv, markdown and table output', async () => {
    const project = copyProject();
    editFile(
      join(project, 'data/positions/kabid-sosial.yaml'),
      'indikatorKinerja: Persentase Pemberdayaan Fakir Miskin/Anak Terlantar',
      `indikatorKinerja: '${HYPERLINK}'`,
    );

    const csv = await runIki([...REPORT, '--format', 'csv'], { cwd: project });
    expect(csv.code).toBe(0);
    expect(csv.stdout).toContain(`"'=HYPERLINK(""https://example.invalid"",""klik"")"`);
    expect(csv.stdout).not.toMatch(/(^|,)=HYPERLINK/m);

    const markdown = await runIki([...REPORT, '--format', 'markdown'], { cwd: project });
    expect(markdown.stdout).toContain(HYPERLINK);
    const table = await runIki(REPORT, { cwd: project });
    expect(table.stdout).toContain('=HYPERLINK(');
  });
});

describe('a sasaran that looks like a formula', () => {
  test('is shown as text by show in every format', async () => {
    const project = copyProject();
    editFile(join(project, 'data/positions/kabid-sosial.yaml'), 'sasaran: Meningkatkan Pemberdayaan Fakir Miskin, KAT, PMKS', `sasaran: '${HYPERLINK}'`);
    for (const format of ['table', 'markdown', 'text', 'yaml']) {
      const result = await runIki(['show', 'kabid-sosial', '--format', format], { cwd: project });
      expect(result.code, format).toBe(0);
      expect(result.stdout, format).toContain('=HYPERLINK(');
    }
    const json = await runIki(['show', 'kabid-sosial', '--format', 'json'], { cwd: project });
    expect((JSON.parse(json.stdout) as { indikator: { sasaran: string }[] }).indikator[0]?.sasaran).toBe(HYPERLINK);
  });
});

describe('interrupted runs', () => {
  test('a run killed during export leaves the old file or a whole new one', async () => {
    const project = copyProject();
    const target = join(project, 'laporan.json');
    for (const delay of [0, 40, 80, 120, 160, 200, 260, 320, 400, 500]) {
      writeFileSync(target, 'versi lama');
      const child = spawnIki([...REPORT, '--format', 'json', '--output', 'laporan.json'], project);
      setTimeout(() => child.kill('SIGKILL'), delay);
      await waitForExit(child);

      const content = readFileSync(target, 'utf8');
      if (content !== 'versi lama') expect((JSON.parse(content) as { baris: unknown[] }).baris).toHaveLength(49);
    }
  });

  test('Ctrl+C leaves no temporary file behind', async () => {
    const project = copyProject();
    for (const delay of [50, 150, 300, 450]) {
      const child = spawnIki([...REPORT, '--format', 'json', '--output', 'laporan.json'], project);
      setTimeout(() => child.kill('SIGINT'), delay);
      const exit = await waitForExit(child);
      expect(exit.code === 0 || exit.signal === 'SIGINT').toBe(true);
      expect(readdirSync(project).filter((name) => name.includes('.iki-tmp-'))).toEqual([]);
    }
  });
});

describe('internal errors', () => {
  const failingRun = (argv: string[]) => {
    let stderr = '';
    return run({
      argv,
      env: { NO_COLOR: '1' },
      cwd: ROOT,
      stdout: () => {
        throw new Error('stdout rusak');
      },
      stderr: (text) => {
        stderr += text;
      },
      stdoutIsTTY: false,
      stderrIsTTY: false,
    }).then((code) => ({ code, stderr }));
  };

  test('exit 2 with one line naming a bug', async () => {
    const result = await failingRun(['list']);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('bug');
    expect(result.stderr).not.toContain('    at ');
  });

  test('--verbose adds the stack', async () => {
    const result = await failingRun(['list', '--verbose']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('    at ');
  });
});

describe('output paths', () => {
  test('a folder without write permission is refused before any work', async () => {
    if (process.getuid?.() === 0) return; // root may write anywhere, so the refusal cannot be provoked
    const project = copyProject();
    const locked = join(project, 'terkunci');
    mkdirSync(locked);
    chmodSync(locked, 0o500);
    const result = await runIki([...REPORT, '--output', 'terkunci/laporan.csv'], { cwd: project });
    expect(result.code).toBe(2);
    expect(existsSync(join(locked, 'laporan.csv'))).toBe(false);
  });

  test('a path through a file is refused', async () => {
    const project = copyProject();
    const result = await runIki([...REPORT, '--output', 'examples/2021/realisasi.csv/laporan.csv'], { cwd: project });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('laporan.csv');
  });
});
