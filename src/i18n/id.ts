import { hint, type Catalogue } from './catalogue.js';

const didYouMean = (a: { suggestion?: string | number | undefined }) => hint(a.suggestion?.toString(), (s) => `Mungkin maksud Anda '${s}'?`);

/** Indonesian texts: the default language of everything a user reads. */
export const id: Catalogue = {
  // Findings of `iki validate` and of the files `iki report` reads.
  // The parser's own message is English; it is shown only where no Indonesian explanation fits the problem.
  'diag.YAML_SYNTAX': (a) => {
    const problem = YAML_PROBLEMS[String(a.kind)];
    return problem
      ? `YAML tidak dapat dibaca: ${problem}.`
      : `YAML tidak dapat dibaca: susunan baris tidak sesuai aturan YAML; periksa indentasi, titik dua, dan tanda kutip (pesan asli pengurai, dalam bahasa Inggris: ${a.detail}).`;
  },
  'diag.YAML_VERSION': (a) =>
    `Direktif %YAML ${a.value} tidak diterima: iki hanya membaca YAML 1.2, karena YAML 1.1 mengubah no, on, dan 012 menjadi nilai lain. Hapus baris direktif ini.`,
  'diag.YAML_DUPLICATE_KEY': (a) => `Kunci '${a.key}' muncul dua kali; yang pertama di baris ${a.firstLine}. Hapus salah satunya atau ganti namanya.`,
  'diag.YAML_ALIAS': (a) => `Alias dan kunci gabungan YAML (${a.value}) tidak diizinkan dalam berkas iki. Tulis nilainya secara lengkap di tempat ini.`,
  'diag.YAML_TAB': () => `Indentasi memakai karakter tab. YAML hanya menerima spasi; ganti tab dengan spasi.`,
  'diag.YAML_TOO_LARGE': (a) => `Berkas berukuran ${a.size} bita, melebihi batas ${a.limit} bita. Pecah isinya menjadi beberapa berkas.`,
  'diag.YAML_EMPTY': () => `Berkas kosong atau hanya berisi komentar. Isi berkas sesuai jenisnya, atau hapus berkas ini.`,
  'diag.YAML_TAG': (a) => `Tag YAML '${a.value}' tidak dikenal dan tidak diizinkan dalam berkas iki. Hapus tagnya dan tulis nilainya secara langsung.`,
  'diag.SCHEMA_MISSING_KEY': (a) => `Kunci wajib '${a.key}' tidak ada di ${place(a.path)}. Tambahkan kunci ini.`,
  'diag.SCHEMA_UNKNOWN_KEY': (a) => `Kunci '${a.key}' tidak dikenal di ${place(a.path)}.${didYouMean(a)} Kunci yang sah: ${a.allowed}.`,
  'diag.SCHEMA_TYPE': (a) =>
    `Nilai ${place(a.path)} ('${a.value}') harus berupa ${typeName(String(a.expected))}.` +
    hint(a.suggestion?.toString(), (s) =>
      a.expected === 'string'
        ? `Beri tanda kutip agar dibaca sebagai teks: ${s}.`
        : a.hint === 'thousands'
          ? `Tulis angka tanpa titik ribuan: ${s}.`
          : a.hint === 'unquote'
            ? `Hapus tanda kutipnya agar dibaca sebagai angka: ${s}.`
            : `Tulis angka dengan titik desimal: ${s}.`,
    ),
  'diag.SCHEMA_VALUE': (a) => `Nilai ${place(a.path)} ('${a.value}') tidak sah: ${ruleText(String(a.rule))}.`,
  'diag.FILE_NAME_MISMATCH': (a) =>
    a.usable === 'no'
      ? `Id '${a.value}' berbeda dengan nama berkas, dan nama berkas itu bukan id yang sah. Ganti nama berkas menjadi ${a.value}.yaml.`
      : `Id '${a.value}' berbeda dengan nama berkas. Ganti id menjadi '${a.expected}' atau ganti nama berkasnya.`,
  'diag.DUPLICATE_ID': (a) =>
    `Id ${kindName(String(a.kind))} '${a.value}' sudah dipakai${a.first ? ` di ${a.first}` : ''}. Setiap id harus unik; ganti salah satunya.`,
  'diag.UNKNOWN_UNIT': (a) => `Unit kerja '${a.value}' tidak ada di organisasi.yaml.${didYouMean(a)}`,
  'diag.UNKNOWN_SUPERIOR': (a) =>
    `Jabatan '${a.value}' tidak ditemukan: tidak ada lembar jabatan dengan id ini dan bukan id kepala perangkat daerah.${didYouMean(a)}`,
  'diag.UNKNOWN_DECREE': (a) => `Keputusan '${a.value}' tidak ada di folder keputusan/.${didYouMean(a)}`,
  'diag.SUPERIOR_CYCLE': (a) => `Rantai atasan berputar kembali: ${a.chain}. Perbaiki atasan salah satu jabatan.`,
  'diag.FORMULA_SYNTAX': (a) =>
    a.detail === 'invisible'
      ? `Rumus '${a.formula}' memuat karakter tak terlihat (misalnya spasi tak terputus dari pengolah kata) pada kolom ${a.column}. Ketik ulang rumusnya dengan spasi biasa.`
      : a.detail === 'decimal-comma'
        ? `Rumus '${a.formula}' memakai koma desimal pada kolom ${a.column}. Dalam rumus, tulis desimal dengan titik, misalnya 0.5.`
        : `Rumus '${a.formula}' tidak dapat dibaca pada kolom ${a.column} rumus. Periksa tanda kurung dan operator.`,
  'diag.FORMULA_NOT_ALLOWED': (a) =>
    a.detail === 'length'
      ? `Rumus lebih panjang dari 500 karakter. Sederhanakan rumusnya.`
      : a.detail === 'depth'
        ? `Rumus bersarang terlalu dalam. Sederhanakan rumusnya.`
        : a.detail === 'typeset-operator'
          ? `Tanda '${a.token}' dalam rumus '${a.formula}' berasal dari teks keputusan. Tulis perkalian dengan '*' dan pembagian dengan '/'.`
          : `'${a.token}' tidak diizinkan dalam rumus '${a.formula}'. Rumus hanya boleh memakai angka, variabel, + - * /, tanda kurung, serta min, max, dan abs.`,
  'diag.FORMULA_PERCENT': (a) =>
    a.token === 'mod'
      ? `Operator 'mod' (sisa bagi) tidak diizinkan dalam rumus '${a.formula}'. Untuk persentase, tulis '100 * a / b'.`
      : `Tanda '%' tidak diizinkan dalam rumus '${a.formula}': mathjs membaca 100% sebagai 1. Tulis "x 100%" sebagai '* 100', misalnya 100 * a / b.`,
  'diag.FORMULA_IMPLICIT_MULTIPLICATION': (a) =>
    `Perkalian tanpa tanda '*' di '${a.token}' (rumus '${a.formula}'). Tulis perkalian dengan '*', misalnya 100 * (a / b).`,
  'diag.FORMULA_DIVISION_BY_ZERO': (a) => `Rumus '${a.formula}' membagi dengan nol. Ganti penyebutnya dengan variabel atau angka bukan nol.`,
  'diag.FORMULA_NO_PERCENT_FACTOR': (a) =>
    `Satuan indikator ini persen, tetapi rumus '${a.formula}' tidak mengalikan dengan 100. Tambahkan '100 *' bila hasilnya harus persen.`,
  'diag.UNKNOWN_VARIABLE': (a) =>
    `Variabel '${a.value}' dipakai dalam rumus tetapi tidak dideklarasikan di variabel (yang ada: ${a.declared}).${didYouMean(a)}`,
  'diag.UNUSED_VARIABLE': (a) => `Variabel '${a.value}' dideklarasikan tetapi tidak dipakai dalam rumus. Pakai dalam rumus atau hapus.`,
  'diag.TARGET_YEAR_MISMATCH': (a) => `Berkas target untuk tahun ${a.value}, sedangkan tahun yang diminta ${a.year}. Pakai berkas target tahun ${a.year}.`,
  'diag.TARGET_UNKNOWN_POSITION': (a) => `Jabatan '${a.value}' tidak ada di lembar IKI.${didYouMean(a)}`,
  'diag.TARGET_UNKNOWN_INDICATOR': (a) => `Indikator '${a.value}' tidak ada pada jabatan '${a.position}'.${didYouMean(a)}`,
  'diag.TARGET_RANGE_ORDER': (a) => `Rentang target terbalik: min ${a.min} lebih besar dari max ${a.max}. Tukar kedua nilai.`,
  'diag.TARGET_AMBIGUOUS_NUMBER': (a) =>
    `Angka ${a.value} meragukan: YAML membacanya sebagai pecahan desimal, padahal titik biasa dipakai sebagai pemisah ribuan. Tulis ${a.suggestion} tanpa titik bila maksudnya ribuan; untuk desimal hapus angka nol di belakang atau tambahkan satu angka.`,
  'diag.TARGET_NEGATIVE': (a) =>
    `Target ${a.value} bernilai negatif. Capaian dihitung dengan membagi dengan target, sehingga target negatif menghasilkan persentase yang menyesatkan. Periksa angkanya; untuk indikator yang makin rendah makin baik, pakai polaritas negatif dengan target positif.`,
  'diag.ORGANISATION_MISSING': () =>
    `Folder data berisi lembar jabatan tetapi tidak ada organisasi.yaml, sehingga unit kerja dan atasan tidak dapat diperiksa dan laporan tidak dapat dibuat. Tambahkan organisasi.yaml.`,
  'diag.YAML_ENCODING': () => `Berkas bukan teks UTF-8 (misalnya UTF-16 dari Notepad lama). Simpan ulang dengan pengodean UTF-8.`,
  'diag.TARGET_MISSING': (a) => `Indikator ${a.indicator} tidak punya target; laporannya akan berstatus "tanpa target".`,
  'diag.CSV_SYNTAX': (a) => `Baris CSV tidak dapat dibaca: ${a.detail}. Periksa tanda kutip dan pemisah kolom.`,
  'diag.CSV_ENCODING': (a) =>
    a.kind === 'workbook'
      ? `Berkas ini buku kerja Excel yang diberi akhiran .csv. Ganti akhirannya menjadi .xlsx, atau simpan ulang sebagai "CSV UTF-8 (Comma delimited)".`
      : `Berkas bukan UTF-8 (mulai baris ini). Di Excel, simpan ulang dengan "Save As" dan pilih jenis "CSV UTF-8 (Comma delimited)".`,
  'diag.CSV_MISSING_COLUMN': (a) =>
    `Kolom wajib tidak ada: ${a.columns}. Baris judul harus memuat jabatan, indikator, variabel, periode, nilai (dipisah '${a.delimiter}'); yang terbaca: '${a.header}'.` +
    (a.tab === 'yes'
      ? ' Berkas ini dipisah tab (hasil "Teks (dipisah tab)" atau "Teks Unicode" dari Excel); simpan ulang sebagai "CSV UTF-8 (Comma delimited)".'
      : ''),
  'diag.CSV_FIELD_COUNT': (a) =>
    `Baris ini punya ${a.found} kolom, padahal baris judul punya ${a.expected}. ` +
    (a.trailing === 'yes'
      ? `Baris diakhiri pemisah '${a.delimiter}' yang berlebih; hapus pemisah terakhir itu, atau tambahkan kolom kosong di baris judul.`
      : `Periksa pemisah '${a.delimiter}' dan tanda kutip.`),
  'diag.CSV_EMPTY': () => `Berkas tidak memuat satu nilai pun; semua indikator akan berstatus "tanpa data".`,
  'diag.CSV_UNKNOWN_POSITION': (a) => `Jabatan '${a.value}' tidak ada di lembar IKI.${didYouMean(a)}`,
  'diag.CSV_UNKNOWN_INDICATOR': (a) => `Indikator '${a.value}' tidak ada pada jabatan '${a.position}'.${didYouMean(a)}`,
  'diag.CSV_UNKNOWN_VARIABLE': (a) => `Variabel '${a.value}' tidak ada pada indikator ${a.indicator} (yang ada: ${a.expected}).${didYouMean(a)}`,
  'diag.CSV_BAD_PERIOD': (a) => `Periode '${a.value}' tidak sah. Tulis ${a.year}-TW1 sampai ${a.year}-TW4, atau ${a.year} untuk nilai setahun.`,
  'diag.CSV_PERIOD_YEAR': (a) => `Periode '${a.value}' bukan tahun ${a.year}. Pindahkan baris ini ke berkas realisasi tahunnya.`,
  'diag.CSV_BAD_NUMBER': (a) =>
    a.detail === 'precision'
      ? `Nilai '${a.value}' punya lebih dari 15 angka bermakna, sehingga akan dibulatkan tanpa terlihat. Tulis paling banyak 15 angka bermakna.`
      : `Nilai '${a.value}' bukan angka.` +
        hint(a.suggestion?.toString(), (s) => `Tulis angkanya saja, misalnya ${s}.`) +
        (a.suggestion ? '' : ' Isi dengan angka, atau kosongkan bila datanya belum ada.'),
  'diag.CSV_AMBIGUOUS_NUMBER': (a) =>
    a.workbook === 'yes'
      ? `Nilai '${a.value}' diketik sebagai teks dan meragukan. Ketik angkanya di sel berformat Number, atau pakai koma desimal: ${a.suggestion}.`
      : a.delimiter === ';'
        ? `Nilai '${a.value}' meragukan: berkas berpemisah ';' memakai koma desimal dan titik ribuan. Tulis ${a.suggestion}.`
        : `Nilai '${a.value}' meragukan: berkas berpemisah ',' memakai titik desimal tanpa pemisah ribuan. Tulis ${a.suggestion}` +
          (a.alternative === undefined ? '.' : ` bila maksudnya ribuan, atau ${a.alternative} bila maksudnya desimal.`),
  'diag.CSV_NEGATIVE_COUNT': (a) =>
    `Nilai '${a.value}' negatif, padahal variabel '${a.variable}' dijumlahkan per triwulan dan tidak boleh negatif. Periksa angkanya.`,
  'diag.CSV_DUPLICATE_ROW': (a) =>
    `Nilai untuk (${a.key}) sudah ada di baris ${a.firstLine}${a.firstFile ? ` berkas ${a.firstFile}` : ''}. Hapus salah satu baris.`,
  'diag.UNIT_HEAD_ELSEWHERE': (a) =>
    `Kepala unit '${a.unit}' adalah jabatan '${a.value}', tetapi lembar jabatan itu berada di unit kerja '${a.actual}'. Samakan unitKerja di lembar jabatan atau ganti kepala unit.`,
  'diag.TARGET_NOT_CUMULATIVE': (a) =>
    `Target ${a.quarter} (${a.value}) lebih kecil dari target ${a.previousQuarter} (${a.previous}), padahal target triwulanan bersifat kumulatif sejak awal tahun. Tulis target s.d. triwulan itu, misalnya jumlah TW1 sampai ${a.quarter}.`,
  'diag.TARGET_TW4_MISMATCH': (a) => `Target TW4 (${a.value}) berbeda dengan target tahunan (${a.annual}). TW4 menutup tahun, jadi samakan keduanya.`,
  'diag.SUPPRESSION_NO_REASON': (a) =>
    `Komentar iki-disable-next-line untuk ${a.codes} tidak menyebut alasan. Tambahkan alasan setelah '--', misalnya: # iki-disable-next-line ${a.codes} -- target ditetapkan pimpinan.`,
  'diag.SUPPRESSION_UNKNOWN_CODE': (a) =>
    a.value === ''
      ? `Komentar iki-disable-next-line tidak menyebut kode temuan. Tulis kodenya, misalnya UNUSED_VARIABLE.`
      : `Kode '${a.value}' pada komentar iki-disable-next-line tidak dikenal. Lihat docs/errors.md untuk daftar kode.`,
  'diag.SUPPRESSION_UNUSED': (a) =>
    `Komentar iki-disable-next-line untuk ${a.codes} tidak membungkam temuan apa pun di baris ${a.targetLine}; galat tidak dapat dibungkam. Hapus komentar ini.`,
  'diag.CSV_TOO_MANY_ROWS': (a) =>
    `Berkas memuat ${a.rows} baris data, melebihi batas ${a.limit}. Pecah menjadi beberapa berkas, misalnya satu per triwulan atau per unit kerja, lalu sebutkan semuanya di --realization.`,
  'diag.CSV_CELL_TOO_LONG': (a) =>
    `Sel ini berisi ${a.length} karakter, melebihi batas ${a.limit}. Biasanya ada tanda kutip yang tidak ditutup di baris ini atau sebelumnya; periksa tanda kutipnya.`,
  'diag.CONFIG_INVALID': (a) =>
    ({
      'category-min-missing': `Kategori '${a.value}' tidak punya min. Hanya kategori terakhir (terendah) yang boleh tanpa min; tambahkan min.`,
      'category-last-min': `Kategori terakhir '${a.value}' punya min, sehingga capaian di bawahnya tidak berkategori. Hapus min dari kategori terakhir.`,
      'category-duplicate': `Id kategori '${a.value}' dipakai lebih dari sekali. Setiap kategori harus punya id sendiri, karena ringkasan menghitung per id.`,
      'category-order': `Min kategori '${a.value}' tidak lebih kecil dari min kategori '${a.previous}'. Urutkan kategori dari yang tertinggi.`,
      'limits-order': `batasBawah ${a.value} lebih besar dari batasAtas ${a.previous}. Tukar kedua nilai.`,
    })[String(a.rule)] ?? `Pengaturan tidak sah: ${a.rule}.`,

  // Row notes and statuses of `iki report`.
  'status.ok': () => 'ok',
  'status.data-tidak-lengkap': () => 'data tidak lengkap',
  'status.tanpa-data': () => 'tanpa data',
  'status.penyebut-nol': () => 'penyebut nol',
  'status.tanpa-target': () => 'tanpa target',
  'status.target-nol': () => 'target nol',
  'statusHelp.ok': () => 'capaian dihitung dari data lengkap',
  'statusHelp.data-tidak-lengkap': () => 'capaian dihitung, tetapi ada triwulan tanpa data pada variabel yang dijumlahkan',
  'statusHelp.tanpa-data': () => 'ada variabel tanpa nilai sama sekali, sehingga tidak ada realisasi',
  'statusHelp.penyebut-nol': () => 'pembagian dengan nol, sehingga tidak ada realisasi atau capaian',
  'statusHelp.tanpa-target': () => 'berkas target tidak memuat indikator ini',
  'statusHelp.target-nol': () => 'target bernilai nol, sehingga capaian tidak terdefinisi',
  'note.tanpa-data': (a) => `tidak ada nilai untuk ${a.variables}`,
  'note.penyebut-nol': (a) => (a.where === 'capaian' ? 'pembagian dengan nol dalam rumus capaian' : 'pembagian dengan nol dalam rumus indikator'),
  'note.tanpa-target': () => 'tidak ada di berkas target',
  'note.target-nol': () => 'capaian tidak terdefinisi untuk target 0',
  'note.data-tidak-lengkap': (a) => `${a.variable} tanpa data ${a.quarters}`,
  'note.target-tahunan': (a) => `tidak ada target ${a.quarter}; dipakai target tahunan`,
  'note.target-rentang': (a) =>
    a.bound === 'inside'
      ? 'realisasi di dalam rentang target: 100%'
      : a.bound === 'max'
        ? 'realisasi di atas rentang: dibandingkan dengan max'
        : 'realisasi di bawah rentang: dibandingkan dengan min',
  'note.nilai-tahunan': (a) => `${a.variable}: dipakai nilai setahun`,
  'note.nilai-tahunan-diabaikan': (a) => `${a.variable}: nilai setahun diabaikan karena ada nilai triwulanan`,
  'note.nilai-akhir-lama': (a) => `${a.variable}: nilai terakhir dari ${a.quarter}`,
  'note.dibatasi-atas': (a) => `capaian dibatasi pada ${a.limit}%`,
  'note.dibatasi-bawah': (a) => `capaian dibatasi paling rendah ${a.limit}%`,
  'note.realisasi-nol': () => 'realisasi nol pada metode T/R',

  // Table headers and labels.
  'header.no': () => 'No',
  'header.position': () => 'Jabatan',
  'header.unit': () => 'Unit Kerja',
  'header.indicator': () => 'Indikator Kinerja',
  'header.unitOfMeasure': () => 'Satuan',
  'header.target': () => 'Target',
  'header.realization': () => 'Realisasi',
  'header.achievement': () => 'Capaian (%)',
  'header.category': () => 'Kategori',
  'header.status': () => 'Status',
  'header.notes': () => 'Catatan',
  'header.superior': () => 'Atasan',
  'header.indicatorCount': () => 'Jumlah Indikator',
  'header.objective': () => 'Sasaran',
  'header.explanation': () => 'Penjelasan/Formulasi Perhitungan',
  'header.dataSource': () => 'Sumber Data',
  'header.mean': () => 'Rata-rata Capaian (%)',
  'header.counted': () => 'Dihitung',
  'header.excluded': () => 'Tidak dihitung',
  'label.reportTitle': (a) => `Capaian IKI ${a.agency}, ${periodName(String(a.period))} ${a.year}`,
  'label.targetBasis': (a) => `Dasar target: ${a.basis}`,
  'label.summaryTitle': () => 'Ringkasan',
  'label.unitSummary': () => 'Per unit kerja',
  'label.positionSummary': () => 'Per jabatan',
  'label.agency': () => 'Perangkat daerah',
  'label.statusLegend': () => 'Arti status',
  'label.targetQuarter': (a) => `(${a.quarter})`,
  'label.polarityNegative': () => 'negatif',
  'label.duty': () => 'Tugas Pokok',
  'label.functions': () => 'Fungsi',
  'label.formula': () => 'Rumus',
  'label.variables': () => 'Variabel',
  'label.polarity': () => 'Polaritas',
  'label.interpretation': () => 'Catatan',
  'label.ruleHelp': (a) => `Penjelasan, contoh salah dan benar: docs/errors.md#${a.anchor}`,
  'label.validateOk': (a) => `${a.files} berkas diperiksa, tidak ada temuan.`,
  'label.validateSummary': (a) => `${a.files} berkas diperiksa: ${a.errors} galat, ${a.warnings} peringatan, ${a.infos} info.`,
  'label.reportBlocked': (a) => `Laporan tidak dibuat: ${a.errors} galat pada berkas masukan. Perbaiki lalu jalankan ulang.`,
  'label.noTargets': () => 'Tanpa --targets: semua indikator berstatus tanpa target dan capaian tidak dihitung.',
  'label.settingsUsed': (a) => `Pengaturan dari ${a.path} dipakai.`,
  'error.EMPTY_SELECTION': (a) =>
    `Tidak ada jabatan yang cocok dengan --position ${a.positions} sekaligus --unit ${a.units}. Periksa kedua filter; keduanya berlaku bersamaan.`,
  'label.wrongYear': (a) => `Semua baris yang ditolak berasal dari tahun lain (misalnya ${a.year}). Mungkin --year seharusnya ${a.year}?`,
  'label.written': (a) => `Ditulis: ${a.path}`,
  'severity.error': () => 'galat',
  'severity.warning': () => 'peringatan',
  'severity.info': () => 'info',
  'template.describe': (a) => `Isi ${a.variable}: ${a.description} (${a.aggregation}) untuk ${a.period}`,
  'aggregation.jumlah': () => 'nilai triwulan itu saja, dijumlahkan',
  'aggregation.akhir': () => 'keadaan pada akhir triwulan',
  'aggregation.rata-rata': () => 'rata-rata triwulan itu',

  // Help text of the command line.
  'help.program': () => 'Indikator Kinerja Individu (IKI): periksa lembar IKI, hitung capaian, dan buat laporan.',
  'help.version': () => 'tampilkan versi iki',
  'help.help': () => 'tampilkan bantuan perintah',
  'help.data': () => 'folder data: organisasi.yaml, keputusan/, positions/ (bawaan: data)',
  'help.config': () => 'berkas pengaturan (bawaan: iki.config.yaml di folder kerja bila ada)',
  'help.lang': () => 'bahasa tampilan: id atau en (bawaan: id, atau variabel IKI_LANG)',
  'help.noColor': () => 'tanpa warna (juga bila NO_COLOR diisi)',
  'help.verbose': () => 'tampilkan rincian teknis saat terjadi kesalahan',
  'help.validate': () => 'periksa lembar jabatan, organisasi, keputusan, target, dan realisasi',
  'help.validatePaths': () => 'berkas atau folder yang diperiksa (bawaan: folder data)',
  'help.validateYear': () => 'tahun realisasi yang diharapkan pada berkas CSV (bawaan: tahun baris pertama)',
  'help.format': () => 'format keluaran',
  'help.validateFormat': () => 'format keluaran; bawaan stylish, atau github bila GITHUB_ACTIONS=true',
  'help.outputFile': () => 'tulis juga format lain ke berkas, misalnya sarif=hasil.sarif (boleh beberapa)',
  'help.failOn': () => 'tingkat temuan terendah yang membuat kode keluar 1',
  'error.BAD_OUTPUT_FILE': (a) => `Nilai --output-file '${a.value}' tidak sah. Tulis FORMAT=BERKAS, misalnya sarif=hasil.sarif; format: ${a.allowed}.`,
  'error.BAD_FAIL_ON': (a) => `Nilai --fail-on '${a.value}' tidak sah. Pilih error, warning, atau info.`,
  'help.reportFormat': () => 'format keluaran; bawaan table, atau sesuai akhiran berkas --output (.csv, .json, .md, .html, .xlsx, .docx)',
  'help.force': () => 'tulis --output walaupun berkasnya sudah ada',
  'error.TEMPLATE_EXISTS': (a) => `Berkas ${a.path} sudah ada dan mungkin sudah berisi data. Pilih nama lain, atau tambahkan --force untuk menimpanya.`,
  'placeholder.folder': () => 'folder',
  'placeholder.file': () => 'berkas',
  'placeholder.lang': () => 'bahasa',
  'placeholder.format': () => 'format',
  'placeholder.severity': () => 'tingkat',
  'placeholder.year': () => 'tahun',
  'placeholder.period': () => 'periode',
  'placeholder.char': () => 'tanda',
  'placeholder.ids': () => 'id',
  'placeholder.files': () => 'berkas',
  'placeholder.formatFile': () => 'format=berkas',
  'placeholder.paths': () => 'jalur',
  'placeholder.id': () => 'id',
  'help.list': () => 'daftar jabatan dengan unit kerja, atasan, dan jumlah indikator',
  'help.tree': () => 'tampilkan sebagai bagan atasan–bawahan',
  'help.show': () => 'tampilkan lembar IKI satu jabatan seperti tabel dalam keputusan',
  'help.showId': () => 'id jabatan, misalnya kabid-sosial',
  'help.showAll': () => 'tampilkan semua jabatan',
  'help.template': () => 'buat berkas realisasi (CSV atau buku kerja Excel) yang siap diisi',
  'help.templatePeriod': () => 'triwulan yang diisi: TW1…TW4, S1, S2, atau TAHUN (bawaan: TAHUN, keempat triwulan)',
  'help.delimiter': () => 'pemisah kolom; ";" cocok untuk Excel berbahasa Indonesia',
  'help.report': () => 'hitung capaian IKI dari realisasi dan target',
  'help.year': () => 'tahun, misalnya 2021',
  'help.period': () => 'periode s.d.: TW1, TW2, TW3, TW4, S1, S2, atau TAHUN',
  'help.realization': () => 'berkas CSV realisasi; boleh beberapa, misalnya satu berkas per triwulan',
  'help.targets': () => 'berkas YAML target tahun itu',
  'help.output': () => 'tulis ke berkas ini (utuh atau tidak sama sekali) alih-alih ke layar',
  'help.position': () => 'hanya jabatan ini (id; boleh beberapa)',
  'help.unit': () => 'hanya unit kerja ini (id; boleh beberapa)',
  'help.headingUsage': () => 'Pemakaian:',
  'help.headingArguments': () => 'Argumen:',
  'help.headingOptions': () => 'Opsi:',
  'help.optionsPlaceholder': () => '[opsi]',
  'help.commandPlaceholder': () => '[perintah]',
  'help.headingCommands': () => 'Perintah:',
  'help.default': (a) => `bawaan: ${a.value}`,
  'help.choices': (a) => `pilihan: ${a.value}`,
  'help.seeHelp': () => `Lihat 'iki --help' atau 'iki PERINTAH --help'.`,
  'help.errorUnknownOption': (a) => `Opsi tidak dikenal: ${a.value}.`,
  'help.errorUnknownCommand': (a) => `Perintah tidak dikenal: ${a.value}.${didYouMean(a)}`,
  'help.errorMissingArgument': (a) => `Argumen wajib tidak ada: ${a.value}.`,
  'help.errorOptionMissingArgument': (a) => `Opsi ${a.value} memerlukan nilai.`,
  'help.errorMissingOption': (a) => `Opsi wajib tidak ada: ${a.value}.`,
  'help.errorInvalidArgument': (a) => `Nilai ${a.value} tidak sah. Pilihan: ${a.choices}.`,
  'help.errorExcessArguments': () => `Terlalu banyak argumen.`,
  'error.BAD_DELIMITER': (a) => `Pemisah '${a.value}' tidak tersedia. Pilih ';' atau ','.`,

  // Errors that stop a command: exit code 2, except DATA_INVALID (exit code 1).
  'error.INPUT_NOT_FOUND': (a) => `Berkas tidak ditemukan: ${a.path}. Periksa nama dan foldernya.`,
  'error.INPUT_UNREADABLE': (a) => `Berkas ${a.path} tidak dapat dibaca (${a.reason}). Periksa izin aksesnya.`,
  'error.INPUT_CHANGED': (a) =>
    `Berkas ${a.path} berubah selama iki membacanya, sehingga letak temuan di dalamnya tidak dapat ditunjukkan. Jalankan perintahnya lagi setelah berkas selesai disimpan.`,
  'error.INPUT_IS_FOLDER': (a) => `${a.path} adalah folder, bukan berkas.`,
  'error.INPUT_TOO_LARGE': (a) =>
    `Berkas ${a.path} berukuran ${a.size} bita, melebihi batas ${a.limit} bita. Pecah menjadi beberapa berkas, misalnya satu per triwulan atau per unit kerja, lalu sebutkan semuanya di --realization.`,
  'error.DATA_DIR_NOT_FOUND': (a) =>
    `Folder data '${a.path}' tidak ditemukan. Jalankan iki dari folder proyek yang memuat folder data/, atau sebutkan foldernya dengan --data FOLDER.`,
  'error.DATA_DIR_EMPTY': (a) => `Folder data ${a.path} tidak memuat organisasi.yaml, keputusan/, atau positions/.`,
  'error.ORGANISATION_NOT_FOUND': (a) => `Berkas ${a.path} tidak ditemukan; laporan memerlukan daftar unit kerja.`,
  'error.DATA_INVALID': (a) => `Data di ${a.path} memuat ${a.errors} galat. Jalankan 'iki validate' untuk rinciannya.`,
  'error.NO_FILES': (a) => `Tidak ada berkas yang cocok dengan ${a.paths}.`,
  'error.UNKNOWN_FILE_KIND': (a) =>
    `Jenis berkas ${a.path} tidak dikenali. iki memeriksa lembar jabatan, organisasi, keputusan, target (.yaml) dan realisasi (.csv, .xlsx).`,
  'error.OUTPUT_IS_INPUT': (a) => `${a.option ?? '--output'} ${a.path} menunjuk salah satu berkas masukan; pilih nama berkas lain.`,
  'error.OUTPUT_IS_FOLDER': (a) => `${a.option ?? '--output'} ${a.path} adalah folder; tulis nama berkas, misalnya ${a.path}/laporan.csv.`,
  'error.OUTPUT_FOLDER_MISSING': (a) => `Folder untuk ${a.option ?? '--output'} ${a.path} tidak ada. Buat foldernya dahulu.`,
  'error.OUTPUT_NOT_WRITABLE': (a) => `iki tidak boleh menulis ${a.path} (izin folder atau berkas). Pilih folder lain atau minta izin tulis.`,
  'error.OUTPUT_NOT_REGULAR': (a) =>
    `${a.path} bukan berkas biasa (tautan simbolik, pipa, atau perangkat); iki tidak akan menggantinya. Tulis ke nama berkas biasa.`,
  'error.OUTPUT_WRITE_FAILED': (a) => `Gagal menulis ${a.path} (${a.reason}); berkas lama tidak diubah.`,
  'error.UNKNOWN_POSITION': (a) => `Jabatan '${a.value}' tidak ditemukan.${didYouMean(a)}`,
  'error.UNKNOWN_UNIT': (a) => `Unit kerja '${a.value}' tidak ditemukan.${didYouMean(a)}`,
  'error.BAD_PERIOD': (a) => `Periode '${a.value}' tidak sah. Pilih salah satu: TW1, TW2, TW3, TW4, S1, S2, TAHUN.`,
  'error.BAD_YEAR': (a) => `Tahun '${a.value}' tidak sah. Tulis tahun empat angka, misalnya 2021.`,
  'error.BAD_FORMAT': (a) => `Format '${a.value}' tidak tersedia. Pilih salah satu: ${a.allowed}.`,
  'error.BAD_LANG': (a) => `Bahasa '${a.value}' (dari ${a.source}) tidak tersedia. Pilih id atau en.`,
  'error.BAD_THREADS': (a) =>
    `IKI_THREADS berisi '${a.value}', padahal harus bilangan bulat 1 sampai 999: jumlah utas paling banyak untuk membaca lembar. Kosongkan variabel itu untuk memakai semua inti prosesor.`,
  'error.SHOW_ID_AND_ALL': (a) => `Pilih salah satu: id jabatan ('${a.value}') atau --all, tidak keduanya.`,
  'error.BINARY_NEEDS_OUTPUT': (a) =>
    `Format ${a.format} berupa berkas biner dan tidak dapat dicetak ke layar. Tambahkan --output, misalnya --output laporan.${a.format}.`,
  'error.EMPTY_FILTER': () => `Nilai --position atau --unit kosong. Sebutkan id jabatan atau unit kerja, atau hapus opsinya untuk semua.`,
  'error.FORMAT_EXTENSION_MISMATCH': (a) =>
    `--format ${a.format} tidak cocok dengan akhiran berkas ${a.path}. Samakan keduanya, misalnya --format ${a.format} --output laporan.${a.format === 'markdown' ? 'md' : a.format}.`,
  'error.SHOW_NEEDS_ID': () => `Sebutkan id jabatan, atau pakai --all untuk semua jabatan.`,
  'error.USAGE': (a) => `${a.detail}`,
  'error.INTERNAL': (a) =>
    `Kesalahan internal iki (bug): ${a.detail}. Laporkan bersama perintah yang dijalankan; jalankan ulang dengan --verbose untuk rincian.`,
};

