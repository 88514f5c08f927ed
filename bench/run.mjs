// Runs every benchmark of iki against its alternative, prints the results as
// Markdown and writes them to docs/benchmarks.md. Generates the corpora first
// when they are missing (bench/generate.mjs). Needs a build: `npm run bench`
// builds, then runs this file.
//
//   node bench/run.mjs [--scale F] [--no-profile] [--render-only]
//
// `--scale 0.1` runs on corpora a tenth of the size and writes the results to
// bench/.corpus/ instead of docs/. `--no-profile` skips the CPU profiles.
// Each run saves its measurements next to its outputs (results.json).
// `--render-only` writes the page again from them without measuring anything,
// for a change to the text in render-results.mjs.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import { CORPUS_ROOT, generateAll, parseScale } from './generate.mjs';
import { measureCommand, memoryMethod } from './measure.mjs';
import { summarizeProfile, summarizeProfiles } from './profile-summary.mjs';
import { renderResults } from './render-results.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const NODE = process.execPath;
const IKI = join(ROOT, 'bin', 'iki.js');
const AJV = join(ROOT, 'node_modules', 'ajv-cli', JSON.parse(readFileSync(join(ROOT, 'node_modules', 'ajv-cli', 'package.json'), 'utf8')).bin.ajv);
const DUCKDB_SCRIPT = join(ROOT, 'bench', 'duckdb-aggregate.mjs');
const YEAR = '2024';

/** Returns the command line of `node bin/iki.js ARGS`, and its text in the results, where `iki` stands for `node bin/iki.js`. */
function iki(args) {
  return { command: NODE, args: [IKI, ...args], shown: `iki ${args.join(' ')}` };
}

function ajvCli(positionsDir) {
  const pattern = `${positionsDir}/*.yaml`;
  const args = ['validate', '--spec=draft2020', '-s', 'schemas/position.schema.json', '-d', pattern];
  return { command: NODE, args: [AJV, ...args], shown: `ajv ${args.slice(0, -1).join(' ')} "${pattern}"` };
}

function duckdb(csv, output) {
  return { command: NODE, args: [DUCKDB_SCRIPT, csv, output], shown: `node bench/duckdb-aggregate.mjs ${csv} ${output}` };
}

function reportArgs(dir, csv = 'realisasi.csv') {
  return [
    'report',
    '--data',
    `${dir}/data`,
    '--year',
    YEAR,
    '--period',
    'TAHUN',
    '--realization',
    `${dir}/${csv}`,
    '--targets',
    `${dir}/targets.yaml`,
    '--format',
    'csv',
  ];
}

/**
 * Returns the measurements in order. Each section runs its subjects `runs`
 * times, alternating between them, so that a change in the machine's load
 * reaches both sides. The subject marked `baseline` is the alternative that
 * the ratios divide by.
 */
