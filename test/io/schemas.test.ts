import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import * as ajvFormats from 'ajv-formats';
import { describe, expect, onTestFinished, test } from 'vitest';
import type { DataPath } from '../../src/core/source.js';
import { validateSchema, type FileKind } from '../../src/io/schemas.js';
import { parseYamlSource } from '../../src/io/yaml-source.js';
import { ROOT, temporaryFolder } from '../helpers.js';

// The reference that the precompiled code must match: ajv compiling each schema
// at run time with the options that scripts/compile-schemas.mjs uses.
const addFormats = (ajvFormats as unknown as { default: (ajv: Ajv2020) => Ajv2020 }).default;
const runtimeAjv = addFormats(new Ajv2020({ allErrors: true, verbose: true, strict: true }));
const runtimeValidators = new Map<FileKind, ValidateFunction>();

function runtimeErrors(kind: FileKind, data: unknown): unknown[] {
  let validate = runtimeValidators.get(kind);
  if (!validate) {
    validate = runtimeAjv.compile(JSON.parse(readFileSync(join(ROOT, 'schemas', `${kind}.schema.json`), 'utf8')) as object);
    runtimeValidators.set(kind, validate);
  }
  return validate(data) ? [] : (validate.errors ?? []);
}

function readYamlData(path: string): unknown {
  const parsed = parseYamlSource(relative(ROOT, path), readFileSync(path, 'utf8'));
  if (!parsed.ok) throw new Error(`${path} is not valid YAML: ${JSON.stringify(parsed.diagnostics)}`);
  return parsed.source.data;
}

function kindOfDataFile(path: string): FileKind {
  if (path === 'organisasi.yaml') return 'organisasi';
  if (path.startsWith('keputusan/')) return 'keputusan';
  if (path.startsWith('positions/')) return 'position';
  throw new Error(`data/${path} has no known file kind`);
}

