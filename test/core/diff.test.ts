import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { describe, expect, test } from 'vitest';
import { diffSnapshots } from '../../src/core/diff.js';
import type { Change, ChangeClass, ChangeCode, DiffSnapshot, EditorialReason } from '../../src/core/diff-model.js';
import { boundedEditDistance, editorialReason, textSimilarity } from '../../src/core/diff-text.js';
import type { Decree, Organisation, PositionSheet, RawTargetsFile } from '../../src/core/model.js';
import type { SourceFile } from '../../src/core/source.js';
import { parseYamlSource } from '../../src/io/yaml-source.js';
import { ROOT } from '../helpers.js';

// Sheets are parsed from YAML text, as the command reads them, so every
// change has real line numbers.
function source<T>(file: string, data: T, header = ''): SourceFile<T> {
  const parsed = parseYamlSource<T>(file, `${header}${stringify(data, { lineWidth: 0 })}`);
  if (!parsed.ok) throw new Error(`test data does not parse: ${JSON.stringify(parsed.diagnostics)}`);
  return parsed.source;
}

function shipped<T>(file: string): T {
  const parsed = parseYamlSource<T>(file, readFileSync(join(ROOT, file), 'utf8'));
  if (!parsed.ok) throw new Error(`${file} does not parse`);
  return parsed.source.data;
}

const KABID_SOSIAL = 'data/positions/kabid-sosial.yaml';
const KASI_GENDER = 'data/positions/kasi-kesetaraan-gender.yaml';

function sheetAt(file: string, edit?: (sheet: PositionSheet) => void): SourceFile<PositionSheet> {
  const sheet = structuredClone(shipped<PositionSheet>(file));
  edit?.(sheet);
  return source(`data/positions/${sheet.id}.yaml`, sheet);
}

function snapshot(sheets: SourceFile<PositionSheet>[], extra: Partial<DiffSnapshot> = {}): DiffSnapshot {
  return { organisation: undefined, decrees: [], sheets, targets: [], ...extra };
}

function indicator(sheet: PositionSheet, id: string) {
  const found = sheet.indikator.find((item) => item.id === id);
  if (!found) throw new Error(`no indicator ${id}`);
  return found;
}

const summary = (changes: Change[]) => changes.map((change) => [change.code, change.changeClass]);

/** An edit of the kabid-sosial sheet and the changes it must give, as [code, class] pairs. */
interface SheetEditCase {
  name: string;
  edit: (sheet: PositionSheet) => void;
  expected: [ChangeCode, ChangeClass][];
}

const FAKIR = 'pemberdayaan-fakir-miskin';

