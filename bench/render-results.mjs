// Renders the results of bench/run.mjs as the Markdown page docs/benchmarks.md.
// The tables come from the run. The text around them explains the setup and
// what limits each missed target, pointing to the profile tables.
import { summarize } from './measure.mjs';

const LIMIT_NOTES = {
  startupValidate: [
    '`iki --version` is answered by `bin/iki.js` before the command line and the message catalogues load.',
    '`iki validate` on `data/` loads only what checking needs. Formulas in the simple grammar are read by',
    '`src/core/formula-simple.ts`, so mathjs loads only for a formula outside it. The JSON Schemas are',
    'compiled to standalone code when iki is built (`scripts/compile-schemas.mjs`), so ajv compiles nothing',
    "at start-up. eemeli/yaml loads only when a file needs positions. What remains is Node's own start-up,",
    'loading commander, js-yaml, the ajv runtime and the message catalogues, and reading the 15 files.',
  ],
  startupClose: [
    'The rest of the gap is module loading (profile below). Bundling the command line into one file would',
    'save resolving and compiling each module separately; iki is not bundled.',
  ],
  validate: [
    "iki reads a sheet with js-yaml when its text is in the plain block style iki's files use",
    '(`src/io/yaml-plain.ts`). It uses eemeli/yaml, which keeps positions, only for a file that this fast path',
    'declines or for the position of a finding; none of these sheets needs it. It reads the sheets on worker',
    'threads, one per core (two here), then runs the checks across sheets on the main thread. ajv-cli reads',
    'the same files with js-yaml 3 on one thread and only validates them. iki does more per file: it checks that',
    'the text is in the accepted style, resolves scalars as eemeli/yaml does, validates against the precompiled',
    'schema, and runs its own checks (references, formulas, hierarchy, suppression comments).',
  ],
  validateClose: [
    'What limits it (profiles below): the main thread waits for the two reading threads for most of the run.',
    'On those, js-yaml and the garbage collection of what it builds take over 40 % of the time; the style check,',
    'the schema and sending the data back to the main thread take most of the rest. Being twice as fast as',
    'ajv-cli would take more cores than this machine has, or a reader made for the accepted style only, which',
    'is not written.',
  ],
  report: [
    'iki reads the sheets as `iki validate` does (section 2, on two threads). Then it streams the realization',
    'file: csv-parse reads it in 64 KiB chunks, and each row is checked as it arrives and added to the per-key',
    "map (`src/core/realization-check.ts`); no row is kept. Last it computes every indicator's report row and",
    'writes them as CSV. DuckDB reads the CSV with a vectorised parser on both cores and builds no object per row.',
  ],
  reportClose: [
    'What limits it (profile below, at a tenth of the size): reading the wide sheets costs about as much as',
    'the rows, even on two threads, and DuckDB reads no sheets at all. Of the rows, csv-parse and the per-row',
    'checks (ids, period, number, duplicate key) take most of the time, and garbage collection of short-lived',
    'row objects much of the rest. The memory held was measured in one run after a forced garbage collection.',
    'The sheets and targets held about 310 MB, the per-key map of 1,000,000 keys 170 MB more, and the report',
    "rows with their details 240 MB more. The peak adds the garbage between collections and the report's CSV",
    'text. Reaching 3× DuckDB and 500 MB would take another shape. The realization file would be read while',
    'the sheets are, by a CSV reader that checks cells without building an object per row. Report rows would',
    'be computed and written one sheet at a time instead of held until the end.',
  ],
  memory: [
    'With valid input every row has its own key (a repeated key is an error), so rows and keys grow together,',
    'and so do the sheets that define the keys. The rows add only their entries in the per-key map: the reader',
    "streams the file and keeps no row. The rest of the growth is per sheet and per indicator: the sheets' data",
    'and the report rows.',
  ],
};

