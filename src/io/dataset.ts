import { existsSync, readdirSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import type { Dataset } from '../core/dataset-check.js';
import { diagnostic, type Diagnostic } from '../core/diagnostic.js';
import type { Decree, Organisation, PositionSheet } from '../core/model.js';
import { InputError } from './errors.js';
import { readYamlFile } from './yaml-file.js';

/** The files of a data folder, and the findings of the files that could not be loaded. */
export interface DatasetRead {
  dataset: Dataset;
  diagnostics: Diagnostic[];
  /** Every YAML file that was read, as shown in findings. */
  files: string[];
}

/**
 * Reads `organisasi.yaml`, `keputusan/*.yaml` and `positions/*.yaml` of a data
 * folder. A file with YAML or schema errors is left out of the dataset and its
 * findings are returned; the other files are still read.
 */
export function readDataset(dataDir: string, cwd = process.cwd()): DatasetRead {
  if (!existsSync(dataDir)) throw new InputError('DATA_DIR_NOT_FOUND', { path: displayPath(dataDir, cwd) });

  const diagnostics: Diagnostic[] = [];
  const files: string[] = [];
  const invalidIds: string[] = [];
  const read = <T>(kind: Parameters<typeof readYamlFile>[0], path: string) => {
    const shown = displayPath(path, cwd);
    files.push(shown);
    const result = readYamlFile<T>(kind, path, shown);
    diagnostics.push(...result.diagnostics);
    // A file that failed may still be the target of references. Its name and id
    // stand in for it, so the references are not reported as a second problem.
    if (!result.source) invalidIds.push(basename(path).replace(/\.ya?ml$/, ''));
    if (result.invalidId !== undefined) invalidIds.push(result.invalidId);
    return result.source;
  };

  const organisationPath = join(dataDir, 'organisasi.yaml');
  const organisation = existsSync(organisationPath) ? read<Organisation>('organisasi', organisationPath) : undefined;
  const decrees = listYaml(join(dataDir, 'keputusan')).flatMap((path) => read<Decree>('keputusan', path) ?? []);
  const sheets = listYaml(join(dataDir, 'positions')).flatMap((path) => read<PositionSheet>('position', path) ?? []);

  if (files.length === 0) throw new InputError('DATA_DIR_EMPTY', { path: displayPath(dataDir, cwd) });
  if (!existsSync(organisationPath) && files.length > 0) {
    diagnostics.push(diagnostic('ORGANISATION_MISSING', { file: displayPath(organisationPath, cwd), line: 1, column: 1 }));
  }
  return { dataset: { organisation, decrees, sheets, invalidIds }, diagnostics, files };
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
