// Deterministic generator of large IKI corpora in the shipped formats: a data
// folder (organisasi.yaml, keputusan/, positions/), a targets file and a
// realization CSV. The texts come from the shipped sheets in data/positions,
// so lengths and wording are those of a real decree. Units, indicators,
// variables, formulas, targets and values are drawn from a seeded generator,
// so the same options always give the same bytes.
import { closeSync, copyFileSync, mkdirSync, openSync, readdirSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { renderYaml } from './yaml-emit.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The decree every generated sheet cites; its file is copied from data/keputusan. */
export const DECREE_ID = 'kep-15-2021';

/** The organisation head, superior of every unit head. */
export const HEAD_ID = 'kepala-dinas';

/** Quarters in the order the CSV lists them. */
export const QUARTERS = ['TW1', 'TW2', 'TW3', 'TW4'];

/** Sheets per unit of the generated organisation: one head, four section heads, the rest under them. */
const SHEETS_PER_UNIT = 25;

/**
 * Returns a seeded pseudo-random generator (mulberry32): `next()` gives a
 * float in [0, 1). The same seed always gives the same sequence.
 */
export function createRandom(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    /** An integer in [min, max]. */
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    /** A float in [min, max). */
    between: (min, max) => min + next() * (max - min),
    pick: (items) => items[Math.floor(next() * items.length)],
    chance: (probability) => next() < probability,
  };
}

// Indicator kinds with their share of all indicators, close to the shipped
// decree (mostly counts and percentages) with more negatif indicators,
// averages and three-variable formulas than it has, so every path is exercised.
const KINDS = [
  { kind: 'persen-akhir', weight: 22 },
  { kind: 'persen-jumlah', weight: 10 },
  { kind: 'persen-negatif', weight: 7 },
  { kind: 'persen-gabungan', weight: 5 },
  { kind: 'jumlah', weight: 32 },
  { kind: 'jumlah-negatif', weight: 5 },
  { kind: 'nilai-akhir', weight: 12 },
  { kind: 'rata-rata-negatif', weight: 7 },
];

/**
 * Returns the text pools taken from the shipped sheets: whole indicators
 * (sasaran, indikatorKinerja, penjelasan, catatan) split by percent or other
 * unit, variable descriptions by aggregation, and the duties of each sheet.
 */
export function loadTextPools(dataDir = join(ROOT, 'data')) {
  const positionsDir = join(dataDir, 'positions');
  const sheets = readdirSync(positionsDir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => parse(readFileSync(join(positionsDir, name), 'utf8')));

  const indicators = sheets.flatMap((sheet) => sheet.indikator);
  const variables = indicators.flatMap((indicator) => indicator.variabel);
  return {
    positions: sheets.map((sheet) => ({ jabatan: sheet.jabatan, tugasPokok: sheet.tugasPokok, fungsi: sheet.fungsi })),
    percentIndicators: indicators.filter((indicator) => indicator.satuan === 'persen'),
    countIndicators: indicators.filter((indicator) => indicator.satuan !== 'persen'),
    variableTexts: { jumlah: textsOf(variables, 'jumlah'), akhir: textsOf(variables, 'akhir') },
    catatan: indicators.flatMap((indicator) => (indicator.catatan ? [indicator.catatan] : [])),
  };
}

function textsOf(variables, aggregation) {
  return variables.filter((variable) => variable.agregasi === aggregation).map((variable) => variable.uraian);
}

/**
 * Builds a corpus in memory.
 * - `sheets`: number of position sheets.
 * - `seed`: seed of every random choice.
 * - `indicators`: `[min, max]` indicators per sheet, uniform; the shipped decree has 1 to 9.
 * - `year`: the year of the targets and realization.
 * - `texts`: `full` copies whole texts from the shipped sheets. `lean` keeps
 *   only the first `penjelasan` row and the first two `fungsi` and drops
 *   `catatan`. `skeleton` writes short placeholder texts.
 * Returns `{ year, texts, organisation, sheets, targets }`: `sheets` holds each
 * sheet's YAML object (`data`) and, per indicator, the generator's plan for
 * its values (`plans`); `targets` maps `position/indicator` to its target.
 */