/** Renders the whole page from the samples, profiles, corpora and machine of one run. */
export function renderResults({ sections, results, probe, manifests, machine, run }) {
  const stats = collectStats(sections, results);
  const lines = [
    '# Benchmarks',
    '',
    'Measured by `npm run bench`, which builds iki, generates the corpora into `bench/.corpus/` (git-ignored),',
    'runs every command below and rewrites this page. Absolute times depend on the machine; each comparison',
    'is a ratio of two commands measured in the same run, alternating between them, so that a change in',
    "the machine's load reaches both. Times are wall-clock medians with the minimum and maximum;",
    'memory is the peak resident set size. `iki` stands for `node bin/iki.js`.',
    '',
    ...renderMachine(machine, run),
    ...(run.scale === 1
      ? []
      : [
          `**This run used corpora scaled by ${run.scale}.** The tables are its own. The text between them was`,
          'written for the full-size run, so parts of it may not hold here: the sheets are read on threads only',
          'from 2,000 of them, and the memory figures are those of the full-size report.',
          '',
        ]),
    ...renderTargets(stats, manifests),
    ...renderStartup(sections, stats, results),
    ...renderValidate(sections, stats, results, manifests, probe),
    ...renderReport(sections, stats, results, manifests),
    ...renderDiff(sections, stats, results, manifests),
    ...renderScaling(stats, manifests, machine),
    ...renderCorpora(manifests),
  ];
  return `${lines.join('\n')}\n`;
}

function collectStats(sections, results) {
  const stats = {};
  for (const section of sections) {
    stats[section.id] = {};
    for (const subject of section.subjects) {
      const samples = results[section.id].samples[subject.id];
      stats[section.id][subject.id] = {
        subject,
        failed: samples.some((sample) => sample.failed),
        wall: summarize(samples.map((s) => s.wallMs / 1000)),
        peak: summarize(samples.map((s) => s.peakMb)),
        cpu: summarize(samples.map((s) => s.cpuS)),
        runs: samples.length,
      };
    }
  }
  return stats;
}

function renderMachine(machine, run) {
  const load = (values) => values.map((value) => value.toFixed(2)).join(', ');
  const memory = {
    'gnu-time': 'GNU time (`/usr/bin/time -f %M`), which includes the processes a command waits for',
    'proc-status': '`VmHWM` from /proc, polled every 5 ms (GNU time was not found)',
    none: 'not measured on this system',
  }[machine.memoryMethod];
  return [
    '## Machine and run',
    '',
    `- ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb.toFixed(0)} GB RAM, ${machine.os}, Node ${machine.node}`,
    `- iki at commit ${machine.commit}; ajv-cli ${machine.versions.ajvCli}, @duckdb/node-api ${machine.versions.duckdb},` +
      ` yaml ${machine.versions.yaml}, csv-parse ${machine.versions.csvParse}, mathjs ${machine.versions.mathjs}`,
    `- run on ${run.date}, ${run.minutes.toFixed(1)} minutes in all${run.scale === 1 ? '' : `, corpora scaled by ${run.scale}`}`,
    `- load average (1, 5, 15 min) ${load(run.loadBefore)} before and ${load(run.loadAfter)} after;` +
      ' other work on the machine slows both sides of a comparison, but adds noise',
    `- peak memory: ${memory}`,
    '',
  ];
}

function ratio(stats, section, subject, baseline) {
  return stats[section][subject].wall.median / stats[section][baseline].wall.median;
}

