import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { copyProject, editFile, lineOf, runIki } from './harness.js';

const SHEET = join('data', 'positions', 'kabid-sosial.yaml');

/** Parses `file:line:col severity CODE message` lines. */
function findings(stdout: string): { file: string; line: number; column: number; severity: string; code: string }[] {
  return stdout
    .trim()
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => {
      const match = /^(.+?):(\d+):(\d+) (error|warning|info) ([A-Z_]+) /.exec(line);
      if (!match) throw new Error(`not a finding line: ${line}`);
      return { file: match[1] ?? '', line: Number(match[2]), column: Number(match[3]), severity: match[4] ?? '', code: match[5] ?? '' };
    });
}

describe('iki validate', () => {
  test('shipped data has no findings', async () => {
    const result = await runIki(['validate']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('15 berkas diperiksa');
  });

  test('misspelled key gets a did-you-mean', async () => {
    const project = copyProject();
    const path = join(project, SHEET);
    editFile(path, '    sasaran: Meningkatkan Pemberdayaan', '    sasran: Meningkatkan Pemberdayaan');
    const result = await runIki(['validate', '--format', 'text'], { cwd: project });

    expect(result.code).toBe(1);
    const found = findings(result.stdout);
    expect(found).toEqual([{ file: SHEET, line: lineOf(path, 'sasran:'), column: 5, severity: 'error', code: 'SCHEMA_UNKNOWN_KEY' }]);
    expect(result.stdout).toContain("'sasaran'");
  });

  test('duplicate indicator id', async () => {
    const project = copyProject();
    const path = join(project, SHEET);
    editFile(path, '  - id: pelayanan-rehabilitasi-kesos', '  - id: pemberdayaan-fakir-miskin');
    const result = await runIki(['validate', '--format', 'text'], { cwd: project });

    expect(result.code).toBe(1);
    expect(findings(result.stdout)).toContainEqual({ file: SHEET, line: lineOf(path, 'no: 2') - 1, column: 9, severity: 'error', code: 'DUPLICATE_ID' });
  });

  test('undeclared variable in a formula', async () => {
    const project = copyProject();
    const path = join(project, SHEET);
    editFile(path, 'rumus: 100 * diberdayakan / belum_diberdayakan', 'rumus: 100 * diberdayakan / seluruh_fakir_miskin');
    const result = await runIki(['validate', '--format', 'text'], { cwd: project });

    expect(result.code).toBe(1);
    const line = lineOf(path, 'seluruh_fakir_miskin');
    expect(findings(result.stdout)).toEqual([
      { file: SHEET, line: lineOf(path, 'id: belum_diberdayakan'), column: 13, severity: 'warning', code: 'UNUSED_VARIABLE' },
      { file: SHEET, line, column: 33, severity: 'error', code: 'UNKNOWN_VARIABLE' },
    ]);
  });

  test('percent sign in a formula', async () => {
    const project = copyProject();
    const path = join(project, SHEET);
    editFile(path, 'rumus: 100 * diberdayakan / belum_diberdayakan', 'rumus: diberdayakan / belum_diberdayakan * 100%');
    const result = await runIki(['validate', '--format', 'text'], { cwd: project });

    expect(result.code).toBe(1);
    expect(findings(result.stdout)).toEqual([
      { file: SHEET, line: lineOf(path, 'rumus: diberdayakan'), column: 51, severity: 'error', code: 'FORMULA_PERCENT' },
    ]);
    expect(result.stdout).toContain('* 100');
  });

  test('id written as a number gets a quoting hint', async () => {
    const project = copyProject();
    const path = join(project, SHEET);
    editFile(path, 'id: kabid-sosial', 'id: 012');
    const result = await runIki(['validate', '--format', 'text'], { cwd: project });

    expect(result.code).toBe(1);
    expect(findings(result.stdout)).toEqual([{ file: SHEET, line: lineOf(path, 'id: 012'), column: 5, severity: 'error', code: 'SCHEMA_TYPE' }]);
    expect(result.stdout).toContain("'012'");
  });

  test('missing key points at its parent', async () => {
    const project = copyProject();
    const path = join(project, SHEET);
    editFile(path, /\n {4}polaritas: positif/, '');
    const result = await runIki(['validate', '--format', 'text'], { cwd: project });

    expect(result.code).toBe(1);
    expect(findings(result.stdout)).toEqual([
      { file: SHEET, line: lineOf(path, '  - id: pemberdayaan-fakir-miskin'), column: 5, severity: 'error', code: 'SCHEMA_MISSING_KEY' },
    ]);
  });

  test('unknown unit, superior and decree', async () => {
    const project = copyProject();
    const path = join(project, SHEET);
    editFile(path, 'unitKerja: bidang-sosial', 'unitKerja: bidang-sosal');
    editFile(path, 'atasan: kepala-dinas', 'atasan: kepala-dinsa');
    editFile(path, 'keputusan: kep-15-2021', 'keputusan: kep-16-2021');
    const result = await runIki(['validate', '--format', 'text'], { cwd: project });

    expect(result.code).toBe(1);
    expect(findings(result.stdout).map((f) => [f.code, f.line])).toEqual([
      ['UNKNOWN_UNIT', lineOf(path, 'unitKerja:')],
      ['UNKNOWN_SUPERIOR', lineOf(path, 'atasan:')],
      ['UNKNOWN_DECREE', lineOf(path, 'keputusan:')],
    ]);
  });

  test('id must equal the file name', async () => {
    const project = copyProject();
    const path = join(project, SHEET);
    editFile(path, 'id: kabid-sosial', 'id: kabid-sosial-2');
    const result = await runIki(['validate', '--format', 'text'], { cwd: project });

    expect(findings(result.stdout).map((f) => f.code)).toContain('FILE_NAME_MISMATCH');
  });

  test('a file that does not parse does not stop the others', async () => {
    const project = copyProject();
    editFile(join(project, SHEET), 'id: kabid-sosial', 'id: "kabid-sosial');
    editFile(join(project, 'data', 'positions', 'kabid-p3a.yaml'), '    sasaran: ', '    sasran: ');
    const result = await runIki(['validate', '--format', 'text'], { cwd: project });

    const files = new Set(findings(result.stdout).map((f) => f.file));
    expect(files).toEqual(new Set([SHEET, join('data', 'positions', 'kabid-p3a.yaml')]));
  });

  test('targets file with a decimal comma and an unknown indicator', async () => {
    const project = copyProject();
    const path = join(project, 'examples', '2021', 'target.yaml');
    editFile(path, 'pemberdayaan-fakir-miskin: 80', 'pemberdayaan-fakir-miskin: 85,5');
    editFile(path, 'pelayanan-rehabilitasi-kesos: 90', 'pelayanan-rehab-kesos: 90');
    const result = await runIki(['validate', '--format', 'text', 'examples/2021/target.yaml'], { cwd: project });

    expect(result.code).toBe(1);
    const found = findings(result.stdout);
    expect(found.filter((f) => f.severity === 'error').map((f) => [f.code, f.line])).toEqual([['SCHEMA_TYPE', lineOf(path, '85,5')]]);
    expect(result.stdout).toContain('85.5');
  });

  test('realization file checked against the sheets', async () => {
    const project = copyProject();
    const result = await runIki(['validate', 'examples/2021/realisasi.csv'], { cwd: project });
    expect(result.code).toBe(0);
  });

  test('json format carries 1-based locations', async () => {
    const project = copyProject();
    editFile(join(project, SHEET), 'rumus: 100 * diberdayakan / belum_diberdayakan', 'rumus: 2 diberdayakan');
    const result = await runIki(['validate', '--format', 'json'], { cwd: project });

    const parsed = JSON.parse(result.stdout) as { temuan: { kode: string; lokasi: { baris: number; kolom: number } }[] };
    expect(parsed.temuan.map((p) => p.kode)).toContain('FORMULA_IMPLICIT_MULTIPLICATION');
    expect(parsed.temuan.every((p) => p.lokasi.baris >= 1 && p.lokasi.kolom >= 1)).toBe(true);
  });

  test('superior cycle and self reference', async () => {
    const project = copyProject();
    editFile(join(project, 'data/positions/sekretaris.yaml'), 'atasan: kepala-dinas', 'atasan: kasubbag-umum');
    editFile(join(project, 'data/positions/kabid-sosial.yaml'), 'atasan: kepala-dinas', 'atasan: kabid-sosial');
    const result = await runIki(['validate', '--format', 'text'], { cwd: project });

    const cycles = findings(result.stdout).filter((f) => f.code === 'SUPERIOR_CYCLE');
    expect(cycles.map((f) => f.file).sort()).toEqual(
      [SHEET, join('data', 'positions', 'kasubbag-umum.yaml'), join('data', 'positions', 'sekretaris.yaml')].sort(),
    );
  });

  test('empty sheet is one finding', async () => {
    const project = copyProject();
    writeFileSync(join(project, 'data/positions/kosong.yaml'), '# belum diisi\n');
    const result = await runIki(['validate', '--format', 'text'], { cwd: project });
    expect(findings(result.stdout).map((f) => [f.file, f.code])).toEqual([[join('data', 'positions', 'kosong.yaml'), 'YAML_EMPTY']]);
  });

  test('settings file with categories out of order', async () => {
    const project = copyProject();
    const path = join(project, 'iki.config.yaml');
    writeFileSync(
      path,
      'kategori:\n  - { id: baik, label: Baik, min: 60 }\n  - { id: sangat-baik, label: Sangat Baik, min: 80 }\n  - { id: kurang, label: Kurang, min: 10 }\ncapaian:\n  batasAtas: 100\n  batasBawah: 120\n',
    );
    const result = await runIki(['validate', '--format', 'text', 'iki.config.yaml'], { cwd: project });

    expect(result.code).toBe(1);
    expect(findings(result.stdout).map((f) => [f.code, f.line])).toEqual([
      ['CONFIG_INVALID', 3],
      ['CONFIG_INVALID', 4],
      ['CONFIG_INVALID', 7],
    ]);
  });

  test('invalid settings stop the report', async () => {
    const project = copyProject();
    writeFileSync(join(project, 'iki.config.yaml'), 'capaian:\n  metodeNegatif: R/T\n');
    const result = await runIki(['report', '--year', '2021', '--period', 'TAHUN', '--realization', 'examples/2021/realisasi.csv'], { cwd: project });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('iki.config.yaml:2:18 error SCHEMA_VALUE');
  });

  test('invalid format choice names option and value', async () => {
    const result = await runIki(['validate', '--format', 'xml']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--format xml');
  });

  test('patterns, folders and files of all kinds together', async () => {
    const project = copyProject();
    const result = await runIki(['validate', '--format', 'json', 'data/positions/kabid-*.yaml', 'examples', 'data/organisasi.yaml'], { cwd: project });
    expect(result.code).toBe(0);
    const summary = (JSON.parse(result.stdout) as { ringkasan: { berkas: number } }).ringkasan;
    expect(summary.berkas).toBe(3 + 2 + 1);
  });

  test('pattern matching nothing exits 2', async () => {
    const result = await runIki(['validate', 'data/positions/tidak-ada-*.yaml']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('tidak-ada-*.yaml');
  });

  test('fail-on warning turns a warning into exit 1', async () => {
    const project = copyProject();
    editFile(join(project, SHEET), 'rumus: 100 * diberdayakan / belum_diberdayakan', 'rumus: 100 * diberdayakan');
    expect((await runIki(['validate'], { cwd: project })).code).toBe(0);
    expect((await runIki(['validate', '--fail-on', 'warning'], { cwd: project })).code).toBe(1);
  });

  test('github format is the default inside GitHub Actions', async () => {
    const result = await runIki(['validate', 'tidak-ada-*.yaml'], { env: { GITHUB_ACTIONS: 'true', NO_COLOR: '1' } });
    expect(result.code).toBe(2);
    const project = copyProject();
    editFile(join(project, SHEET), 'rumus: 100 * diberdayakan / belum_diberdayakan', 'rumus: 100 * diberdayakan');
    const annotated = await runIki(['validate'], { cwd: project, env: { GITHUB_ACTIONS: 'true', NO_COLOR: '1' } });
    expect(annotated.stdout).toMatch(/^::warning file=data\/positions\/kabid-sosial\.yaml,/);
  });

  test('output-file writes another format atomically', async () => {
    const project = copyProject();
    const result = await runIki(['validate', '--output-file', 'sarif=hasil.sarif', '--output-file', 'junit=hasil.xml'], { cwd: project });
    expect(result.code).toBe(0);
    expect((JSON.parse(readFileSync(join(project, 'hasil.sarif'), 'utf8')) as { version: string }).version).toBe('2.1.0');
    expect(readFileSync(join(project, 'hasil.xml'), 'utf8')).toContain('<testsuites');
  });

  test('output-file naming a checked file is refused', async () => {
    const project = copyProject();
    const before = readFileSync(join(project, SHEET), 'utf8');
    const result = await runIki(['validate', SHEET, '--output-file', `json=${SHEET}`], { cwd: project });
    expect(result.code).toBe(2);
    expect(readFileSync(join(project, SHEET), 'utf8')).toBe(before);
  });

  test('missing path exits 2', async () => {
    const result = await runIki(['validate', 'tidak-ada.yaml']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('tidak-ada.yaml');
  });

  test('unknown option exits 2', async () => {
    const result = await runIki(['validate', '--formatt', 'json']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--formatt');
  });
});
