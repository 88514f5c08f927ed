import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import * as ajvFormats from 'ajv-formats';
import { beforeAll, describe, expect, test } from 'vitest';
import { commitAll, git, initRepository } from '../git-repository.js';
import { ROOT, temporaryFolder } from '../helpers.js';
import { FILES, FORMULA, OBJECTIVE, applyRevision } from './diff-revision.js';
import { copyProject, editFile, runIki, type RunResult } from './harness.js';

const addFormats = (ajvFormats as unknown as { default: (ajv: Ajv2020) => Ajv2020 }).default;

/** A change as `iki diff --format json` prints it. */
interface JsonChange {
  kelas: string;
  kode: string;
  pesan: string;
  jabatan: string | null;
  indikator: string | null;
  bidang: string | null;
  nilaiSebelum: unknown;
  nilaiSesudah: unknown;
  kata: { jenis: string; teks: string }[] | null;
  alasan: string | null;
  sebelum: { berkas: string; baris: number; kolom: number; jalur: string; kunci: string } | null;
  sesudah: { berkas: string; baris: number; kolom: number; jalur: string; kunci: string } | null;
  sidikJari: string;
}

interface JsonDiff {
  status: string;
  jumlah: Record<string, number>;
  perubahan: JsonChange[];
  temuan: { sisi: string; kode: string; lokasi: { berkas: string; baris: number } }[];
}

/** Where an item is expected: a file and the text of its line, searched after `anchor` when given. */
interface ExpectedPlace {
  file: string;
  text: string;
  anchor?: string;
}

/** One expected change: class, code, position, indicator, and where it is on each side (null when absent). */
interface ExpectedChange {
  name: string;
  changeClass: string;
  code: string;
  position: string;
  indicator: string | null;
  base: ExpectedPlace | null;
  head: ExpectedPlace | null;
}

// Every change of the revision in `applyRevision`. Lines are looked up in the
// files themselves, so an edit to the shipped data moves the expectation with it.
const EXPECTED: ExpectedChange[] = [
  {
    name: 'formula with a new denominator',
    changeClass: 'breaking',
    code: 'FORMULA_CHANGED',
    position: 'kabid-sosial',
    indicator: 'pemberdayaan-fakir-miskin',
    base: { file: FILES.kabidSosial, text: `rumus: ${FORMULA.before}` },
    head: { file: FILES.kabidSosial, text: `rumus: ${FORMULA.after}` },
  },
  {
    name: 'typo fixed in an explanation',
    changeClass: 'editorial',
    code: 'TEXT_EDITORIAL',
    position: 'kabid-sosial',
    indicator: 'pelayanan-rehabilitasi-kesos',
    base: { file: FILES.kabidSosial, text: 'uraian:', anchor: 'id: pelayanan-rehabilitasi-kesos' },
    head: { file: FILES.kabidSosial, text: 'uraian:', anchor: 'id: pelayanan-rehabilitasi-kesos' },
  },
  {
    name: 'renamed indicator',
    changeClass: 'substantive',
    code: 'INDICATOR_RENAMED',
    position: 'kabid-sosial',
    indicator: 'pembinaan-anak-terlantar',
    base: { file: FILES.kabidSosial, text: '- id: diklat-anak-terlantar' },
    head: { file: FILES.kabidSosial, text: '- id: pembinaan-anak-terlantar' },
  },
  {
    name: 'changed target',
    changeClass: 'substantive',
    code: 'TARGET_CHANGED',
    position: 'kabid-sosial',
    indicator: 'pemberdayaan-fakir-miskin',
    base: { file: FILES.targets, text: 'pemberdayaan-fakir-miskin: 80' },
    head: { file: FILES.targets, text: 'pemberdayaan-fakir-miskin: 85' },
  },
  {
    name: 'new position',
    changeClass: 'substantive',
    code: 'POSITION_ADDED',
    position: 'kasi-pemberdayaan-sosial',
    indicator: null,
    base: null,
    head: { file: FILES.newPosition, text: 'id: kasi-pemberdayaan-sosial' },
  },
  {
    name: 'moved indicator',
    changeClass: 'substantive',
    code: 'INDICATOR_MOVED',
    position: 'kasi-rehabilitasi-jaminan-sosial',
    indicator: 'keluarga-mandiri',
    base: { file: FILES.perlindunganJaminan, text: '- id: keluarga-mandiri' },
    head: { file: FILES.rehabilitasiJaminan, text: '- id: keluarga-mandiri' },
  },
  {
    name: 'removed indicator',
    changeClass: 'breaking',
    code: 'INDICATOR_REMOVED',
    position: 'kasi-perlindungan-perempuan-anak',
    indicator: 'forum-anak',
    base: { file: FILES.perlindunganPerempuanAnak, text: '- id: forum-anak' },
    head: null,
  },
  {
    name: 'target of the removed indicator',
    changeClass: 'substantive',
    code: 'TARGET_REMOVED',
    position: 'kasi-perlindungan-perempuan-anak',
    indicator: 'forum-anak',
    base: { file: FILES.targets, text: 'forum-anak: 50' },
    head: null,
  },
  {
    name: 'reworded objective',
    changeClass: 'substantive',
    code: 'OBJECTIVE_CHANGED',
    position: 'kabid-p3a',
    indicator: 'keserasian-kebijakan',
    base: { file: FILES.kabidP3a, text: `sasaran: ${OBJECTIVE.before}` },
    head: { file: FILES.kabidP3a, text: `sasaran: ${OBJECTIVE.after}` },
  },
];

