import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CODE_SEVERITY, DIAGNOSTIC_CODES, type DiagnosticCode } from '../../src/core/diagnostic.js';
import { copyProject, lineOf, runIki } from './harness.js';

interface RuleCase {
  code: DiagnosticCode;
  /** File changed in a copy of the project, relative to its root. */
  file: string;
  /** Text replaced; null writes `to` as the whole file. */
  from: string | null;
  to: string;
  /** Text on the line the finding must point at, searched in the changed file. */
  marker: string;
  column: number;
  args?: string[];
}

const SHEET = 'data/positions/kabid-sosial.yaml';
const TARGETS = 'examples/2021/target.yaml';
const FORMULA = 'rumus: 100 * diberdayakan / belum_diberdayakan';
const CSV_HEADER = 'jabatan,indikator,variabel,periode,nilai\n';
const CSV_ROW = 'kabid-sosial,pemberdayaan-fakir-miskin,diberdayakan,2021-TW1';
const csv = (body: string): Pick<RuleCase, 'file' | 'from' | 'args'> & { to: string } => ({
  file: 'isian.csv',
  from: null,
  to: CSV_HEADER + body,
  args: ['--year', '2021', 'isian.csv'],
});

const cases: RuleCase[] = [
  {
    code: 'YAML_SYNTAX',
    file: SHEET,
    from: 'jabatan: Kepala Bidang Sosial',
    to: 'jabatan: Kepala Bidang Sosial\n  keterangan: x',
    marker: 'jabatan: Kepala',
    column: 10,
  },
  { code: 'YAML_VERSION', file: SHEET, from: '# yaml-language-server', to: '%YAML 1.1\n---\n# yaml-language-server', marker: '%YAML', column: 1 },
  {
    code: 'YAML_DUPLICATE_KEY',
    file: SHEET,
    from: 'atasan: kepala-dinas',
    to: 'atasan: kepala-dinas\natasan:  kepala-dinas',
    marker: 'atasan:  kepala',
    column: 1,
  },
  {
    code: 'YAML_ALIAS',
    file: SHEET,
    from: 'atasan: kepala-dinas',
    to: 'atasan: &kepala kepala-dinas\nketerangan: *kepala',
    marker: 'keterangan: *kepala',
    column: 13,
  },
  { code: 'YAML_TAB', file: SHEET, from: '  - id: pemberdayaan-fakir-miskin', to: '\t- id: pemberdayaan-fakir-miskin', marker: '\t- id', column: 1 },
  { code: 'YAML_EMPTY', file: SHEET, from: null, to: '# belum diisi\n', marker: '# belum diisi', column: 1 },
  { code: 'YAML_TOO_LARGE', file: SHEET, from: null, to: `# ${'x'.repeat(2 * 1024 * 1024)}\nid: kabid-sosial\n`, marker: '# xxx', column: 1 },
  { code: 'SCHEMA_MISSING_KEY', file: SHEET, from: '\n    polaritas: positif', to: '', marker: '  - id: pemberdayaan-fakir-miskin', column: 5 },
  {
    code: 'SCHEMA_UNKNOWN_KEY',
    file: SHEET,
    from: '    sasaran: Meningkatkan Pemberdayaan',
    to: '    sasran: Meningkatkan Pemberdayaan',
    marker: 'sasran:',
    column: 5,
  },
  { code: 'SCHEMA_TYPE', file: SHEET, from: 'id: kabid-sosial', to: 'id: 012', marker: 'id: 012', column: 5 },
  { code: 'SCHEMA_VALUE', file: SHEET, from: '    polaritas: positif', to: '    polaritas: naik', marker: 'polaritas: naik', column: 16 },
  { code: 'FILE_NAME_MISMATCH', file: SHEET, from: 'id: kabid-sosial', to: 'id: kabid-sosial-lama', marker: 'id: kabid-sosial-lama', column: 5 },
  {
    code: 'DUPLICATE_ID',
    file: SHEET,
    from: '  - id: pelayanan-rehabilitasi-kesos',
    to: '  - id: pemberdayaan-fakir-miskin  ',
    marker: 'pemberdayaan-fakir-miskin  ',
    column: 9,
  },
  { code: 'UNKNOWN_UNIT', file: SHEET, from: 'unitKerja: bidang-sosial', to: 'unitKerja: bidang-sosal', marker: 'unitKerja:', column: 12 },
  { code: 'UNKNOWN_SUPERIOR', file: SHEET, from: 'atasan: kepala-dinas', to: 'atasan: kepala-dinsa', marker: 'atasan:', column: 9 },
  { code: 'UNKNOWN_DECREE', file: SHEET, from: 'keputusan: kep-15-2021', to: 'keputusan: kep-16-2021', marker: 'keputusan:', column: 12 },
  { code: 'SUPERIOR_CYCLE', file: SHEET, from: 'atasan: kepala-dinas', to: 'atasan: kabid-sosial', marker: 'atasan:', column: 9 },
  { code: 'UNIT_HEAD_ELSEWHERE', file: 'data/organisasi.yaml', from: 'kepala: kabid-sosial', to: 'kepala: kabid-p3a', marker: 'kepala: kabid-p3a', column: 13 },
  { code: 'FORMULA_SYNTAX', file: SHEET, from: FORMULA, to: 'rumus: 100 * (diberdayakan / belum_diberdayakan', marker: 'rumus: 100 * (', column: 52 },
  { code: 'FORMULA_NOT_ALLOWED', file: SHEET, from: FORMULA, to: 'rumus: 100 * diberdayakan / sqrt(belum_diberdayakan)', marker: 'sqrt', column: 33 },
  { code: 'FORMULA_PERCENT', file: SHEET, from: FORMULA, to: 'rumus: diberdayakan / belum_diberdayakan * 100%', marker: 'rumus: diberdayakan', column: 51 },
  {
    code: 'FORMULA_IMPLICIT_MULTIPLICATION',
    file: SHEET,
    from: FORMULA,
    to: 'rumus: 100 (diberdayakan / belum_diberdayakan)',
    marker: 'rumus: 100 (',
    column: 16,
  },
  { code: 'FORMULA_DIVISION_BY_ZERO', file: SHEET, from: FORMULA, to: 'rumus: 100 * diberdayakan / belum_diberdayakan / 0', marker: '/ 0', column: 52 },
  { code: 'FORMULA_NO_PERCENT_FACTOR', file: SHEET, from: FORMULA, to: 'rumus: diberdayakan / belum_diberdayakan', marker: 'rumus: diberdayakan', column: 12 },
  { code: 'UNKNOWN_VARIABLE', file: SHEET, from: FORMULA, to: `${FORMULA} + lain`, marker: '+ lain', column: 54 },
  { code: 'UNUSED_VARIABLE', file: SHEET, from: FORMULA, to: 'rumus: 100 * diberdayakan', marker: 'id: belum_diberdayakan', column: 13 },
  { code: 'TARGET_YEAR_MISMATCH', file: TARGETS, from: 'tahun: 2021', to: 'tahun: 2020', marker: 'tahun: 2020', column: 8, args: ['--year', '2021', TARGETS] },
  { code: 'TARGET_UNKNOWN_POSITION', file: TARGETS, from: '  kabid-sosial:', to: '  kabid-sosal:', marker: 'kabid-sosal:', column: 3, args: [TARGETS] },
  {
    code: 'TARGET_UNKNOWN_INDICATOR',
    file: TARGETS,
    from: 'pemberdayaan-fakir-miskin: 80',
    to: 'pemberdayaan-fakir-miskn: 80',
    marker: 'pemberdayaan-fakir-miskn',
    column: 5,
    args: [TARGETS],
  },
  {
    code: 'TARGET_RANGE_ORDER',
    file: TARGETS,
    from: 'nilai-lakip: { min: 60, max: 70 }',
    to: 'nilai-lakip: { min: 70, max: 60 }',
    marker: 'nilai-lakip',
    column: 18,
    args: [TARGETS],
  },
  { code: 'TARGET_MISSING', file: TARGETS, from: '    pemberdayaan-fakir-miskin: 80\n', to: '', marker: '  kabid-sosial:', column: 3, args: [TARGETS] },
  {
    code: 'TARGET_NOT_CUMULATIVE',
    file: TARGETS,
    from: '{ tahunan: 10, TW1: 2, TW2: 5, TW3: 7, TW4: 10 }',
    to: '{ tahunan: 10, TW1: 2, TW2: 5, TW3: 3, TW4: 10 }',
    marker: 'TW3: 3',
    column: 59,
    args: [TARGETS],
  },
  {
    code: 'TARGET_TW4_MISMATCH',
    file: TARGETS,
    from: '{ tahunan: 10, TW1: 2, TW2: 5, TW3: 7, TW4: 10 }',
    to: '{ tahunan: 10, TW1: 2, TW2: 5, TW3: 7, TW4: 9 }',
    marker: 'TW4: 9',
    column: 67,
    args: [TARGETS],
  },
  {
    code: 'TARGET_AMBIGUOUS_NUMBER',
    file: TARGETS,
    from: 'penanggulangan-kemiskinan: 12000',
    to: 'penanggulangan-kemiskinan: 12.000',
    marker: '12.000',
    column: 32,
    args: [TARGETS],
  },
  {
    code: 'TARGET_NEGATIVE',
    file: TARGETS,
    from: 'kehadiran-pegawai: 95',
    to: 'kehadiran-pegawai: -95',
    marker: 'kehadiran-pegawai: -95',
    column: 24,
    args: [TARGETS],
  },
  {
    code: 'YAML_TAG',
    file: SHEET,
    from: 'jabatan: Kepala Bidang Sosial',
    to: 'jabatan: !include jabatan.txt',
    marker: 'jabatan: !include',
    column: 10,
  },
  {
    code: 'CONFIG_INVALID',
    file: 'iki.config.yaml',
    from: null,
    to: 'capaian:\n  batasAtas: 100\n  batasBawah: 120\n',
    marker: 'batasBawah',
    column: 15,
    args: ['iki.config.yaml'],
  },
  {
    code: 'SUPPRESSION_NO_REASON',
    file: SHEET,
    from: `    ${FORMULA}`,
    to: `    # iki-disable-next-line UNUSED_VARIABLE\n    ${FORMULA}`,
    marker: '# iki-disable',
    column: 5,
  },
  {
    code: 'SUPPRESSION_UNKNOWN_CODE',
    file: SHEET,
    from: `    ${FORMULA}`,
    to: `    # iki-disable-next-line UNUSED_VARIABEL -- alasan\n    ${FORMULA}`,
    marker: '# iki-disable',
    column: 5,
  },
  {
    code: 'SUPPRESSION_UNUSED',
    file: SHEET,
    from: `    ${FORMULA}`,
    to: `    # iki-disable-next-line UNUSED_VARIABLE -- tidak ada\n    ${FORMULA}`,
    marker: '# iki-disable',
    column: 5,
  },
  { code: 'CSV_SYNTAX', ...csv(`${CSV_ROW},"5\n`), marker: CSV_ROW, column: 1 },
  {
    code: 'CSV_MISSING_COLUMN',
    file: 'isian.csv',
    from: null,
    to: 'jabatan,indikator,periode,nilai\n',
    marker: 'jabatan,indikator',
    column: 1,
    args: ['--year', '2021', 'isian.csv'],
  },
  { code: 'CSV_FIELD_COUNT', ...csv(`${CSV_ROW},85,5\n`), marker: CSV_ROW, column: 1 },
  { code: 'CSV_EMPTY', ...csv(''), marker: 'jabatan,indikator', column: 1 },
  { code: 'CSV_UNKNOWN_POSITION', ...csv('kabid-sosal,pemberdayaan-fakir-miskin,diberdayakan,2021-TW1,5\n'), marker: 'kabid-sosal', column: 1 },
  { code: 'CSV_UNKNOWN_INDICATOR', ...csv('kabid-sosial,pemberdayaan,diberdayakan,2021-TW1,5\n'), marker: 'pemberdayaan,', column: 14 },
  { code: 'CSV_UNKNOWN_VARIABLE', ...csv('kabid-sosial,pemberdayaan-fakir-miskin,berdaya,2021-TW1,5\n'), marker: 'berdaya,', column: 40 },
  { code: 'CSV_BAD_PERIOD', ...csv('kabid-sosial,pemberdayaan-fakir-miskin,diberdayakan,2021-TW5,5\n'), marker: 'TW5', column: 53 },
  { code: 'CSV_PERIOD_YEAR', ...csv(`${CSV_ROW},5\nkabid-sosial,pemberdayaan-fakir-miskin,diberdayakan,2020-TW2,5\n`), marker: '2020-TW2', column: 53 },
  { code: 'CSV_BAD_NUMBER', ...csv(`${CSV_ROW},12 orang\n`), marker: '12 orang', column: 62 },
  { code: 'CSV_AMBIGUOUS_NUMBER', ...csv(`${CSV_ROW},"85,5"\n`), marker: '85,5', column: 62 },
  { code: 'CSV_NEGATIVE_COUNT', ...csv(`${CSV_ROW},-4\n`), marker: '-4', column: 62 },
  { code: 'CSV_DUPLICATE_ROW', ...csv(`${CSV_ROW},4\n${CSV_ROW},5\n`), marker: `${CSV_ROW},5`, column: 1 },
  { code: 'CSV_CELL_TOO_LONG', ...csv(`kabid-sosial,pemberdayaan-fakir-miskin,diberdayakan,2021-TW1,5,${'x'.repeat(2001)}\n`), marker: 'xxxx', column: 64 },
];