function renderTargets(stats, manifests) {
  const rows = [
    ['`iki --version` against `node -e 0`', 'at most 1.5×', ratio(stats, 'startup', 'version', 'node'), 1.5],
    ['`iki validate` on `data/` against `node -e 0`', 'at most 3×', ratio(stats, 'startup', 'validate-data', 'node'), 3],
    [
      `\`iki validate\` on ${count(manifests.validation.sheets)} sheets against ajv-cli`,
      'at most 0.5× (2× faster)',
      ratio(stats, 'validate', 'iki', 'ajv'),
      0.5,
    ],
    [`\`iki report\` over ${count(manifests.report1m.csv[0].rows)} rows against DuckDB`, 'at most 3×', ratio(stats, 'report', 'iki', 'duckdb'), 3],
  ];
  const peak = stats.report.iki.peak?.max;
  const lines = ['## Targets', '', '| target | goal | measured | met |', '| --- | --- | --- | --- |'];
  for (const [what, goal, measured, limit] of rows) {
    lines.push(`| ${what} | ${goal} | ${times(measured)} | ${verdict(measured, limit)} |`);
  }
  if (peak !== undefined) {
    lines.push(`| \`iki report\` peak memory over ${count(manifests.report1m.csv[0].rows)} rows | under 500 MB | ${mb(peak)} | ${verdict(peak, 500, 'MB')} |`);
  }
  const rowsOnly = (stats.scaling['iki-100k'].peak?.max ?? NaN) - (stats.scaling['iki-100k-sheets'].peak?.max ?? NaN);
  const perRow = (rowsOnly * 1048576) / manifests.report100k.csv[0].rows;
  lines.push(
    '| memory grows with distinct keys, not with rows read | only the per-key map held per row |' +
      ` ${(perRow / 1024).toFixed(2)} KiB more peak per row (each its own key) at ${count(manifests.report100k.csv[0].rows)} rows, from single runs (section 5) |` +
      ' yes by design, not by this measurement: rows are streamed and not kept, but in a valid file every row is its own key, so rows and keys cannot be measured apart |',
  );
  lines.push('', 'A missed target is explained in its section: what the profile shows and what would close the gap.', '');
  return lines;
}

function verdict(measured, limit, unit = '×') {
  if (measured <= limit) return 'yes';
  const over = unit === '×' ? `${(measured / limit).toFixed(1)}× over` : `${(measured - limit).toFixed(0)} MB over`;
  return `no, ${over}`;
}

function subjectTable(sectionStats, baselineId) {
  const lines = ['| command | runs | median | min–max | peak memory | CPU time | ratio |', '| --- | --- | --- | --- | --- | --- | --- |'];
  const baseline = sectionStats[baselineId];
  for (const stat of Object.values(sectionStats)) {
    const share = stat.subject.baseline ? '1 (baseline)' : times(stat.wall.median / baseline.wall.median);
    const peak = stat.peak ? mb(stat.peak.max) : 'n/a';
    const cpu = stat.cpu ? seconds(stat.cpu.median) : 'n/a';
    lines.push(
      `| \`${stat.subject.shown}\` | ${stat.runs} | ${seconds(stat.wall.median)} | ${seconds(stat.wall.min)}–${seconds(stat.wall.max)} | ${peak} | ${cpu} | ${share} |`,
    );
  }
  return [...lines, ''];
}

function renderProfile(title, profile) {
  if (!profile) return [];
  const table = (summary) => {
    const row = (entry) => `| ${shortName(entry.name)} | ${entry.ms.toFixed(0)} ms | ${((100 * entry.ms) / summary.totalMs).toFixed(0)} % |`;
    return [
      '| package or folder | self time | share |',
      '| --- | --- | --- |',
      ...summary.packages.slice(0, 6).map(row),
      '',
      '| function | self time | share |',
      '| --- | --- | --- |',
      ...summary.functions.slice(0, 6).map(row),
      '',
    ];
  };
  const threads = profile.workers
    ? [
        `The ${profile.workers.threads} threads that read the sheets, added together (${(profile.workers.totalMs / 1000).toFixed(1)} s sampled), self time:`,
        '',
        ...table(profile.workers),
      ]
    : [];
  const mainThread = profile.workers ? ', main thread' : '';
  return [
    `Profile of ${title} (\`node --cpu-prof\`, one extra run${mainThread}, ${(profile.totalMs / 1000).toFixed(1)} s sampled; \`${profile.file}\`), self time:`,
    '',
    ...table(profile),
    ...threads,
  ];
}

// A regular expression's profile name is its whole source; a table cell shows its start.
function shortName(name) {
  const trimmed = name.trim();
  const shown = trimmed.length > 80 ? `${trimmed.slice(0, 79)}…` : trimmed;
  return shown.replace(/\|/g, '\\|');
}

