// Renders the HTML report of the example data and saves the screenshot shown in
// README.md and docs/panduan.md. Needs a build (`npm run build`) and Debian's
// chromium at /usr/bin/chromium (or the path in CHROMIUM_PATH).
//
//   node scripts/screenshot-html.mjs [--pdf FILE]
//
// `--pdf FILE` also prints the page to an A4 PDF, to check the print layout.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import process from 'node:process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const screenshotPath = join(root, 'docs', 'img', 'laporan-html.png');
const pdfIndex = process.argv.indexOf('--pdf');
const pdfPath = pdfIndex < 0 ? undefined : resolve(process.argv[pdfIndex + 1] ?? 'laporan-html.pdf');

const folder = mkdtempSync(join(tmpdir(), 'iki-screenshot-'));
const pagePath = join(folder, 'laporan.html');
execFileSync(
  process.execPath,
  [
    join(root, 'bin', 'iki.js'),
    'report',
    '--year',
    '2021',
    '--period',
    'TAHUN',
    '--realization',
    'examples/2021/realisasi.csv',
    '--targets',
    'examples/2021/target.yaml',
    '--output',
    pagePath,
  ],
  { cwd: root, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'ignore', 'inherit'] },
);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
  await page.goto(pathToFileURL(pagePath).href);
  await page.waitForFunction(() => globalThis.ikiReady === true);
  mkdirSync(dirname(screenshotPath), { recursive: true });
  await page.screenshot({ path: screenshotPath, fullPage: true });
  process.stderr.write(`Written: ${screenshotPath}\n`);

  if (pdfPath !== undefined) {
    await page.pdf({ path: pdfPath, preferCSSPageSize: true, printBackground: true });
    process.stderr.write(`Written: ${pdfPath}\n`);
  }
} finally {
  await browser.close();
  rmSync(folder, { recursive: true, force: true });
}
