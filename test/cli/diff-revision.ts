import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { editFile } from './harness.js';

/** Sheet and targets files the revision touches, relative to the project root. */
export const FILES = {
  kabidSosial: 'data/positions/kabid-sosial.yaml',
  kabidP3a: 'data/positions/kabid-p3a.yaml',
  perlindunganJaminan: 'data/positions/kasi-perlindungan-jaminan-sosial.yaml',
  rehabilitasiJaminan: 'data/positions/kasi-rehabilitasi-jaminan-sosial.yaml',
  perlindunganPerempuanAnak: 'data/positions/kasi-perlindungan-perempuan-anak.yaml',
  newPosition: 'data/positions/kasi-pemberdayaan-sosial.yaml',
  targets: 'examples/2021/target.yaml',
} as const;

/** The objective of kabid-p3a/keserasian-kebijakan before and after the revision. */
export const OBJECTIVE = {
  before: 'Meningkatnya Keserasian Kebijakan Peningkatan Kualitas Anak dan Perempuan',
  after: 'Meningkatnya Keserasian Kebijakan Perlindungan Anak dan Pemberdayaan Perempuan',
};

/** The formula of kabid-sosial/pemberdayaan-fakir-miskin before and after: the denominator changes. */
export const FORMULA = {
  before: '100 * diberdayakan / belum_diberdayakan',
  after: '100 * diberdayakan / (diberdayakan + belum_diberdayakan)',
};

const NEW_POSITION = `# yaml-language-server: $schema=../../schemas/position.schema.json
versiSkema: 1
id: kasi-pemberdayaan-sosial
jabatan: Kepala Seksi Pemberdayaan Sosial
unitKerja: bidang-sosial
atasan: kabid-sosial
keputusan: kep-15-2021
urutan: 14
tugasPokok: Membantu Kepala Bidang Sosial dalam menyelenggarakan pemberdayaan sosial
fungsi:
  - Penyusunan rencana kerja pemberdayaan sosial
indikator:
  - id: kube-terbentuk
    no: 1
    sasaran: Meningkatnya Kelompok Usaha Bersama Keluarga Miskin
    indikatorKinerja: Jumlah Kelompok Usaha Bersama yang terbentuk
    penjelasan:
      - uraian: Jumlah KUBE yang terbentuk dan mendapat bantuan usaha
        sumberData: Bidang Sosial
    satuan: kelompok
    polaritas: positif
    variabel:
      - id: kube_baru
        uraian: Jumlah KUBE yang terbentuk dalam triwulan
        agregasi: jumlah
    rumus: kube_baru
`;

/**
 * Applies a realistic decree revision to a copy of the 2021 project: a
 * reworded objective, a formula with a new denominator, a renamed indicator,
 * an indicator moved to another position, a removed indicator, a new
 * position, a typo fixed and a changed target. Targets follow the renamed,
 * moved and removed indicators, so both sides stay valid.
 */
export function applyRevision(project: string): void {
  const path = (file: string) => join(project, file);

  editFile(path(FILES.kabidP3a), `sasaran: ${OBJECTIVE.before}`, `sasaran: ${OBJECTIVE.after}`);
  editFile(path(FILES.kabidSosial), `rumus: ${FORMULA.before}`, `rumus: ${FORMULA.after}`);
  editFile(path(FILES.kabidSosial), '- id: diklat-anak-terlantar', '- id: pembinaan-anak-terlantar');
  editFile(path(FILES.kabidSosial), 'Jumlah Sasaran\n          Kesoso dan', 'Jumlah Sasaran\n          Kesos dan');

  const moved = cutIndicator(path(FILES.perlindunganJaminan), 'keluarga-mandiri').replace('    no: 6\n', '    no: 5\n');
  writeFileSync(path(FILES.rehabilitasiJaminan), `${readFileSync(path(FILES.rehabilitasiJaminan), 'utf8')}${moved}`);
  cutIndicator(path(FILES.perlindunganPerempuanAnak), 'forum-anak');
  writeFileSync(path(FILES.newPosition), NEW_POSITION);

  editFile(path(FILES.targets), '    pemberdayaan-fakir-miskin: 80\n', '    pemberdayaan-fakir-miskin: 85\n');
  editFile(path(FILES.targets), '    diklat-anak-terlantar: 75\n', '    pembinaan-anak-terlantar: 75\n');
  editFile(path(FILES.targets), '    keluarga-mandiri: 350\n', '');
  editFile(path(FILES.targets), '    tenaga-pembina-anak-terlantar: 25\n', '    tenaga-pembina-anak-terlantar: 25\n    keluarga-mandiri: 350\n');
  editFile(path(FILES.targets), '    forum-anak: 50\n', '');
}

/**
 * Removes an indicator item (from its `- id:` line to the next item or the end
 * of the list) from a sheet and returns the removed lines.
 */
export function cutIndicator(path: string, id: string): string {
  const lines = readFileSync(path, 'utf8').split('\n');
  const start = lines.indexOf(`  - id: ${id}`);
  if (start < 0) throw new Error(`indicator ${id} not found in ${path}`);
  let end = start + 1;
  while (end < lines.length && !lines[end]?.startsWith('  - id:') && !/^\S/.test(lines[end] ?? '')) end++;
  // Trailing empty lines belong to the end of the file, not to the indicator.
  while (end > start + 1 && lines[end - 1] === '') end--;
  const removed = lines.splice(start, end - start);
  writeFileSync(path, lines.join('\n'));
  return `${removed.join('\n')}\n`;
}
