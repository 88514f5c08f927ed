import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DIAGNOSTIC_CODES } from '../../src/core/diagnostic.js';
import { ROOT } from '../helpers.js';

const page = readFileSync(join(ROOT, 'docs', 'errors.md'), 'utf8');

describe('docs/errors.md', () => {
  test('every finding code has a section', () => {
    expect(DIAGNOSTIC_CODES.filter((code) => !new RegExp(`^### ${code}$`, 'm').test(page))).toEqual([]);
  });

  test('every finding code is in the summary table', () => {
    expect(DIAGNOSTIC_CODES.filter((code) => !page.includes(`| [\`${code}\`](#${code.toLowerCase()})`))).toEqual([]);
  });
});
