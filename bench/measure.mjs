// Runs one command and measures its wall time, peak resident memory and CPU
// time. Peak memory and CPU time come from GNU time (`/usr/bin/time`, the
// Debian package `time`), which reports the maximum resident set size of the
// command and of the processes it waited for. Without GNU time, the peak is
// read by polling `VmHWM` in /proc/<pid>/status every 5 ms, which covers only
// the command's own process, and CPU time is not measured.
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';

const GNU_TIME = '/usr/bin/time';

/** Returns how peak memory is measured on this machine: `gnu-time`, `proc-status` or `none`. */
export function memoryMethod() {
  if (existsSync(GNU_TIME)) return 'gnu-time';
  if (existsSync('/proc/self/status')) return 'proc-status';
  return 'none';
}

/**
 * Runs `command args` in `cwd` and resolves to `{ wallMs, peakMb, cpuS }`
 * (`peakMb` and `cpuS` undefined when they cannot be measured). stdout goes
 * to `stdoutPath` or is discarded. An exit code other than `expectExit`
 * rejects with the tail of stderr, since a failed run's time means nothing,
 * unless `allowFailure` is set: then the sample also has `failed: true`,
 * `exitCode` and the tail of stderr.
 */
export async function measureCommand({ command, args, cwd, stdoutPath, expectExit = 0, allowFailure = false, env = process.env }) {
  const method = memoryMethod();
  const scratch = mkdtempSync(join(tmpdir(), 'iki-bench-'));
  const timeFile = join(scratch, 'time.txt');
  const stdoutFd = stdoutPath ? openSync(stdoutPath, 'w') : 'ignore';
  const [file, fileArgs] = method === 'gnu-time' ? [GNU_TIME, ['-f', '%M %U %S', '-o', timeFile, command, ...args]] : [command, args];

  try {
    const started = process.hrtime.bigint();
    const child = spawn(file, fileArgs, { cwd, env, stdio: ['ignore', stdoutFd, 'pipe'] });
    const polled = method === 'proc-status' ? pollPeak(child.pid) : undefined;
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr = (stderr + chunk).slice(-8000);
    });
    const exitCode = await new Promise((resolve, reject) => {
      child.on('error', reject);
      child.on('close', (code) => resolve(code));
    });
    const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
    polled?.stop();

    const failed = exitCode !== expectExit;
    if (failed && !allowFailure) {
      throw new Error(`${command} ${args.join(' ')} exited with ${exitCode}, expected ${expectExit}:\n${stderr}`);
    }
    const usage = method === 'gnu-time' ? readGnuTime(timeFile) : { peakMb: polled?.peakMb(), cpuS: undefined };
    return failed ? { wallMs, ...usage, failed, exitCode, stderr } : { wallMs, ...usage };
  } finally {
    if (typeof stdoutFd === 'number') closeSync(stdoutFd);
    rmSync(scratch, { recursive: true, force: true });
  }
}

// GNU time writes "Command exited with non-zero status N" before the
// formatted line when the command fails, so the last line is read.
function readGnuTime(path) {
  const lines = readFileSync(path, 'utf8').trim().split('\n');
  const [maxRssKb, user, system] = lines[lines.length - 1].split(' ').map(Number);
  return { peakMb: maxRssKb / 1024, cpuS: user + system };
}

function pollPeak(pid) {
  let peakKb = 0;
  const read = () => {
    try {
      const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (match) peakKb = Math.max(peakKb, Number(match[1]));
    } catch {
      // The process has ended, so the last value read is its peak.
    }
  };
  const timer = setInterval(read, 5);
  return {
    stop: () => clearInterval(timer),
    peakMb: () => (peakKb > 0 ? peakKb / 1024 : undefined),
  };
}

/** Returns the median, minimum and maximum of `values`, ignoring undefined ones; undefined when none is left. */
export function summarize(values) {
  const sorted = values.filter((value) => value !== undefined).sort((a, b) => a - b);
  if (sorted.length === 0) return undefined;
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1] };
}
