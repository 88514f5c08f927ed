import { closeSync, fsyncSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { InputError } from './errors.js';

/**
 * Refuses an output path before any work starts: an existing folder, or one of
 * the input files, would otherwise be replaced by the report.
 */
export function checkOutputPath(path: string, inputs: readonly string[], shownPath = path): void {
  const target = resolve(path);
  if (inputs.some((input) => resolve(input) === target)) throw new InputError('OUTPUT_IS_INPUT', { path: shownPath });
  try {
    if (statSync(target).isDirectory()) throw new InputError('OUTPUT_IS_FOLDER', { path: shownPath });
  } catch (error) {
    if (error instanceof InputError) throw error;
  }
  try {
    if (!statSync(dirname(target)).isDirectory()) throw new InputError('OUTPUT_FOLDER_MISSING', { path: shownPath });
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError('OUTPUT_FOLDER_MISSING', { path: shownPath });
  }
}

/**
 * Writes `content` to `path` atomically: a temporary file in the same folder is
 * written, flushed and renamed over the target, so a reader sees either the old
 * file or the whole new one.
 */
export function writeFileAtomic(path: string, content: string | Uint8Array, shownPath = path): void {
  const target = resolve(path);
  const temporary = join(dirname(target), `.${basename(target)}.iki-tmp-${process.pid}`);
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
  }
}