const CLASS_LABELS: Record<string, string> = { breaking: 'memutus', substantive: 'substantif', editorial: 'redaksional', metadata: 'metadata' };

/** Returns the file and 1-based line of an expected place in a folder, or null for an absent side. */
function lineOfPlace(folder: string, place: ExpectedPlace | null): { file: string; line: number } | null {
  if (place === null) return null;
  const lines = readFileSync(join(folder, place.file), 'utf8').split('\n');
  const from = place.anchor === undefined ? 0 : lines.findIndex((line) => line.includes(place.anchor ?? ''));
  const index = lines.findIndex((line, i) => i >= from && line.includes(place.text));
  if (from < 0 || index < 0) throw new Error(`'${place.text}' not found in ${place.file}`);
  return { file: place.file, line: index + 1 };
}

/** Returns the pattern of a location cell: the line alone, or file:line when the file differs from the position's. */
function placePattern(place: { file: string; line: number }): string {
  return `(${place.file.replace(/\./g, '\\.')}:)?${place.line}`;
}

// One repository for the read-only tests: commit 1 is the 2021 data, commit 2
// the revision. `baseCopy` and `headCopy` are plain folders with the same files.
let repo = '';
let baseCopy = '';
let headCopy = '';
const outputs = new Map<string, RunResult>();

beforeAll(async () => {
  repo = copyProject();
  initRepository(repo);
  commitAll(repo, 'Keputusan 2021');
  baseCopy = copyOf(repo);

  applyRevision(repo);
  commitAll(repo, 'Revisi keputusan');
  headCopy = copyOf(repo);

  for (const format of ['table', 'markdown', 'json']) {
    outputs.set(format, await runIki(['diff', 'HEAD~1', 'HEAD', '--format', format], { cwd: repo }));
  }
});

function copyOf(project: string): string {
  const folder = temporaryFolder('iki-side-');
  cpSync(join(project, 'data'), join(folder, 'data'), { recursive: true });
  cpSync(join(project, 'examples'), join(folder, 'examples'), { recursive: true });
  return folder;
}

function output(format: string): RunResult {
  const result = outputs.get(format);
  if (!result) throw new Error(`no output for ${format}`);
  return result;
}

function jsonOf(result: RunResult): JsonDiff {
  return JSON.parse(result.stdout) as JsonDiff;
}

function findChange(changes: JsonChange[], item: ExpectedChange): JsonChange | undefined {
  return changes.find((change) => change.kode === item.code && change.jabatan === item.position && change.indikator === item.indicator);
}

/** A cli-table3 table of the table format: its heading line and its rows, each cell with its lines joined by "\n". */
interface ParsedTable {
  heading: string;
  rows: string[][];
}

