import { diagnostic, type Diagnostic } from './diagnostic.js';
import { hasPercentFactor, parseFormula } from './formula.js';
import type { Decree, Indicator, Organisation, PositionSheet } from './model.js';
import type { SourceFile } from './source.js';
import { withSuggestion } from './suggest.js';

/** The schema-valid files of one data folder. */
export interface Dataset {
  organisation: SourceFile<Organisation> | undefined;
  decrees: SourceFile<Decree>[];
  sheets: SourceFile<PositionSheet>[];
  /**
   * Ids of files that parsed but failed their schema. References to them are
   * not reported again: the file's own findings already explain the problem.
   */
  invalidIds?: string[];
}

/** Returns a file's name without folder and extension. */
export function baseName(file: string): string {
  return file.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
}

/**
 * Checks what the schema cannot: ids equal file names and unique, references to
 * units, superiors and decrees, formulas and their variables, and the hierarchy.
 */
export function checkDataset(dataset: Dataset): Diagnostic[] {
  const references = collectReferences(dataset);
  return [
    ...checkOrganisation(dataset),
    ...dataset.decrees.flatMap((decree) => checkFileName(decree)),
    ...checkUniqueSheetIds(dataset.sheets),
    ...dataset.sheets.flatMap((sheet) => checkSheet(sheet, references)),
    ...checkSuperiorCycles(dataset),
  ];
}

/** The ids a sheet may refer to; `units` and `superiors` are absent without an organisation. */
interface References {
  units: Set<string> | undefined;
  superiors: Set<string> | undefined;
  decrees: Set<string>;
}

// Built once per dataset, so checking N sheets takes N set lookups rather
// than N² string comparisons.
function collectReferences(dataset: Dataset): References {
  const organisation = dataset.organisation?.data;
  const invalidIds = dataset.invalidIds ?? [];
  return {
    units: organisation ? new Set(organisation.unitKerja.map((u) => u.id)) : undefined,
    superiors: organisation ? new Set([organisation.kepala.id, ...dataset.sheets.map((s) => s.data.id), ...invalidIds]) : undefined,
    decrees: new Set([...dataset.decrees.map((d) => d.data.id), ...invalidIds]),
  };
}

function checkFileName(source: SourceFile<{ id: string }>): Diagnostic[] {
  const expected = baseName(source.file);
  if (source.data.id === expected) return [];
  // A file name such as `sekretaris (copy).yml` is no valid id, so only renaming the file helps.
  const usable = /^[a-z0-9]+(-[a-z0-9]+)*$/.test(expected) ? 'yes' : 'no';
  return [diagnostic('FILE_NAME_MISMATCH', source.locate(['id']), { value: source.data.id, expected, usable })];
}

function checkOrganisation(dataset: Dataset): Diagnostic[] {
  const organisation = dataset.organisation;
  if (!organisation) return [];

  const diagnostics: Diagnostic[] = [];
  const positionIds = new Set([...dataset.sheets.map((s) => s.data.id), ...(dataset.invalidIds ?? [])]);
  const seen = new Set<string>();
  const firstSheetById = new Map<string, SourceFile<PositionSheet>>();
  for (const sheet of dataset.sheets) if (!firstSheetById.has(sheet.data.id)) firstSheetById.set(sheet.data.id, sheet);
  organisation.data.unitKerja.forEach((unit, index) => {
    if (seen.has(unit.id)) {
      diagnostics.push(diagnostic('DUPLICATE_ID', organisation.locate(['unitKerja', index, 'id']), { value: unit.id, kind: 'unitKerja' }));
    }
    seen.add(unit.id);
    if (dataset.sheets.length > 0 && !positionIds.has(unit.kepala)) {
      const args = withSuggestion({ value: unit.kepala }, unit.kepala, positionIds);
      diagnostics.push(diagnostic('UNKNOWN_SUPERIOR', organisation.locate(['unitKerja', index, 'kepala']), args));
    }
    const head = firstSheetById.get(unit.kepala);
    // A head whose own unit is unknown is reported there already, as UNKNOWN_UNIT.
    const headUnitKnown = organisation.data.unitKerja.some((u) => u.id === head?.data.unitKerja);
    if (head && headUnitKnown && head.data.unitKerja !== unit.id) {
      const args = { value: unit.kepala, unit: unit.id, actual: head.data.unitKerja };
      diagnostics.push(diagnostic('UNIT_HEAD_ELSEWHERE', organisation.locate(['unitKerja', index, 'kepala']), args, [head.locate(['unitKerja'])]));
    }
  });
  return diagnostics;
}

function checkUniqueSheetIds(sheets: readonly SourceFile<PositionSheet>[]): Diagnostic[] {
  const firstFile = new Map<string, string>();
  const diagnostics: Diagnostic[] = [];
  for (const sheet of sheets) {
    const first = firstFile.get(sheet.data.id);
    if (first !== undefined) {
      diagnostics.push(diagnostic('DUPLICATE_ID', sheet.locate(['id']), { value: sheet.data.id, kind: 'jabatan', first }));
    } else {
      firstFile.set(sheet.data.id, sheet.file);
    }
  }
  return diagnostics;
}

