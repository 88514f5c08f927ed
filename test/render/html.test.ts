import { describe, expect, test } from 'vitest';
import { escapeHtml, escapeInlineScript, jsonForHtml } from '../../src/render/html.js';

describe('escapeHtml', () => {
  test.each([
    { name: 'tag', input: '<img src=x onerror=alert(1)>', expected: '&lt;img src=x onerror=alert(1)&gt;' },
    { name: 'ampersand first', input: '&lt;', expected: '&amp;lt;' },
    { name: 'both quotes', input: `"a" 'b'`, expected: '&quot;a&quot; &#39;b&#39;' },
    { name: 'formula unchanged', input: '=HYPERLINK("x","y")', expected: '=HYPERLINK(&quot;x&quot;,&quot;y&quot;)' },
    { name: 'plain text unchanged', input: 'Persentase Kehadiran 95,5 %', expected: 'Persentase Kehadiran 95,5 %' },
  ])('$name', ({ input, expected }) => {
    expect(escapeHtml(input)).toBe(expected);
  });
});

describe('escapeInlineScript', () => {
  test.each([
    { name: 'closing tag', input: 'a = "</script>";', expected: 'a = "<\\/script>";' },
    { name: 'closing tag in capitals', input: 'a = "</SCRIPT >";', expected: 'a = "<\\/SCRIPT >";' },
    { name: 'comment opener', input: 'a = "<!--";', expected: 'a = "<\\!--";' },
    { name: 'other tags unchanged', input: 'a = "</div>";', expected: 'a = "</div>";' },
  ])('$name', ({ input, expected }) => {
    expect(escapeInlineScript(input)).toBe(expected);
  });

  test('escaped string keeps its value', () => {
    const source = 'globalThis.result = "</script><!--";';

    const escaped = escapeInlineScript(source);
    new Function(escaped)();

    expect((globalThis as { result?: string }).result).toBe('</script><!--');
  });
});

describe('jsonForHtml', () => {
  test('markup characters become escapes', () => {
    const json = jsonForHtml({ name: '</script><b>&' });

    expect(json).not.toMatch(/[<>&]/);
    expect(JSON.parse(json)).toEqual({ name: '</script><b>&' });
  });

  test('line separators become escapes', () => {
    const json = jsonForHtml({ text: 'a\u2028b\u2029c' });

    expect(json).toBe('{"text":"a\\u2028b\\u2029c"}');
    expect(JSON.parse(json)).toEqual({ text: 'a\u2028b\u2029c' });
  });
});
