import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { ROOT, temporaryFolder } from '../helpers.js';
import { runIki } from './harness.js';

const SHEET = 'data/positions/kabid-sosial.yaml';

describe('iki show --format text', () => {
  test('one field per line, indicators numbered', async () => {
    const result = await runIki(['show', 'kabid-sosial', '--format', 'text']);
    const lines = result.stdout.split('\n');

    expect(result.code).toBe(0);
    expect(lines.slice(0, 2)).toEqual(['Id: kabid-sosial', 'Jabatan: Kepala Bidang Sosial']);
    expect(lines).toContain('Indikator 1: pemberdayaan-fakir-miskin');
    expect(lines).toContain('  Rumus: 100 * diberdayakan / belum_diberdayakan');
    expect(lines).toContain(
      '  Variabel belum_diberdayakan (akhir): Jumlah keseluruhan fakir miskin/anak terlantar yang belum mendapatkan pemberdayaan menurut data awal tahun (isi angka yang sama setiap triwulan)',
    );
    expect(lines).toContain('  c. Pelayanan Rehabilitas Sosial');
    expect(result.stdout).not.toContain('│');
  });

  test('sheet file gives the same text as its id', async () => {
    const byId = await runIki(['show', 'kabid-sosial', '--format', 'text']);
    const byFile = await runIki(['show', '--format', 'text', join(ROOT, SHEET)], { cwd: temporaryFolder() });

    expect(byFile.code).toBe(0);
    expect(byFile.stdout).toBe(byId.stdout);
  });

  test('sheet file works with other formats', async () => {
    const result = await runIki(['show', SHEET, '--format', 'json']);

    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(parse(readFileSync(join(ROOT, SHEET), 'utf8')));
  });

  test('unreadable sheet is printed as it is', async () => {
    const folder = temporaryFolder();
    const text = '<<<<<<< HEAD\nid: kabid-sosial\n=======\nid: kabid-sosial-baru\n>>>>>>> cabang\n';
    writeFileSync(join(folder, 'kabid-sosial.yaml'), text);

    const result = await runIki(['show', '--format', 'text', 'kabid-sosial.yaml'], { cwd: folder });

    expect(result.code).toBe(0);
    expect(result.stdout).toBe(text);
    expect(result.stderr).toContain('kabid-sosial.yaml tidak terbaca sebagai lembar IKI');
  });

  test('unreadable sheet in table format exits 1', async () => {
    const folder = temporaryFolder();
    writeFileSync(join(folder, 'lembar.yaml'), 'id: [\n');

    const result = await runIki(['show', 'lembar.yaml'], { cwd: folder });

    expect(result.code).toBe(1);
    expect(result.stderr).toContain('lembar.yaml:');
  });

  test('missing sheet file exits 2', async () => {
    const result = await runIki(['show', '--format', 'text', 'tidak-ada.yaml'], { cwd: temporaryFolder() });

    expect(result.code).toBe(2);
  });
});
