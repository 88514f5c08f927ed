// A worker thread of `readYamlFiles`: reads the files it is given and sends
// back what it read, in the same order, as plain data.
import { parentPort, workerData } from 'node:worker_threads';
import type { FileKind } from './schemas.js';
import { readYamlFileForTransfer } from './yaml-file.js';
import type { YamlFileEntry } from './yaml-files.js';

const { kind, files } = workerData as { kind: FileKind; files: YamlFileEntry[] };
parentPort?.postMessage(files.map((file) => readYamlFileForTransfer(kind, file.path, file.shown)));