function checkSheet(sheet: SourceFile<PositionSheet>, references: References): Diagnostic[] {
  const diagnostics = checkFileName(sheet);
  const data = sheet.data;
  const { units, superiors, decrees } = references;

  if (units && superiors) {
    if (!units.has(data.unitKerja)) {
      diagnostics.push(diagnostic('UNKNOWN_UNIT', sheet.locate(['unitKerja']), withSuggestion({ value: data.unitKerja }, data.unitKerja, units)));
    }
    if (data.atasan === data.id) {
      diagnostics.push(diagnostic('SUPERIOR_CYCLE', sheet.locate(['atasan']), { chain: `${data.id} → ${data.id}` }));
    } else if (!superiors.has(data.atasan)) {
      diagnostics.push(diagnostic('UNKNOWN_SUPERIOR', sheet.locate(['atasan']), withSuggestion({ value: data.atasan }, data.atasan, superiors)));
    }
  }
  if (!decrees.has(data.keputusan)) {
    diagnostics.push(diagnostic('UNKNOWN_DECREE', sheet.locate(['keputusan']), withSuggestion({ value: data.keputusan }, data.keputusan, decrees)));
  }

  const indicatorIds = new Set<string>();
  data.indikator.forEach((indicator, index) => {
    if (indicatorIds.has(indicator.id)) {
      diagnostics.push(diagnostic('DUPLICATE_ID', sheet.locate(['indikator', index, 'id']), { value: indicator.id, kind: 'indikator' }));
    }
    indicatorIds.add(indicator.id);
    diagnostics.push(...checkIndicator(sheet, indicator, index));
  });
  return diagnostics;
}

/** Checks one indicator's variables and formula. */
export function checkIndicator(sheet: SourceFile<unknown>, indicator: Indicator, index: number): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const path = ['indikator', index];
  const declared = new Set<string>();

  indicator.variabel.forEach((variable, variableIndex) => {
    if (declared.has(variable.id)) {
      diagnostics.push(diagnostic('DUPLICATE_ID', sheet.locate([...path, 'variabel', variableIndex, 'id']), { value: variable.id, kind: 'variabel' }));
    }
    declared.add(variable.id);
  });

  const parsed = parseFormula(indicator.rumus);
  if (!parsed.ok) {
    for (const problem of parsed.problems) {
      const location = sheet.locate([...path, 'rumus'], { offset: problem.column - 1 });
      diagnostics.push(
        diagnostic(problem.code, location, { formula: indicator.rumus, token: problem.token, column: problem.column, detail: problem.detail ?? '' }),
      );
    }
    return diagnostics;
  }

  for (const name of parsed.variables) {
    if (declared.has(name)) continue;
    const location = sheet.locate([...path, 'rumus'], { offset: indexOfIdentifier(indicator.rumus, name) });
    diagnostics.push(diagnostic('UNKNOWN_VARIABLE', location, withSuggestion({ value: name, declared: [...declared].join(', ') }, name, declared)));
  }
  indicator.variabel.forEach((variable, variableIndex) => {
    if (parsed.variables.includes(variable.id)) return;
    diagnostics.push(diagnostic('UNUSED_VARIABLE', sheet.locate([...path, 'variabel', variableIndex, 'id']), { value: variable.id }));
  });

  if (indicator.satuan === 'persen' && !hasPercentFactor(parsed.formula) && parsed.variables.length > 1) {
    diagnostics.push(diagnostic('FORMULA_NO_PERCENT_FACTOR', sheet.locate([...path, 'rumus']), { formula: indicator.rumus }));
  }
  return diagnostics;
}

function indexOfIdentifier(formula: string, name: string): number {
  const match = new RegExp(`(^|[^A-Za-z0-9_])${name}(?![A-Za-z0-9_])`).exec(formula);
  return match ? match.index + (match[1]?.length ?? 0) : 0;
}

// A superior chain that comes back to where it started would make the tree
// view and any roll-up loop forever.
function checkSuperiorCycles(dataset: Dataset): Diagnostic[] {
  const superiorOf = new Map(dataset.sheets.map((s) => [s.data.id, s.data.atasan]));
  const diagnostics: Diagnostic[] = [];
  for (const sheet of dataset.sheets) {
    const chain = [sheet.data.id];
    let current = superiorOf.get(sheet.data.id);
    while (current !== undefined && superiorOf.has(current) && !chain.includes(current)) {
      chain.push(current);
      current = superiorOf.get(current);
    }
    if (current === sheet.data.id && sheet.data.atasan !== sheet.data.id) {
      diagnostics.push(diagnostic('SUPERIOR_CYCLE', sheet.locate(['atasan']), { chain: [...chain, current].join(' → ') }));
    }
  }
  return diagnostics;
}
