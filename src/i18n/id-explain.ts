import { hint, type Catalogue } from './catalogue.js';

/** Indonesian texts of `iki explain`. */
export const idExplain: Catalogue = {
  // Help and errors of the command line.
  'explain.help': () => 'jelaskan langkah demi langkah cara capaian satu indikator dihitung',
  'explain.helpId': () => 'indikator sebagai JABATAN/INDIKATOR, misalnya kabid-sosial/pemberdayaan-fakir-miskin',
  'explain.helpFormat': () => 'format keluaran: text untuk dibaca, json untuk program lain',
  'placeholder.indicatorKey': () => 'jabatan/indikator',
  'error.EXPLAIN_BAD_ID': (a) => `'${a.value}' bukan id indikator. Tulis JABATAN/INDIKATOR, misalnya kabid-sosial/pemberdayaan-fakir-miskin.`,
  'error.EXPLAIN_UNKNOWN_INDICATOR': (a) =>
    `Indikator '${a.value}' tidak ditemukan.` +
    hint(a.suggestion?.toString(), (s) => `Mungkin maksud Anda '${s}'?`) +
    (a.available === undefined ? ` Daftar id indikator ada di 'iki show JABATAN'.` : ` Indikator jabatan ${a.available}.`),

  // Headings and lines of the explanation.
  'explain.title': (a) => `Penjelasan capaian ${a.key}, periode ${a.period} ${a.year}`,
  'explain.position': () => 'Jabatan',
  'explain.indicator': () => 'Indikator',
  'explain.unitOfMeasure': () => 'Satuan',
  'explain.polarity.positif': () => 'polaritas positif (makin tinggi makin baik)',
  'explain.polarity.negatif': () => 'polaritas negatif (makin rendah makin baik)',
  'explain.section.variables': (a) => `1. Variabel, digabung atas ${a.quarters}`,
  'explain.section.realization': () => '2. Realisasi',
  'explain.section.target': () => '3. Target',
  'explain.section.achievement': () => '4. Capaian',
  'explain.section.category': () => '5. Kategori (dari capaian yang dibulatkan 2 desimal)',
  'explain.section.status': (a) => `6. Status: ${a.status}`,

  'explain.aggregation.jumlah': () => 'agregasi jumlah: nilai triwulan yang berisi data dijumlahkan',
  'explain.aggregation.akhir': () => 'agregasi akhir: dipakai nilai triwulan terakhir yang berisi data',
  'explain.aggregation.rata-rata': () => 'agregasi rata-rata: dipakai rata-rata triwulan yang berisi data',
  'explain.variableNoValue': () => 'tidak ada nilai dalam periode ini',
  'explain.annualUsed': (a) => `tidak ada nilai triwulanan, maka dipakai nilai setahun: ${a.value}`,
  'explain.sources': (a) => `sumber: ${a.sources}`,
  'explain.skipped': (a) => `tidak dipakai: ${a.quarters} (${a.sources}), karena hanya nilai terakhir yang dihitung`,
  'explain.missingQuarters': (a) => `tanpa data: ${a.quarters}`,
  'explain.noRow': () => 'tidak ada baris',
  'explain.emptyCell': (a) => `${a.sources} kosong`,
  'explain.annualIgnored': (a) => `nilai setahun (${a.sources}) diabaikan karena ada nilai triwulanan`,
  'explain.lines': (a) => `baris ${a.lines}`,

  'explain.formula': () => 'Rumus',
  'explain.computed': () => 'Dengan nilai',
  'explain.realizationMissing': (a) => `Realisasi tidak dihitung karena ${a.variables} tidak punya nilai.`,
  'explain.realizationDivisionByZero': () => 'Realisasi tidak dihitung karena rumusnya membagi dengan nol.',

  'explain.target.no-targets-file': () => 'Tidak ada: --targets tidak diberikan, sehingga capaian tidak dihitung.',
  'explain.target.not-in-targets-file': () => 'Tidak ada: berkas target tidak memuat indikator ini, sehingga capaian tidak dihitung.',
  'explain.target.quarterly': (a) => `${a.value} (target kumulatif ${a.quarter}): berkas target memuat target ${a.quarter}, triwulan terakhir periode ini.`,
  'explain.target.year-end': (a) => `${a.value} (target tahunan): periode ini berakhir pada TW4 dan berkas target tidak memuat target TW4.`,
  'explain.target.no-quarterly': (a) =>
    `${a.value} (target tahunan): berkas target tidak memuat target ${a.quarter}, triwulan terakhir periode ini, maka dipakai target tahunan.`,
  'explain.target.listed': (a) => `Isi berkas target: tahunan ${a.annual}; ${a.quarters}.`,

  'explain.achievement.no-realization': () => 'Capaian tidak dihitung karena tidak ada realisasi.',
  'explain.achievement.no-target': () => 'Capaian tidak dihitung karena tidak ada target.',
  'explain.achievement.target-zero': (a) => `Target ${a.target}: capaian tidak terdefinisi karena rumusnya membagi dengan target.`,
  'explain.achievement.realization-zero': (a) => `Realisasi ${a.realization}: capaian tidak terdefinisi karena metode T/R membagi dengan realisasi.`,
  'explain.range.inside': (a) => `Target berupa rentang ${a.min}–${a.max}, dan realisasi ${a.realization} berada di dalamnya.`,
  'explain.range.above': (a) => `Target berupa rentang ${a.min}–${a.max}; realisasi ${a.realization} di atasnya, maka dibandingkan dengan max (T = ${a.max}).`,
  'explain.range.below': (a) => `Target berupa rentang ${a.min}–${a.max}; realisasi ${a.realization} di bawahnya, maka dibandingkan dengan min (T = ${a.min}).`,
  'explain.method.R/T': () => 'Polaritas positif: capaian = R / T × 100',
  'explain.method.2T-R': () => 'Polaritas negatif, metode 2T-R (pengaturan capaian.metodeNegatif): capaian = (2 × T − R) / T × 100',
  'explain.method.T/R': () => 'Polaritas negatif, metode T/R (pengaturan capaian.metodeNegatif): capaian = T / R × 100',
  'explain.method.range-inside': () => 'Realisasi di dalam rentang target, maka capaian = 100.',
  'explain.method.zero-target-met': () => 'Indikator negatif dengan target 0 dan realisasi paling besar 0: target tercapai, maka capaian = 100.',
  'explain.limit.cap': (a) => `Capaian dibatasi oleh capaian.batasAtas di pengaturan: ${a.from} menjadi ${a.to}.`,
  'explain.limit.floor': (a) => `Capaian dinaikkan ke capaian.batasBawah di pengaturan: ${a.from} menjadi ${a.to}.`,

  'explain.category.none': () => 'Tidak ada kategori karena tidak ada capaian.',
  'explain.category.highest': (a) => `${a.value} ≥ ${a.min}: ${a.label}`,
  'explain.category.between': (a) => `${a.min} ≤ ${a.value} < ${a.below}: ${a.label}`,
  'explain.category.lowest': (a) => (a.below === undefined ? `${a.value}: ${a.label}` : `${a.value} < ${a.below}: ${a.label}`),
  'explain.notes': () => 'Catatan',
};
