import { existsSync, readdirSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import type { Dataset } from '../core/dataset-check.js';
import { diagnostic, type Diagnostic } from '../core/diagnostic.js';
import type { Decree, Organisation, PositionSheet } from '../core/model.js';
import { InputError } from './errors.js';
import type { FileKind } from './schemas.js';
import { readYamlFile, type FileComments, type YamlRead } from './yaml-file.js';
import { readYamlFiles, type YamlFileEntry } from './yaml-files.js';

/** The files of a data folder, and the findings of the files that could not be loaded. */
export interface DatasetRead {
  dataset: Dataset;
  diagnostics: Diagnostic[];
  /** Every YAML file that was read, as shown in findings. */
  files: string[];
  /** The suppression comments of each file read, by its name in findings. */
  comments: Map<string, FileComments>;
}

/**
 * Reads `organisasi.yaml`, `keputusan/*.yaml` and `positions/*.yaml` of a data
 * folder. A file with YAML or schema errors is left out of the dataset and its
 * findings are returned; the other files are still read.
 */
export function readDataset(dataDir: string, cwd = process.cwd()): DatasetRead {
  return assembleDataset(dataDir, cwd, () => {
    const entries = sheetEntries(dataDir, cwd);
    return { entries, reads: entries.map((entry) => readYamlFile<PositionSheet>('position', entry.path, entry.shown)) };
  });
}

/**
 * Reads a data folder as `readDataset` does, with the position sheets read on
 * up to `threads` worker threads when the folder has enough of them.
 */
export async function readDatasetOnThreads(dataDir: string, cwd: string, threads: number): Promise<DatasetRead> {
  // A missing folder has no sheets to read; assembleDataset reports it.
  const entries = sheetEntries(dataDir, cwd);
  const reads = await readYamlFiles<PositionSheet>('position', entries, threads);
  return assembleDataset(dataDir, cwd, () => ({ entries, reads }));
}

function sheetEntries(dataDir: string, cwd: string): YamlFileEntry[] {
  return listYaml(join(dataDir, 'positions')).map((path) => ({ path, shown: displayPath(path, cwd) }));
}

// Reads the organisation and the decrees, takes the sheets from `readSheets`,
// and puts them together with their findings.
function assembleDataset(dataDir: string, cwd: string, readSheets: () => { entries: YamlFileEntry[]; reads: YamlRead<PositionSheet>[] }): DatasetRead {
  if (!existsSync(dataDir)) throw new InputError('DATA_DIR_NOT_FOUND', { path: displayPath(dataDir, cwd) });

  const diagnostics: Diagnostic[] = [];
  const files: string[] = [];
  const comments = new Map<string, FileComments>();
  const invalidIds: string[] = [];
  const take = <T>(path: string, shown: string, result: YamlRead<T>) => {
    files.push(shown);
    comments.set(shown, result.comments);
    diagnostics.push(...result.diagnostics);
    // A file that failed may still be the target of references. Its name and id
    // stand in for it, so the references are not reported as a second problem.
    if (!result.source) invalidIds.push(basename(path).replace(/\.ya?ml$/, ''));
    if (result.invalidId !== undefined) invalidIds.push(result.invalidId);
    return result.source;
  };
  const read = <T>(kind: FileKind, path: string) => {
    const shown = displayPath(path, cwd);
    return take(path, shown, readYamlFile<T>(kind, path, shown));
  };

  const organisationPath = join(dataDir, 'organisasi.yaml');
  const organisation = existsSync(organisationPath) ? read<Organisation>('organisasi', organisationPath) : undefined;
  const decrees = listYaml(join(dataDir, 'keputusan')).flatMap((path) => read<Decree>('keputusan', path) ?? []);
  const { entries, reads } = readSheets();
  const sheets = entries.flatMap((entry, index) => take(entry.path, entry.shown, reads[index] as YamlRead<PositionSheet>) ?? []);

  if (files.length === 0) throw new InputError('DATA_DIR_EMPTY', { path: displayPath(dataDir, cwd) });
  if (!existsSync(organisationPath) && files.length > 0) {
    diagnostics.push(diagnostic('ORGANISATION_MISSING', { file: displayPath(organisationPath, cwd), line: 1, column: 1 }));
  }
  return { dataset: { organisation, decrees, sheets, invalidIds }, diagnostics, files, comments };
}

/** Lists the `.yaml` and `.yml` files of a folder, sorted; none when the folder is absent. */
export function listYaml(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => join(dir, name));
}

/** Returns a path as findings show it: relative to the working folder when inside it. */
export function displayPath(path: string, cwd = process.cwd()): string {
  const shown = relative(cwd, path);
  return shown === '' ? '.' : shown.startsWith('..') ? path : shown;
}