function plan(manifests, outputDir) {
  const dir = (name) => relative(ROOT, manifests[name].dir);
  const out = (file) => relative(ROOT, join(outputDir, file));
  return [
    {
      id: 'startup',
      runs: 5,
      warmup: 1,
      subjects: [
        { id: 'node', command: NODE, args: ['-e', '0'], shown: 'node -e 0', baseline: true },
        { id: 'version', ...iki(['--version']), target: { ratio: 1.5 } },
        { id: 'validate-data', ...iki(['validate']), target: { ratio: 3 }, profile: true },
      ],
    },
    {
      id: 'validate',
      runs: 3,
      subjects: [
        { id: 'iki', ...iki(['validate', '--data', `${dir('validation')}/data`]), target: { ratio: 0.5 }, profile: true },
        { id: 'ajv', ...ajvCli(`${dir('validation')}/data/positions`), baseline: true },
      ],
    },
    {
      id: 'report',
      runs: 3,
      subjects: [
        { id: 'iki', ...iki(reportArgs(dir('report1m'))), stdout: out('laporan-1m.csv'), target: { ratio: 3, peakMb: 500 } },
        { id: 'duckdb', ...duckdb(`${dir('report1m')}/realisasi.csv`, out('duckdb-1m.csv')), baseline: true },
      ],
    },
    {
      id: 'diff',
      runs: 3,
      subjects: [
        { id: 'iki', ...iki(['diff', dir('validation'), dir('revision'), '--format', 'json']), stdout: out('diff.json') },
        {
          id: 'git',
          command: 'git',
          args: ['diff', '--no-index', `${dir('validation')}/data`, `${dir('revision')}/data`],
          shown: `git diff --no-index ${dir('validation')}/data ${dir('revision')}/data`,
          stdout: out('diff.patch'),
          expectExit: 1,
          baseline: true,
        },
      ],
    },
    {
      id: 'scaling',
      runs: 1,
      subjects: [
        // Profiled in place of the 1,000,000-row report, which has the same shape and takes ten times as long.
        { id: 'iki-100k', ...iki(reportArgs(dir('report100k'))), stdout: out('laporan-100k.csv'), profile: true },
        { id: 'iki-100k-sheets', ...iki(reportArgs(dir('report100k'), 'realisasi-1-baris.csv')), stdout: out('laporan-100k-1-baris.csv') },
        { id: 'duckdb-100k', ...duckdb(`${dir('report100k')}/realisasi.csv`, out('duckdb-100k.csv')) },
        { id: 'iki-3m', ...iki(reportArgs(dir('report3m'))), allowFailure: true, stdout: out('laporan-3m.csv') },
        { id: 'duckdb-3m', ...duckdb(`${dir('report3m')}/realisasi.csv`, out('duckdb-3m.csv')) },
      ],
    },
  ];
}

async function runSection(section, log) {
  const samples = Object.fromEntries(section.subjects.map((subject) => [subject.id, []]));
  const measure = (subject) =>
    measureCommand({
      command: subject.command,
      args: subject.args,
      cwd: ROOT,
      env: subject.env,
      stdoutPath: subject.stdout,
      expectExit: subject.expectExit ?? 0,
      allowFailure: subject.allowFailure ?? false,
    });

  for (let index = 0; index < (section.warmup ?? 0); index++) {
    for (const subject of section.subjects) await measure(subject);
  }
  for (let run = 1; run <= section.runs; run++) {
    for (const subject of section.subjects) {
      const sample = await measure(subject);
      samples[subject.id].push(sample);
      const outcome = sample.failed ? `, failed with exit code ${sample.exitCode}` : '';
      log(`${section.id} ${subject.id} run ${run}/${section.runs}: ${(sample.wallMs / 1000).toFixed(2)} s, ${sample.peakMb?.toFixed(0) ?? '?'} MB${outcome}`);
    }
  }
  return samples;
}

// Runs each command marked `profile` once more under `node --cpu-prof` and
// summarises the profile by self time per package and per function.
async function profileSection(section, profileDir, log) {
  const profiles = {};
  for (const subject of section.subjects.filter((s) => s.profile)) {
    const dir = join(profileDir, `${section.id}-${subject.id}`);
    rmSync(dir, { recursive: true, force: true });
    const args = ['--cpu-prof', `--cpu-prof-dir=${dir}`, ...subject.args];
    await measureCommand({ command: NODE, args, cwd: ROOT, stdoutPath: subject.stdout, expectExit: subject.expectExit ?? 0 });
    // Node writes one file per thread, named …<pid>.<thread id>.<sequence>.cpuprofile; thread 0 is the main one.
    const files = readdirSync(dir)
      .filter((name) => name.endsWith('.cpuprofile'))
      .sort();
    const main = files.find((name) => /\.0\.\d+\.cpuprofile$/.test(name)) ?? files[0];
    const workers = files.filter((name) => name !== main);
    profiles[subject.id] = { ...summarizeProfile(join(dir, main)), file: relative(ROOT, join(dir, main)) };
    if (workers.length > 0) profiles[subject.id].workers = { ...summarizeProfiles(workers.map((name) => join(dir, name))), threads: workers.length };
    log(`profiled ${section.id} ${subject.id}`);
  }
  return profiles;
}

