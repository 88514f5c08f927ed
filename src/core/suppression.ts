import { CODE_SEVERITY, diagnostic, type Diagnostic, type DiagnosticCode } from './diagnostic.js';

/** A `# iki-disable-next-line CODE -- reason` comment and the line it applies to. */
export interface Suppression {
  file: string;
  /** 1-based line of the comment. */
  line: number;
  column: number;
  /** 1-based line of the next line with content, whose findings it silences. */
  targetLine: number;
  codes: DiagnosticCode[];
  reason: string;
}

// A suppression is a comment line of its own, so the text of a quoted value never counts as one.
const MARKER = /^\s*#\s*iki-disable-next-line\b(.*)$/;

/**
 * Finds suppression comments in a YAML text. A comment without a reason after
 * `--`, or naming an unknown code, is a finding and silences nothing.
 */
export function parseSuppressions(file: string, text: string): { suppressions: Suppression[]; diagnostics: Diagnostic[] } {
  const lines = text.split(/\r?\n/);
  const suppressions: Suppression[] = [];
  const diagnostics: Diagnostic[] = [];

  lines.forEach((content, index) => {
    const match = MARKER.exec(content);
    if (!match) return;
    const location = { file, line: index + 1, column: content.indexOf('#') + 1 };
    const [codePart = '', ...reasonParts] = (match[1] ?? '').split(/\s*--\s*/);
    const reason = reasonParts.join(' -- ').trim();
    const names = codePart.split(/[\s,]+/).filter((name) => name !== '');

    const unknown = names.filter((name) => !(name in CODE_SEVERITY));
    if (names.length === 0 || unknown.length > 0) {
      diagnostics.push(diagnostic('SUPPRESSION_UNKNOWN_CODE', location, { value: unknown.join(', ') }));
      return;
    }
    if (reason === '') {
      diagnostics.push(diagnostic('SUPPRESSION_NO_REASON', location, { codes: names.join(', ') }));
      return;
    }
    suppressions.push({ ...location, targetLine: nextContentLine(lines, index), codes: names as DiagnosticCode[], reason });
  });
  return { suppressions, diagnostics };
}

// The comment applies to the next line that is neither blank nor a comment,
// so a block of several suppression comments can precede one line.
function nextContentLine(lines: readonly string[], commentIndex: number): number {
  for (let index = commentIndex + 1; index < lines.length; index++) {
    const content = (lines[index] ?? '').trim();
    if (content !== '' && !content.startsWith('#')) return index + 1;
  }
  return commentIndex + 2;
}

/**
 * Removes the warnings and infos a suppression names on its target line, and
 * reports every suppression that silenced nothing. Errors are never silenced,
 * because a report computed past them would be wrong.
 */
export function applySuppressions(diagnostics: readonly Diagnostic[], suppressions: readonly Suppression[]): Diagnostic[] {
  const used = new Set<Suppression>();
  const kept = diagnostics.filter((finding) => {
    if (finding.severity === 'error') return true;
    const match = suppressions.find((s) => s.file === finding.location.file && s.targetLine === finding.location.line && s.codes.includes(finding.code));
    if (match) used.add(match);
    return !match;
  });

  const unused = suppressions
    .filter((s) => !used.has(s))
    .map((s) => diagnostic('SUPPRESSION_UNUSED', { file: s.file, line: s.line, column: s.column }, { codes: s.codes.join(', '), targetLine: s.targetLine }));
  return [...kept, ...unused];
}
