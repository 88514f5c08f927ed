import { describe, expect, test } from 'vitest';
import { makeChange } from '../../src/core/diff-change.js';
import type { Change, DiffResult } from '../../src/core/diff-model.js';
import type { SourceFile } from '../../src/core/source.js';
import { createTranslator } from '../../src/i18n/index.js';
import type { DiffContext } from '../../src/render/diff-groups.js';
import { escapeText, renderDiffMarkdown } from '../../src/render/diff-markdown.js';

const t = createTranslator('id');
const context: DiffContext = { base: { kind: 'revisi', name: 'main', shortCommit: 'abc1234' }, head: { kind: 'pohon-kerja', name: '' } };

// A source whose every path sits on line 10, enough for rendering.
const sheet: SourceFile<unknown> = {
  file: 'data/positions/kabid-sosial.yaml',
  data: {},
  locate: () => ({ file: 'data/positions/kabid-sosial.yaml', line: 10, column: 5 }),
  sourceText: () => undefined,
  textMatches: () => false,
};

function objectiveChange(position: string, index: number, text: string): Change {
  const ref = { source: sheet, path: ['indikator', index, 'sasaran'], key: ['jabatan', position, 'indikator', `i${index}`, 'sasaran'] };
  return makeChange('OBJECTIVE_CHANGED', { position, indicator: `i${index}`, field: 'sasaran', before: 'Lama', after: text, base: ref, head: ref });
}

function result(changes: Change[], positions: string[]): DiffResult {
  return {
    changes,
    positions: positions.map((id) => ({ id, name: `Jabatan ${id}`, unit: 'bidang-sosial', baseFile: sheet.file, headFile: sheet.file })),
    units: [{ id: 'bidang-sosial', name: 'Bidang Sosial' }],
  };
}

describe('renderDiffMarkdown', () => {
  test('long output is cut at whole blocks with a note', () => {
    const positions = Array.from({ length: 40 }, (_, i) => `jabatan-${i}`);
    const changes = positions.flatMap((position) => Array.from({ length: 10 }, (_, i) => objectiveChange(position, i, 'kata '.repeat(60))));

    const text = renderDiffMarkdown(result(changes, positions), context, t, 'id', 20_000);
    const shown = text.match(/<details/g)?.length ?? 0;
    const note = /> (\d+) perubahan pada (\d+) kelompok terakhir tidak ditampilkan/.exec(text);

    expect(text.length).toBeLessThanOrEqual(20_000);
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(40);
    expect(text.match(/<\/details>/g)?.length).toBe(shown);
    expect(Number(note?.[1])).toBe((40 - shown) * 10);
    expect(Number(note?.[2])).toBe(40 - shown);
    expect(text).toContain('iki diff --format json');
  });

  test('default limit keeps the text under GitHub comment size', () => {
    const positions = Array.from({ length: 200 }, (_, i) => `jabatan-${i}`);
    const changes = positions.flatMap((position) => Array.from({ length: 5 }, (_, i) => objectiveChange(position, i, 'kata '.repeat(80))));

    expect(renderDiffMarkdown(result(changes, positions), context, t, 'id').length).toBeLessThanOrEqual(65_000);
  });

  test('short output has no note', () => {
    const text = renderDiffMarkdown(result([objectiveChange('kabid-sosial', 0, 'Baru')], ['kabid-sosial']), context, t, 'id');

    expect(text).not.toContain('tidak ditampilkan');
    expect(text).toContain('~~Lama~~ → **Baru**');
  });

  test('text with pipes and HTML stays in its cell', () => {
    const text = renderDiffMarkdown(result([objectiveChange('kabid-sosial', 0, 'a | b <script> *c*')], ['kabid-sosial']), context, t, 'id');
    const row = text.split('\n').find((line) => line.includes('OBJECTIVE_CHANGED')) ?? '';

    expect(row.split(/(?<!\\) \| /)).toHaveLength(6);
    expect(row).toContain('&lt;script&gt;');
    expect(row).not.toContain('<script>');
  });
});

describe('escapeText', () => {
  test.each([
    { name: 'pipe', text: 'a|b', escaped: 'a\\|b' },
    { name: 'emphasis marks', text: '100 * a_b ~ c', escaped: '100 \\* a\\_b \\~ c' },
    { name: 'HTML', text: '<b>&', escaped: '&lt;b&gt;&amp;' },
    { name: 'line break', text: 'a\nb', escaped: 'a<br>b' },
    { name: 'backslash', text: 'a\\b', escaped: 'a\\\\b' },
  ])('$name', ({ text, escaped }) => {
    expect(escapeText(text)).toBe(escaped);
  });
});
