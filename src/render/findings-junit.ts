import type { Diagnostic } from '../core/diagnostic.js';
import { diagnosticMessage, ruleDescription } from '../i18n/index.js';
import { groupByFile, type FindingsContext } from './findings-context.js';

/**
 * Renders findings as JUnit XML: one test suite per checked file, one failing
 * test case per error or warning, and one passing case for a file without any.
 * Infos are listed as passing cases with their message in `system-out`.
 */
export function renderFindingsJunit(diagnostics: readonly Diagnostic[], context: FindingsContext): string {
  const byFile = groupByFile(diagnostics);
  const files = [...new Set([...context.files, ...byFile.keys()])].sort();
  const suites = files.map((file) => renderSuite(file, byFile.get(file) ?? [], context));
  const failures = diagnostics.filter((d) => d.severity !== 'info').length;
  const tests = files.reduce((sum, file) => sum + Math.max(1, byFile.get(file)?.length ?? 0), 0);

  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="iki validate" tests="${tests}" failures="${failures}" errors="0">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
}

function renderSuite(file: string, findings: readonly Diagnostic[], context: FindingsContext): string {
  const failures = findings.filter((d) => d.severity !== 'info').length;
  const cases =
    findings.length === 0 ? [`    <testcase name="${xml(file)}" classname="${xml(file)}" time="0"/>`] : findings.map((d) => renderCase(file, d, context));
  return [
    `  <testsuite name="${xml(file)}" tests="${Math.max(1, findings.length)}" failures="${failures}" errors="0" skipped="0" time="0">`,
    ...cases,
    '  </testsuite>',
  ].join('\n');
}

function renderCase(file: string, d: Diagnostic, context: FindingsContext): string {
  const name = `${d.code} ${d.location.line}:${d.location.column}`;
  const message = diagnosticMessage(context.t, d);
  const where = `${d.location.file}:${d.location.line}:${d.location.column}`;
  const open = `    <testcase name="${xml(name)}" classname="${xml(file)}" time="0">`;
  if (d.severity === 'info') return `${open}\n      <system-out>${xml(`${where} ${message}`)}</system-out>\n    </testcase>`;
  const body = `${where} ${d.severity} ${d.code}\n${message}\n${ruleDescription(context.lang, d.code)}`;
  return `${open}\n      <failure message="${xml(message)}" type="${d.code}">${xml(body)}</failure>\n    </testcase>`;
}

// Escapes text for XML content and attributes, and drops characters XML 1.0 cannot hold.
function xml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
