import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from '../../src/cli/main.js';
import { ROOT, temporaryFolder } from '../helpers.js';

/** Output and exit code of one in-process run. */
export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs iki in this process with captured output, as a user in `cwd` would. */
export async function runIki(args: string[], options: { cwd?: string; env?: Record<string, string>; tty?: boolean } = {}): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const code = await run({
    argv: args,
    env: options.env ?? { NO_COLOR: '1' },
    cwd: options.cwd ?? ROOT,
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    stdoutIsTTY: options.tty ?? false,
    stderrIsTTY: options.tty ?? false,
  });
  return { code, stdout, stderr };
}

/** Copies the shipped data and examples into a temporary project folder. */
export function copyProject(): string {
  const folder = temporaryFolder('iki-project-');
  cpSync(join(ROOT, 'data'), join(folder, 'data'), { recursive: true });
  cpSync(join(ROOT, 'examples'), join(folder, 'examples'), { recursive: true });
  return folder;
}

/** Replaces the first occurrence of `from` in a file, failing loudly when it is absent. */
export function editFile(path: string, from: string | RegExp, to: string): void {
  const text = readFileSync(path, 'utf8');
  const edited = text.replace(from, to);
  if (edited === text) throw new Error(`pattern not found in ${path}: ${String(from)}`);
  writeFileSync(path, edited);
}

/** Returns the 1-based line of the first line of `path` that contains `text`. */
export function lineOf(path: string, text: string): number {
  const index = readFileSync(path, 'utf8')
    .split('\n')
    .findIndex((line) => line.includes(text));
  if (index < 0) throw new Error(`text not found in ${path}: ${text}`);
  return index + 1;
}
