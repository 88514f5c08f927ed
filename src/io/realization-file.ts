import type { Diagnostic } from '../core/diagnostic.js';
import type { RealizationRowSink } from '../core/realization-check.js';
import { streamRealizationCsv } from './realization-csv.js';

/** The result of reading one realization file: the count of data rows handed on, and the findings that concern the file as a whole. */
export interface RealizationFileRead {
  /** Data rows handed to the sink and kept. */
  rows: number;
  diagnostics: Diagnostic[];
}

/** Tells whether a realization path names an Excel workbook rather than a CSV file. */
export function isWorkbookPath(path: string): boolean {
  return /\.xlsx$/i.test(path);
}

/**
 * Reads a realization file by its extension and hands its data rows to
 * `sink`: `.xlsx` as a workbook, one `beginFile` per sheet, anything else as
 * CSV, streamed in chunks. A workbook is small enough to be read whole first.
 */
export async function readRealizationFile(path: string, displayPath: string, sink: RealizationRowSink): Promise<RealizationFileRead> {
  if (!isWorkbookPath(path)) {
    const read = await streamRealizationCsv(path, displayPath, sink);
    return { rows: read.rows, diagnostics: read.diagnostics };
  }

  // Loaded here, not at the top: exceljs and its dependencies take about half
  // a second to load, which `iki validate` and `iki report` on CSV files never need.
  const { readRealizationXlsx } = await import('./realization-xlsx.js');
  const workbook = await readRealizationXlsx(path, displayPath);
  let rows = 0;
  for (const sheet of workbook.sheets) {
    sink.beginFile({ file: sheet.file, delimiter: sheet.delimiter });
    for (const row of sheet.rows) sink.add(row);
    rows += sheet.rows.length;
  }
  return { rows, diagnostics: workbook.diagnostics };
}
