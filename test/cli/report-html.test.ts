import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { temporaryFolder } from '../helpers.js';
import { copyProject, editFile, runIki } from './harness.js';

const CHROMIUM = '/usr/bin/chromium';
const HAS_CHROMIUM = existsSync(CHROMIUM);

// A browser that starts with a fresh temporary profile and makes no request of
// its own (updates, sync, field trials, QUIC probes) besides what the page requests.
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const WITHOUT_TARGETS = ['--year', '2021', '--realization', 'examples/2021/realisasi.csv', '--period', 'TAHUN'];
const EXAMPLE = [...WITHOUT_TARGETS, '--targets', 'examples/2021/target.yaml'];

const INJECTED_INDICATOR = '<img src=x onerror=alert(1)>';
const INJECTED_FORMULA = '=HYPERLINK("https://example.invalid","klik")';

interface JsonRow {
  unitKerja: string;
  capaian: number | null;
}

/** Runs `iki report` on the example data with `args` in `cwd` and fails the test when it does not succeed. */
async function report(args: string[], cwd?: string, inputs = EXAMPLE): Promise<string> {
  const result = await runIki(['report', ...inputs, ...args], cwd ? { cwd } : {});
  if (result.code !== 0) throw new Error(`iki report ${args.join(' ')} failed with ${result.code}: ${result.stderr}`);
  return result.stdout;
}

/** Writes the HTML report of the example data into a new temporary folder and returns its path. */
async function writeHtmlReport(cwd?: string): Promise<string> {
  const path = join(temporaryFolder('iki-html-'), 'laporan.html');
  await report(['--format', 'html', '--output', path], cwd);
  return path;
}

