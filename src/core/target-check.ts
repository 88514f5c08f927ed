import { diagnostic, type Diagnostic } from './diagnostic.js';
import {
  QUARTERS,
  indicatorKey,
  type Indicator,
  type IndicatorTarget,
  type PositionSheet,
  type Quarter,
  type RawTargetsFile,
  type TargetValue,
  type Targets,
} from './model.js';
import type { SourceFile } from './source.js';
import { withSuggestion } from './suggest.js';

/**
 * Checks a schema-valid targets file against the sheets and builds the targets.
 * Unknown positions and indicators and reversed ranges are errors; indicators
 * without a target are a warning, since the report marks them `tanpa-target`.
 * `missing: false` leaves that warning out, for a caller that shows the
 * `tanpa-target` rows instead; locating it means parsing the file with positions.
 */
export function checkTargets(
  source: SourceFile<RawTargetsFile>,
  sheets: readonly PositionSheet[],
  year: number | undefined,
  options: { missing?: boolean } = {},
): { targets: Targets; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const byIndicator = new Map<string, IndicatorTarget>();
  const sheetsById = new Map(sheets.map((s) => [s.id, s]));

  if (year !== undefined && source.data.tahun !== year) {
    diagnostics.push(diagnostic('TARGET_YEAR_MISMATCH', source.locate(['tahun']), { value: source.data.tahun, year }));
  }

  const mayHaveAmbiguousNumbers = source.textMatches(AMBIGUOUS_NUMBER_IN_TEXT);
  for (const [positionId, indicators] of Object.entries(source.data.target)) {
    const sheet = sheetsById.get(positionId);
    if (!sheet) {
      diagnostics.push(
        diagnostic(
          'TARGET_UNKNOWN_POSITION',
          source.locate(['target', positionId], { key: true }),
          withSuggestion({ value: positionId }, positionId, sheetsById.keys()),
        ),
      );
      continue;
    }
    for (const [indicatorId, raw] of Object.entries(indicators)) {
      const path = ['target', positionId, indicatorId];
      const ids = sheet.indikator.map((i) => i.id);
      if (!ids.includes(indicatorId)) {
        diagnostics.push(
          diagnostic(
            'TARGET_UNKNOWN_INDICATOR',
            source.locate(path, { key: true }),
            withSuggestion({ value: indicatorId, position: positionId }, indicatorId, ids),
          ),
        );
        continue;
      }
      if (mayHaveAmbiguousNumbers) diagnostics.push(...checkWrittenNumbers(source, path, raw));
      diagnostics.push(...checkNegativeTargets(source, path, raw));
      const target = normalizeTarget(raw);
      for (const [label, value] of [['tahunan', target.annual], ...Object.entries(target.quarterly)] as [string, TargetValue][]) {
        if (typeof value !== 'number' && value.min > value.max) {
          const valuePath = typeof raw === 'object' && 'tahunan' in raw ? [...path, label] : path;
          diagnostics.push(diagnostic('TARGET_RANGE_ORDER', source.locate(valuePath), { min: value.min, max: value.max }));
        }
      }
      diagnostics.push(
        ...checkQuarterlyTargets(
          source,
          path,
          raw,
          target,
          sheet.indikator.find((i) => i.id === indicatorId),
        ),
      );
      byIndicator.set(indicatorKey(positionId, indicatorId), target);
    }
  }

  for (const sheet of options.missing === false ? [] : sheets) {
    for (const indicator of sheet.indikator) {
      if (byIndicator.has(indicatorKey(sheet.id, indicator.id))) continue;
      // The position's own entry is the place to add the target; without one, the `target` key.
      const path = source.data.target[sheet.id] === undefined ? ['target'] : ['target', sheet.id];
      diagnostics.push(diagnostic('TARGET_MISSING', source.locate(path, { key: true }), { indicator: indicatorKey(sheet.id, indicator.id) }));
    }
  }

  const targets: Targets = { year: source.data.tahun, byIndicator };
  if (source.data.dasar !== undefined) targets.basis = source.data.dasar;
  return { targets, diagnostics };
}

