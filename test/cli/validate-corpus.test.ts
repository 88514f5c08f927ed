import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { DiagnosticCode } from '../../src/core/diagnostic.js';
import { ROOT, temporaryFolder } from '../helpers.js';
import { runIki } from './harness.js';

interface Fault {
  code: DiagnosticCode | null;
  apply: (text: string) => string;
  /** Text on the line the finding must point at. */
  marker: string;
}

const FORMULA = 'rumus: 100 * diberdayakan / belum_diberdayakan';

// One kind of fault per sheet, in rotation; a tenth of the sheets stay valid.
const FAULTS: Fault[] = [
  { code: null, apply: (text) => text, marker: '' },
  {
    code: 'SCHEMA_UNKNOWN_KEY',
    apply: (text) => text.replace('    sasaran: Meningkatkan Pemberdayaan', '    sasran: Meningkatkan Pemberdayaan'),
    marker: 'sasran:',
  },
  { code: 'UNKNOWN_VARIABLE', apply: (text) => text.replace(FORMULA, `${FORMULA} + lain`), marker: '+ lain' },
  { code: 'FORMULA_PERCENT', apply: (text) => text.replace(FORMULA, 'rumus: diberdayakan / belum_diberdayakan * 100%'), marker: 'rumus: diberdayakan' },
  {
    code: 'DUPLICATE_ID',
    apply: (text) => text.replace('  - id: pelayanan-rehabilitasi-kesos', '  - id: pemberdayaan-fakir-miskin  '),
    marker: 'pemberdayaan-fakir-miskin  ',
  },
  { code: 'UNKNOWN_SUPERIOR', apply: (text) => text.replace('atasan: kepala-dinas', 'atasan: kepala-dinsa'), marker: 'atasan:' },
  { code: 'UNUSED_VARIABLE', apply: (text) => text.replace(FORMULA, 'rumus: 100 * diberdayakan'), marker: 'id: belum_diberdayakan' },
  { code: 'FORMULA_IMPLICIT_MULTIPLICATION', apply: (text) => text.replace(FORMULA, 'rumus: 100 (diberdayakan / belum_diberdayakan)'), marker: 'rumus: 100 (' },
  {
    code: 'YAML_DUPLICATE_KEY',
    apply: (text) => text.replace('atasan: kepala-dinas', 'atasan: kepala-dinas\natasan:  kepala-dinas'),
    marker: 'atasan:  kepala',
  },
  { code: 'YAML_TAB', apply: (text) => text.replace('  - id: pemberdayaan-fakir-miskin', '\t- id: pemberdayaan-fakir-miskin'), marker: '\t- id' },
];

const SHEETS = 200;

describe('validating a large folder', () => {
  test('200 generated sheets with mixed faults', async () => {
    const project = temporaryFolder('iki-corpus-');
    cpSync(join(ROOT, 'data'), join(project, 'data'), { recursive: true });
    rmSync(join(project, 'data', 'positions'), { recursive: true });
    mkdirSync(join(project, 'data', 'positions'));
    const template = readFileSync(join(ROOT, 'data', 'positions', 'kabid-sosial.yaml'), 'utf8');

    // The unit heads of organisasi.yaml keep their ids, so references resolve.
    const heads = ['sekretaris', 'kabid-sosial', 'kabid-p3a', 'kabid-ppkb'];
    const headUnits = ['sekretariat', 'bidang-sosial', 'bidang-p3a', 'bidang-ppkb'];
    const expected: { file: string; code: DiagnosticCode; line: number }[] = [];
    for (let index = 0; index < SHEETS; index++) {
      const id = index < heads.length ? (heads[index] as string) : `jabatan-${String(index).padStart(3, '0')}`;
      const fault = index < heads.length ? (FAULTS[0] as Fault) : (FAULTS[index % FAULTS.length] as Fault);
      const unit = headUnits[index] ?? 'bidang-sosial';
      const text = fault.apply(template.replace('id: kabid-sosial', `id: ${id}`).replace('unitKerja: bidang-sosial', `unitKerja: ${unit}`));
      const file = join('data', 'positions', `${id}.yaml`);
      writeFileSync(join(project, file), text);
      if (fault.code) expected.push({ file, code: fault.code, line: text.split('\n').findIndex((l) => l.includes(fault.marker)) + 1 });
    }

    const result = await runIki(['validate', '--format', 'json'], { cwd: project });
    const findings = (JSON.parse(result.stdout) as { temuan: { kode: string; lokasi: { berkas: string; baris: number } }[] }).temuan;

    expect(result.code).toBe(1);
    expect(expected.length).toBeGreaterThan(170);
    const missing = expected.filter((e) => !findings.some((f) => f.kode === e.code && f.lokasi.berkas === e.file && f.lokasi.baris === e.line));
    expect(missing).toEqual([]);
    const unexpectedFiles = findings.filter((f) => !expected.some((e) => e.file === f.lokasi.berkas));
    expect(unexpectedFiles).toEqual([]);
  });
});
