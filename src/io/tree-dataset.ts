import type { Dataset } from '../core/dataset-check.js';
import type { Diagnostic } from '../core/diagnostic.js';
import type { DiffSnapshot } from '../core/diff-model.js';
import type { Decree, Organisation, PositionSheet, RawTargetsFile } from '../core/model.js';
import type { SourceFile } from '../core/source.js';
import type { FileKind } from './schemas.js';
import { readYamlText } from './yaml-file.js';

/** One side's files parsed and checked against their schemas. */
export interface TreeDataset {
  /** The files that passed their schema. */
  snapshot: DiffSnapshot;
  /** The same files in the shape the dataset checks take. */
  dataset: Dataset;
  /** Findings of files that could not be loaded. */
  diagnostics: Diagnostic[];
  /** Number of files found in the data folder. */
  dataFiles: number;
}

/**
 * Sorts one side's YAML texts by kind and parses them. Under `dataDir` (a
 * path from the side's root, without a trailing `/`): `organisasi.yaml`,
 * `keputusan/*.yaml` and `positions/*.yaml`, as `iki validate` reads a data
 * folder. Anywhere else: targets files, recognised by top-level `tahun:` and
 * `target:` keys. Paths in the result and in findings are the keys of `texts`.
 */
export function readTreeDataset(texts: ReadonlyMap<string, string>, dataDir: string): TreeDataset {
  const diagnostics: Diagnostic[] = [];
  const invalidIds: string[] = [];
  const parse = <T>(kind: FileKind, path: string, text: string): SourceFile<T> | undefined => {
    const read = readYamlText<T>(kind, text, path);
    diagnostics.push(...read.diagnostics);
    // As in a data folder on disk, a file that failed still stands for its id.
    if (!read.source) invalidIds.push(baseNameOf(path));
    if (read.invalidId !== undefined) invalidIds.push(read.invalidId);
    return read.source;
  };

  let organisation: SourceFile<Organisation> | undefined;
  const decrees: SourceFile<Decree>[] = [];
  const sheets: SourceFile<PositionSheet>[] = [];
  const targets: SourceFile<RawTargetsFile>[] = [];
  let dataFiles = 0;

  for (const [path, text] of texts) {
    const kind = kindOf(path, dataDir);
    if (kind === 'organisasi' || kind === 'keputusan' || kind === 'position') dataFiles++;
    if (kind === 'organisasi') organisation = parse<Organisation>('organisasi', path, text);
    else if (kind === 'keputusan') pushDefined(decrees, parse<Decree>('keputusan', path, text));
    else if (kind === 'position') pushDefined(sheets, parse<PositionSheet>('position', path, text));
    else if (kind === 'target' && looksLikeTargets(text)) pushDefined(targets, parse<RawTargetsFile>('target', path, text));
  }

  const dataset: Dataset = { organisation, decrees, sheets, invalidIds };
  return { snapshot: { organisation, decrees, sheets, targets }, dataset, diagnostics, dataFiles };
}

function pushDefined<T>(list: T[], item: T | undefined): void {
  if (item !== undefined) list.push(item);
}

function baseNameOf(path: string): string {
  return path.replace(/^.*\//, '').replace(/\.ya?ml$/, '');
}

/** Returns the kind of a YAML file by its path, or `target` for a file outside the data folder's own places. */
export function kindOf(path: string, dataDir: string): FileKind | undefined {
  const prefix = dataDir === '' || dataDir === '.' ? '' : `${dataDir}/`;
  if (!path.startsWith(prefix)) return 'target';
  const inside = path.slice(prefix.length);
  if (inside === 'organisasi.yaml') return 'organisasi';
  if (/^keputusan\/[^/]+\.ya?ml$/.test(inside)) return 'keputusan';
  if (/^positions\/[^/]+\.ya?ml$/.test(inside)) return 'position';
  return 'target';
}

/** Tells whether YAML text has the top-level `tahun:` and `target:` keys of a targets file. */
export function looksLikeTargets(text: string): boolean {
  return /^tahun[ \t]*:/m.test(text) && /^target[ \t]*:/m.test(text);
}
