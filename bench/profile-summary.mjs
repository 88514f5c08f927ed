// Summarises a V8 CPU profile written by `node --cpu-prof`: the functions with
// the most self time, and self time per package or iki source folder.
//
//   node bench/profile-summary.mjs FILE.cpuprofile [--top N]
import { readFileSync } from 'node:fs';
import process from 'node:process';

/**
 * Reads a `.cpuprofile` file and returns self time in milliseconds per
 * function and per package, each sorted from the largest.
 */
export function summarizeProfile(path) {
  return summarizeProfiles([path]);
}

/**
 * Reads the `.cpuprofile` files of several threads of one run and returns
 * their self time added together, as `summarizeProfile` does for one.
 */
export function summarizeProfiles(paths) {
  const byFunction = new Map();
  const byPackage = new Map();
  let total = 0;
  for (const path of paths) {
    const profile = JSON.parse(readFileSync(path, 'utf8'));
    const nodesById = new Map(profile.nodes.map((node) => [node.id, node]));
    const selfMicros = new Map();

    // Each sample names the node that was running; the gap to the next sample is its self time.
    for (let index = 0; index < profile.samples.length; index++) {
      const delta = profile.timeDeltas[index + 1] ?? 0;
      const id = profile.samples[index];
      selfMicros.set(id, (selfMicros.get(id) ?? 0) + delta);
    }

    for (const [id, micros] of selfMicros) {
      const frame = nodesById.get(id).callFrame;
      const where = shortenUrl(frame.url);
      const name = `${frame.functionName || '(anonymous)'} ${where}${frame.url ? `:${frame.lineNumber + 1}` : ''}`;
      byFunction.set(name, (byFunction.get(name) ?? 0) + micros);
      const group = packageOf(frame.url, frame.functionName);
      byPackage.set(group, (byPackage.get(group) ?? 0) + micros);
      total += micros;
    }
  }

  const sorted = (map) => [...map].map(([name, micros]) => ({ name, ms: micros / 1000 })).sort((a, b) => b.ms - a.ms);
  return { totalMs: total / 1000, functions: sorted(byFunction), packages: sorted(byPackage) };
}

function shortenUrl(url) {
  if (!url) return '';
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) return url.slice(modules + 'node_modules/'.length);
  const dist = url.indexOf('/dist/');
  return dist >= 0 ? url.slice(dist + 1) : url.replace(/^file:\/\//, '');
}

// Groups a frame by npm package (`yaml`, `mathjs`), by iki folder (`dist/io`),
// or by V8's own entries: garbage collector, idle, program.
function packageOf(url, functionName) {
  if (!url) return `(${functionName.replace(/[()]/g, '') || 'native'})`;
  const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (modules) return modules[1];
  const dist = /\/dist\/([^/]+)\//.exec(url);
  if (dist) return `iki dist/${dist[1]}`;
  if (url.startsWith('node:')) return 'node internals';
  return url;
}

function formatRows(rows, totalMs, count) {
  return rows
    .slice(0, count)
    .map((row) => `${row.ms.toFixed(0).padStart(7)} ms ${((100 * row.ms) / totalMs).toFixed(1).padStart(5)} %  ${row.name}`)
    .join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const path = process.argv[2];
  if (!path) {
    process.stderr.write('usage: node bench/profile-summary.mjs FILE.cpuprofile [--top N]\n');
    process.exit(2);
  }
  const topIndex = process.argv.indexOf('--top');
  const count = topIndex > 0 ? Number(process.argv[topIndex + 1]) : 15;
  const summary = summarizeProfile(path);
  process.stdout.write(`total sampled: ${summary.totalMs.toFixed(0)} ms\n\nself time by package:\n`);
  process.stdout.write(`${formatRows(summary.packages, summary.totalMs, count)}\n\nself time by function:\n`);
  process.stdout.write(`${formatRows(summary.functions, summary.totalMs, count)}\n`);
}
