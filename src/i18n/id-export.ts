import type { Catalogue } from './catalogue.js';

/** Indonesian texts of exports (xlsx, docx, Excel CSV). */
export const idExport: Catalogue = {
  // Word document of `iki report --format docx`.
  'docx.notes': () => 'Keterangan',
  'docx.positionMean': (a) => `Rata-rata capaian jabatan: ${a.mean}% (${a.counted} dari ${a.indicators} indikator dihitung).`,
  'docx.positionNoMean': (a) => `Rata-rata capaian jabatan: – (tidak satu pun dari ${a.indicators} indikator punya capaian).`,

  // CSV for Excel, `iki report --format csv --excel`.
  'csv.help': () => 'CSV untuk Excel berbahasa Indonesia: pemisah ";", koma desimal, dan BOM (hanya untuk format csv)',
  'csv.excelNeedsCsv': (a) => `--excel hanya berlaku untuk format csv, sedangkan format laporan ini ${a.format}. Tambahkan --format csv, atau hapus --excel.`,

  // Bars of `iki report --chart`.
  'chart.help': () => 'tambahkan grafik batang capaian per indikator di bawah tabel (hanya untuk format table)',
  'chart.title': () => 'Grafik capaian (%); garis │ menandai 100%',
  'chart.needsTable': (a) =>
    `--chart hanya berlaku untuk tabel di layar (format table), sedangkan format laporan ini ${a.format}. Hapus --chart, atau hapus --format dan --output.`,

  // Progress line on stderr while many realization files or rows are read.
  'progress.reading': (a) => `Membaca realisasi: berkas ${a.file} dari ${a.total}, ${a.rows} baris`,

  // Excel workbooks: `iki report --format xlsx`, `iki template --format xlsx`, and reading one as realization.
  'xlsx.help.templateFormat': () => 'format templat: csv atau xlsx (bawaan: csv, atau xlsx bila --output berakhiran .xlsx)',
  'xlsx.sheet.summary': () => 'Ringkasan',
  'xlsx.legend.categories': () => 'Kategori capaian',
  'xlsx.legend.atLeast': (a) => `capaian ≥ ${a.min}%`,
  'xlsx.legend.below': (a) => `capaian < ${a.min}%`,
  'xlsx.legend.noCategory': () => 'Sel capaian tanpa warna tidak punya capaian; alasannya ada di kolom Status dan Catatan.',
  'xlsx.template.title': (a) => `Templat realisasi IKI ${a.agency}, tahun ${a.year}`,
  'xlsx.template.fill': () =>
    'Setiap unit kerja punya lembar sendiri. Isi hanya kolom nilai (sel kuning); kolom jabatan, indikator, variabel, periode, dan uraian dikunci agar tidak berubah tanpa sengaja.',
  'xlsx.template.empty': () =>
    'Biarkan sel nilai kosong bila datanya belum ada. Sel kosong berarti tanpa data, bukan nol; tulis 0 hanya bila nilainya memang nol.',
  'xlsx.template.decimal': () =>
    'Ketik angka seperti biasa: Excel berbahasa Indonesia memakai koma desimal (85,5) dan Excel berbahasa Inggris titik desimal (85.5). Keduanya tersimpan sebagai angka yang sama.',
  'xlsx.template.text': () =>
    'Sel nilai hanya menerima angka, dan variabel yang dijumlahkan per triwulan hanya menerima 0 atau lebih. Tulis 12, bukan "12 orang". Excel tidak memeriksa isi yang ditempel (paste), tetapi iki memeriksanya.',
  'xlsx.template.description': () =>
    'Kolom uraian menjelaskan isi setiap variabel. "Dijumlahkan" berarti nilai triwulan itu saja, bukan jumlah sejak awal tahun; "keadaan pada akhir triwulan" berarti nilai pada akhir triwulan itu.',
  'xlsx.template.protection': () =>
    'Lembar dilindungi tanpa kata sandi, hanya untuk mencegah salah ketik. Bila perlu mengubah baris, buka perlindungannya lewat Tinjau > Buka Proteksi Lembar (Review > Unprotect Sheet).',
  'xlsx.template.check': () =>
    'Simpan tetap sebagai .xlsx. Periksa dengan "iki validate BERKAS.xlsx", lalu buat laporan dengan "iki report --realization BERKAS.xlsx …". Galat menyebut lembar, baris, dan nomor kolom (1 = A, 5 = E).',
  'xlsx.template.ignored': () => 'iki tidak membaca lembar Petunjuk ini.',
  'xlsx.template.invalidTitle': () => 'Nilai harus angka',
  'xlsx.template.invalidNumber': () => 'Isi dengan angka, misalnya 85,5, atau kosongkan bila datanya belum ada.',
  'xlsx.template.invalidCount': () => 'Isi dengan angka 0 atau lebih, karena variabel ini dijumlahkan per triwulan, atau kosongkan bila datanya belum ada.',
  'diag.XLSX_INVALID': (a) =>
    a.detail === 'zip'
      ? 'Berkas ini bukan buku kerja Excel .xlsx, misalnya berkas .xls lama atau CSV yang diganti namanya. Buka di Excel lalu simpan dengan "Save As" jenis "Excel Workbook (*.xlsx)", atau simpan sebagai CSV UTF-8 berakhiran .csv.'
      : `Buku kerja Excel tidak dapat dibaca (${a.detail}). Buka di Excel lalu simpan ulang dengan "Save As" jenis "Excel Workbook (*.xlsx)", atau simpan sebagai CSV UTF-8.`,
  'diag.XLSX_TOO_LARGE': (a) =>
    `Isi buku kerja berukuran ${a.size} bita setelah dibuka, melebihi batas ${a.limit} bita. Pecah datanya menjadi beberapa berkas, misalnya satu per triwulan atau per unit kerja, lalu sebutkan semuanya di --realization.`,
  'diag.XLSX_MISSING_COLUMN': (a) =>
    a.header === ''
      ? 'Buku kerja tidak punya lembar dengan baris judul jabatan, indikator, variabel, periode, nilai. Pakai lembar unit kerja dari templat (iki template --format xlsx), atau tambahkan baris judul itu.'
      : `Lembar ini tidak punya baris judul yang memuat jabatan, indikator, variabel, periode, dan nilai. Kolom yang tidak ada: ${a.columns}; baris yang paling mirip memuat: ${a.header}. Perbaiki nama kolomnya, atau hapus lembar ini bila tidak berisi realisasi.`,
  'diag.XLSX_CELL_VALUE': (a) =>
    ({
      formula: `Sel berisi rumus ${a.value} tanpa hasil tersimpan. Buka dan simpan berkas di Excel agar hasilnya dihitung, atau ganti rumusnya dengan nilainya.`,
      error: `Sel berisi galat Excel ${a.value}. Perbaiki rumusnya atau isi selnya, atau kosongkan bila datanya belum ada.`,
      date: `Sel berisi tanggal ${a.value}, bukan angka atau teks; Excel kadang mengubah ketikan seperti 1/2 menjadi tanggal. Ubah format sel menjadi General atau Number, lalu ketik ulang isinya.`,
      boolean: `Sel berisi nilai logika ${a.value}, bukan angka atau teks. Ketik ulang isinya.`,
      percent: `Sel berformat persen (${a.value}); Excel menyimpannya sebagai pecahan, sehingga 18% terbaca 0,18. Ubah format sel menjadi Number, lalu ketik angkanya tanpa tanda %, misalnya 18.`,
    })[String(a.kind)] ?? `Isi sel (${a.value}) tidak dapat dibaca. Ketik ulang isinya.`,
};
