import { appendFileSync, copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { PositionSheet } from '../../src/core/model.js';
import { readYamlFile } from '../../src/io/yaml-file.js';
import { ROOT, temporaryFolder } from '../helpers.js';

// A sheet read from disk does not keep its text; a position is found by reading it again.
describe('readYamlFile', () => {
  const copySheet = () => {
    const path = join(temporaryFolder(), 'kabid-sosial.yaml');
    copyFileSync(join(ROOT, 'data/positions/kabid-sosial.yaml'), path);
    return path;
  };

  test('locates a value by reading the unchanged file again', () => {
    const path = copySheet();
    const read = readYamlFile<PositionSheet>('position', path, 'kabid-sosial.yaml');
    const line =
      readFileSync(path, 'utf8')
        .split('\n')
        .findIndex((text) => text.startsWith('atasan:')) + 1;

    expect(read.diagnostics).toEqual([]);
    expect(read.source?.locate(['atasan'])).toMatchObject({ file: 'kabid-sosial.yaml', line, column: 9 });
  });

  test('refuses to locate in a file saved again since it was read', () => {
    const path = copySheet();
    const read = readYamlFile<PositionSheet>('position', path, 'kabid-sosial.yaml');
    appendFileSync(path, '# disimpan ulang\n');

    expect(() => read.source?.locate(['atasan'])).toThrow('INPUT_CHANGED');
  });
});
