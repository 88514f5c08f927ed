import { execFileSync } from 'node:child_process';
import { InputError } from './errors.js';

/** Largest output read from one git command, in bytes. */
const MAX_GIT_OUTPUT = 512 * 1024 * 1024;

/** A file in a commit's tree: its path from the repository root and its blob id. */
export interface TreeEntry {
  path: string;
  blob: string;
}

/**
 * Runs git with `args` in `cwd` and returns its standard output. git runs
 * directly, never through a shell, so revisions and paths are never
 * interpreted. A missing git binary becomes an InputError. Any other failure
 * returns undefined, and the caller names the error.
 */
function runGit(args: readonly string[], cwd: string, input?: string): Buffer | undefined {
  try {
    return execFileSync('git', args, {
      cwd,
      input,
      maxBuffer: MAX_GIT_OUTPUT,
      stdio: ['pipe', 'pipe', 'pipe'],
      // Reading must not take the index lock or refresh the index, so the
      // working tree and the index stay exactly as the user left them.
      env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' },
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError('GIT_NOT_FOUND');
    return undefined;
  }
}

function runGitOrFail(args: readonly string[], cwd: string, input?: string): Buffer {
  const output = runGit(args, cwd, input);
  if (output === undefined) throw new InputError('GIT_FAILED', { command: `git ${args.join(' ')}` });
  return output;
}

/** Returns the root folder of the git working tree that contains `cwd`. */
export function findRepositoryRoot(cwd: string): string {
  const output = runGit(['rev-parse', '--show-toplevel'], cwd);
  if (output === undefined) throw new InputError('GIT_NOT_REPOSITORY', { path: cwd });
  return output.toString('utf8').trim();
}

/** Resolves a revision (branch, tag, `HEAD~1`, commit id) to a full commit id. */
export function resolveCommit(root: string, revision: string): string {
  // A revision that starts with "-" would be read as an option.
  if (revision.startsWith('-')) throw new InputError('GIT_UNKNOWN_REVISION', { revision });
  const output = runGit(['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`], root);
  if (output !== undefined) return output.toString('utf8').trim();
  // In a repository made with `git init` and never committed to, even HEAD names nothing.
  const anyCommit = runGit(['rev-list', '-n', '1', '--all'], root);
  if (anyCommit !== undefined && anyCommit.length === 0) throw new InputError('GIT_NO_COMMITS', { revision, path: root });
  throw new InputError('GIT_UNKNOWN_REVISION', { revision });
}

/** Returns the best common ancestor of two commits, as `git diff A...B` uses. */
export function findMergeBase(root: string, first: string, second: string): string {
  const output = runGit(['merge-base', first, second], root);
  if (output === undefined) throw new InputError('GIT_NO_MERGE_BASE', { first, second });
  return output.toString('utf8').trim();
}

/** Lists the regular files of a commit's tree (symbolic links and submodules are left out). */
export function listCommitFiles(root: string, commit: string): TreeEntry[] {
  const output = runGitOrFail(['ls-tree', '-r', '-z', '--full-tree', commit], root).toString('utf8');
  const entries: TreeEntry[] = [];
  for (const record of output.split('\0')) {
    // "<mode> SP <type> SP <object> TAB <path>"
    const match = /^(\d+) (\w+) ([0-9a-f]+)\t([\s\S]*)$/.exec(record);
    if (!match || match[2] !== 'blob' || match[1] === '120000') continue;
    entries.push({ path: match[4] ?? '', blob: match[3] ?? '' });
  }
  return entries;
}

/**
 * Reads blobs by id in one `git cat-file --batch` run and returns their bytes
 * by id. The raw content is read: no textconv or other filter is applied, so a
 * `diff=iki` attribute cannot turn a sheet into its text rendering.
 */
export function readBlobs(root: string, blobs: readonly string[]): Map<string, Buffer> {
  const contents = new Map<string, Buffer>();
  if (blobs.length === 0) return contents;

  const output = runGitOrFail(['cat-file', '--batch'], root, `${blobs.join('\n')}\n`);
  let offset = 0;
  while (offset < output.length) {
    const headerEnd = output.indexOf(0x0a, offset);
    if (headerEnd < 0) break;
    // "<object> SP <type> SP <size> LF <content> LF", or "<object> SP missing LF".
    const [blob = '', type = '', size = ''] = output.subarray(offset, headerEnd).toString('utf8').split(' ');
    offset = headerEnd + 1;
    if (type === 'missing' || size === '') continue;
    const length = Number(size);
    contents.set(blob, output.subarray(offset, offset + length));
    offset += length + 1;
  }
  return contents;
}

/**
 * Lists the files of the working tree as `git ls-files` lists them: tracked
 * files and untracked files that are not ignored, as paths from the repository
 * root. A tracked file deleted from the disk is still listed, and the reader skips it.
 */
export function listWorkingTreeFiles(root: string): string[] {
  const output = runGitOrFail(['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--full-name'], root).toString('utf8');
  return [...new Set(output.split('\0').filter((path) => path !== ''))];
}

/** Returns the abbreviated id of a commit, as git shows it. */
export function shortCommit(root: string, commit: string): string {
  const output = runGit(['rev-parse', '--short', commit], root);
  return output === undefined ? commit.slice(0, 7) : output.toString('utf8').trim();
}
