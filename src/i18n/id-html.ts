import type { Catalogue } from './catalogue.js';

/** Indonesian texts of the HTML report. */
export const idHtml: Catalogue = {
  'html.keyFigures': (a) => `Rata-rata capaian ${a.mean} % dari ${a.counted} indikator yang dihitung (seluruhnya ${a.indicators} indikator).`,
  'html.keyFiguresNone': (a) => `Tidak ada indikator yang punya capaian (seluruhnya ${a.indicators} indikator).`,
  'html.chartsTitle': () => 'Grafik capaian',
  'html.overviewChartTitle': () => 'Capaian per indikator',
  'html.unitChartsTitle': () => 'Capaian per unit kerja',
  'html.chartDescription': (a) => `Diagram batang capaian ${a.count} indikator; garis putus-putus menandai 100 %.`,
  'html.chartOmitted': (a) => `${a.count} indikator tanpa capaian tidak digambar; statusnya ada di tabel.`,
  'html.chartEmpty': () => 'Tidak ada indikator yang punya capaian; statusnya ada di tabel.',
  'html.referenceLine': () => '100 %',
  'html.categoryLegend': () => 'Warna kategori',
  'html.noScript': () => 'Grafik memerlukan JavaScript. Tabel dan ringkasan di bawah tetap lengkap.',
  'html.tableTitle': () => 'Tabel capaian',
  'html.sortHint': () => 'Klik judul kolom untuk mengurutkan: sekali naik, dua kali turun, tiga kali kembali ke urutan keputusan.',
  'html.sortAscending': () => 'Diurutkan naik menurut',
  'html.sortDescending': () => 'Diurutkan turun menurut',
  'html.sortOriginal': () => 'Kembali ke urutan keputusan.',
  'html.generatedBy': (a) => `Dibuat dengan ${a.generator}. Halaman ini tidak memuat apa pun dari internet.`,
};
