import { child, compareOptionalText, compareText, compareValue, makeChange, type ChangeScope, type ItemRef } from './diff-change.js';
import { pairBySimilarity } from './diff-match.js';
import type { Change } from './diff-model.js';
import { diffTextWords, textSimilarity } from './diff-text.js';
import { parseFormula, type Formula } from './formula.js';
import type { Indicator, Variable } from './model.js';

/** An indicator on one side: the item and where it is. */
export interface IndicatorRef extends ItemRef {
  indicator: Indicator;
}

/**
 * Returns how alike two indicators are, from 0 to 1, by the words of their
 * objective, name and formula. Renamed and moved indicators are recognised by it.
 */
export function indicatorSimilarity(a: Indicator, b: Indicator): number {
  return textSimilarity(`${a.sasaran} ${a.indikatorKinerja} ${a.rumus}`, `${b.sasaran} ${b.indikatorKinerja} ${b.rumus}`);
}

/**
 * Compares two versions of one indicator field by field: texts, unit of
 * measure, polarity, explanation rows, variables, formula and note. The id and
 * the place in the list are compared by the caller.
 */
export function diffIndicator(base: IndicatorRef, head: IndicatorRef, scope: ChangeScope): Change[] {
  const b = base.indicator;
  const h = head.indicator;
  const field = (name: string) => ({ ...scope, field: name });
  const variables = diffVariables(base, head, scope);

  return [
    ...compareText('OBJECTIVE_CHANGED', b.sasaran, h.sasaran, child(base, 'sasaran'), child(head, 'sasaran'), field('sasaran')),
    ...compareText(
      'INDICATOR_NAME_CHANGED',
      b.indikatorKinerja,
      h.indikatorKinerja,
      child(base, 'indikatorKinerja'),
      child(head, 'indikatorKinerja'),
      field('indikatorKinerja'),
    ),
    ...diffExplanations(base, head, scope),
    ...compareText('UNIT_OF_MEASURE_CHANGED', b.satuan, h.satuan, child(base, 'satuan'), child(head, 'satuan'), field('satuan')),
    ...compareValue('POLARITY_CHANGED', b.polaritas, h.polaritas, child(base, 'polaritas'), child(head, 'polaritas'), field('polaritas')),
    ...variables.changes,
    ...diffFormula(base, head, variables.renamed, scope),
    ...compareOptionalText('NOTE_CHANGED', b.catatan, h.catatan, child(base, 'catatan'), child(head, 'catatan'), field('catatan')),
  ];
}

// Explanation rows have no id, so they are compared by position in the list.
function diffExplanations(base: IndicatorRef, head: IndicatorRef, scope: ChangeScope): Change[] {
  const changes: Change[] = [];
  const rows = Math.max(base.indicator.penjelasan.length, head.indicator.penjelasan.length);
  for (let index = 0; index < rows; index++) {
    const before = base.indicator.penjelasan[index];
    const after = head.indicator.penjelasan[index];
    const baseRow = child(child(base, 'penjelasan'), index);
    const headRow = child(child(head, 'penjelasan'), index);
    if (before && after) {
      const uraian = { ...scope, field: `penjelasan/${index}/uraian` };
      const sumberData = { ...scope, field: `penjelasan/${index}/sumberData` };
      changes.push(...compareText('EXPLANATION_CHANGED', before.uraian, after.uraian, child(baseRow, 'uraian'), child(headRow, 'uraian'), uraian));
      changes.push(
        ...compareText('DATA_SOURCE_CHANGED', before.sumberData, after.sumberData, child(baseRow, 'sumberData'), child(headRow, 'sumberData'), sumberData),
      );
    } else if (before) {
      changes.push(makeChange('EXPLANATION_ROW_REMOVED', { ...scope, field: `penjelasan/${index}`, before: before.uraian, after: null, base: baseRow }));
    } else if (after) {
      changes.push(makeChange('EXPLANATION_ROW_ADDED', { ...scope, field: `penjelasan/${index}`, before: null, after: after.uraian, head: headRow }));
    }
  }
  return changes;
}

interface VariableRef extends ItemRef {
  variable: Variable;
}