function typeName(type: string): string {
  const names: Record<string, string> = {
    string: 'teks',
    number: 'angka',
    integer: 'bilangan bulat',
    object: 'pemetaan (kunci: nilai)',
    array: 'daftar (baris diawali "- ")',
    boolean: 'true atau false',
    target: 'angka, rentang {min, max}, atau {tahunan, TW1, TW2, TW3, TW4}',
  };
  return names[type] ?? type;
}

function kindName(kind: string): string {
  return { jabatan: 'jabatan', indikator: 'indikator', variabel: 'variabel', unitKerja: 'unit kerja' }[kind] ?? kind;
}

function ruleText(rule: string): string {
  const [name = '', value = ''] = rule.split(/:(.*)/s);
  switch (name) {
    case 'enum':
      return `pilih salah satu dari ${value}`;
    case 'const':
      return `harus ${value}`;
    case 'pattern':
      return value.includes('_')
        ? `pakai huruf kecil, angka, dan garis bawah (snake_case), misalnya jumlah_peserta`
        : `pakai huruf kecil, angka, dan tanda hubung (kebab-case), misalnya kabid-sosial`;
    case 'minLength':
      return 'tidak boleh kosong';
    case 'minItems':
      return `daftar harus berisi paling sedikit ${value} butir`;
    case 'maxLength':
      return `paling banyak ${value} karakter`;
    case 'minimum':
      return `paling kecil ${value}`;
    case 'maximum':
      return `paling besar ${value}`;
    case 'format':
      return value === 'date' ? 'tulis tanggal sebagai YYYY-MM-DD, misalnya 2021-02-16' : `format ${value}`;
    default:
      return name;
  }
}