export function buildCorpus({ sheets: sheetCount, seed, indicators = [2, 8], year = 2024, texts = 'full', pools = loadTextPools() }) {
  if (!['full', 'lean', 'skeleton'].includes(texts)) throw new Error(`texts must be full, lean or skeleton, not ${texts}`);
  const random = createRandom(seed);
  const unitCount = Math.max(1, Math.ceil(sheetCount / SHEETS_PER_UNIT));
  const units = Array.from({ length: unitCount }, (_, index) => unitOf(index));
  const organisation = {
    versiSkema: 1,
    id: 'pemprov-contoh',
    nama: 'Badan Perencanaan Pembangunan Daerah Provinsi Contoh (data bangkitan untuk uji kinerja)',
    singkatan: 'Bappeda Contoh',
    kabupaten: 'Provinsi Contoh',
    kepala: { id: HEAD_ID, jabatan: 'Kepala Badan Perencanaan Pembangunan Daerah' },
    unitKerja: units.map((unit) => ({ id: unit.id, nama: unit.name, kepala: unit.headId })),
  };

  const sheets = [];
  const targets = new Map();
  for (let index = 0; index < sheetCount; index++) {
    const sheet = buildSheet(index, units, random, indicators, pools, texts);
    sheets.push(sheet);
    sheet.data.indikator.forEach((indicator, position) => {
      const target = buildTarget(sheet.plans[position], random);
      if (target !== undefined) targets.set(`${sheet.data.id}/${indicator.id}`, target);
    });
  }
  return { year, texts, organisation, sheets, targets };
}

function unitOf(index) {
  const number = String(index + 1).padStart(4, '0');
  return { id: `unit-${number}`, name: `Bidang Contoh ${number}`, headId: `u${number}-kepala` };
}

// Within a unit, sheet 0 is the head (under the organisation head), sheets 1–4
// are section heads under it, and the rest report to one of the section heads.
function buildSheet(index, units, random, indicatorRange, pools, texts) {
  const unit = units[Math.floor(index / SHEETS_PER_UNIT)];
  const rank = index % SHEETS_PER_UNIT;
  const number = unit.id.slice('unit-'.length);
  let id = unit.headId;
  let superior = HEAD_ID;
  if (rank >= 1 && rank <= 4) {
    id = `u${number}-kasi-${rank}`;
    superior = unit.headId;
  } else if (rank > 4) {
    id = `u${number}-staf-${String(rank).padStart(2, '0')}`;
    superior = `u${number}-kasi-${1 + (rank % 4)}`;
  }
  const position = random.pick(pools.positions);

  const indicatorIds = new Set();
  const plans = [];
  const indikator = [];
  const count = random.int(indicatorRange[0], indicatorRange[1]);
  for (let no = 1; no <= count; no++) {
    const built = buildIndicator(no, random, pools, indicatorIds, texts);
    indikator.push(built.indicator);
    plans.push(built.plan);
  }

  const described = positionTexts(position, texts);
  const data = {
    versiSkema: 1,
    id,
    jabatan: `${described.jabatan} ${number}-${rank + 1}`,
    unitKerja: unit.id,
    atasan: superior,
    keputusan: DECREE_ID,
    urutan: rank + 1,
    tugasPokok: described.tugasPokok,
    fungsi: described.fungsi,
    indikator,
  };
  return { data, plans };
}

function positionTexts(position, texts) {
  if (texts === 'skeleton') return { jabatan: 'Jabatan', tugasPokok: 'Tugas pokok contoh', fungsi: ['Fungsi contoh'] };
  const fungsi = texts === 'lean' ? position.fungsi.slice(0, 2) : position.fungsi;
  return { jabatan: position.jabatan, tugasPokok: position.tugasPokok, fungsi };
}

function indicatorTexts(source, texts, no) {
  if (texts === 'skeleton') {
    return { sasaran: 'Sasaran contoh', indikatorKinerja: `Indikator contoh ${no}`, penjelasan: [{ uraian: 'Penjelasan contoh', sumberData: 'Unit contoh' }] };
  }
  const penjelasan = texts === 'lean' ? source.penjelasan.slice(0, 1) : source.penjelasan;
  return { sasaran: source.sasaran, indikatorKinerja: source.indikatorKinerja, penjelasan };
}

function pickKind(random) {
  const total = KINDS.reduce((sum, entry) => sum + entry.weight, 0);
  let roll = random.next() * total;
  for (const entry of KINDS) {
    roll -= entry.weight;
    if (roll < 0) return entry.kind;
  }
  return KINDS[KINDS.length - 1].kind;
}