function parseTables(text: string): ParsedTable[] {
  const lines = text.split('\n');
  const tables: ParsedTable[] = [];
  let current: ParsedTable | undefined;
  let row: string[][] = [];
  const flush = () => {
    if (current && row.length > 0) current.rows.push(row.map((cell) => cell.filter((part) => part !== '').join('\n')));
    row = [];
  };
  lines.forEach((line, index) => {
    if (line.startsWith('┌')) {
      current = { heading: lines[index - 1] ?? '', rows: [] };
      tables.push(current);
    } else if (line.startsWith('├') || line.startsWith('└')) {
      flush();
    } else if (line.startsWith('│') && current) {
      const cells = line
        .split('│')
        .slice(1, -1)
        .map((cell) => cell.trim());
      cells.forEach((cell, i) => {
        row[i] = [...(row[i] ?? []), cell];
      });
    }
  });
  // The first row of each table is its header.
  return tables.map((table) => ({ heading: table.heading, rows: table.rows.slice(1) }));
}

function markdownRows(text: string): { summary: string; cells: string[] }[] {
  const rows: { summary: string; cells: string[] }[] = [];
  let summary = '';
  for (const line of text.split('\n')) {
    if (line.startsWith('<summary>')) summary = line;
    else if (summary !== '' && line.startsWith('| ') && !line.startsWith('| ---')) rows.push({ summary, cells: line.slice(2, -2).split(/(?<!\\) \| /) });
  }
  return rows;
}