function renderStartup(sections, stats, results) {
  return [
    '## 1. Start-up',
    '',
    'The floor for any Node program is `node -e 0`. `iki validate` checks the shipped `data/` (15 files).',
    '',
    ...subjectTable(stats.startup, 'node'),
    ...LIMIT_NOTES.startupValidate,
    ...(ratio(stats, 'startup', 'version', 'node') > 1.5 || ratio(stats, 'startup', 'validate-data', 'node') > 3 ? LIMIT_NOTES.startupClose : []),
    '',
    ...renderProfile('`iki validate` on `data/`', results.startup.profiles?.['validate-data']),
  ];
}

function renderValidate(sections, stats, results, manifests, probe) {
  const corpus = manifests.validation;
  return [
    `## 2. \`iki validate\` on ${count(corpus.sheets)} sheets against ajv-cli`,
    '',
    `Both read the ${count(corpus.sheets)} position sheets (${mb(corpus.yamlBytes / 1048576)} of YAML). ajv-cli checks them against`,
    '`schemas/position.schema.json` only; iki also reads `organisasi.yaml` and the decree and runs every check',
    '(schema, references, formulas, hierarchy, suppression comments). Neither finds a problem.',
    '',
    ...subjectTable(stats.validate, 'ajv'),
    ...LIMIT_NOTES.validate,
    ...(ratio(stats, 'validate', 'iki', 'ajv') > 0.5 ? LIMIT_NOTES.validateClose : []),
    '',
    ...renderProbe(probe),
    ...renderProfile(`\`iki validate\` on ${count(corpus.sheets)} sheets`, results.validate.profiles?.iki),
  ];
}

function renderProbe(probe) {
  const rate = (ms) => `${((probe.bytes / 1048576 / ms) * 1000).toFixed(1)} MB/s`;
  const row = (name, ms) => (ms === undefined ? `| ${name} | not installed | |` : `| ${name} | ${seconds(ms / 1000)} | ${rate(ms)} |`);
  return [
    `Parsing alone, in one process, on the first ${count(probe.files)} sheets (${mb(probe.bytes / 1048576)}; \`${probe.shown}\`):`,
    '',
    '| parser | time | throughput |',
    '| --- | --- | --- |',
    row("iki's reader as it runs (`parseYamlSource`: style check, js-yaml with eemeli/yaml's scalar rules, string copies)", probe.ms.ikiReader),
    row("iki's full reader (`parseYamlSourceFully`: eemeli/yaml with positions and structural checks)", probe.ms.ikiFullReader),
    row('eemeli/yaml `parse`, no positions kept', probe.ms.yamlParse),
    row('js-yaml 4 `load`, its own core schema', probe.ms.jsYamlLoad),
    '',
  ];
}

function renderReport(sections, stats, results, manifests) {
  const corpus = manifests.report1m;
  const csv = corpus.csv[0];
  return [
    `## 3. \`iki report\` over ${count(csv.rows)} rows against DuckDB`,
    '',
    `The realization file has ${count(csv.rows)} rows (${mb(csv.bytes / 1048576)}) for ${count(corpus.sheets)} sheets`,
    `with ${count(corpus.indicators)} indicators and ${count(corpus.variables)} variables. iki reads and checks the sheets,`,
    'the targets and every row, and writes the TAHUN report as CSV. DuckDB (`bench/duckdb-aggregate.mjs`) reads',
    "the same file and writes per variable the sum, the latest quarter's value, the mean and the number of",
    'quarters with a value, the aggregates iki computes before its formulas. DuckDB uses every core; iki reads the sheets on one thread per core and the rest on one.',
    '',
    ...subjectTable(stats.report, 'duckdb'),
    `iki wrote ${count(results.outputs['laporan-1m.csv'])} report rows, one per indicator; DuckDB wrote ${count(results.outputs['duckdb-1m.csv'])} variables`,
    '(a variable with no row in the file has no aggregate).',
    '',
    ...LIMIT_NOTES.report,
    ...LIMIT_NOTES.reportClose,
    '',
    ...renderProfile(
      `\`iki report\` over ${count(manifests.report100k.csv[0].rows)} rows (${count(manifests.report100k.sheets)} sheets of the same shape, a tenth of the time)`,
      results.scaling.profiles?.['iki-100k'],
    ),
  ];
}