const shippedFiles: { file: string; kind: FileKind }[] = [
  ...readdirSync(join(ROOT, 'data'), { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.yaml'))
    .sort()
    .map((path) => ({ file: `data/${path}`, kind: kindOfDataFile(path) })),
  { file: 'examples/2021/target.yaml', kind: 'target' },
];

const CONFIG = { versiSkema: 1, capaian: { metodeNegatif: 'T/R', batasAtas: 120 }, kategori: [{ id: 'baik', label: 'Baik', min: 80 }] };

/** Path and new value of one change to a document. An undefined value deletes the key. */
type Change = [path: DataPath, value: unknown];

/** Returns a copy of the shipped file's data (or of `CONFIG`) with `changes` applied. */
function broken(source: string, ...changes: Change[]): unknown {
  const data = structuredClone(source === 'config' ? CONFIG : readYamlData(join(ROOT, source)));
  for (const [path, value] of changes) {
    const parent = path.slice(0, -1).reduce((node, step) => (node as Record<string | number, unknown>)[step], data) as Record<string | number, unknown>;
    const last = path[path.length - 1]!;
    if (value === undefined) delete parent[last];
    else parent[last] = value;
  }
  return data;
}

const POSITION = 'data/positions/sekretaris.yaml';
const ORGANISATION = 'data/organisasi.yaml';
const DECREE = 'data/keputusan/kep-15-2021.yaml';
const TARGET = 'examples/2021/target.yaml';

// Each case must make the schema report at least `keyword`, so that a change
// which turns a broken document valid fails the test instead of comparing two empty lists.
const brokenDocuments: { name: string; kind: FileKind; keyword: string; data: unknown }[] = [
  { name: 'position missing required key', kind: 'position', keyword: 'required', data: broken(POSITION, [['jabatan'], undefined]) },
  { name: 'position wrong type', kind: 'position', keyword: 'type', data: broken(POSITION, [['urutan'], 'satu']) },
  { name: 'position bad enum', kind: 'position', keyword: 'enum', data: broken(POSITION, [['indikator', 0, 'polaritas'], 'netral']) },
  { name: 'position extra property', kind: 'position', keyword: 'additionalProperties', data: broken(POSITION, [['jabatn'], 'Sekretaris']) },
  { name: 'position pattern mismatch', kind: 'position', keyword: 'pattern', data: broken(POSITION, [['id'], 'Sekretaris Dinas']) },
  { name: 'position wrong const', kind: 'position', keyword: 'const', data: broken(POSITION, [['versiSkema'], 2]) },
  { name: 'position text too long', kind: 'position', keyword: 'maxLength', data: broken(POSITION, [['indikator', 0, 'satuan'], 'x'.repeat(41)]) },
  { name: 'position empty list', kind: 'position', keyword: 'minItems', data: broken(POSITION, [['fungsi'], []]) },
  {
    name: 'position several problems',
    kind: 'position',
    keyword: 'required',
    data: broken(
      POSITION,
      [['indikator', 0, 'variabel', 0, 'agregasi'], undefined],
      [['indikator', 0, 'variabel', 0, 'id'], 'Jumlah-Pegawai'],
      [['indikator', 0, 'no'], 0],
      [['fungsi', 0], 12],
    ),
  },
  { name: 'organisation missing nested key', kind: 'organisasi', keyword: 'required', data: broken(ORGANISATION, [['kepala', 'id'], undefined]) },
  {
    name: 'organisation extra property',
    kind: 'organisasi',
    keyword: 'additionalProperties',
    data: broken(ORGANISATION, [['unitKerja', 0, 'singkatan'], 'Sekr']),
  },
  { name: 'organisation pattern mismatch', kind: 'organisasi', keyword: 'pattern', data: broken(ORGANISATION, [['unitKerja', 1, 'id'], 'bidang_sosial']) },
  { name: 'organisation wrong type', kind: 'organisasi', keyword: 'type', data: broken(ORGANISATION, [['nama'], 12]) },
  { name: 'decree bad date format', kind: 'keputusan', keyword: 'format', data: broken(DECREE, [['tanggal'], '16-02-2021']) },
  { name: 'decree impossible date', kind: 'keputusan', keyword: 'format', data: broken(DECREE, [['tanggal'], '2021-02-30']) },
  { name: 'decree year below minimum', kind: 'keputusan', keyword: 'minimum', data: broken(DECREE, [['tahun'], 1999]) },
  { name: 'decree number as text', kind: 'keputusan', keyword: 'type', data: broken(DECREE, [['nomor'], '15']) },
  { name: 'decree missing signer name', kind: 'keputusan', keyword: 'required', data: broken(DECREE, [['penandatangan', 'nama'], undefined]) },
  {
    name: 'target value of no alternative',
    kind: 'target',
    keyword: 'oneOf',
    data: broken(TARGET, [['target', 'sekretaris', 'kepuasan-layanan-internal'], '80,5']),
  },
  {
    name: 'target range without maximum',
    kind: 'target',
    keyword: 'oneOf',
    data: broken(TARGET, [['target', 'kasubbag-umum', 'nilai-lakip', 'max'], undefined]),
  },
  {
    name: 'target extra quarter',
    kind: 'target',
    keyword: 'oneOf',
    data: broken(TARGET, [['target', 'kasubbag-program', 'dokumen-program-kinerja', 'TW5'], 8]),
  },
  {
    name: 'target position id pattern',
    kind: 'target',
    keyword: 'pattern',
    data: broken(TARGET, [['target', 'Sekretaris'], { 'kepuasan-layanan-internal': 80 }]),
  },
  { name: 'target missing year', kind: 'target', keyword: 'required', data: broken(TARGET, [['tahun'], undefined]) },
  { name: 'config bad enum', kind: 'config', keyword: 'enum', data: broken('config', [['capaian', 'metodeNegatif'], 'R/T']) },
  { name: 'config extra property', kind: 'config', keyword: 'additionalProperties', data: broken('config', [['capaian', 'batas'], 100]) },
  { name: 'config wrong type', kind: 'config', keyword: 'type', data: broken('config', [['capaian', 'batasAtas'], '120']) },
  { name: 'config category pattern', kind: 'config', keyword: 'pattern', data: broken('config', [['kategori', 0, 'id'], 'Baik']) },
  { name: 'config category missing label', kind: 'config', keyword: 'required', data: broken('config', [['kategori', 0, 'label'], undefined]) },
  { name: 'config empty category list', kind: 'config', keyword: 'minItems', data: broken('config', [['kategori'], []]) },
  ...(['position', 'organisasi', 'keputusan', 'target', 'config'] as const).map((kind) => ({
    name: `${kind} list as document`,
    kind,
    keyword: 'type',
    data: ['a'],
  })),
];

describe('validateSchema with precompiled validators', () => {
  test.each(shippedFiles)('$file gives the runtime errors', ({ file, kind }) => {
    const data = readYamlData(join(ROOT, file));

    expect(validateSchema(kind, data)).toStrictEqual(runtimeErrors(kind, data));
  });

  test('config document gives the runtime errors', () => {
    expect(validateSchema('config', CONFIG)).toStrictEqual(runtimeErrors('config', CONFIG));
  });

  test.each(brokenDocuments)('$name gives the runtime errors', ({ kind, keyword, data }) => {
    const errors = validateSchema(kind, data);

    expect(errors.map((error) => error.keyword)).toContain(keyword);
    expect(errors).toStrictEqual(runtimeErrors(kind, data));
  });
});

describe('scripts/compile-schemas.mjs', () => {
  test('generated validators match the schemas', () => {
    const check = spawnSync(process.execPath, [join(ROOT, 'scripts', 'compile-schemas.mjs'), '--check'], { encoding: 'utf8' });

    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  });

  test('check fails after a schema changes', () => {
    // A copy of the script and the schemas, so the repository's files stay untouched.
    const root = temporaryFolder('iki-schemas-');
    onTestFinished(() => rmSync(root, { recursive: true, force: true }));
    cpSync(join(ROOT, 'scripts', 'compile-schemas.mjs'), join(root, 'scripts', 'compile-schemas.mjs'));
    cpSync(join(ROOT, 'schemas'), join(root, 'schemas'), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
    const script = join(root, 'scripts', 'compile-schemas.mjs');
    execFileSync(process.execPath, [script]);

    const schemaPath = join(root, 'schemas', 'config.schema.json');
    const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as { required?: string[] };
    schema.required = ['versiSkema'];
    writeFileSync(schemaPath, JSON.stringify(schema));
    const check = spawnSync(process.execPath, [script, '--check'], { encoding: 'utf8' });

    expect(check.status).toBe(1);
    expect(check.stderr).toContain('src/io/schema-validators.js');
    expect(check.stderr).toContain('dist/io/schema-validators.js');
  });

  test('missing generated module fails validation', () => {
    // A copy of the built CLI without the generated module, as after running tsc alone.
    const root = temporaryFolder('iki-unbuilt-');
    onTestFinished(() => rmSync(root, { recursive: true, force: true }));
    for (const part of ['bin', 'dist', 'package.json']) cpSync(join(ROOT, part), join(root, part), { recursive: true });
    rmSync(join(root, 'dist', 'io', 'schema-validators.js'));
    symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
    const run = spawnSync(process.execPath, [join(root, 'bin', 'iki.js'), 'validate', '--data', join(ROOT, 'data')], {
      cwd: root,
      encoding: 'utf8',
      env: { PATH: process.env.PATH, NO_COLOR: '1' },
    });

    expect(run.status).toBe(2);
    expect(run.stderr).toContain('schema-validators.js');
    expect(run.stderr).toContain('npm run build');
  });
});