describe('iki diff on a decree revision', () => {
  test('json lists every change of the revision', () => {
    const document = jsonOf(output('json'));
    expect(output('json').code).toBe(0);
    expect(document.status).toBe('berubah');
    expect(document.perubahan.map((change) => change.kode).sort()).toEqual(EXPECTED.map((item) => item.code).sort());
    expect(document.jumlah).toEqual({ breaking: 2, substantive: 6, editorial: 1, metadata: 0, total: 9 });
  });

  test.each(EXPECTED)('json: $name with class and both positions', (item) => {
    const change = findChange(jsonOf(output('json')).perubahan, item);

    expect(change, `${item.code} of ${item.position}/${item.indicator}`).toBeDefined();
    expect(change?.kelas).toBe(item.changeClass);
    expect(change?.sebelum === null ? null : { file: change?.sebelum?.berkas, line: change?.sebelum?.baris }).toEqual(lineOfPlace(baseCopy, item.base));
    expect(change?.sesudah === null ? null : { file: change?.sesudah?.berkas, line: change?.sesudah?.baris }).toEqual(lineOfPlace(headCopy, item.head));
    expect(change?.sidikJari).toMatch(/^[0-9a-f]{16}$/);
  });

  test('json matches its schema', () => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', 'diff-output.schema.json'), 'utf8')) as object;
    const validate = addFormats(new Ajv2020({ allErrors: true, strict: true })).compile(schema);
    const valid = validate(jsonOf(output('json')));
    expect(valid, JSON.stringify(validate.errors)).toBe(true);
  });

  test('json shows the objective word by word', () => {
    const change = jsonOf(output('json')).perubahan.find((c) => c.kode === 'OBJECTIVE_CHANGED');
    const removed = change?.kata?.filter((segment) => segment.jenis === 'hapus').map((segment) => segment.teks.trim());
    const added = change?.kata?.filter((segment) => segment.jenis === 'tambah').map((segment) => segment.teks.trim());

    expect(removed).toEqual(['Peningkatan Kualitas']);
    expect(added).toEqual(['Perlindungan', 'Pemberdayaan']);
    expect(change?.nilaiSebelum).toBe(OBJECTIVE.before);
    expect(change?.nilaiSesudah).toBe(OBJECTIVE.after);
  });

  test('json records renames, moves and targets', () => {
    const changes = jsonOf(output('json')).perubahan;
    const byCode = (code: string) => changes.find((c) => c.kode === code);

    expect([byCode('INDICATOR_RENAMED')?.nilaiSebelum, byCode('INDICATOR_RENAMED')?.nilaiSesudah]).toEqual([
      'diklat-anak-terlantar',
      'pembinaan-anak-terlantar',
    ]);
    expect([byCode('INDICATOR_MOVED')?.nilaiSebelum, byCode('INDICATOR_MOVED')?.nilaiSesudah]).toEqual([
      'kasi-perlindungan-jaminan-sosial/keluarga-mandiri',
      'kasi-rehabilitasi-jaminan-sosial/keluarga-mandiri',
    ]);
    expect([byCode('TARGET_CHANGED')?.bidang, byCode('TARGET_CHANGED')?.nilaiSebelum, byCode('TARGET_CHANGED')?.nilaiSesudah]).toEqual(['tahunan', 80, 85]);
    expect(byCode('TEXT_EDITORIAL')?.alasan).toBe('salah-ketik');
  });

  test.each(EXPECTED)('table: $name in its position with class and lines', (item) => {
    const tables = parseTables(output('table').stdout);
    const table = tables.find((candidate) => candidate.heading.includes(`(${item.position})`));
    const row = table?.rows.find((cells) => cells[1] === item.code && (item.indicator === null || cells[2]?.startsWith(item.indicator)));

    expect(row, `${item.code} under ${item.position}`).toBeDefined();
    expect(row?.[0]).toBe(CLASS_LABELS[item.changeClass]);
    // A line alone means the file in the position's heading; another file is written out.
    const location = row?.[4] ?? '';
    const base = lineOfPlace(baseCopy, item.base);
    const head = lineOfPlace(headCopy, item.head);
    if (base) expect(location).toMatch(new RegExp(`^sebelum ${placePattern(base)}$`, 'm'));
    else expect(location).not.toContain('sebelum');
    if (head) expect(location).toMatch(new RegExp(`^sesudah ${placePattern(head)}$`, 'm'));
    else expect(location).not.toContain('sesudah');
  });

  test('table ends with a count line per class', () => {
    const text = output('table').stdout;

    expect(text).toMatch(/^ {2}memutus +2 {2}/m);
    expect(text).toMatch(/^ {2}substantif +6 {2}/m);
    expect(text).toMatch(/^ {2}redaksional +1 {2}/m);
    expect(text).toMatch(/^ {2}metadata +0 {2}/m);
  });

  test('table shows removed and added words', () => {
    const cells = parseTables(output('table').stdout).flatMap((table) => table.rows.map((row) => (row[3] ?? '').replace(/\n/g, ' ')));

    expect(cells.some((cell) => cell.includes('[-Kesoso-]{+Kesos+}'))).toBe(true);
    expect(cells.some((cell) => cell.includes('[-Peningkatan Kualitas-]{+Perlindungan+} Anak dan {+Pemberdayaan+} Perempuan'))).toBe(true);
  });

  test('table groups positions under their unit', () => {
    const text = output('table').stdout;
    const unit = text.indexOf('\nBidang Sosial\n');
    const position = text.indexOf('Kepala Bidang Sosial (kabid-sosial)');

    expect(unit).toBeGreaterThan(0);
    expect(position).toBeGreaterThan(unit);
  });

  test.each(EXPECTED)('markdown: $name with class and lines', (item) => {
    const rows = markdownRows(output('markdown').stdout);
    const row = rows.find(({ summary, cells }) => summary.includes(`<code>${item.position}</code>`) && cells[1] === `\`${item.code}\``);

    expect(row, `${item.code} under ${item.position}`).toBeDefined();
    const base = lineOfPlace(baseCopy, item.base);
    const head = lineOfPlace(headCopy, item.head);
    expect(row?.cells[0]).toBe(CLASS_LABELS[item.changeClass]);
    expect(row?.cells[4]).toMatch(base ? new RegExp(`^\`${placePattern(base)}\`$`) : /^–$/);
    expect(row?.cells[5]).toMatch(head ? new RegExp(`^\`${placePattern(head)}\`$`) : /^–$/);
  });

  test('markdown has a summary table and details blocks', () => {
    const text = output('markdown').stdout;

    expect(text.startsWith('<!-- iki-diff -->\n')).toBe(true);
    expect(text).toContain('| memutus | 2 |');
    expect(text).toContain('| substantif | 6 |');
    expect(text).toContain('| redaksional | 1 |');
    expect(text.match(/<details( open)?>/g)).toHaveLength(5);
    expect(text).toContain('~~Kesoso~~ **Kesos**');
    expect(text).toContain('100 \\* diberdayakan / **(diberdayakan +** belum\\_diberdayakan**)**');
  });

  test('terminal output is coloured', async () => {
    const result = await runIki(['diff', 'HEAD~1', 'HEAD'], { cwd: repo, env: {}, tty: true });

    expect(result.stdout).toContain('\u001b[31m\u001b[1mmemutus');
    expect(result.stdout).toContain('\u001b[9mKesoso');
    expect(result.stdout).not.toContain('[-Kesoso-]');
  });

  test('--lang en prints English labels', async () => {
    const result = await runIki(['diff', 'HEAD~1', 'HEAD', '--lang', 'en'], { cwd: repo });

    expect(result.stdout).toContain('IKI changes: HEAD~1');
    expect(result.stdout).toMatch(/^ {2}breaking +2 {2}/m);
  });
});