describe('iki report --format html', () => {
  test('stdout page has CSP and no external reference', async () => {
    const html = await report(['--format', 'html']);

    expect(html.startsWith('<!doctype html>\n<html lang="id">')).toBe(true);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"`);
    expect(html).not.toMatch(/\b(src|href)="(https?:)?\/\//);
    expect(html).not.toContain('sourceMappingURL');
  });

  test('--lang en sets the page language', async () => {
    const result = await runIki(['--lang', 'en', 'report', ...EXAMPLE, '--format', 'html']);

    expect(result.code).toBe(0);
    expect(result.stdout).toContain('<html lang="en">');
    expect(result.stdout).toContain('Achievement table');
  });

  test('.html output name implies html', async () => {
    const path = join(temporaryFolder('iki-html-'), 'laporan.html');
    await report(['--output', path]);

    expect(readFileSync(path, 'utf8').startsWith('<!doctype html>')).toBe(true);
  });
});

describe.skipIf(!HAS_CHROMIUM)(`HTML report in Chromium (skipped: ${CHROMIUM} not installed)`, () => {
  let browser: Browser;
  let examplePath: string;
  let exampleRows: JsonRow[];

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    examplePath = await writeHtmlReport();
    exampleRows = (JSON.parse(await report(['--format', 'json'])) as { baris: JsonRow[] }).baris;
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  /** Opens a report page and records errors, dialogs and every request other than the page itself. */
  async function open(path: string): Promise<{ page: Page; errors: string[]; requests: string[]; dialogs: string[] }> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const url = pathToFileURL(path).href;
    const errors: string[] = [];
    const requests: string[] = [];
    const dialogs: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('request', (request) => {
      if (request.url() !== url) requests.push(request.url());
    });
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });

    await page.goto(url);
    await page.waitForFunction('window.ikiReady === true', undefined, { timeout: 15_000 });
    return { page, errors, requests, dialogs };
  }

  /** Number of bars chart.js drew on a canvas, and the count the page script wrote on it. */
  async function barCounts(page: Page, canvasId: string): Promise<{ drawn: number; attribute: string | undefined }> {
    return page.evaluate(`(() => {
      const canvas = document.getElementById(${JSON.stringify(canvasId)});
      return { drawn: Chart.getChart(canvas).getDatasetMeta(0).data.length, attribute: canvas.dataset.bars };
    })()`);
  }

  /** Returns the `data-value` of the Capaian cell of each indicator row, in the order shown. */
  async function achievementColumn(page: Page): Promise<(number | null)[]> {
    return page.evaluate(`Array.from(document.querySelectorAll('#report-table tr.indicator-row'), (row) => {
      const value = row.cells[5].dataset.value;
      return value === undefined ? null : Number(value);
    })`);
  }

  test('page loads without errors or requests', async () => {
    const { page, errors, requests } = await open(examplePath);

    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    await page.close();
  });

  test('overview has one bar per capaian', async () => {
    const { page } = await open(examplePath);
    const withAchievement = exampleRows.filter((row) => row.capaian !== null).length;

    const counts = await barCounts(page, 'chart-overview');

    expect(withAchievement).toBe(45);
    expect(counts.drawn).toBe(withAchievement);
    expect(counts.attribute).toBe(String(withAchievement));
    await page.close();
  });

  test('one chart per unit', async () => {
    const { page } = await open(examplePath);
    const units = [...new Set(exampleRows.map((row) => row.unitKerja))];

    const canvasIds = await page.locator('canvas[id^="chart-unit-"]').evaluateAll((canvases) => canvases.map((canvas) => canvas.id));

    expect(canvasIds).toHaveLength(4);
    expect(canvasIds).toHaveLength(units.length);
    for (const [index, unit] of units.entries()) {
      const expected = exampleRows.filter((row) => row.unitKerja === unit && row.capaian !== null).length;
      expect((await barCounts(page, `chart-unit-${index + 1}`)).drawn, unit).toBe(expected);
    }
    await page.close();
  });

  test('table has a row per indicator', async () => {
    const { page } = await open(examplePath);

    expect(await page.locator('#report-table tr.indicator-row').count()).toBe(49);
    expect(exampleRows).toHaveLength(49);
    expect(await page.locator('#report-table tr.group-unit').count()).toBe(4);
    await page.close();
  });

  test('numbers in Indonesian format', async () => {
    const { page } = await open(examplePath);
    const firstRow = page.locator('#report-table tr.indicator-row[data-position="kabid-sosial"]').first();

    expect(await firstRow.locator('td').nth(5).textContent()).toBe('95,00');
    expect(await firstRow.locator('td').nth(5).getAttribute('data-value')).toBe('95');
    await page.close();
  });

  test('status legend lists statuses present', async () => {
    const { page } = await open(examplePath);

    const terms = await page.locator('.status-legend dt').allTextContents();

    expect(terms).toEqual(['tanpa data', 'penyebut nol', 'tanpa target', 'target nol', 'data tidak lengkap', 'ok']);
    expect(await page.locator('.status-legend dd').count()).toBe(6);
    await page.close();
  });

  test('Capaian header sorts rows', async () => {
    const { page, errors } = await open(examplePath);
    const header = page.locator('#report-table thead th').nth(5);
    const button = header.locator('button');
    const original = await achievementColumn(page);
    const numbers = original.filter((value): value is number => value !== null);

    await button.click();
    const ascending = await achievementColumn(page);
    await button.focus();
    await page.keyboard.press('Enter');
    const descending = await achievementColumn(page);
    await button.click();
    const restored = await achievementColumn(page);

    expect(original).not.toEqual([...numbers].sort((a, b) => a - b));
    expect(ascending).toEqual([...[...numbers].sort((a, b) => a - b), null, null, null, null]);
    expect(descending).toEqual([...[...numbers].sort((a, b) => b - a), null, null, null, null]);
    expect(restored).toEqual(original);
    expect(await header.getAttribute('aria-sort')).toBeNull();
    expect(errors).toEqual([]);
    await page.close();
  });

  test('sorted header has aria-sort', async () => {
    const { page } = await open(examplePath);
    const header = page.locator('#report-table thead th').nth(5);

    await header.locator('button').click();

    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    expect(await page.locator('#report-table tr.group-row:visible').count()).toBe(0);
    await page.close();
  });

  test('print layout fits A4 landscape', async () => {
    const { page, errors } = await open(examplePath);
    // 273mm of printable width at 96 CSS pixels per inch.
    const printableWidth = Math.floor((273 / 25.4) * 96);

    await page.setViewportSize({ width: printableWidth, height: 700 });
    await page.emulateMedia({ media: 'print' });
    const overflow = await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth');
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });

    expect(overflow).toBe(0);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(errors).toEqual([]);
    await page.close();
  });

  test('full-page screenshot is written', async () => {
    const { page } = await open(examplePath);
    const path = join(temporaryFolder('iki-html-shot-'), 'laporan-html.png');

    await page.screenshot({ path, fullPage: true });

    expect(readFileSync(path).subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(statSync(path).size).toBeGreaterThan(10_000);
    await page.close();
  });

  test('no targets draws no bars', async () => {
    const path = join(temporaryFolder('iki-html-'), 'laporan.html');
    await report(['--format', 'html', '--output', path], undefined, WITHOUT_TARGETS);

    const { page, errors, requests } = await open(path);

    expect(await page.locator('canvas').count()).toBe(0);
    expect(await page.locator('.chart-empty').count()).toBe(5);
    expect(await page.locator('#report-table tr.indicator-row').count()).toBe(49);
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    await page.close();
  });

  test('markup in data is shown as text', async () => {
    const project = copyProject();
    const sheet = join(project, 'data', 'positions', 'kabid-sosial.yaml');
    editFile(sheet, 'indikatorKinerja: Persentase Pemberdayaan Fakir Miskin/Anak Terlantar', `indikatorKinerja: ${JSON.stringify(INJECTED_INDICATOR)}`);
    editFile(sheet, 'sasaran: Meningkatkan Pemberdayaan Fakir Miskin, KAT, PMKS', `sasaran: ${JSON.stringify(INJECTED_FORMULA)}`);
    editFile(sheet, 'jabatan: Kepala Bidang Sosial', `jabatan: ${JSON.stringify(INJECTED_FORMULA)}`);
    const path = await writeHtmlReport(project);

    const { page, errors, requests, dialogs } = await open(path);
    const firstRow = page.locator('#report-table tr.indicator-row[data-position="kabid-sosial"]').first();
    const chartNames = await page.evaluate(`JSON.parse(document.getElementById('report-data').textContent).charts[0].bars.map((bar) => bar.name)`);

    expect(readFileSync(path, 'utf8')).not.toContain('<img');
    expect(await firstRow.locator('.indicator-name').textContent()).toBe(INJECTED_INDICATOR);
    expect(await page.locator('#report-table tr.group-position th', { hasText: 'HYPERLINK' }).textContent()).toBe(INJECTED_FORMULA);
    expect(chartNames).toContain(INJECTED_INDICATOR);
    expect(await page.locator('img').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