// Each kind fixes the variables, the formula and how the values are drawn;
// the texts come from a shipped indicator of the same unit family.
function buildIndicator(no, random, pools, usedIds, texts) {
  const kind = pickKind(random);
  const percent = kind.startsWith('persen');
  const source = random.pick(percent ? pools.percentIndicators : pools.countIndicators);
  const id = uniqueId(source.id, usedIds);
  const describe = (aggregation) => (texts === 'skeleton' ? 'Nilai contoh' : random.pick(pools.variableTexts[aggregation === 'akhir' ? 'akhir' : 'jumlah']));
  const variable = (variableId, aggregation) => ({ id: variableId, uraian: describe(aggregation), agregasi: aggregation });

  let variabel;
  let rumus;
  let polaritas = 'positif';
  let satuan = percent ? 'persen' : source.satuan;
  const plan = { kind, scale: 0, share: 0 };
  switch (kind) {
    case 'persen-akhir':
      variabel = [variable('tercapai', 'jumlah'), variable('sasaran', 'akhir')];
      rumus = '100 * tercapai / sasaran';
      plan.scale = random.int(40, 2000);
      plan.share = random.between(0.5, 1);
      break;
    case 'persen-jumlah':
      variabel = [variable('terlaksana', 'jumlah'), variable('direncanakan', 'jumlah')];
      rumus = '100 * terlaksana / direncanakan';
      plan.scale = random.int(20, 4000);
      plan.share = random.between(0.7, 1);
      break;
    case 'persen-negatif':
      variabel = [variable('belum_tertangani', 'akhir'), variable('kasus_terdata', 'akhir')];
      rumus = '100 * belum_tertangani / kasus_terdata';
      polaritas = 'negatif';
      plan.scale = random.int(30, 3000);
      plan.share = random.between(0.02, 0.4);
      break;
    case 'persen-gabungan':
      variabel = [variable('dilayani_langsung', 'jumlah'), variable('dilayani_daring', 'jumlah'), variable('sasaran_layanan', 'akhir')];
      rumus = '100 * (dilayani_langsung + dilayani_daring) / sasaran_layanan';
      plan.scale = random.int(100, 5000);
      plan.share = random.between(0.4, 1);
      break;
    case 'jumlah':
      variabel = [variable(source.variabel[0].id, 'jumlah')];
      rumus = source.variabel[0].id;
      plan.scale = random.int(1, 400);
      break;
    case 'jumlah-negatif':
      variabel = [variable('kasus_baru', 'jumlah')];
      rumus = 'kasus_baru';
      polaritas = 'negatif';
      satuan = 'kasus';
      plan.scale = random.int(1, 60);
      break;
    case 'nilai-akhir':
      variabel = [variable('nilai_hasil', 'akhir')];
      rumus = 'nilai_hasil';
      satuan = 'nilai';
      plan.scale = random.int(55, 95);
      break;
    case 'rata-rata-negatif':
      variabel = [{ ...variable('hari_layanan', 'akhir'), agregasi: 'rata-rata' }];
      rumus = 'hari_layanan';
      polaritas = 'negatif';
      satuan = 'hari';
      plan.scale = random.int(2, 30);
      break;
    default:
      throw new Error(`unknown indicator kind ${kind}`);
  }

  const indicator = {
    id,
    no,
    ...indicatorTexts(source, texts, no),
    satuan,
    polaritas,
    variabel,
    rumus,
    catatan: texts === 'full' && random.chance(0.3) ? random.pick(pools.catatan) : undefined,
  };
  return { indicator, plan };
}

function uniqueId(base, used) {
  let id = base;
  for (let suffix = 2; used.has(id); suffix++) id = `${base}-${suffix}`;
  used.add(id);
  return id;
}