describe('iki diff --fail-on', () => {
  test.each([
    { name: 'breaking change, breaking threshold', threshold: 'breaking', code: 1 },
    { name: 'breaking change, substantive threshold', threshold: 'substantive', code: 1 },
    { name: 'breaking change, any threshold', threshold: 'any', code: 1 },
  ])('$name exits $code', async ({ threshold, code }) => {
    const result = await runIki(['diff', 'HEAD~1', 'HEAD', '--fail-on', threshold], { cwd: repo });

    expect(result.code).toBe(code);
    expect(result.stdout).toContain('FORMULA_CHANGED');
    expect(result.stderr).toContain(`--fail-on ${threshold}`);
  });

  test('no threshold exits 0 with changes', () => {
    expect(output('table').code).toBe(0);
  });

  test('editorial revision passes substantive threshold', async () => {
    const project = copyProject();
    initRepository(project);
    commitAll(project, 'Keputusan 2021');
    editFile(join(project, FILES.kabidSosial), 'Jumlah Sasaran\n          Kesoso dan', 'Jumlah Sasaran\n          Kesos dan');
    commitAll(project, 'Perbaiki salah ketik');

    const substantive = await runIki(['diff', 'HEAD~1', 'HEAD', '--fail-on', 'substantive'], { cwd: project });
    const editorial = await runIki(['diff', 'HEAD~1', 'HEAD', '--fail-on', 'editorial'], { cwd: project });

    expect(substantive.code).toBe(0);
    expect(substantive.stdout).toContain('TEXT_EDITORIAL');
    expect(editorial.code).toBe(1);
  });

  test('no change prints one sentence and exits 0', async () => {
    const result = await runIki(['diff', 'HEAD', 'HEAD', '--fail-on', 'any'], { cwd: repo });

    expect(result.code).toBe(0);
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
    expect(result.stdout).toMatch(/^Tidak ada perubahan IKI antara HEAD \([0-9a-f]+\) dan HEAD \([0-9a-f]+\)\.\n$/);
  });
});

