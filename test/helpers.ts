import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { orderSheets } from '../src/core/order.js';
import type { Organisation, PositionSheet } from '../src/core/model.js';
import { readDataset } from '../src/io/dataset.js';

/** The repository root. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Returns the path of a file under test/fixtures. */
export function fixture(...parts: string[]): string {
  return join(ROOT, 'test', 'fixtures', ...parts);
}

/** Reads the shipped sheets in `data/`, failing the test if any has a finding. */
export function realData(): { sheets: PositionSheet[]; organisation: Organisation } {
  const read = readDataset(join(ROOT, 'data'), ROOT);
  if (read.diagnostics.length > 0 || !read.dataset.organisation) throw new Error(`data/ has findings: ${JSON.stringify(read.diagnostics)}`);
  const organisation = read.dataset.organisation.data;
  return {
    sheets: orderSheets(
      read.dataset.sheets.map((s) => s.data),
      organisation,
    ),
    organisation,
  };
}

/** Creates an empty temporary folder for one test. */
export function temporaryFolder(prefix = 'iki-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}