// CSV_ENCODING needs bytes that are not UTF-8, so it is written separately.
const ENCODING_CASE = {
  code: 'CSV_ENCODING' as const,
  bytes: Buffer.concat([Buffer.from(`${CSV_HEADER}${CSV_ROW},5\n`), Buffer.from([0x53, 0x65, 0x6c, 0xe9, 0x0a])]),
};

function findingLines(stdout: string, code: DiagnosticCode): { file: string; line: number; column: number; severity: string }[] {
  return stdout
    .split('\n')
    .map((line) => /^(.+?):(\d+):(\d+) (error|warning|info) ([A-Z0-9_]+) /.exec(line))
    .filter((match): match is RegExpExecArray => match !== null && match[5] === code)
    .map((match) => ({ file: match[1] ?? '', line: Number(match[2]), column: Number(match[3]), severity: match[4] ?? '' }));
}

describe('every rule is located', () => {
  test('each finding code has a case', () => {
    // CSV_TOO_MANY_ROWS needs five million rows here; test/io/realization-csv.test.ts reaches it with a lowered limit.
    // The XLSX_* codes need a binary workbook, so test/io/realization-xlsx.test.ts checks each with its location.
    const workbookCodes = ['XLSX_INVALID', 'XLSX_TOO_LARGE', 'XLSX_MISSING_COLUMN', 'XLSX_CELL_VALUE'];
    const covered = new Set<string>([
      ...cases.map((c) => c.code),
      ENCODING_CASE.code,
      'CSV_TOO_MANY_ROWS',
      'ORGANISATION_MISSING',
      'YAML_ENCODING',
      ...workbookCodes,
    ]);
    expect(DIAGNOSTIC_CODES.filter((code) => !covered.has(code))).toEqual([]);
  });

  test.each(cases)('$code', async ({ code, file, from, to, marker, column, args }) => {
    const project = copyProject();
    const path = join(project, file);
    const original = from === null ? '' : readFileSync(path, 'utf8');
    if (from !== null && !original.includes(from)) throw new Error(`case text not found in ${file}: ${from}`);
    writeFileSync(path, from === null ? to : original.replace(from, to));

    const result = await runIki(['validate', '--format', 'text', ...(args ?? [])], { cwd: project });
    const found = findingLines(result.stdout, code);
    expect(found, result.stdout).toContainEqual({ file, line: lineOf(path, marker), column, severity: CODE_SEVERITY[code] });
    expect(result.code).toBe(CODE_SEVERITY[code] === 'error' ? 1 : 0);
  });

  test('CSV_ENCODING', async () => {
    const project = copyProject();
    writeFileSync(join(project, 'isian.csv'), ENCODING_CASE.bytes);
    const result = await runIki(['validate', '--format', 'text', '--year', '2021', 'isian.csv'], { cwd: project });
    expect(findingLines(result.stdout, 'CSV_ENCODING')).toEqual([{ file: 'isian.csv', line: 3, column: 1, severity: 'error' }]);
  });

  test('ORGANISATION_MISSING', async () => {
    const project = copyProject();
    rmSync(join(project, 'data', 'organisasi.yaml'));
    const result = await runIki(['validate', '--format', 'text'], { cwd: project });
    expect(findingLines(result.stdout, 'ORGANISATION_MISSING')).toEqual([{ file: 'data/organisasi.yaml', line: 1, column: 1, severity: 'error' }]);
    expect(result.code).toBe(1);
  });

  test('YAML_ENCODING', async () => {
    const project = copyProject();
    const path = join(project, SHEET);
    writeFileSync(path, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(readFileSync(path, 'utf8'), 'utf16le')]));
    const result = await runIki(['validate', '--format', 'text'], { cwd: project });
    expect(findingLines(result.stdout, 'YAML_ENCODING')).toEqual([{ file: SHEET, line: 1, column: 1, severity: 'error' }]);
    expect(result.stdout.length).toBeLessThan(2000);
  });
});
