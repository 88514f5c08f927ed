import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { FileKind } from './schemas.js';
import { readYamlFile, restoreYamlRead, type TransferredYamlRead, type YamlRead } from './yaml-file.js';

/** A file to read, and its name in findings. */
export interface YamlFileEntry {
  path: string;
  shown: string;
}

/**
 * Files each worker thread should have at least. On 1,000 sheets of 15 to 21
 * indicators, starting a thread, loading its modules and sending the data back
 * cost about as much as the second thread saved (measured on two cores). So a
 * folder needs twice this many before a second thread is started.
 */
export const FILES_PER_THREAD = 1000;

// Built next to this module. Run from the TypeScript sources (as the tests do)
// there is no such file, and the files are read on this thread.
const WORKER = new URL('./yaml-worker.js', import.meta.url);

/**
 * Reads YAML files of one kind with `readYamlFile`, on up to `threads` worker
 * threads when there are enough files, and returns the reads in the order of
 * `files`, as reading them one by one would. A file that cannot be read at all
 * throws its `InputError`, as it would there.
 */
export async function readYamlFiles<T>(kind: FileKind, files: readonly YamlFileEntry[], threads: number): Promise<YamlRead<T>[]> {
  const workers = Math.min(threads, Math.floor(files.length / FILES_PER_THREAD));
  if (workers < 2 || !existsSync(fileURLToPath(WORKER))) return files.map((file) => readYamlFile<T>(kind, file.path, file.shown));

  // Contiguous shares, so that the results join back in order.
  const share = Math.ceil(files.length / workers);
  const shares = Array.from({ length: workers }, (_, index) => files.slice(index * share, (index + 1) * share));
  const transferred = (await Promise.all(shares.map((part) => readOnWorker(kind, part)))).flat();
  return transferred.map((read, index) => {
    const file = files[index] as YamlFileEntry;
    return restoreYamlRead<T>(file.path, file.shown, read);
  });
}

function readOnWorker(kind: FileKind, files: readonly YamlFileEntry[]): Promise<TransferredYamlRead[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { workerData: { kind, files } });
    worker.once('message', (reads: TransferredYamlRead[]) => resolve(reads));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`A YAML reading thread stopped with exit code ${code}.`));
    });
  });
}
