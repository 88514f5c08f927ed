const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for an HTML text node or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character] ?? character);
}

/**
 * Makes JavaScript source safe inside an inline `<script>` element: a
 * `</script` would end the element early and `<!--` would switch the parser
 * into a state where the real end tag is missed. Both are rewritten with a
 * backslash, which means the same character inside JavaScript strings and
 * comments.
 */
export function escapeInlineScript(source: string): string {
  // NOTE: inside a regular expression literal with the `u` flag, `\!` is a
  // syntax error. chart.js 4.6.1 contains neither sequence, so this rewrite
  // changes nothing in it today.
  return source.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

/**
 * Serialises a value as JSON for a `<script type="application/json">`
 * element: `<`, `>` and `&` become `\u003c`, `\u003e` and `\u0026`, so no text
 * in the data can close the element or start markup.
 */
export function jsonForHtml(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
