import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { displayPath } from './dataset.js';
import { InputError } from './errors.js';
import { readTextFile } from './yaml-file.js';

/** Kinds of input `iki validate` distinguishes. */
export type InputKind = 'dataset' | 'position' | 'organisasi' | 'keputusan' | 'target' | 'config' | 'realization';

/** A file or data folder to check, with its kind. */
export interface InputFile {
  path: string;
  kind: InputKind;
}

/**
 * Expands command-line paths into classified inputs. A data folder (one with
 * `organisasi.yaml` or `positions/`) stays whole, and another folder yields its
 * YAML, CSV and .xlsx files. A pattern with `*`, `**` or `?` is matched here,
 * so it works the same when the shell leaves it unexpanded.
 */
export function expandInputPaths(paths: readonly string[], cwd: string): InputFile[] {
  const found: InputFile[] = [];
  for (const given of paths) {
    if (/[*?]/.test(given)) {
      const matches = matchPattern(given, cwd);
      if (matches.length === 0) throw new InputError('NO_FILES', { paths: given });
      found.push(...matches.map((path) => ({ path, kind: classify(path, cwd) })));
      continue;
    }

    const path = resolve(cwd, given);
    if (!existsSync(path)) throw new InputError('INPUT_NOT_FOUND', { path: given });
    if (!statSync(path).isDirectory()) {
      found.push({ path, kind: classify(path, cwd) });
    } else if (existsSync(join(path, 'organisasi.yaml')) || existsSync(join(path, 'positions'))) {
      found.push({ path, kind: 'dataset' });
    } else {
      const files = listInputFiles(path);
      if (files.length === 0) throw new InputError('NO_FILES', { paths: given });
      found.push(...files.map((file) => ({ path: file, kind: classify(file, cwd) })));
    }
  }
  return found;
}

// Excel keeps a lock file named `~$<name>.xlsx` beside a workbook while it is open; it is no input.
function listInputFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => !entry.name.startsWith('.') && !entry.name.startsWith('~$') && entry.name !== 'node_modules')
    .flatMap((entry) => (entry.isDirectory() ? listInputFiles(join(dir, entry.name)) : [join(dir, entry.name)]))
    .filter((file) => /\.(ya?ml|csv|xlsx)$/i.test(file))
    .sort();
}

// Matches a pattern against the files under its fixed leading folders:
// `*` and `?` stay within one path segment, `**` spans any number of them.
function matchPattern(pattern: string, cwd: string): string[] {
  const normalized = pattern.replace(/\\/g, '/');
  const segments = normalized.split('/');
  const fixed: string[] = [];
  while (segments.length > 1 && !/[*?]/.test(segments[0] ?? '')) fixed.push(segments.shift() as string);

  const root = resolve(cwd, fixed.join('/') || '.');
  if (!existsSync(root) || !statSync(root).isDirectory()) return [];
  const expression = patternExpression(segments.join('/'));
  return listAll(root).filter((file) => expression.test(relative(root, file).split(sep).join('/')));
}

function patternExpression(pattern: string): RegExp {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i] as string;
    if (pattern.startsWith('**/', i)) {
      source += '(?:.*/)?';
      i += 2;
    } else if (pattern.startsWith('**', i)) {
      source += '.*';
      i += 1;
    } else if (char === '*') {
      source += '[^/]*';
    } else if (char === '?') {
      source += '[^/]';
    } else {
      source += char.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
  }
  return new RegExp(`^${source}$`);
}

function listAll(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => !entry.name.startsWith('.') && entry.name !== 'node_modules')
    .flatMap((entry) => (entry.isDirectory() ? listAll(join(dir, entry.name)) : [join(dir, entry.name)]))
    .sort();
}

// Files are classified by their folder and name first, then by a top-level key.
function classify(path: string, cwd: string): InputKind {
  const name = basename(path).toLowerCase();
  const folder = basename(dirname(path));
  if (name.endsWith('.csv') || name.endsWith('.xlsx')) return 'realization';
  if (!/\.ya?ml$/.test(name)) throw new InputError('UNKNOWN_FILE_KIND', { path: displayPath(path, cwd) });
  if (name === 'organisasi.yaml' || name === 'organisasi.yml') return 'organisasi';
  if (name.startsWith('iki.config.')) return 'config';
  if (folder === 'positions') return 'position';
  if (folder === 'keputusan') return 'keputusan';

  const head = readTextFile(path, displayPath(path, cwd));
  // An empty file cannot show its kind; read as a targets file it gets the YAML_EMPTY finding.
  if (head.split(/\r?\n/).every((line) => line.trim() === '' || line.trim().startsWith('#'))) return 'target';
  if (/^target\s*:/m.test(head)) return 'target';
  if (/^indikator\s*:/m.test(head)) return 'position';
  if (/^diktum\s*:/m.test(head)) return 'keputusan';
  if (/^unitKerja\s*:\s*$/m.test(head)) return 'organisasi';
  throw new InputError('UNKNOWN_FILE_KIND', { path: displayPath(path, cwd) });
}
