// Writes the benchmark corpora under bench/.corpus/ (git-ignored). A corpus
// whose manifest matches its options and the generator's source is kept, so
// a second run of the benchmark does not write it again.
//
//   node bench/generate.mjs [--scale F]
//
// `--scale 0.1` divides every sheet and row count by ten, to try the runner quickly.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { buildCorpus, loadTextPools, reviseCorpus, writeCorpus, writeRealizationCsv } from './corpus.mjs';

const BENCH = dirname(fileURLToPath(import.meta.url));

/** Folder of the generated corpora. */
export const CORPUS_ROOT = join(BENCH, '.corpus');

/**
 * The corpora every measurement reads. Sheet counts and CSV rows are the
 * sizes at `--scale 1`.
 * - `validation`: sheets like the shipped decree's (2 to 8 indicators, whole
 *   texts), for `iki validate` against ajv-cli and for `iki diff`.
 * - `revision`: a second revision of `validation`, 2 % of its sheets changed.
 * - `report100k`, `report1m`, `report3m`: sheets of 15 to 21 indicators, with
 *   only the first explanation row, so that 1,000, 10,000 and 30,000 sheets
 *   hold the distinct keys of 100,000, 1,000,000 and 3,000,000 rows. iki
 *   rejects a repeated key, so a valid file never has more rows than its
 *   sheets have keys. `report100k` also has a one-row file, to measure a
 *   report whose cost is almost all sheets.
 */
const REPORT_SHEETS = { indicators: [15, 21], texts: 'lean', seed: 1003 };
export const CORPORA = {
  validation: { dir: 'validasi-10k', sheets: 10_000, indicators: [2, 8], texts: 'full', seed: 1001, csv: [] },
  revision: { dir: 'validasi-10k-rev2', from: 'validation', seed: 1002, share: 0.02 },
  report100k: {
    dir: 'laporan-1k',
    sheets: 1_000,
    ...REPORT_SHEETS,
    csv: [
      { file: 'realisasi.csv', rows: 100_000 },
      { file: 'realisasi-1-baris.csv', rows: 1 },
    ],
  },
  report1m: { dir: 'laporan-10k', sheets: 10_000, ...REPORT_SHEETS, csv: [{ file: 'realisasi.csv', rows: 1_000_000 }] },
  report3m: { dir: 'laporan-30k', sheets: 30_000, ...REPORT_SHEETS, csv: [{ file: 'realisasi.csv', rows: 3_000_000 }] },
};

/**
 * Generates every corpus that is missing or out of date and returns the
 * manifests by corpus name: options, YAML bytes, rows per CSV file.
 */
export function generateAll({ scale = 1, log = (line) => process.stderr.write(`${line}\n`) } = {}) {
  const generatorHash = hashFiles([join(BENCH, 'corpus.mjs'), join(BENCH, 'yaml-emit.mjs'), join(BENCH, 'generate.mjs')]);
  const pools = loadTextPools();
  const manifests = {};
  const built = new Map();

  for (const [name, spec] of Object.entries(CORPORA)) {
    const dir = join(CORPUS_ROOT, scaledDir(spec.dir, scale));
    const options = { ...spec, scale, generatorHash };
    const manifestPath = join(dir, 'manifest.json');
    const previous = existsSync(manifestPath) ? JSON.parse(readFileSync(manifestPath, 'utf8')) : undefined;
    if (previous && JSON.stringify(previous.options) === JSON.stringify(options)) {
      manifests[name] = { ...previous, dir };
      continue;
    }

    const started = Date.now();
    rmSync(dir, { recursive: true, force: true });
    const corpus = spec.from ? reviseFrom(built, spec, scale, pools) : buildScaled(spec, scale, pools);
    built.set(name, corpus);
    const written = writeCorpus(dir, corpus.revised ?? corpus);
    const files = (spec.csv ?? []).map((csv) => writeCsv(dir, corpus, csv, spec.seed, scale));
    const sheets = (corpus.revised ?? corpus).sheets;
    const indicators = sheets.flatMap((sheet) => sheet.data.indikator);
    const manifest = {
      options,
      sheets: sheets.length,
      indicators: indicators.length,
      variables: indicators.reduce((sum, indicator) => sum + indicator.variabel.length, 0),
      yamlBytes: written.bytes,
      targetPositions: written.targetPositions,
      csv: files,
    };
    if (corpus.changes) manifest.changes = corpus.changes;
    writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
    manifests[name] = { ...manifest, dir };
    log(`generated ${dir} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  return manifests;
}

function scaledDir(dir, scale) {
  return scale === 1 ? dir : `${dir}-x${scale}`;
}

function buildScaled(spec, scale, pools) {
  return buildCorpus({ sheets: Math.round(spec.sheets * scale), seed: spec.seed, indicators: spec.indicators, texts: spec.texts, pools });
}

// The revised corpus needs its base in memory. A base kept from an earlier
// run is built again, and the fixed seed makes it identical.
function reviseFrom(built, spec, scale, pools) {
  const base = built.get(spec.from) ?? buildScaled(CORPORA[spec.from], scale, pools);
  built.set(spec.from, base);
  const { revised, changes } = reviseCorpus(base, { seed: spec.seed, share: spec.share, pools });
  return { revised, changes };
}

// The rows are cut from one seeded stream, so the smaller files are the first
// rows of the larger ones. Too few keys for the requested rows is an error,
// never a silently smaller file.
function writeCsv(dir, corpus, csv, seed, scale) {
  // A file of one row stays one row: it measures a report that reads almost only sheets.
  const rows = Math.max(1, Math.round(csv.rows * scale));
  const written = writeRealizationCsv(join(dir, csv.file), corpus, { seed: seed + 1, maxRows: rows });
  if (written.rows < rows) throw new Error(`${dir}: only ${written.rows} distinct keys for ${csv.file}, ${rows} requested`);
  return { file: csv.file, rows: written.rows, bytes: statSync(join(dir, csv.file)).size, sheetsWithRows: written.sheets };
}

function hashFiles(paths) {
  const hash = createHash('sha256');
  for (const path of paths) hash.update(readFileSync(path));
  return hash.digest('hex').slice(0, 16);
}

/** Reads `--scale F` from command-line arguments; 1 when absent. */
export function parseScale(argv) {
  const index = argv.indexOf('--scale');
  if (index < 0) return 1;
  const scale = Number(argv[index + 1]);
  if (!(scale > 0 && scale <= 1)) throw new Error(`--scale takes a number in (0, 1], not ${argv[index + 1]}`);
  return scale;
}

if (resolve(process.argv[1] ?? '') === fileURLToPath(import.meta.url)) {
  const manifests = generateAll({ scale: parseScale(process.argv) });
  for (const [name, manifest] of Object.entries(manifests)) {
    const csv = manifest.csv.map((file) => `${file.file} ${file.rows} rows`).join(', ');
    process.stdout.write(`${name}: ${manifest.dir}, ${manifest.sheets} sheets, ${(manifest.yamlBytes / 1e6).toFixed(1)} MB of YAML${csv ? `, ${csv}` : ''}\n`);
  }
}
