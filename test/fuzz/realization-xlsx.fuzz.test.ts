import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import { checkRealization } from '../../src/core/realization-check.js';
import { readRealizationXlsx } from '../../src/io/realization-xlsx.js';
import { runIki } from '../cli/harness.js';
import { realData, temporaryFolder } from '../helpers.js';
import { FUZZ_RUNS } from './settings.js';

const { sheets } = realData();
const folder = temporaryFolder('iki-xlsx-fuzz-');
let template: Buffer = Buffer.alloc(0);

// Reading a workbook is slower than a CSV, so these properties run a tenth as often.
const RUNS = Math.max(20, Math.floor(FUZZ_RUNS / 10));

beforeAll(async () => {
  const result = await runIki(['template', '--year', '2021', '--period', 'TW1', '--format', 'xlsx', '--output', join(folder, 'isian.xlsx')]);
  expect(result.code).toBe(0);
  template = readFileSync(join(folder, 'isian.xlsx'));
});

async function readBytes(bytes: Uint8Array): Promise<void> {
  const path = join(folder, 'acak.xlsx');
  writeFileSync(path, bytes);
  const read = await readRealizationXlsx(path, 'acak.xlsx');
  const checked = checkRealization(read.sheets, sheets, 2021);
  for (const d of [...read.diagnostics, ...checked.diagnostics]) {
    expect(d.location.line).toBeGreaterThanOrEqual(1);
    expect(d.location.column).toBeGreaterThanOrEqual(1);
  }
}

describe('realization workbook fuzzing', () => {
  test('the untouched template reads without findings', async () => {
    const read = await readRealizationXlsx(join(folder, 'isian.xlsx'), 'isian.xlsx');
    expect(read.diagnostics).toEqual([]);
    expect(read.sheets.length).toBe(4);
  });

  test('truncated workbooks give a finding, never an exception', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: template.length - 1 }), (cut) => readBytes(template.subarray(0, cut))),
      { numRuns: RUNS },
    );
  });

  test('workbooks with flipped bytes give a finding or a read, never an exception', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }), (changes) => {
        const bytes = Buffer.from(template);
        for (const [offset, value] of changes) bytes[offset % bytes.length] = value;
        return readBytes(bytes);
      }),
      { numRuns: RUNS },
    );
  });

  test('random bytes named .xlsx never throw', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 600 }), (bytes) => readBytes(bytes)),
      { numRuns: RUNS },
    );
  });
});
