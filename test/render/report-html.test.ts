import { describe, expect, test } from 'vitest';
import { summarizeReport } from '../../src/core/summary.js';
import { createTranslator } from '../../src/i18n/index.js';
import { renderReportHtml } from '../../src/render/report-html.js';

describe('renderReportHtml', () => {
  const summaries = summarizeReport([], { id: 'dinas', name: 'Dinas </title><b>Uji</b>' });
  const context = { agencyName: 'Dinas </title><b>Uji</b>', year: 2021, period: 'TAHUN' };
  const render = (chartJsSource: string) =>
    renderReportHtml([], summaries, context, { t: createTranslator('id'), lang: 'id', chartJsSource, generator: 'iki 0.0.0' });

  test('inlined library cannot close its script element', () => {
    const html = render('window.marker = "</script><script>alert(1)</script>";');

    expect(html).toContain('window.marker = "<\\/script><script>alert(1)<\\/script>";');
    expect(html.match(/<\/script>/g)).toHaveLength(3);
  });

  test('agency name is escaped in title and heading', () => {
    const html = render('');

    expect(html).not.toContain('<b>Uji</b>');
    expect(html).toContain('Dinas &lt;/title&gt;&lt;b&gt;Uji&lt;/b&gt;');
  });
});
