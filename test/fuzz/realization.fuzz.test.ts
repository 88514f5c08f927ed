import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { checkRealization } from '../../src/core/realization-check.js';
import { readRealizationCsv, splitRealizationCsv } from '../../src/io/realization-csv.js';
import { realData, temporaryFolder } from '../helpers.js';
import { FUZZ_RUNS } from './settings.js';

const { sheets } = realData();
const folder = temporaryFolder('iki-fuzz-');

// Cells that look like what staff type: ids, periods, numbers in both locales, junk.
const cell = fc.oneof(
  fc.constantFrom('kabid-sosial', 'pemberdayaan-fakir-miskin', 'diberdayakan', 'belum_diberdayakan', '2021-TW1', '2021', '2020-TW4', '2021-TW5'),
  fc.constantFrom('', ' ', '85,5', '1.234', '1.234,5', '12 orang', '-4', '"', '""', 'sep=;', '=1+1', '\u00e9'),
  fc.string({ maxLength: 12 }),
);
const delimiter = fc.constantFrom(',', ';', '\t');
const csvText = fc
  .tuple(delimiter, fc.array(fc.array(cell, { minLength: 1, maxLength: 7 }), { maxLength: 12 }), fc.boolean(), fc.boolean())
  .map(([sep, rows, header, crlf]) => {
    const lines = rows.map((row) => row.join(sep));
    if (header) lines.unshift(['jabatan', 'indikator', 'variabel', 'periode', 'nilai'].join(sep));
    return lines.join(crlf ? '\r\n' : '\n');
  });

function checkText(text: string): void {
  const read = splitRealizationCsv(text, 'acak.csv');
  const checked = checkRealization(read.file, sheets, 2021);
  for (const d of [...read.diagnostics, ...checked.diagnostics]) {
    expect(d.location.line).toBeGreaterThanOrEqual(1);
    expect(d.location.column).toBeGreaterThanOrEqual(1);
  }
  for (const series of checked.realization.series.values()) {
    for (const entry of Object.values(series.quarters)) {
      if (entry && entry.value !== null) expect(Number.isFinite(entry.value)).toBe(true);
    }
  }
}

describe('realization CSV fuzzing', () => {
  test('generated files give findings or correct values, never an exception', () => {
    fc.assert(
      fc.property(csvText, (text) => checkText(text)),
      { numRuns: FUZZ_RUNS },
    );
  });

  test('truncated files never throw', () => {
    const whole = 'jabatan;indikator;variabel;periode;nilai\r\nkabid-sosial;pemberdayaan-fakir-miskin;diberdayakan;2021-TW1;"1.234,5"\r\n';
    fc.assert(
      fc.property(fc.integer({ min: 0, max: whole.length }), (cut) => checkText(whole.slice(0, cut))),
      { numRuns: Math.min(FUZZ_RUNS, whole.length + 1) },
    );
  });

  test('random bytes read from disk never throw', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), async (bytes) => {
        const path = join(folder, 'acak.csv');
        writeFileSync(path, bytes);
        const read = await readRealizationCsv(path, 'acak.csv');
        const checked = checkRealization(read.file, sheets, 2021);
        expect(Array.isArray(checked.diagnostics)).toBe(true);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  test(
    'files read in chunks equal the text split whole',
    async () => {
      await fc.assert(
        fc.asyncProperty(csvText, fc.boolean(), fc.integer({ min: 1, max: 40 }), async (text, bom, chunkBytes) => {
          const path = join(folder, 'potongan.csv');
          writeFileSync(path, bom ? `\uFEFF${text}` : text);
          const streamed = await readRealizationCsv(path, 'acak.csv', { chunkBytes });
          expect(streamed).toEqual(splitRealizationCsv(text, 'acak.csv'));
        }),
        { numRuns: FUZZ_RUNS },
      );
      // Each case writes a file and streams it in chunks of a few bytes, a few milliseconds each.
    },
    Math.max(30_000, FUZZ_RUNS * 10),
  );
});
