import { isAbsolute, relative, resolve, sep } from 'node:path';
import { InputError, UsageError } from '../io/errors.js';
import { findMergeBase, findRepositoryRoot, resolveCommit, shortCommit } from '../io/git.js';
import { isFolder, type TreeSpec } from '../io/tree-source.js';
import type { DiffSideInfo } from '../render/diff-groups.js';

/** One side of the diff: where to read it, how to name it, and how its files are shown in findings. */
export interface DiffSideRequest {
  spec: TreeSpec;
  info: DiffSideInfo;
  /** Put before a file path in findings: `HEAD~1:` for a revision, the folder for a folder. */
  findingPrefix: string;
}

/** Both sides and the data folder, relative to each side's root with `/` between folders. */
export interface DiffRequest {
  base: DiffSideRequest;
  head: DiffSideRequest;
  dataDir: string;
}

/**
 * Turns the arguments of `iki diff` into the two sides to compare.
 * - Two existing folders (or paths starting with `/`, `./` or `../`): folder mode.
 * - `BASE..HEAD` or `BASE HEAD`: two revisions; an empty end of a range is `HEAD`, as in git.
 * - `BASE...HEAD`: from the common ancestor of both, as `git diff BASE...HEAD` does.
 * - `BASE` alone: that revision against the working tree.
 * `dataOption` is the raw `--data` value, relative to the repository root or to each folder.
 */
export function resolveDiffRequest(baseArg: string, headArg: string | undefined, dataOption: string | undefined, cwd: string): DiffRequest {
  if (looksLikeFolder(baseArg, cwd) || (headArg !== undefined && looksLikeFolder(headArg, cwd))) {
    return resolveFolders(baseArg, headArg, dataOption, cwd);
  }

  const root = findRepositoryRoot(cwd);
  const dataDir = dataFolder(dataOption, cwd, root);
  const range = splitRange(baseArg, headArg);
  const baseCommit = resolveCommit(root, range.base);

  if (range.head === undefined) {
    return {
      base: revisionSide(root, range.base, baseCommit),
      head: { spec: { kind: 'worktree', root }, info: { kind: 'pohon-kerja', name: '' }, findingPrefix: '' },
      dataDir,
    };
  }
  const headCommit = resolveCommit(root, range.head);
  if (!range.mergeBase) return { base: revisionSide(root, range.base, baseCommit), head: revisionSide(root, range.head, headCommit), dataDir };

  const ancestor = findMergeBase(root, baseCommit, headCommit);
  return { base: revisionSide(root, `${range.base}...${range.head}`, ancestor), head: revisionSide(root, range.head, headCommit), dataDir };
}

function revisionSide(root: string, name: string, commit: string): DiffSideRequest {
  const info: DiffSideInfo = { kind: 'revisi', name, commit };
  if (!commit.startsWith(name.toLowerCase())) info.shortCommit = shortCommit(root, commit);
  return { spec: { kind: 'revision', root, commit }, info, findingPrefix: `${name}:` };
}

// A path spelled as a path is a folder even when it does not exist, so a typo
// gets "folder not found" instead of "unknown revision".
function looksLikeFolder(arg: string, cwd: string): boolean {
  return /^(\/|\.\.?([/\\]|$))/.test(arg) || isFolder(resolve(cwd, arg));
}

function resolveFolders(baseArg: string, headArg: string | undefined, dataOption: string | undefined, cwd: string): DiffRequest {
  if (headArg === undefined) throw new UsageError('DIFF_NEEDS_TWO_FOLDERS', { path: baseArg });
  const side = (arg: string): DiffSideRequest => {
    const root = resolve(cwd, arg);
    if (!isFolder(root)) throw new InputError('DIFF_FOLDER_NOT_FOUND', { path: arg });
    return { spec: { kind: 'folder', root }, info: { kind: 'folder', name: arg }, findingPrefix: `${arg.replace(/[/\\]+$/, '')}/` };
  };
  const base = side(baseArg);
  const head = side(headArg);
  if (dataOption !== undefined && isAbsolute(dataOption)) throw new UsageError('DIFF_DATA_OUTSIDE', { path: dataOption, root: baseArg });
  return { base, head, dataDir: normalizeDataDir(dataOption ?? 'data', baseArg) };
}

interface RevisionRange {
  base: string;
  head: string | undefined;
  mergeBase: boolean;
}

function splitRange(baseArg: string, headArg: string | undefined): RevisionRange {
  const match = /^(.*?)(\.\.\.?)(.*)$/.exec(baseArg);
  if (!match) return { base: baseArg, head: headArg, mergeBase: false };
  if (headArg !== undefined) throw new UsageError('DIFF_RANGE_AND_HEAD', { value: baseArg, head: headArg });

  const [, left = '', dots = '', right = ''] = match;
  if ((left === '' && right === '') || right.includes('..')) throw new UsageError('DIFF_BAD_RANGE', { value: baseArg });
  return { base: left === '' ? 'HEAD' : left, head: right === '' ? 'HEAD' : right, mergeBase: dots === '...' };
}

// In git mode, --data is a folder of the repository. A relative value is read
// from the repository root, so the same command works from any subfolder.
function dataFolder(dataOption: string | undefined, cwd: string, root: string): string {
  if (dataOption === undefined) return 'data';
  if (!isAbsolute(dataOption)) return normalizeDataDir(dataOption, root);

  const inside = relative(root, resolve(cwd, dataOption));
  if (isAbsolute(inside)) throw new UsageError('DIFF_DATA_OUTSIDE', { path: dataOption, root });
  return normalizeDataDir(inside, root);
}

// Returns the folder with "/" between its parts and without "." parts. A folder
// that climbs out of the root with ".." can never hold the side's files, so it is rejected.
function normalizeDataDir(path: string, root: string): string {
  const parts = path.split(sep === '\\' ? /[/\\]+/ : /\/+/).filter((part) => part !== '' && part !== '.');
  if (parts.includes('..')) throw new UsageError('DIFF_DATA_OUTSIDE', { path, root });
  return parts.join('/');
}