// Counts the data rows each report and DuckDB run wrote (the last run's
// files), so the page can show that both read the whole file.
function countOutputRows(outputDir) {
  const rows = {};
  for (const name of ['laporan-100k.csv', 'laporan-1m.csv', 'laporan-3m.csv', 'duckdb-100k.csv', 'duckdb-1m.csv', 'duckdb-3m.csv']) {
    if (!existsSync(join(outputDir, name))) continue;
    const text = readFileSync(join(outputDir, name), 'utf8');
    rows[name] = text.split('\n').filter((line) => line !== '').length - 1;
  }
  return rows;
}

// YAML parsing alone on the first 2,000 sheets of the validation corpus; see bench/probe-yaml.mjs.
function probeYamlParsers(manifests, log) {
  const positions = relative(ROOT, join(manifests.validation.dir, 'data', 'positions'));
  const args = [join(ROOT, 'bench', 'probe-yaml.mjs'), positions, '2000'];
  const probe = JSON.parse(execFileSync(NODE, args, { cwd: ROOT, encoding: 'utf8' }));
  log(`probed YAML parsers on ${probe.files} sheets`);
  return { ...probe, shown: `node bench/probe-yaml.mjs ${positions} 2000` };
}

function machineInfo() {
  const cpus = os.cpus();
  const git = (args) => {
    try {
      return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      return undefined;
    }
  };
  const commit = git(['rev-parse', '--short', 'HEAD']) ?? 'unknown (not a git checkout)';
  const dirty = (git(['status', '--porcelain', '--', 'src']) ?? '') !== '';
  // Read from node_modules directly: some packages do not export their package.json.
  const version = (name) => JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version;
  return {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    memoryGb: os.totalmem() / 1024 ** 3,
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    commit: dirty ? `${commit} with uncommitted changes in src/` : commit,
    versions: {
      ajvCli: version('ajv-cli'),
      duckdb: version('@duckdb/node-api'),
      yaml: version('yaml'),
      csvParse: version('csv-parse'),
      mathjs: version('mathjs'),
    },
    memoryMethod: memoryMethod(),
    defaultHeapMb: v8.getHeapStatistics().heap_size_limit / 1048576,
  };
}

async function main() {
  const scale = parseScale(process.argv);
  const profile = !process.argv.includes('--no-profile');
  const log = (line) => process.stderr.write(`${line}\n`);
  const started = Date.now();
  const loadBefore = os.loadavg();

  const outputDir = join(CORPUS_ROOT, scale === 1 ? 'output' : `output-x${scale}`);
  const target = scale === 1 ? join(ROOT, 'docs', 'benchmarks.md') : join(CORPUS_ROOT, `benchmarks-x${scale}.md`);
  const saved = join(outputDir, 'results.json');
  if (process.argv.includes('--render-only')) {
    writeFileSync(target, renderResults(JSON.parse(readFileSync(saved, 'utf8'))));
    log(`written to ${relative(ROOT, target)} from ${relative(ROOT, saved)}`);
    return;
  }

  const manifests = generateAll({ scale, log });
  mkdirSync(outputDir, { recursive: true });

  const sections = plan(manifests, outputDir);
  const results = {};
  for (const section of sections) {
    results[section.id] = { samples: await runSection(section, log) };
    if (profile) results[section.id].profiles = await profileSection(section, join(outputDir, 'profiles'), log);
  }

  results.outputs = countOutputRows(outputDir);
  const probe = probeYamlParsers(manifests, log);
  const measured = {
    sections,
    results,
    probe,
    manifests,
    machine: machineInfo(),
    run: { date: new Date().toISOString(), minutes: (Date.now() - started) / 60000, loadBefore, loadAfter: os.loadavg(), scale },
  };
  writeFileSync(saved, JSON.stringify(measured));
  const markdown = renderResults(measured);
  process.stdout.write(markdown);
  writeFileSync(target, markdown);
  log(`written to ${relative(ROOT, target)}`);
}

await main();