function renderDiff(sections, stats, results, manifests) {
  const changes = manifests.revision.changes;
  const labels = {
    formula: 'formulas changed',
    aggregation: 'aggregations changed',
    polarity: 'polarities flipped',
    text: 'indicator names reworded',
    added: 'indicators added',
    removed: 'indicators removed',
    sheetsRemoved: 'sheets removed',
    sheetsAdded: 'sheets added',
  };
  const changed = Object.entries(changes)
    .map(([kind, number]) => `${number} ${labels[kind] ?? kind}`)
    .join(', ');
  return [
    `## 4. \`iki diff\` between two revisions of the ${count(manifests.validation.sheets)}-sheet corpus`,
    '',
    `The second revision changes 2 % of the sheets (${changed}). iki reads both folders, validates each side`,
    'and compares sheets, indicators and targets by meaning. `git diff --no-index` is what a reviewer reads',
    'without iki: a line diff of the same folders, with no parsing.',
    '',
    ...subjectTable(stats.diff, 'git'),
    'iki reads both sides with the fast path of section 2 and parses with positions only the files whose',
    'changes it reports with a line. The issue sets no target for it.',
    '',
    ...renderProfile('`iki diff`', results.diff.profiles?.iki),
  ];
}

function renderScaling(stats, manifests, machine) {
  const large = stats.scaling['iki-3m'];
  const points = [
    { label: `${count(manifests.report100k.csv[1].rows)} (same sheets as the next row)`, corpus: manifests.report100k, iki: stats.scaling['iki-100k-sheets'] },
    { label: count(manifests.report100k.csv[0].rows), corpus: manifests.report100k, iki: stats.scaling['iki-100k'], duckdb: stats.scaling['duckdb-100k'] },
    { label: count(manifests.report1m.csv[0].rows), corpus: manifests.report1m, iki: stats.report.iki, duckdb: stats.report.duckdb },
    { label: count(manifests.report3m.csv[0].rows), corpus: manifests.report3m, iki: large, duckdb: stats.scaling['duckdb-3m'] },
  ];
  const lines = [
    '## 5. Peak memory and how it grows',
    '',
    `Peak memory of section 2: iki ${mb(stats.validate.iki.peak?.max)}, ajv-cli ${mb(stats.validate.ajv.peak?.max)}.`,
    `Peak memory of section 3: iki ${mb(stats.report.iki.peak?.max)}, DuckDB ${mb(stats.report.duckdb.peak?.max)}.`,
    '',
    'The same report at three sizes, each sheet with the same mix of indicators, so that sheets, keys and rows',
    'grow together. The 1,000,000-row row is section 3; the others are single runs. The first row reads the',
    'sheets of the 100,000-row run with a one-row file, so the difference between the first two rows is the',
    'cost of the rows.',
    '',
    '| rows | sheets | YAML | iki time | iki peak | DuckDB time | DuckDB peak | iki / DuckDB |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const point of points) {
    const failed = point.iki.failed ? ' (failed)' : '';
    const duckdbTime = point.duckdb ? seconds(point.duckdb.wall.median) : '–';
    const duckdbPeak = point.duckdb ? mb(point.duckdb.peak?.max) : '–';
    const share = point.duckdb && !point.iki.failed ? times(point.iki.wall.median / point.duckdb.wall.median) : '–';
    lines.push(
      `| ${point.label} | ${count(point.corpus.sheets)} | ${mb(point.corpus.yamlBytes / 1048576)} | ${seconds(point.iki.wall.median)}${failed} |` +
        ` ${mb(point.iki.peak?.max)} | ${duckdbTime} | ${duckdbPeak} | ${share} |`,
    );
  }

  const [sheetsOnly, small, middle] = points;
  const rowShare = (small.iki.peak?.max ?? NaN) - (sheetsOnly.iki.peak?.max ?? NaN);
  const growth = ((middle.iki.peak?.max ?? NaN) - (small.iki.peak?.max ?? NaN)) / ((middle.corpus.csv[0].rows - small.corpus.csv[0].rows) / 1e6);
  const duckdbGrowth = ((middle.duckdb.peak?.max ?? NaN) - (small.duckdb.peak?.max ?? NaN)) / ((middle.corpus.csv[0].rows - small.corpus.csv[0].rows) / 1e6);
  lines.push(
    '',
    `From ${small.label} to ${middle.label} rows, iki's peak grows by ${mb(growth)} per million rows (sheets included), DuckDB's by ${mb(duckdbGrowth)}.`,
    `At ${small.label} rows, the rows themselves account for ${mb(rowShare)} of iki's peak, the sheets for the rest.`,
    '',
    large.failed
      ? `The ${count(manifests.report3m.csv[0].rows)}-row report failed with Node's default heap limit, ${mb(machine.defaultHeapMb)} on this machine.`
      : `The ${count(manifests.report3m.csv[0].rows)}-row report runs within Node's default heap limit, ${mb(machine.defaultHeapMb)} on this machine.` +
          ' Before the reader streamed the file, it ran out of heap there and needed a 16 GiB limit.',
    '',
    ...LIMIT_NOTES.memory,
    '',
  );
  return lines;
}

