import type { Diagnostic } from '../core/diagnostic.js';
import type { RawRealizationFile } from '../core/realization-check.js';
import { readRealizationCsv } from './realization-csv.js';

/** Raw rows of one CSV file or one workbook sheet, with the findings that concern the file as a whole. */
export interface RealizationRead {
  file: RawRealizationFile;
  diagnostics: Diagnostic[];
}

/** Tells whether a realization path names an Excel workbook rather than a CSV file. */
export function isWorkbookPath(path: string): boolean {
  return /\.xlsx$/i.test(path);
}

/**
 * Reads a realization file by its extension: `.xlsx` as a workbook, giving
 * one entry per sheet, anything else as CSV, giving one entry. A workbook's
 * own findings go with its first entry, so the entries together contain each
 * finding once.
 */
export async function readRealizationFile(path: string, displayPath = path): Promise<RealizationRead[]> {
  if (!isWorkbookPath(path)) return [readRealizationCsv(path, displayPath)];

  // Loaded here, not at the top: exceljs and its dependencies take about half
  // a second to load, which `iki validate` and `iki report` on CSV files never need.
  const { readRealizationXlsx } = await import('./realization-xlsx.js');
  const workbook = await readRealizationXlsx(path, displayPath);
  if (workbook.sheets.length === 0) return [{ file: { file: displayPath, delimiter: ';', rows: [] }, diagnostics: workbook.diagnostics }];
  return workbook.sheets.map((file, index) => ({ file, diagnostics: index === 0 ? workbook.diagnostics : [] }));
}