function periodName(period: string): string {
  return (
    {
      TW1: 's.d. Triwulan I',
      TW2: 's.d. Triwulan II',
      TW3: 's.d. Triwulan III',
      TW4: 's.d. Triwulan IV',
      S1: 'Semester I',
      S2: 's.d. Semester II',
      TAHUN: 'Tahun',
    }[period] ?? period
  );
}

function place(path: string | number | undefined): string {
  return path === undefined || path === '' ? 'tingkat teratas berkas' : String(path);
}

// Plain explanations of the YAML parser's error codes, with what to check.
// Explanations of the YAML parser's error codes.
const YAML_PROBLEMS: Record<string, string> = {
  FLOW_NOT_CLOSED:
    'kurung [ atau { yang dibuka di baris sebelumnya belum ditutup; tutup di baris yang sama dengan ] atau }, atau beri tanda kutip bila kurung itu bagian dari teks',
  BAD_INDENT: 'indentasi tidak sejajar; samakan jumlah spasi dengan baris setingkatnya',
  MISSING_CHAR: 'tanda kutip atau kurung belum ditutup; cari tanda pembuka tanpa pasangan di atas posisi ini',
  MULTILINE_IMPLICIT_KEY: 'kunci terputus ke baris berikutnya; periksa titik dua dan indentasi baris sebelumnya',
  BLOCK_AS_IMPLICIT_KEY:
    'ada titik dua diikuti spasi yang terbaca sebagai pemisah kunci baru; bila nilai itu memang memuat ": ", beri tanda kutip pada seluruh nilai, misalnya sasaran: "A: B", dan bila tidak, periksa indentasi',
  UNEXPECTED_TOKEN: 'ada tanda yang tidak diharapkan di sini; periksa titik dua, tanda hubung daftar, dan tanda kutip',
  BAD_SCALAR_START: 'nilai diawali tanda khusus YAML; beri tanda kutip pada nilai itu',
  DUPLICATE_KEY: 'kunci yang sama muncul dua kali',
  BAD_DQ_ESCAPE: 'garis miring terbalik di dalam tanda kutip ganda diikuti huruf yang tidak dikenal; pakai tanda kutip tunggal atau tulis \\\\',
  MULTIPLE_DOCS: 'berkas berisi lebih dari satu dokumen (dipisah ---); satu berkas hanya boleh berisi satu lembar',
  BLOCK_IN_FLOW: 'nilai bertingkat ditulis di dalam kurung [ ] atau { }; tulis sebagai daftar atau peta biasa',
  BAD_DIRECTIVE: 'baris yang diawali % bukan direktif YAML yang dikenal; hapus baris itu',
};