// Quarterly targets are cumulative: for an indicator whose variables are all
// sums, a later quarter below an earlier one is almost always a typing slip.
// TW4 closes the year, so it must equal the annual target.
function checkQuarterlyTargets(
  source: SourceFile<RawTargetsFile>,
  path: (string | number)[],
  raw: RawTargetsFile['target'][string][string],
  target: IndicatorTarget,
  indicator: Indicator | undefined,
): Diagnostic[] {
  if (typeof raw === 'number' || !('tahunan' in raw)) return [];
  const diagnostics: Diagnostic[] = [];

  const tw4 = target.quarterly.TW4;
  if (tw4 !== undefined && !sameTarget(tw4, target.annual)) {
    diagnostics.push(diagnostic('TARGET_TW4_MISMATCH', source.locate([...path, 'TW4']), { value: describeTarget(tw4), annual: describeTarget(target.annual) }));
  }

  const allSums = indicator !== undefined && indicator.variabel.every((v) => v.agregasi === 'jumlah');
  if (!allSums) return diagnostics;
  let previous: { quarter: Quarter; value: number } | undefined;
  for (const quarter of QUARTERS) {
    const value = target.quarterly[quarter];
    if (typeof value !== 'number') continue;
    if (previous && value < previous.value) {
      diagnostics.push(
        diagnostic('TARGET_NOT_CUMULATIVE', source.locate([...path, quarter]), { quarter, value, previousQuarter: previous.quarter, previous: previous.value }),
      );
    }
    previous = { quarter, value };
  }
  return diagnostics;
}

// A number such as 12.000 or 1.500 anywhere in the text, where a value can be written.
const AMBIGUOUS_NUMBER_IN_TEXT = /(?:^|[\s:,[{])-?[1-9]\d{0,2}(?:\.\d{3})+(?=$|[\s,\]}#])/m;

// YAML reads 12.000 as twelve, while an Indonesian writer means twelve
// thousand. A number written with one group of three decimals could be either,
// so it is rejected, as in a comma-delimited realization file. More groups
// (1.234.567) are not a YAML number, so the schema check reports those.
function checkWrittenNumbers(source: SourceFile<RawTargetsFile>, path: (string | number)[], raw: RawTargetsFile['target'][string][string]): Diagnostic[] {
  const paths: (string | number)[][] = [];
  if (typeof raw === 'number') paths.push(path);
  else if ('tahunan' in raw) {
    for (const key of ['tahunan', ...QUARTERS] as const) {
      const value = raw[key];
      if (typeof value === 'number') paths.push([...path, key]);
      else if (value !== undefined) paths.push([...path, key, 'min'], [...path, key, 'max']);
    }
  } else paths.push([...path, 'min'], [...path, 'max']);

  return paths.flatMap((valuePath) => {
    const written = source.sourceText(valuePath);
    if (written === undefined || !/^-?[1-9]\d{0,2}(\.\d{3})+$/.test(written)) return [];
    return [diagnostic('TARGET_AMBIGUOUS_NUMBER', source.locate(valuePath), { value: written, suggestion: written.replace(/\./g, '') })];
  });
}

// capaian divides by the target, so a target below zero turns a shortfall into
// a negative percentage that still looks computed; no formula of the decree
// defines such a comparison.
function checkNegativeTargets(source: SourceFile<RawTargetsFile>, path: (string | number)[], raw: RawTargetsFile['target'][string][string]): Diagnostic[] {
  const values: [(string | number)[], TargetValue][] = [];
  if (typeof raw === 'number' || !('tahunan' in raw)) values.push([path, raw]);
  else {
    for (const key of ['tahunan', ...QUARTERS] as const) {
      const value = raw[key];
      if (value !== undefined) values.push([[...path, key], value]);
    }
  }
  return values
    .filter(([, value]) => (typeof value === 'number' ? value < 0 : value.min < 0))
    .map(([valuePath, value]) => diagnostic('TARGET_NEGATIVE', source.locate(valuePath), { value: describeTarget(value) }));
}

function sameTarget(a: TargetValue, b: TargetValue): boolean {
  if (typeof a === 'number' || typeof b === 'number') return a === b;
  return a.min === b.min && a.max === b.max;
}

function describeTarget(value: TargetValue): string {
  return typeof value === 'number' ? String(value) : `${value.min}–${value.max}`;
}

function normalizeTarget(raw: RawTargetsFile['target'][string][string]): IndicatorTarget {
  if (typeof raw === 'number' || !('tahunan' in raw)) return { annual: raw, quarterly: {} };
  const quarterly: IndicatorTarget['quarterly'] = {};
  for (const quarter of QUARTERS) {
    const value = raw[quarter];
    if (value !== undefined) quarterly[quarter] = value;
  }
  return { annual: raw.tahunan, quarterly };
}
