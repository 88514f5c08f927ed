import { lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from './errors.js';
import { listCommitFiles, listWorkingTreeFiles, readBlobs } from './git.js';

/** Folders never searched for iki files: installed packages, build output, git's own folder. */
const SKIPPED_FOLDERS: ReadonlySet<string> = new Set(['node_modules', 'dist', '.git']);

/** Source of the files of one side of a diff. */
export type TreeSpec =
  /** A commit of the repository at `root`. */
  | { kind: 'revision'; root: string; commit: string }
  /** The working tree of the repository at `root`: tracked and untracked files that git does not ignore. */
  | { kind: 'worktree'; root: string }
  /** A plain folder. */
  | { kind: 'folder'; root: string };

/**
 * Reads the YAML files (`.yaml`, `.yml`) of one side, outside `node_modules`,
 * `dist` and `.git`. Returns their text by path from the side's root, with `/`
 * between folders, sorted by path. A revision is read with git itself: no
 * checkout, and the working tree is not touched.
 */
export function readTreeFiles(spec: TreeSpec): Map<string, string> {
  const texts = new Map<string, string>();
  switch (spec.kind) {
    case 'revision': {
      const entries = listCommitFiles(spec.root, spec.commit).filter((entry) => isYamlCandidate(entry.path));
      const blobs = readBlobs(
        spec.root,
        entries.map((entry) => entry.blob),
      );
      for (const entry of entries) {
        const content = blobs.get(entry.blob);
        if (content !== undefined) texts.set(entry.path, content.toString('utf8'));
      }
      break;
    }
    case 'worktree':
      for (const path of listWorkingTreeFiles(spec.root).filter(isYamlCandidate)) {
        const text = readRegularFile(join(spec.root, path));
        if (text !== undefined) texts.set(path, text);
      }
      break;
    case 'folder':
      for (const path of walkFolder(spec.root, '')) {
        const text = readRegularFile(join(spec.root, path));
        if (text !== undefined) texts.set(path, text);
      }
      break;
  }
  // Paths are unique, so comparing code units is a total order that does not depend on the locale.
  return new Map([...texts].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** Tells whether `path` is an existing folder (a link to a folder counts). */
export function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Tells whether a path names a YAML file outside the skipped folders. */
export function isYamlCandidate(path: string): boolean {
  if (!/\.ya?ml$/.test(path)) return false;
  return !path.split('/').some((segment) => SKIPPED_FOLDERS.has(segment));
}

// A file deleted from the disk but still in git's index, or replaced by a
// folder, is not part of the working tree.
function readRegularFile(path: string): string | undefined {
  try {
    if (!lstatSync(path).isFile()) return undefined;
    return readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    throw new InputError('INPUT_UNREADABLE', { path, reason: code ?? String(error) });
  }
}

// Symbolic links are not followed, so a link back up the tree cannot loop.
function walkFolder(root: string, relativeDir: string): string[] {
  let entries;
  try {
    entries = readdirSync(join(root, relativeDir), { withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError('DIFF_FOLDER_UNREADABLE', { path: join(root, relativeDir), reason: code ?? String(error) });
  }

  const paths: string[] = [];
  for (const entry of entries) {
    const path = relativeDir === '' ? entry.name : `${relativeDir}/${entry.name}`;
    if (entry.isDirectory() && !SKIPPED_FOLDERS.has(entry.name)) paths.push(...walkFolder(root, path));
    else if (entry.isFile() && isYamlCandidate(path)) paths.push(path);
  }
  return paths;
}