describe('iki diff inputs', () => {
  test('folder mode gives the same changes', async () => {
    const result = await runIki(['diff', baseCopy, headCopy, '--format', 'json']);
    const fromFolders = jsonOf(result).perubahan.map((change) => change.sidikJari);
    const fromGit = jsonOf(output('json')).perubahan.map((change) => change.sidikJari);

    expect(result.code).toBe(0);
    expect(fromFolders).toEqual(fromGit);
    expect(jsonOf(result).perubahan[0]?.sebelum?.berkas).toMatch(/^data\//);
  });

  test('BASE..HEAD equals BASE HEAD', async () => {
    const range = await runIki(['diff', 'HEAD~1..HEAD', '--format', 'json'], { cwd: repo });

    expect(range.code).toBe(0);
    expect(jsonOf(range).perubahan).toEqual(jsonOf(output('json')).perubahan);
  });

  test('BASE...HEAD starts at the common ancestor', async () => {
    const result = await runIki(['diff', 'HEAD~1...HEAD', '--format', 'json'], { cwd: repo });

    expect(result.code).toBe(0);
    expect(jsonOf(result).jumlah.total).toBe(9);
  });

  test('subfolder of the repository works', async () => {
    const subfolder = join(repo, 'data', 'positions');
    const result = await runIki(['diff', 'HEAD~1', 'HEAD', '--format', 'json'], { cwd: subfolder });

    expect(result.code).toBe(0);
    expect(jsonOf(result).perubahan).toEqual(jsonOf(output('json')).perubahan);
  });

  test('working tree is the default head and stays untouched', async () => {
    const project = copyProject();
    initRepository(project);
    commitAll(project, 'Keputusan 2021');
    const sheet = join(project, FILES.kabidSosial);
    editFile(sheet, `rumus: ${FORMULA.before}`, `rumus: ${FORMULA.after}`);
    const statusBefore = git(project, ['status', '--porcelain']);
    const textBefore = readFileSync(sheet, 'utf8');

    const result = await runIki(['diff', 'HEAD', '--format', 'json'], { cwd: project });

    expect(result.code).toBe(0);
    expect(jsonOf(result).perubahan.map((change) => change.kode)).toEqual(['FORMULA_CHANGED']);
    expect(git(project, ['status', '--porcelain'])).toBe(statusBefore);
    expect(readFileSync(sheet, 'utf8')).toBe(textBefore);
  });

  test('untracked sheet in the working tree is compared', async () => {
    const project = copyProject();
    initRepository(project);
    commitAll(project, 'Keputusan 2021');
    const sheet = readFileSync(join(project, FILES.kabidSosial), 'utf8');
    writeFileSync(join(project, 'data', 'positions', 'kabid-sosial-baru.yaml'), sheet.replace('id: kabid-sosial\n', 'id: kabid-sosial-baru\n'));

    const result = await runIki(['diff', 'HEAD', '--format', 'json'], { cwd: project });

    expect(result.code).toBe(0);
    expect(jsonOf(result).perubahan.map((change) => change.kode)).toContain('POSITION_ADDED');
  });

  test('invalid side is reported instead of diffed', async () => {
    const project = copyProject();
    initRepository(project);
    commitAll(project, 'Keputusan 2021');
    const sheet = join(project, FILES.kabidSosial);
    editFile(sheet, `rumus: ${FORMULA.before}`, 'rumus: 100 * diberdayakan / sasaran_baru');

    const table = await runIki(['diff', 'HEAD'], { cwd: project });
    const json = await runIki(['diff', 'HEAD', '--format', 'json'], { cwd: project });
    const markdown = await runIki(['diff', 'HEAD', '--format', 'markdown'], { cwd: project });

    expect(table.code).toBe(1);
    expect(table.stdout).toBe('');
    expect(table.stderr).toContain('Sisi sesudah (pohon kerja) tidak sah: 1 galat');
    expect(table.stderr).toMatch(/data\/positions\/kabid-sosial\.yaml:\d+:\d+ error UNKNOWN_VARIABLE/);
    expect(jsonOf(json).status).toBe('tidak-sah');
    expect(jsonOf(json).perubahan).toEqual([]);
    expect(jsonOf(json).temuan.map((finding) => [finding.sisi, finding.kode])).toEqual([['sesudah', 'UNKNOWN_VARIABLE']]);
    expect(markdown.code).toBe(1);
    expect(markdown.stdout).toContain('UNKNOWN_VARIABLE');
  });

  test('invalid revision names its findings with the revision', async () => {
    const project = copyProject();
    initRepository(project);
    editFile(join(project, FILES.kabidSosial), 'polaritas: positif', 'polaritas: naik');
    commitAll(project, 'Lembar rusak');
    editFile(join(project, FILES.kabidSosial), 'polaritas: naik', 'polaritas: positif');
    commitAll(project, 'Lembar diperbaiki');

    const result = await runIki(['diff', 'HEAD~1', 'HEAD'], { cwd: project });

    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Sisi sebelum (HEAD~1');
    expect(result.stderr).toMatch(/^HEAD~1:data\/positions\/kabid-sosial\.yaml:\d+:\d+ error SCHEMA_VALUE/m);
  });

  test.each([
    { name: 'unknown revision', args: ['diff', 'v9999'], message: "Revisi 'v9999' tidak dikenal" },
    { name: 'unknown head revision', args: ['diff', 'HEAD', 'cabang-tidak-ada'], message: "Revisi 'cabang-tidak-ada' tidak dikenal" },
    { name: 'option-like revision', args: ['diff', '--', '--output=x'], message: "Revisi '--output=x' tidak dikenal" },
    { name: 'range with a head argument', args: ['diff', 'HEAD~1..HEAD', 'HEAD'], message: 'sudah menyebut dua revisi' },
    { name: 'empty range', args: ['diff', '...'], message: "Rentang revisi '...' tidak sah" },
    { name: 'one folder', args: ['diff', './data'], message: 'Sebutkan folder kedua' },
    { name: 'missing folder', args: ['diff', './data', './tidak-ada'], message: 'Folder ./tidak-ada tidak ditemukan' },
    { name: 'data outside the repository', args: ['diff', 'HEAD', '--data', '../data'], message: '--data ../data berada di luar' },
    { name: 'missing data folder', args: ['diff', 'HEAD', '--data', 'tidak-ada'], message: 'Tidak ada organisasi.yaml' },
    { name: 'bad --fail-on', args: ['diff', 'HEAD', '--fail-on', 'semua'], message: '--fail-on semua' },
  ])('$name exits 2', async ({ args, message }) => {
    const result = await runIki(args, { cwd: repo });

    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(message);
  });

  test('revision outside a repository exits 2', async () => {
    const folder = temporaryFolder('iki-not-git-');
    const result = await runIki(['diff', 'HEAD~1'], { cwd: folder });

    expect(result.code).toBe(2);
    expect(result.stderr).toContain('tidak berada di dalam repositori git');
  });

  test('data folder elsewhere in the repository', async () => {
    const project = temporaryFolder('iki-data-elsewhere-');
    mkdirSync(join(project, 'iki'));
    cpSync(join(ROOT, 'data'), join(project, 'iki', 'data'), { recursive: true });
    initRepository(project);
    commitAll(project, 'Keputusan 2021');
    editFile(join(project, 'iki', FILES.kabidP3a), `sasaran: ${OBJECTIVE.before}`, `sasaran: ${OBJECTIVE.after}`);

    const result = await runIki(['diff', 'HEAD', '--data', 'iki/data', '--format', 'json'], { cwd: join(project, 'iki') });

    expect(result.code).toBe(0);
    expect(jsonOf(result).perubahan.map((change) => [change.kode, change.sesudah?.berkas])).toEqual([['OBJECTIVE_CHANGED', `iki/${FILES.kabidP3a}`]]);
  });
});

describe('iki show --format text as textconv', () => {
  test('git diff shows the changed formula line', () => {
    git(repo, ['config', 'diff.iki.textconv', `"${process.execPath}" "${join(ROOT, 'bin', 'iki.js')}" show --format text`]);
    writeFileSync(join(repo, '.gitattributes'), 'data/positions/*.yaml diff=iki\n');

    const patch = git(repo, ['diff', 'HEAD~1', 'HEAD', '--', FILES.kabidSosial]);

    expect(patch).toContain(`-  Rumus: ${FORMULA.before}`);
    expect(patch).toContain(`+  Rumus: ${FORMULA.after}`);
    expect(patch).toContain('+Indikator 3: pembinaan-anak-terlantar');
  });
});

describe('bin/iki.js diff', () => {
  // Runs the built launcher, so `npm run build` must come first.
  test('spawned binary prints the table without colour', () => {
    const result = spawnSync(process.execPath, [join(ROOT, 'bin', 'iki.js'), 'diff', 'HEAD~1', 'HEAD', '--fail-on', 'breaking'], {
      cwd: repo,
      env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' },
      encoding: 'utf8',
    });

    expect(result.status).toBe(1);
    expect(result.stdout).toContain('│ memutus     │ FORMULA_CHANGED');
    expect(result.stdout).not.toContain('\u001b[');
    expect(result.stderr).toContain('--fail-on breaking');
  });
});

describe('iki diff on this repository', () => {
  const hasParent = spawnSync('git', ['rev-parse', '--verify', '--quiet', 'HEAD~1'], { cwd: ROOT }).status === 0;

  test.skipIf(!hasParent)('HEAD~1 from a subfolder', async () => {
    const result = await runIki(['diff', 'HEAD~1', 'HEAD', '--format', 'json'], { cwd: join(ROOT, 'docs') });

    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(['berubah', 'sama']).toContain(jsonOf(result).status);
  });
});