// Variables are matched by id, and a removed and an added variable with nearly
// the same description are one renamed variable. Every change to the set of
// variables is breaking, because realization rows name the variable.
function diffVariables(base: IndicatorRef, head: IndicatorRef, scope: ChangeScope): { changes: Change[]; renamed: Map<string, string> } {
  const refs = (indicator: IndicatorRef): VariableRef[] =>
    indicator.indicator.variabel.map((variable, index) => ({ ...child(child(indicator, 'variabel'), index, variable.id), variable }));
  const baseRefs = refs(base);
  const headRefs = refs(head);
  const headIds = new Set(headRefs.map((ref) => ref.variable.id));
  const baseIds = new Set(baseRefs.map((ref) => ref.variable.id));

  const pairs: [VariableRef, VariableRef][] = [];
  for (const ref of baseRefs) {
    const partner = headRefs.find((other) => other.variable.id === ref.variable.id);
    if (partner) pairs.push([ref, partner]);
  }
  const renames = pairBySimilarity(
    baseRefs.filter((ref) => !headIds.has(ref.variable.id)),
    headRefs.filter((ref) => !baseIds.has(ref.variable.id)),
    (a, b) => textSimilarity(a.variable.uraian, b.variable.uraian),
  );

  const changes: Change[] = [];
  const renamed = new Map<string, string>();
  for (const { base: before, head: after } of renames.pairs) {
    renamed.set(before.variable.id, after.variable.id);
    changes.push(
      makeChange('VARIABLE_RENAMED', {
        ...scope,
        field: `variabel/${after.variable.id}`,
        before: before.variable.id,
        after: after.variable.id,
        base: child(before, 'id'),
        head: child(after, 'id'),
      }),
    );
    pairs.push([before, after]);
  }
  for (const [before, after] of pairs) {
    const field = (name: string) => ({ ...scope, field: `variabel/${after.variable.id}/${name}` });
    changes.push(
      ...compareValue(
        'AGGREGATION_CHANGED',
        before.variable.agregasi,
        after.variable.agregasi,
        child(before, 'agregasi'),
        child(after, 'agregasi'),
        field('agregasi'),
      ),
      ...compareText(
        'VARIABLE_DESCRIPTION_CHANGED',
        before.variable.uraian,
        after.variable.uraian,
        child(before, 'uraian'),
        child(after, 'uraian'),
        field('uraian'),
      ),
    );
  }
  for (const ref of renames.removed) {
    changes.push(makeChange('VARIABLE_REMOVED', { ...scope, field: `variabel/${ref.variable.id}`, before: ref.variable.id, after: null, base: ref }));
  }
  for (const ref of renames.added) {
    changes.push(makeChange('VARIABLE_ADDED', { ...scope, field: `variabel/${ref.variable.id}`, before: null, after: ref.variable.id, head: ref }));
  }
  return { changes, renamed };
}

// A formula that parses to the same tree is the same computation written
// differently (spacing, redundant parentheses). One that becomes the same tree
// once renamed variables are substituted is already reported as VARIABLE_RENAMED.
function diffFormula(base: IndicatorRef, head: IndicatorRef, renamed: ReadonlyMap<string, string>, scope: ChangeScope): Change[] {
  const before = base.indicator.rumus;
  const after = head.indicator.rumus;
  if (before === after && renamed.size === 0) return [];

  const parsedBefore = parseFormula(before);
  const parsedAfter = parseFormula(after);
  const init = { ...scope, field: 'rumus', before, after, base: child(base, 'rumus'), head: child(head, 'rumus'), words: diffTextWords(before, after) };
  if (parsedBefore.ok && parsedAfter.ok) {
    const afterTree = JSON.stringify(parsedAfter.formula);
    if (JSON.stringify(renameVariables(parsedBefore.formula, renamed)) === afterTree) {
      const sameWithoutRenames = JSON.stringify(parsedBefore.formula) === afterTree;
      if (before === after || !sameWithoutRenames) return [];
      return [makeChange('TEXT_EDITORIAL', { ...init, editorialReason: 'penulisan-rumus' })];
    }
  } else if (before === after) {
    return [];
  }
  return [makeChange('FORMULA_CHANGED', init)];
}

function renameVariables(formula: Formula, renamed: ReadonlyMap<string, string>): Formula {
  switch (formula.kind) {
    case 'number':
      return formula;
    case 'variable':
      return { kind: 'variable', name: renamed.get(formula.name) ?? formula.name };
    case 'negate':
      return { kind: 'negate', operand: renameVariables(formula.operand, renamed) };
    case 'binary':
      return { ...formula, left: renameVariables(formula.left, renamed), right: renameVariables(formula.right, renamed) };
    case 'call':
      return { ...formula, args: formula.args.map((arg) => renameVariables(arg, renamed)) };
  }
}