// Most indicators have an annual target near the expected result, so capaian
// spreads over every category. Some add cumulative quarterly targets, some
// are ranges, and a few have none (a `tanpa-target` row in the report).
function buildTarget(plan, random) {
  if (random.chance(0.05)) return undefined;
  // "No new cases" is a common target of a negatif count.
  if (plan.kind === 'jumlah-negatif' && random.chance(0.1)) return 0;
  const expected = expectedResult(plan);
  const annual = roundTo(expected * random.between(0.85, 1.7), expected >= 20 ? 0 : 1);

  if (plan.kind === 'nilai-akhir' && random.chance(0.4)) {
    const min = Math.round(plan.scale - random.int(2, 8));
    return { min, max: min + random.int(5, 15) };
  }
  if ((plan.kind === 'jumlah' || plan.kind === 'persen-jumlah') && random.chance(0.3)) {
    const quarterly = {};
    QUARTERS.forEach((quarter, index) => {
      quarterly[quarter] = roundTo((annual * (index + 1)) / 4, 1);
    });
    return { tahunan: annual, ...quarterly };
  }
  return annual;
}

// The value an indicator's formula gives for a whole year of typical data.
function expectedResult(plan) {
  switch (plan.kind) {
    case 'persen-akhir':
    case 'persen-jumlah':
    case 'persen-negatif':
    case 'persen-gabungan':
      return 100 * plan.share;
    case 'jumlah':
    case 'jumlah-negatif':
      return 4 * plan.scale;
    default:
      return plan.scale;
  }
}

