import { describe, expect, test } from 'vitest';
import { parseYamlSource } from '../../src/io/yaml-source.js';

const codesAndPlaces = (text: string) => {
  const parsed = parseYamlSource('lembar.yaml', text);
  return parsed.ok ? [] : parsed.diagnostics.map((d) => [d.code, d.location.line, d.location.column]);
};

describe('parseYamlSource', () => {
  test('YAML 1.1 directive is rejected', () => {
    expect(codesAndPlaces('%YAML 1.1\n---\nid: kabid-sosial\n')).toContainEqual(['YAML_VERSION', 1, 1]);
  });

  test('YAML 1.2 reads no and 012 literally', () => {
    const parsed = parseYamlSource<{ a: unknown; b: unknown; c: unknown }>('x.yaml', 'a: no\nb: on\nc: 012\n');
    expect(parsed.ok && parsed.source.data).toEqual({ a: 'no', b: 'on', c: 12 });
  });

  test('duplicate key names both lines', () => {
    const parsed = parseYamlSource('lembar.yaml', 'id: a\njabatan: b\nid: c\n');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.diagnostics.map((d) => [d.code, d.location.line, d.location.column, d.args.firstLine])).toEqual([['YAML_DUPLICATE_KEY', 3, 1, 1]]);
    }
  });

  test('alias bomb is rejected without expanding', () => {
    const anchors = ['a: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x", "x"]'];
    for (let i = 1; i < 9; i++)
      anchors.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(', ')}]`,
      );
    const parsed = parseYamlSource('bom.yaml', `${anchors.join('\n')}\n`);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.diagnostics.every((d) => d.code === 'YAML_ALIAS')).toBe(true);
  });

  test('merge key is rejected', () => {
    expect(codesAndPlaces('dasar: &d\n  x: 1\nlain:\n  <<: *d\n')).toContainEqual(['YAML_ALIAS', 4, 3]);
  });

  test('tab indentation names line and column', () => {
    const result = codesAndPlaces('indikator:\n\t- id: a\n');
    expect(result.some(([code, line]) => code === 'YAML_TAB' && line === 2)).toBe(true);
  });

  test('syntax error is located', () => {
    const result = codesAndPlaces('id: "tidak ditutup\njabatan: x\n');
    expect(result[0]?.[0]).toBe('YAML_SYNTAX');
  });

  test('locate maps data paths to 1-based positions', () => {
    const parsed = parseYamlSource('lembar.yaml', '# komentar\nid: kabid-sosial\nindikator:\n  - id: satu\n    rumus: 100 * a / b\n');
    if (!parsed.ok) throw new Error('expected a parse');
    expect(parsed.source.locate(['indikator', 0, 'rumus'])).toMatchObject({ line: 5, column: 12 });
    expect(parsed.source.locate(['indikator', 0, 'rumus'], { key: true })).toMatchObject({ line: 5, column: 5 });
    expect(parsed.source.locate(['indikator', 0, 'rumus'], { offset: 6 })).toMatchObject({ line: 5, column: 18 });
    expect(parsed.source.locate(['indikator', 0, 'sasaran'])).toMatchObject({ line: 4, column: 5 });
  });

  test('sourceText keeps what was written', () => {
    const parsed = parseYamlSource('lembar.yaml', 'id: 012\n');
    expect(parsed.ok && parsed.source.sourceText(['id'])).toBe('012');
  });
});

describe('parseYamlSource syntax findings', () => {
  test('one finding for one broken line', () => {
    const result = codesAndPlaces('id: kabid\n  jabatan: x\n   unitKerja: y\natasan: z\n');
    expect(result).toHaveLength(1);
  });

  test('unclosed quote is explained in the finding', () => {
    const parsed = parseYamlSource('lembar.yaml', 'id: kabid\njabatan: "tidak ditutup\nunitKerja: x\n');
    expect(!parsed.ok && parsed.diagnostics[0]?.args.kind).toBe('MISSING_CHAR');
  });

  test('unclosed bracket is told apart from bad indentation', () => {
    const parsed = parseYamlSource('lembar.yaml', 'id: kabid\nvariabel:\n  - uraian: [Jumlah peserta\n    agregasi: jumlah\n');
    const indented = parseYamlSource('lembar.yaml', 'id: kabid\nvariabel:\n  - uraian: a\n   agregasi: jumlah\n');

    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.diagnostics[0]?.args.kind).toBe('FLOW_NOT_CLOSED');
    expect(indented.ok).toBe(false);
    if (!indented.ok) expect(indented.diagnostics[0]?.args.kind).not.toBe('FLOW_NOT_CLOSED');
  });
});