const sheetEdits: SheetEditCase[] = [
  {
    name: 'formula denominator changed',
    edit: (s) => {
      indicator(s, FAKIR).rumus = '100 * diberdayakan / (diberdayakan + belum_diberdayakan)';
    },
    expected: [['FORMULA_CHANGED', 'breaking']],
  },
  {
    name: 'formula spacing only',
    edit: (s) => {
      indicator(s, FAKIR).rumus = '100*diberdayakan/belum_diberdayakan';
    },
    expected: [['TEXT_EDITORIAL', 'editorial']],
  },
  {
    name: 'formula redundant parentheses',
    edit: (s) => {
      indicator(s, FAKIR).rumus = '(100 * diberdayakan) / belum_diberdayakan';
    },
    expected: [['TEXT_EDITORIAL', 'editorial']],
  },
  {
    name: 'variable added to the formula',
    edit: (s) => {
      const item = indicator(s, FAKIR);
      item.variabel.push({ id: 'sasaran_tambahan', uraian: 'Sasaran tambahan dari pemerintah provinsi', agregasi: 'akhir' });
      item.rumus = '100 * diberdayakan / (belum_diberdayakan + sasaran_tambahan)';
    },
    expected: [
      ['VARIABLE_ADDED', 'breaking'],
      ['FORMULA_CHANGED', 'breaking'],
    ],
  },
  {
    name: 'variable removed',
    edit: (s) => {
      const item = indicator(s, FAKIR);
      item.variabel = item.variabel.filter((variable) => variable.id !== 'belum_diberdayakan');
      item.rumus = 'diberdayakan';
    },
    expected: [
      ['VARIABLE_REMOVED', 'breaking'],
      ['FORMULA_CHANGED', 'breaking'],
    ],
  },
  {
    name: 'variable renamed with its formula',
    edit: (s) => {
      const item = indicator(s, FAKIR);
      const variable = item.variabel.find((v) => v.id === 'belum_diberdayakan');
      if (variable) variable.id = 'sasaran_pemberdayaan';
      item.rumus = '100 * diberdayakan / sasaran_pemberdayaan';
    },
    expected: [['VARIABLE_RENAMED', 'breaking']],
  },
  {
    name: 'aggregation changed',
    edit: (s) => {
      const variable = indicator(s, FAKIR).variabel[1];
      if (variable) variable.agregasi = 'rata-rata';
    },
    expected: [['AGGREGATION_CHANGED', 'breaking']],
  },
  {
    name: 'unit of measure changed',
    edit: (s) => {
      indicator(s, FAKIR).satuan = 'orang';
    },
    expected: [['UNIT_OF_MEASURE_CHANGED', 'breaking']],
  },
  {
    name: 'unit of measure capitalised',
    edit: (s) => {
      indicator(s, FAKIR).satuan = 'Persen';
    },
    expected: [['TEXT_EDITORIAL', 'editorial']],
  },
  {
    name: 'polarity changed',
    edit: (s) => {
      indicator(s, FAKIR).polaritas = 'negatif';
    },
    expected: [['POLARITY_CHANGED', 'breaking']],
  },
  {
    name: 'objective reworded',
    edit: (s) => {
      indicator(s, FAKIR).sasaran = 'Menurunnya Jumlah Fakir Miskin yang Belum Diberdayakan';
    },
    expected: [['OBJECTIVE_CHANGED', 'substantive']],
  },
  {
    name: 'objective typo fixed',
    edit: (s) => {
      indicator(s, FAKIR).sasaran = 'Meningkatkan Pemberdayaan Fakir Miskin, KAT, PMK';
    },
    expected: [['TEXT_EDITORIAL', 'editorial']],
  },
  {
    name: 'indicator name changed',
    edit: (s) => {
      indicator(s, FAKIR).indikatorKinerja = 'Persentase Fakir Miskin yang Diberdayakan';
    },
    expected: [['INDICATOR_NAME_CHANGED', 'substantive']],
  },
  {
    name: 'number in the explanation changed',
    edit: (s) => {
      const row = indicator(s, FAKIR).penjelasan[0];
      if (row) row.uraian = row.uraian.replace('x 100%', 'x 10%');
    },
    expected: [['EXPLANATION_CHANGED', 'substantive']],
  },
  {
    name: 'explanation row added',
    edit: (s) => {
      indicator(s, FAKIR).penjelasan.push({ uraian: 'Data dari aplikasi SIKS-NG', sumberData: 'Kementerian Sosial' });
    },
    expected: [['EXPLANATION_ROW_ADDED', 'substantive']],
  },
  {
    name: 'data source changed',
    edit: (s) => {
      const row = indicator(s, FAKIR).penjelasan[0];
      if (row) row.sumberData = 'Seksi Perlindungan dan Jaminan Sosial';
    },
    expected: [['DATA_SOURCE_CHANGED', 'substantive']],
  },
  {
    name: 'variable description changed',
    edit: (s) => {
      const variable = indicator(s, FAKIR).variabel[0];
      if (variable) variable.uraian = 'Jumlah keluarga penerima program pemberdayaan dalam triwulan';
    },
    expected: [['VARIABLE_DESCRIPTION_CHANGED', 'substantive']],
  },
  {
    name: 'note removed',
    edit: (s) => {
      delete indicator(s, FAKIR).catatan;
    },
    expected: [['NOTE_CHANGED', 'metadata']],
  },
  {
    name: 'indicators reordered',
    edit: (s) => {
      const [first, second, ...rest] = s.indikator;
      if (first && second) {
        s.indikator = [second, first, ...rest];
        [first.no, second.no] = [second.no, first.no];
      }
    },
    expected: [['ORDER_CHANGED', 'metadata']],
  },
  {
    name: 'position order changed',
    edit: (s) => {
      s.urutan = 6;
    },
    expected: [['ORDER_CHANGED', 'metadata']],
  },
  {
    name: 'decree reference changed',
    edit: (s) => {
      s.keputusan = 'kep-3-2022';
    },
    expected: [['DECREE_REFERENCE_CHANGED', 'metadata']],
  },
  {
    name: 'superior changed',
    edit: (s) => {
      s.atasan = 'sekretaris';
    },
    expected: [['SUPERIOR_CHANGED', 'substantive']],
  },
  {
    name: 'unit changed',
    edit: (s) => {
      s.unitKerja = 'sekretariat';
    },
    expected: [['UNIT_CHANGED', 'substantive']],
  },
  {
    name: 'position title changed',
    edit: (s) => {
      s.jabatan = 'Kepala Bidang Sosial dan Pemberdayaan Masyarakat';
    },
    expected: [['POSITION_TITLE_CHANGED', 'substantive']],
  },
  {
    name: 'duty capitalised',
    edit: (s) => {
      s.tugasPokok = s.tugasPokok.replace('Unsur Pelaksanaan', 'unsur pelaksanaan');
    },
    expected: [['TEXT_EDITORIAL', 'editorial']],
  },
  {
    name: 'function inserted',
    edit: (s) => {
      s.fungsi.splice(2, 0, 'Pelayanan Pemberdayaan Komunitas Adat Terpencil');
    },
    expected: [['FUNCTION_ADDED', 'substantive']],
  },
  {
    name: 'function reworded',
    edit: (s) => {
      s.fungsi[3] = 'Pelayanan Jaminan dan Perlindungan Sosial bagi Korban Bencana';
    },
    expected: [['FUNCTION_CHANGED', 'substantive']],
  },
  {
    name: 'function removed',
    edit: (s) => {
      s.fungsi.splice(0, 1);
    },
    expected: [['FUNCTION_REMOVED', 'substantive']],
  },
  {
    name: 'last indicator removed',
    edit: (s) => {
      s.indikator.pop();
    },
    expected: [['INDICATOR_REMOVED', 'breaking']],
  },
  {
    name: 'indicator added',
    edit: (s) => {
      const copy = structuredClone(indicator(s, FAKIR));
      s.indikator.push({ ...copy, id: 'kube-terbentuk', no: 4, sasaran: 'Meningkatnya KUBE', indikatorKinerja: 'Jumlah KUBE', rumus: 'diberdayakan' });
    },
    expected: [['INDICATOR_ADDED', 'substantive']],
  },
  {
    name: 'indicator id changed, content equal',
    edit: (s) => {
      indicator(s, 'diklat-anak-terlantar').id = 'pembinaan-anak-terlantar';
    },
    expected: [['INDICATOR_RENAMED', 'substantive']],
  },
  {
    name: 'indicator id changed with a typo fix',
    edit: (s) => {
      const item = indicator(s, 'diklat-anak-terlantar');
      item.id = 'pembinaan-anak-terlantar';
      item.sasaran = 'Meningkatnya Pembinaan Anak Terlantar.';
    },
    expected: [
      ['INDICATOR_RENAMED', 'substantive'],
      ['TEXT_EDITORIAL', 'editorial'],
    ],
  },
  {
    name: 'indicator id changed with new content',
    edit: (s) => {
      const item = indicator(s, 'diklat-anak-terlantar');
      item.id = 'lansia-terlayani';
      item.sasaran = 'Meningkatnya Pelayanan Lanjut Usia Terlantar';
      item.indikatorKinerja = 'Jumlah Lansia yang Mendapat Pelayanan Sosial';
      item.rumus = 'anak_diklat';
    },
    expected: [
      ['INDICATOR_REMOVED', 'breaking'],
      ['INDICATOR_ADDED', 'substantive'],
    ],
  },
];