function roundTo(value, decimals) {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/**
 * Yields the realization rows of a corpus, sheet by sheet, as
 * `[jabatan, indikator, variabel, periode, nilai]` with `nilai` a number or
 * null (an empty cell). Every key appears at most once. 0.5 % of the
 * variables have no row at all, about 2 % of the other (variable, quarter)
 * rows are left out and 1 % have an empty cell, so some report rows are
 * incomplete or without data; 1 % of the indicators with a denominator get
 * a zero one.
 */
export function* realizationRows(corpus, seed) {
  const random = createRandom(seed);
  for (const sheet of corpus.sheets) {
    for (const [index, indicator] of sheet.data.indikator.entries()) {
      const values = drawValues(sheet.plans[index], indicator.variabel, random);
      for (const variable of indicator.variabel) {
        if (random.chance(0.005)) continue;
        for (const [quarterIndex, quarter] of QUARTERS.entries()) {
          if (random.chance(0.02)) continue;
          const value = random.chance(0.01) ? null : values[variable.id][quarterIndex];
          yield [sheet.data.id, indicator.id, variable.id, `${corpus.year}-${quarter}`, value];
        }
      }
    }
  }
}

// Per variable, one value per quarter. Counts vary around the plan's scale;
// stocks (denominators, levels) drift slowly from quarter to quarter.
function drawValues(plan, variables, random) {
  const values = {};
  const quarters = (draw) => QUARTERS.map((_, quarterIndex) => draw(quarterIndex));
  const zeroDenominator = random.chance(0.01);
  const stock = (scale) => quarters(() => (zeroDenominator ? 0 : Math.round(scale * random.between(0.95, 1.05))));
  const ids = variables.map((variable) => variable.id);

  switch (plan.kind) {
    case 'persen-akhir': {
      values[ids[1]] = stock(plan.scale);
      values[ids[0]] = quarters(() => Math.round((plan.scale * plan.share * random.between(0.6, 1.4)) / 4));
      break;
    }
    case 'persen-jumlah': {
      const planned = quarters(() => (zeroDenominator ? 0 : Math.round(plan.scale * random.between(0.8, 1.2))));
      values[ids[1]] = planned;
      values[ids[0]] = planned.map((count) => Math.min(count, Math.round(count * plan.share * random.between(0.9, 1.1))));
      break;
    }
    case 'persen-negatif': {
      const recorded = stock(plan.scale);
      values[ids[1]] = recorded;
      values[ids[0]] = recorded.map((count) => Math.round(count * plan.share * random.between(0.5, 1.5)));
      break;
    }
    case 'persen-gabungan': {
      values[ids[2]] = stock(plan.scale);
      values[ids[0]] = quarters(() => Math.round((plan.scale * plan.share * random.between(0.3, 0.9)) / 4));
      values[ids[1]] = quarters(() => Math.round((plan.scale * plan.share * random.between(0.1, 0.7)) / 4));
      break;
    }
    case 'jumlah':
    case 'jumlah-negatif':
      values[ids[0]] = quarters(() => Math.round(plan.scale * random.between(0.5, 1.5)));
      break;
    case 'nilai-akhir':
      values[ids[0]] = quarters((quarterIndex) => roundTo(plan.scale + quarterIndex * random.between(0, 2) + random.between(-3, 3), 2));
      break;
    case 'rata-rata-negatif':
      values[ids[0]] = quarters(() => roundTo(plan.scale * random.between(0.6, 1.4), 1));
      break;
    default:
      throw new Error(`unknown indicator kind ${plan.kind}`);
  }
  return values;
}

/** Formats a number as an Indonesian Excel cell: decimal comma, no grouping. */
export function formatIndonesian(value) {
  return value === null ? '' : String(value).replace('.', ',');
}

/**
 * Writes the realization CSV as Excel in an Indonesian locale saves it: a BOM,
 * `;` between cells, decimal commas and CRLF line ends. Stops after
 * `maxRows` rows when given. Returns the number of rows written and of sheets
 * that have at least one row.
 */
export function writeRealizationCsv(path, corpus, { seed, maxRows = Infinity }) {
  mkdirSync(dirname(path), { recursive: true });
  const fd = openSync(path, 'w');
  let buffer = '\uFEFFjabatan;indikator;variabel;periode;nilai\r\n';
  let rows = 0;
  const sheetsWithRows = new Set();
  try {
    for (const [jabatan, indikator, variabel, periode, nilai] of realizationRows(corpus, seed)) {
      if (rows >= maxRows) break;
      buffer += `${jabatan};${indikator};${variabel};${periode};${formatIndonesian(nilai)}\r\n`;
      rows++;
      sheetsWithRows.add(jabatan);
      if (buffer.length > 1 << 20) {
        writeSync(fd, buffer);
        buffer = '';
      }
    }
    writeSync(fd, buffer);
  } finally {
    closeSync(fd);
  }
  return { rows, sheets: sheetsWithRows.size };
}

/** Largest YAML file iki reads, in bytes (MAX_YAML_BYTES in src/io/yaml-source.ts). */
export const MAX_TARGETS_BYTES = 2 * 1024 * 1024;

/**
 * Renders the targets file of a corpus, with each indicator's target on one
 * line as the shipped example writes it. iki reads YAML files of at most
 * 2 MiB, so positions are written in sheet order while the file stays below
 * that. `ids` are the positions written; the report rows of the others have
 * no target. A corpus with `targetSheets` (a set of ids) writes only those.
 */
export function renderTargets(corpus, maxBytes = MAX_TARGETS_BYTES) {
  const lines = [
    '# yaml-language-server: $schema=../schemas/target.schema.json',
    '# Data bangkitan untuk uji kinerja iki; semua angka fiktif.',
    'versiSkema: 1',
    `tahun: ${corpus.year}`,
    'dasar: Target bangkitan untuk uji kinerja (bukan Perjanjian Kinerja)',
    'target:',
  ];
  let bytes = lines.join('\n').length + 1;
  const ids = [];
  for (const sheet of corpus.sheets) {
    if (corpus.targetSheets && !corpus.targetSheets.has(sheet.data.id)) continue;
    const block = [`  ${sheet.data.id}:`];
    for (const indicator of sheet.data.indikator) {
      const value = corpus.targets.get(`${sheet.data.id}/${indicator.id}`);
      if (value !== undefined) block.push(`    ${indicator.id}: ${flowValue(value)}`);
    }
    if (block.length === 1) continue;
    const blockBytes = block.join('\n').length + 1;
    if (bytes + blockBytes > maxBytes) break;
    lines.push(...block);
    bytes += blockBytes;
    ids.push(sheet.data.id);
  }
  return { text: `${lines.join('\n')}\n`, ids };
}

function flowValue(value) {
  if (typeof value === 'number') return String(value);
  return `{ ${Object.entries(value)
    .map(([key, item]) => `${key}: ${flowValue(item)}`)
    .join(', ')} }`;
}

/** Renders one sheet as its YAML file. */
export function renderSheet(sheet) {
  return renderYaml(sheet.data, ['# yaml-language-server: $schema=../../schemas/position.schema.json']);
}

/**
 * Writes a corpus under `dir`: `data/organisasi.yaml`, `data/keputusan/`,
 * `data/positions/*.yaml` and `targets.yaml`. Returns the bytes of YAML
 * written and the number of positions the targets file covers.
 */
export function writeCorpus(dir, corpus) {
  const dataDir = join(dir, 'data');
  mkdirSync(join(dataDir, 'positions'), { recursive: true });
  mkdirSync(join(dataDir, 'keputusan'), { recursive: true });
  copyFileSync(join(ROOT, 'data', 'keputusan', `${DECREE_ID}.yaml`), join(dataDir, 'keputusan', `${DECREE_ID}.yaml`));

  let bytes = 0;
  const write = (path, text) => {
    writeFileSync(path, text);
    bytes += Buffer.byteLength(text);
  };
  write(join(dataDir, 'organisasi.yaml'), renderYaml(corpus.organisation, ['# yaml-language-server: $schema=../schemas/organisasi.schema.json']));
  for (const sheet of corpus.sheets) write(join(dataDir, 'positions', `${sheet.data.id}.yaml`), renderSheet(sheet));
  const targets = renderTargets(corpus);
  write(join(dir, 'targets.yaml'), targets.text);
  return { bytes, targetPositions: targets.ids.length };
}

/**
 * Returns a second revision of a corpus, as a decree revision would change
 * it: `share` of the sheets get one change each (a formula, an aggregation,
 * a polarity, a reworded text, an indicator added or removed), and a few
 * staff sheets, which no other sheet reports to, are removed or added.
 * Its targets file covers the positions of the base's, so that the limit on
 * the file's size adds no changes of its own. The input corpus is not modified.
 */
export function reviseCorpus(corpus, { seed, share = 0.02, pools = loadTextPools() }) {
  const random = createRandom(seed);
  const changes = { formula: 0, aggregation: 0, polarity: 0, text: 0, added: 0, removed: 0, sheetsRemoved: 0, sheetsAdded: 0 };
  const sheets = [];

  for (const sheet of corpus.sheets) {
    const isStaff = sheet.data.id.includes('-staf-');
    if (isStaff && random.chance(share / 10)) {
      changes.sheetsRemoved++;
      continue;
    }
    if (!random.chance(share)) {
      sheets.push(sheet);
      continue;
    }
    sheets.push(changeSheet(corpus, sheet, random, pools, changes));
  }

  // New staff sheets join existing units, under a section head that exists in both revisions.
  const added = Math.max(1, Math.round((corpus.sheets.length * share) / 10));
  for (let index = 0; index < added; index++) {
    const template = random.pick(corpus.sheets.filter((sheet) => sheet.data.id.includes('-staf-')));
    const data = { ...template.data, id: `${template.data.id}-baru-${index + 1}`, urutan: template.data.urutan + 100 };
    sheets.push({ data, plans: template.plans });
    changes.sheetsAdded++;
  }
  const targetSheets = new Set(renderTargets(corpus).ids);
  return { revised: { ...corpus, sheets, targetSheets }, changes };
}

function changeSheet(corpus, sheet, random, pools, changes) {
  const data = structuredClone(sheet.data);
  const plans = [...sheet.plans];
  const indicator = random.pick(data.indikator);
  const roll = random.next();

  if (roll < 0.25 && indicator.variabel.length >= 2) {
    // A denominator that may be zero is guarded, as some decrees revise it.
    const last = indicator.variabel[indicator.variabel.length - 1].id;
    indicator.rumus = indicator.rumus.replace(new RegExp(`/ ${last}$`), `/ max(${last}, 1)`);
    changes.formula++;
  } else if (roll < 0.35) {
    const variable = indicator.variabel[0];
    variable.agregasi = variable.agregasi === 'jumlah' ? 'akhir' : 'jumlah';
    changes.aggregation++;
  } else if (roll < 0.4) {
    indicator.polaritas = indicator.polaritas === 'positif' ? 'negatif' : 'positif';
    changes.polarity++;
  } else if (roll < 0.75) {
    indicator.indikatorKinerja = `${indicator.indikatorKinerja} (Revisi)`;
    changes.text++;
  } else if (roll < 0.9 || data.indikator.length < 2) {
    const usedIds = new Set(data.indikator.map((item) => item.id));
    const built = buildIndicator(data.indikator.length + 1, random, pools, usedIds, corpus.texts);
    data.indikator.push(built.indicator);
    plans.push(built.plan);
    changes.added++;
  } else {
    const index = data.indikator.indexOf(indicator);
    data.indikator.splice(index, 1);
    plans.splice(index, 1);
    data.indikator.forEach((item, position) => {
      item.no = position + 1;
    });
    changes.removed++;
  }
  return { data, plans };
}
