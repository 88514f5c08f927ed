import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Reads the browser build (UMD) of chart.js that the HTML report inlines.
 * The trailing `sourceMappingURL` comment is removed, so a browser with
 * developer tools open does not try to fetch the map file next to the page.
 */
export function readChartJsSource(): string {
  // chart.js 4 lists no `./dist/*` subpath in its package exports, so the UMD
  // file is found next to the CommonJS entry point that `require` resolves.
  const entryPoint = createRequire(import.meta.url).resolve('chart.js');
  const source = readFileSync(join(dirname(entryPoint), 'chart.umd.js'), 'utf8');
  return source.replace(/\n\/\/# sourceMappingURL=\S*\s*$/, '\n');
}
