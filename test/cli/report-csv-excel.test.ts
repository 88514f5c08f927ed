import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { copyProject, editFile, runIki } from './harness.js';

const EXAMPLE = ['--year', '2021', '--period', 'TAHUN', '--realization', 'examples/2021/realisasi.csv', '--targets', 'examples/2021/target.yaml'];

async function csv(extra: string[], cwd?: string): Promise<string> {
  const result = await runIki(['report', ...EXAMPLE, '--format', 'csv', ...extra], cwd ? { cwd } : {});
  if (result.code !== 0) throw new Error(`report failed: ${result.stderr}`);
  return result.stdout;
}

/** Parses CSV text into records keyed by the header, as a spreadsheet would split it. */
function records(text: string, delimiter: string): Record<string, string>[] {
  return parse(text.replace(/^\uFEFF/, ''), { delimiter, columns: true }) as Record<string, string>[];
}

const byIndicator = (rows: Record<string, string>[], indicator: string) => {
  const found = rows.find((row) => row.indikator === indicator);
  if (!found) throw new Error(`row ${indicator} missing`);
  return found;
};

describe('iki report --format csv --excel', () => {
  test('starts with a BOM and uses CRLF', async () => {
    const text = await csv(['--excel']);

    expect(text.startsWith('\uFEFFunitKerja;jabatan;indikator;no;')).toBe(true);
    expect(text.split('\r\n')).toHaveLength(51);
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
  });

  test('numbers have a decimal comma', async () => {
    const rows = records(await csv(['--excel']), ';');
    const negative = byIndicator(rows, 'rumah-tangga-pra-sejahtera');

    expect(byIndicator(rows, 'pemberdayaan-fakir-miskin')).toMatchObject({ target: '80', realisasi: '76', capaian: '95' });
    expect(negative).toMatchObject({ target: '16', realisasi: '17,52', capaian: '90,5' });
  });

  test('no thousands separator and at most 10 decimals', async () => {
    const rows = records(await csv(['--excel']), ';');

    expect(byIndicator(rows, 'penanggulangan-kemiskinan').target).toBe('12000');
    expect(byIndicator(rows, 'pik-remaja').capaian).toBe('79,1666666667');
    for (const row of rows) {
      for (const column of ['target', 'targetMin', 'targetMax', 'realisasi', 'capaian']) {
        expect(row[column], `${row.indikator} ${column}`).toMatch(/^(-?\d+(,\d{1,10})?)?$/);
      }
    }
  });

  test('range target in two columns', async () => {
    const rows = records(await csv(['--excel']), ';');

    expect(byIndicator(rows, 'nilai-lakip')).toMatchObject({ target: '', targetMin: '60', targetMax: '70', realisasi: '62,35', capaian: '100' });
  });

  test('text with the delimiter is quoted', async () => {
    const text = await csv(['--excel']);

    expect(text).toContain(';"anak_diklat tanpa data TW3; tidak ada nilai untuk anak_terlantar"\r\n');
  });

  test('.csv output with --excel', async () => {
    const project = copyProject();
    const result = await runIki(['report', ...EXAMPLE, '--excel', '--output', 'laporan.csv'], { cwd: project });

    expect(result.code).toBe(0);
    expect(readFileSync(join(project, 'laporan.csv'), 'utf8').startsWith('\uFEFFunitKerja;')).toBe(true);
  });

  test('--excel with another format exits 2', async () => {
    const result = await runIki(['report', ...EXAMPLE, '--format', 'json', '--excel']);

    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('--excel');
  });
});

describe('plain csv beside the excel variant', () => {
  test('keeps comma, dot and no BOM', async () => {
    const text = await csv([]);
    const rows = records(text, ',');

    expect(text.startsWith('unitKerja,jabatan,')).toBe(true);
    expect(text).not.toContain('\r\n');
    expect(byIndicator(rows, 'rumah-tangga-pra-sejahtera')).toMatchObject({ realisasi: '17.52', capaian: '90.5' });
    expect(byIndicator(rows, 'pik-remaja').capaian).toBe('79.1666666666667');
  });
});

describe('formula injection in both csv variants', () => {
  const formula = '=HYPERLINK("http://contoh.invalid","klik")';

  test.each([
    { name: 'plain', extra: [], delimiter: ',' },
    { name: 'excel', extra: ['--excel'], delimiter: ';' },
  ])('$name csv stores formulas as text', async ({ extra, delimiter }) => {
    const project = copyProject();
    editFile(
      join(project, 'data/positions/kabid-sosial.yaml'),
      'indikatorKinerja: Persentase Pemberdayaan Fakir Miskin/Anak Terlantar',
      `indikatorKinerja: '${formula}'`,
    );
    editFile(join(project, 'data/positions/kabid-sosial.yaml'), 'satuan: persen', "satuan: '@SUM(A1:A9)'");
    const rows = records(await csv(extra, project), delimiter);
    const row = byIndicator(rows, 'pemberdayaan-fakir-miskin');

    expect(row.indikatorKinerja).toBe(`'${formula}`);
    expect(row.satuan).toBe("'@SUM(A1:A9)");
  });

  test('negative numbers stay numbers', async () => {
    const project = copyProject();
    editFile(join(project, 'examples/2021/target.yaml'), 'rumah-tangga-pra-sejahtera: 16', 'rumah-tangga-pra-sejahtera: 8');
    const rows = records(await csv(['--excel'], project), ';');

    expect(byIndicator(rows, 'rumah-tangga-pra-sejahtera').capaian).toBe('-19');
  });
});