describe('diffSnapshots on one sheet', () => {
  test.each(sheetEdits)('$name', ({ edit, expected }) => {
    const result = diffSnapshots(snapshot([sheetAt(KABID_SOSIAL)]), snapshot([sheetAt(KABID_SOSIAL, edit)]));

    expect(summary(result.changes).sort()).toEqual([...expected].sort());
  });

  test('unchanged sheet gives no change', () => {
    expect(diffSnapshots(snapshot([sheetAt(KABID_SOSIAL)]), snapshot([sheetAt(KABID_SOSIAL)])).changes).toEqual([]);
  });

  test('every change names its position and located sides', () => {
    const result = diffSnapshots(
      snapshot([sheetAt(KABID_SOSIAL)]),
      snapshot([
        sheetAt(KABID_SOSIAL, (s) => {
          indicator(s, FAKIR).rumus = '100 * diberdayakan / (diberdayakan + belum_diberdayakan)';
        }),
      ]),
    );
    const [change] = result.changes;

    expect(change?.position).toBe('kabid-sosial');
    expect(change?.indicator).toBe(FAKIR);
    expect(change?.field).toBe('rumus');
    expect(change?.base).toMatchObject({ file: KABID_SOSIAL, path: '/indikator/0/rumus', key: `/jabatan/kabid-sosial/indikator/${FAKIR}/rumus` });
    expect(change?.base?.line).toBeGreaterThan(1);
    expect(change?.head?.line).toBe(change?.base?.line);
  });

  test('fingerprint ignores lines that moved', () => {
    const edit = (s: PositionSheet) => {
      indicator(s, FAKIR).polaritas = 'negatif';
    };
    const plain = diffSnapshots(snapshot([sheetAt(KABID_SOSIAL)]), snapshot([sheetAt(KABID_SOSIAL, edit)])).changes[0];
    const shiftedSheet = structuredClone(shipped<PositionSheet>(KABID_SOSIAL));
    edit(shiftedSheet);
    const shifted = source(KABID_SOSIAL, shiftedSheet, '# baris tambahan\n# baris tambahan\n');
    const moved = diffSnapshots(snapshot([sheetAt(KABID_SOSIAL)]), snapshot([shifted])).changes[0];

    expect(moved?.head?.line).toBe((plain?.head?.line ?? 0) + 2);
    expect(moved?.fingerprint).toBe(plain?.fingerprint);
    expect(moved?.fingerprint).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('diffSnapshots across positions', () => {
  test('indicator moved to another position', () => {
    const moved = structuredClone(indicator(shipped<PositionSheet>(KABID_SOSIAL), 'diklat-anak-terlantar'));
    const base = snapshot([sheetAt(KABID_SOSIAL), sheetAt(KASI_GENDER)]);
    const head = snapshot([
      sheetAt(KABID_SOSIAL, (s) => {
        s.indikator = s.indikator.filter((item) => item.id !== moved.id);
      }),
      sheetAt(KASI_GENDER, (s) => {
        s.indikator.push({ ...moved, no: s.indikator.length + 1 });
      }),
    ]);

    const changes = diffSnapshots(base, head).changes;

    expect(summary(changes)).toEqual([['INDICATOR_MOVED', 'substantive']]);
    expect(changes[0]).toMatchObject({
      position: 'kasi-kesetaraan-gender',
      before: 'kabid-sosial/diklat-anak-terlantar',
      after: 'kasi-kesetaraan-gender/diklat-anak-terlantar',
    });
    expect(changes[0]?.base?.file).toBe(KABID_SOSIAL);
    expect(changes[0]?.head?.file).toBe(KASI_GENDER);
  });

  test('different indicator under another position is not a move', () => {
    const base = snapshot([sheetAt(KABID_SOSIAL), sheetAt(KASI_GENDER)]);
    const head = snapshot([
      sheetAt(KABID_SOSIAL, (s) => {
        s.indikator.pop();
      }),
      sheetAt(KASI_GENDER, (s) => {
        const copy = structuredClone(s.indikator[0]);
        if (copy) s.indikator.push({ ...copy, id: 'pelatihan-gender', no: 4, sasaran: 'Terlatihnya Fasilitator Gender Desa' });
      }),
    ]);

    expect(summary(diffSnapshots(base, head).changes).sort()).toEqual([
      ['INDICATOR_ADDED', 'substantive'],
      ['INDICATOR_REMOVED', 'breaking'],
    ]);
  });

  test('position renamed with its file', () => {
    const renamed = sheetAt(KASI_GENDER, (s) => {
      s.id = 'kasi-pengarusutamaan-gender';
    });
    const changes = diffSnapshots(snapshot([sheetAt(KASI_GENDER)]), snapshot([renamed])).changes;

    expect(summary(changes)).toEqual([['POSITION_RENAMED', 'substantive']]);
    expect(changes[0]?.base?.file).toBe(KASI_GENDER);
    expect(changes[0]?.head?.file).toBe('data/positions/kasi-pengarusutamaan-gender.yaml');
  });

  test('position removed and added', () => {
    const changes = diffSnapshots(snapshot([sheetAt(KABID_SOSIAL)]), snapshot([sheetAt(KASI_GENDER)])).changes;

    expect(summary(changes).sort()).toEqual([
      ['POSITION_ADDED', 'substantive'],
      ['POSITION_REMOVED', 'breaking'],
    ]);
  });

  test('renamed superior is not a superior change', () => {
    const base = snapshot([sheetAt(KABID_SOSIAL), sheetAt('data/positions/kasi-perlindungan-jaminan-sosial.yaml')]);
    const head = snapshot([
      sheetAt(KABID_SOSIAL, (s) => {
        s.id = 'kabid-sosial-baru';
      }),
      sheetAt('data/positions/kasi-perlindungan-jaminan-sosial.yaml', (s) => {
        s.atasan = 'kabid-sosial-baru';
      }),
    ]);

    expect(summary(diffSnapshots(base, head).changes)).toEqual([['POSITION_RENAMED', 'substantive']]);
  });
});

describe('diffSnapshots of targets, organisation and decrees', () => {
  const targetsFile = 'examples/2021/target.yaml';
  const targets = (edit?: (data: RawTargetsFile) => void, file = targetsFile) => {
    const data = structuredClone(shipped<RawTargetsFile>(targetsFile));
    edit?.(data);
    return source(file, data);
  };

  test('quarterly target changed', () => {
    const head = targets((data) => {
      const entry = data.target['kasubbag-program']?.['dokumen-program-kinerja'];
      if (entry && typeof entry === 'object' && 'tahunan' in entry) entry.TW2 = 5;
    });
    const changes = diffSnapshots(snapshot([], { targets: [targets()] }), snapshot([], { targets: [head] })).changes;

    expect(changes.map((c) => [c.code, c.position, c.indicator, c.field, c.before, c.after])).toEqual([
      ['TARGET_CHANGED', 'kasubbag-program', 'dokumen-program-kinerja', 'TW2', 4, 5],
    ]);
  });

  test('renamed indicator keeps its target', () => {
    const base = snapshot([sheetAt(KABID_SOSIAL)], { targets: [targets()] });
    const head = snapshot(
      [
        sheetAt(KABID_SOSIAL, (s) => {
          indicator(s, 'diklat-anak-terlantar').id = 'pembinaan-anak-terlantar';
        }),
      ],
      {
        targets: [
          targets((data) => {
            const position = data.target['kabid-sosial'];
            if (position) {
              position['pembinaan-anak-terlantar'] = position['diklat-anak-terlantar'] ?? 0;
              delete position['diklat-anak-terlantar'];
            }
          }),
        ],
      },
    );

    expect(summary(diffSnapshots(base, head).changes)).toEqual([['INDICATOR_RENAMED', 'substantive']]);
  });

  test('moved targets file is followed', () => {
    const changes = diffSnapshots(
      snapshot([], { targets: [targets()] }),
      snapshot([], {
        targets: [
          targets((data) => {
            data.dasar = 'Perjanjian Kinerja 2021';
          }, 'targets/2021.yaml'),
        ],
      }),
    ).changes;

    expect(summary(changes)).toEqual([
      ['TARGETS_FILE_RENAMED', 'metadata'],
      ['TARGET_BASIS_CHANGED', 'metadata'],
    ]);
  });

  test('organisation unit added and renamed', () => {
    const organisation = shipped<Organisation>('data/organisasi.yaml');
    const edited = structuredClone(organisation);
    edited.unitKerja.push({ id: 'uptd-panti', nama: 'UPTD Panti Sosial', kepala: 'kepala-uptd' });
    const first = edited.unitKerja[0];
    if (first) first.nama = 'Sekretariat Dinas';

    const changes = diffSnapshots(
      snapshot([], { organisation: source('data/organisasi.yaml', organisation) }),
      snapshot([], { organisation: source('data/organisasi.yaml', edited) }),
    ).changes;

    expect(changes.map((c) => [c.code, c.field])).toEqual([
      ['ORGANISATION_UNIT_CHANGED', 'unitKerja/sekretariat/nama'],
      ['ORGANISATION_UNIT_ADDED', 'unitKerja/uptd-panti'],
    ]);
  });

  test('decree text change is metadata', () => {
    const decree = shipped<Decree>('data/keputusan/kep-15-2021.yaml');
    const edited = structuredClone(decree);
    edited.tanggal = '2021-02-17';

    const changes = diffSnapshots(
      snapshot([], { decrees: [source('data/keputusan/kep-15-2021.yaml', decree)] }),
      snapshot([], { decrees: [source('data/keputusan/kep-15-2021.yaml', edited)] }),
    ).changes;

    expect(changes.map((c) => [c.code, c.changeClass, c.field, c.before, c.after])).toEqual([
      ['DECREE_CHANGED', 'metadata', 'tanggal', '2021-02-16', '2021-02-17'],
    ]);
  });
});

describe('editorialReason', () => {
  test.each<{ name: string; before: string; after: string; reason: EditorialReason | undefined }>([
    { name: 'double space', before: 'Fakir Miskin', after: 'Fakir  Miskin', reason: 'spasi' },
    { name: 'capitalisation', before: 'Anak Terlantar', after: 'anak terlantar', reason: 'huruf-besar' },
    { name: 'trailing full stop', before: 'Pembinaan Anak Terlantar', after: 'Pembinaan Anak Terlantar.', reason: 'tanda-baca' },
    { name: 'slash spacing', before: 'Fakir Miskin/Anak', after: 'Fakir Miskin / Anak', reason: 'spasi' },
    {
      name: 'one letter',
      before: 'Jumlah Sasaran Kesoso dan Sasaran Rehabilitasi',
      after: 'Jumlah Sasaran Kesos dan Sasaran Rehabilitasi',
      reason: 'salah-ketik',
    },
    {
      name: 'three letters in a long text',
      before: 'Pelayanan Rehabilitas Sosial bagi Penyandang',
      after: 'Pelayanan Rehabilitasi Sosial bagi Penyandang',
      reason: 'salah-ketik',
    },
    { name: 'one letter in a short text', before: 'orang', after: 'orng', reason: undefined },
    { name: 'four letters', before: 'Meningkatnya Pembinaan Anak', after: 'Menurunnya Pembinaan Anak', reason: undefined },
    { name: 'a number', before: 'paling sedikit 10 dokumen setahun', after: 'paling sedikit 12 dokumen setahun', reason: undefined },
    { name: 'reworded', before: 'Peningkatan Kualitas Anak', after: 'Perlindungan Anak', reason: undefined },
  ])('$name', ({ before, after, reason }) => {
    expect(editorialReason(before, after)).toBe(reason);
  });
});

describe('boundedEditDistance', () => {
  test.each([
    { name: 'equal', a: 'kesos', b: 'kesos', limit: 3, distance: 0 },
    { name: 'one deletion', a: 'kesoso', b: 'kesos', limit: 3, distance: 1 },
    { name: 'substitution', a: 'dender', b: 'gender', limit: 3, distance: 1 },
    { name: 'over the limit', a: 'meningkatnya', b: 'menurunnya', limit: 3, distance: 4 },
    { name: 'length difference over the limit', a: 'a', b: 'abcdef', limit: 3, distance: 4 },
    { name: 'empty and short', a: '', b: 'ab', limit: 3, distance: 2 },
    { name: 'long equal prefix', a: `${'x'.repeat(4000)}a`, b: `${'x'.repeat(4000)}b`, limit: 3, distance: 1 },
  ])('$name', ({ a, b, limit, distance }) => {
    expect(boundedEditDistance(a, b, limit)).toBe(distance);
  });
});

describe('textSimilarity', () => {
  test.each([
    { name: 'equal texts', a: 'Meningkatnya Pembinaan Anak', b: 'meningkatnya pembinaan anak', min: 1, max: 1 },
    { name: 'one word of five replaced', a: 'a b c d e', b: 'a b c d f', min: 0.8, max: 0.8 },
    { name: 'unrelated texts', a: 'Peringatan Hari Kartini', b: 'Jumlah Kelompok Usaha Bersama', min: 0, max: 0 },
  ])('$name', ({ a, b, min, max }) => {
    const value = textSimilarity(a, b);

    expect(value).toBeGreaterThanOrEqual(min);
    expect(value).toBeLessThanOrEqual(max);
  });
});
