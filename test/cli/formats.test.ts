import { describe, expect, test } from 'vitest';
import { REPORT_FORMATS } from '../../src/cli/report-output.js';
import { SHOW_FORMATS } from '../../src/cli/show.js';
import { VALIDATE_FORMATS } from '../../src/cli/validate.js';
import { runIki } from './harness.js';

// main.ts repeats the format lists to keep start-up light; the help text must match the commands.
describe('format choices in help', () => {
  test.each([
    { command: 'validate', formats: VALIDATE_FORMATS },
    { command: 'show', formats: SHOW_FORMATS },
    { command: 'report', formats: REPORT_FORMATS },
  ])('$command lists its formats', async ({ command, formats }) => {
    const result = await runIki([command, '--help']);
    expect(result.stdout.replace(/\s+/g, ' ')).toContain(`pilihan: ${formats.map((f) => `"${f}"`).join(', ')}`);
  });
});