function renderCorpora(manifests) {
  const lines = [
    '## Corpora',
    '',
    '`bench/corpus.mjs` generates them from a seeded generator (mulberry32), so every run reads the same bytes;',
    '`bench/generate.mjs` names them and skips a corpus whose manifest matches. The texts are taken from the',
    'shipped sheets in `data/positions`; units, hierarchy, indicators, formulas, targets and values are drawn.',
    'Indicators mix percentages (`100 * a / b`, some negatif, some with three variables), counts, negatif counts,',
    'levels and averages; 5 % have no target, some have cumulative quarterly targets or a range. In the',
    'realization file 0.5 % of the variables have no row, 2 % of the other rows are missing, 1 % have an',
    'empty cell, and 1 % of the indicators with a denominator have a zero one. The CSV is written as',
    'Indonesian Excel saves it: a BOM, `;` between cells, decimal commas, CRLF.',
    '',
    '| corpus | sheets | indicators | variables | YAML | realization rows | targets for |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const manifest of Object.values(manifests)) {
    const rows = manifest.csv.map((csv) => count(csv.rows)).join(', ') || '–';
    const name = manifest.dir.replace(/^.*\.corpus\//, '');
    lines.push(
      `| \`${name}\` | ${count(manifest.sheets)} | ${count(manifest.indicators)} | ${count(manifest.variables)} | ${mb(manifest.yamlBytes / 1048576)} | ${rows} | ${count(manifest.targetPositions)} sheets |`,
    );
  }
  lines.push(
    '',
    'The report corpora give each sheet 15 to 21 indicators, more than the 1 to 9 of the shipped decree.',
    'That way 10,000 sheets define the 1,000,000 distinct keys (position, indicator, variable, quarter) that',
    'a valid file of 1,000,000 rows needs. Their sheets keep only the first explanation row of each indicator.',
    'iki reads YAML files of at most 2 MiB, and one targets file for every indicator of 10,000 sheets',
    'is larger, so each targets file covers the sheets that fit and the other rows report no target.',
    'A province-wide targets file would hit the same limit, since `iki report` takes one `--targets` file.',
    '',
  );
  return lines;
}

function count(value) {
  return Number(value).toLocaleString('en-US');
}

function seconds(value) {
  if (value === undefined || Number.isNaN(value)) return 'n/a';
  return value < 10 ? `${value.toFixed(2)} s` : `${value.toFixed(1)} s`;
}

function mb(value) {
  if (value === undefined || Number.isNaN(value)) return 'n/a';
  if (value >= 1024) return `${(value / 1024).toFixed(2)} GB`;
  return value < 10 ? `${value.toFixed(1)} MB` : `${value.toFixed(0)} MB`;
}

function times(value) {
  return `${value < 10 ? value.toFixed(2) : value.toFixed(1)}×`;
}
