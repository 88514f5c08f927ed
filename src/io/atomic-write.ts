import { accessSync, closeSync, constants, fsyncSync, lstatSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { InputError } from './errors.js';

/**
 * Refuses an output path before any work starts: an existing folder, one of
 * the input files, a missing folder, or a place iki may not write to.
 */
export function checkOutputPath(path: string, inputs: readonly string[], shownPath = path, option = '--output'): void {
  const target = resolve(path);
  if (inputs.some((input) => resolve(input) === target)) throw new InputError('OUTPUT_IS_INPUT', { path: shownPath, option });
  try {
    if (statSync(target).isDirectory()) throw new InputError('OUTPUT_IS_FOLDER', { path: shownPath, option });
  } catch (error) {
    if (error instanceof InputError) throw error;
  }
  try {
    if (!statSync(dirname(target)).isDirectory()) throw new InputError('OUTPUT_FOLDER_MISSING', { path: shownPath, option });
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError('OUTPUT_FOLDER_MISSING', { path: shownPath, option });
  }

  // Renaming over a symbolic link, a pipe or a device would replace it with a
  // regular file, so only a regular file or a new name is accepted.
  const existing = lstatOrUndefined(target);
  if (existing && !existing.isFile() && !existing.isDirectory()) throw new InputError('OUTPUT_NOT_REGULAR', { path: shownPath });

  // The temporary file goes into the same folder and then replaces the target,
  // so both the folder and an existing target must be writable.
  try {
    accessSync(dirname(target), constants.W_OK);
    if (exists(target)) accessSync(target, constants.W_OK);
  } catch {
    throw new InputError('OUTPUT_NOT_WRITABLE', { path: shownPath });
  }
}

function lstatOrUndefined(path: string): ReturnType<typeof lstatSync> | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

// Temporary files being written; an interrupted run removes them on the way out.
const pendingTemporaryFiles = new Set<string>();

/** Removes the temporary files of writes still in progress, for a run stopped by a signal. */
export function removePendingTemporaryFiles(): void {
  for (const path of pendingTemporaryFiles) rmSync(path, { force: true });
  pendingTemporaryFiles.clear();
}

/**
 * Writes `content` to `path` atomically: a temporary file in the same folder is
 * written, flushed and renamed over the target, so a reader sees either the old
 * file or the whole new one.
 */
export function writeFileAtomic(path: string, content: string | Uint8Array, shownPath = path): void {
  const target = resolve(path);
  const temporary = join(dirname(target), `.${basename(target)}.iki-tmp-${process.pid}`);
  pendingTemporaryFiles.add(temporary);
  try {
    const fd = openSync(temporary, 'w', 0o644);
    try {
      writeSync(fd, typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new InputError('OUTPUT_WRITE_FAILED', { path: shownPath, reason: code });
  } finally {
    pendingTemporaryFiles.delete(temporary);
  }
}
