import type { AchievementExplanation, IndicatorExplanation, TargetExplanation, ValueSource, VariableExplanation } from '../core/explain.js';
import type { Quarter, TargetValue } from '../core/model.js';
import type { Lang, Translate } from '../i18n/index.js';
import { renderFormula } from './formula-text.js';
import { formatNumber, formatTarget } from './number.js';

/** Options of the `iki explain` text renderer. */
export interface ExplainTextOptions {
  t: Translate;
  lang: Lang;
  /** Name the file of each source line; set when several realization files were read. */
  showFiles: boolean;
}

/**
 * Renders an explanation as numbered sections: the indicator, each variable's
 * aggregation with its CSV lines, the realization formula with the values
 * filled in, the target and why, the capaian formula, the category, and the
 * status with every note. Numbers are rounded to 2 decimals for display only.
 */
export function renderExplainText(explanation: IndicatorExplanation, options: ExplainTextOptions): string {
  const { t } = options;
  const { indicator } = explanation;
  const out = [
    t('explain.title', { key: `${explanation.positionId}/${indicator.id}`, period: explanation.period, year: explanation.year }),
    `  ${t('explain.position')}: ${explanation.positionName}`,
    `  ${t('explain.indicator')}: ${indicator.no}. ${indicator.indikatorKinerja}`,
    `  ${t('explain.unitOfMeasure')}: ${indicator.satuan}; ${t(`explain.polarity.${indicator.polaritas}`)}`,
    '',
    t('explain.section.variables', { quarters: quarterRange(explanation.variables[0]?.window ?? []) }),
    ...explanation.variables.flatMap((variable) => variableLines(variable, options)),
    '',
    t('explain.section.realization'),
    ...realizationLines(explanation, options),
    '',
    t('explain.section.target'),
    ...targetLines(explanation.target, options),
    '',
    t('explain.section.achievement'),
    ...achievementLines(explanation.achievement, explanation.indicator.polaritas, options),
    '',
    t('explain.section.category'),
    ...categoryLines(explanation, options),
    '',
    t('explain.section.status', { status: t(`status.${explanation.status}`) }),
    `  ${t(`statusHelp.${explanation.status}`)}`,
    ...noteLines(explanation, t),
  ];
  return `${out.join('\n')}\n`;
}

function variableLines(variable: VariableExplanation, options: ExplainTextOptions): string[] {
  const { t, lang } = options;
  const lines = [`  ${variable.id}: ${variable.description}`, `    ${t(`explain.aggregation.${variable.aggregation}`)}`];

  if (variable.value === undefined) {
    lines.push(`    ${t('explain.variableNoValue')}`);
  } else if (variable.usedAnnualValue) {
    lines.push(`    ${t('explain.annualUsed', { value: formatNumber(variable.value, lang) })}`);
  } else {
    lines.push(`    ${aggregationArithmetic(variable, lang)}`);
  }
  if (variable.used.length > 0) lines.push(`    ${t('explain.sources', { sources: sourceList(variable.used, options) })}`);
  if (variable.skipped.length > 0) {
    lines.push(`    ${t('explain.skipped', { quarters: variable.skipped.map((s) => s.period).join(', '), sources: sourceList(variable.skipped, options) })}`);
  }
  if (variable.missing.length > 0) {
    lines.push(`    ${t('explain.missingQuarters', { quarters: missingText(variable.missing, options) })}`);
  }
  if (variable.ignoredAnnualValue) lines.push(`    ${t('explain.annualIgnored', { sources: sourceList([variable.ignoredAnnualValue], options) })}`);
  return lines;
}

// "TW1 210 + TW2 330 = 540", "(TW1 78,5 + TW2 80,2) / 2 = 79,35" or "TW4: 1.500".
function aggregationArithmetic(variable: VariableExplanation, lang: Lang): string {
  const terms = variable.used.map((source) => `${source.period} ${formatNumber(source.value ?? undefined, lang)}`);
  const result = formatNumber(variable.value, lang);
  if (variable.used.length === 1) return `${variable.used[0]?.period}: ${result}`;
  if (variable.aggregation === 'jumlah') return `${terms.join(' + ')} = ${result}`;
  return `(${terms.join(' + ')}) / ${terms.length} = ${result}`;
}

// Empty cells are named one by one; quarters without a row share one remark.
function missingText(missing: VariableExplanation['missing'], options: ExplainTextOptions): string {
  const parts = missing.flatMap(({ quarter, emptyCell }) =>
    emptyCell ? [`${quarter} (${options.t('explain.emptyCell', { sources: sourceList([emptyCell], options) })})`] : [],
  );
  const withoutRow = missing.filter((m) => !m.emptyCell).map((m) => m.quarter);
  if (withoutRow.length > 0) parts.push(`${withoutRow.join(', ')} (${options.t('explain.noRow')})`);
  return parts.join(', ');
}

function realizationLines(explanation: IndicatorExplanation, options: ExplainTextOptions): string[] {
  const { t, lang } = options;
  const values = new Map(explanation.variables.map((v) => [v.id, v.value]));
  const substituted = renderFormula(explanation.formula, (name) => valueText(values.get(name), lang), lang);
  const lines = [`  ${t('explain.formula')}: ${renderFormula(explanation.formula, (name) => name, lang)}`];

  switch (explanation.realization.kind) {
    case 'computed': {
      // A formula of one variable has nothing to compute; "62,35 = 62,35" would only repeat it.
      const value = `${formatNumber(explanation.realization.value, lang)} ${explanation.indicator.satuan}`;
      lines.push(`  ${t('explain.computed')}: ${explanation.formula.kind === 'variable' ? value : `${substituted} = ${value}`}`);
      break;
    }
    case 'missing-data':
      lines.push(
        `  ${t('explain.computed')}: ${substituted}`,
        `  ${t('explain.realizationMissing', { variables: explanation.realization.variables.join(', ') })}`,
      );
      break;
    case 'division-by-zero':
      lines.push(`  ${t('explain.computed')}: ${substituted}`, `  ${t('explain.realizationDivisionByZero')}`);
      break;
  }
  return lines;
}

function targetLines(target: TargetExplanation, { t, lang }: ExplainTextOptions): string[] {
  if (target.kind === 'none') return [`  ${t(`explain.target.${target.reason}`)}`];

  const lines = [`  ${t(`explain.target.${target.reason}`, { value: targetText(target.value, lang), quarter: target.windowEnd })}`];
  const quarterly = Object.entries(target.quarterly) as [Quarter, TargetValue][];
  if (quarterly.length > 0) {
    lines.push(
      `  ${t('explain.target.listed', { annual: targetText(target.annual, lang), quarters: quarterly.map(([q, v]) => `${q} ${targetText(v, lang)}`).join(', ') })}`,
    );
  }
  return lines;
}

function targetText(value: TargetValue, lang: Lang): string {
  return typeof value === 'number' ? formatNumber(value, lang) : `${formatTarget(value, lang)}`;
}

function achievementLines(achievement: AchievementExplanation, polarity: string, { t, lang }: ExplainTextOptions): string[] {
  if (achievement.kind === 'not-computed') return [`  ${t(`explain.achievement.${achievement.reason}`)}`];

  const r = formatNumber(achievement.realization, lang);
  const target = formatNumber(achievement.target, lang);
  if (achievement.kind === 'undefined') {
    return [`  ${t(`explain.method.${achievement.method}`, { polarity })}`, `  ${t(`explain.achievement.${achievement.reason}`, { realization: r, target })}`];
  }

  const lines: string[] = [];
  if (achievement.range) {
    const { min, max, position } = achievement.range;
    lines.push(`  ${t(`explain.range.${position}`, { realization: r, min: formatNumber(min, lang), max: formatNumber(max, lang) })}`);
  }
  const value = formatNumber(achievement.formulaValue, lang, true);
  lines.push(`  ${t(`explain.method.${achievement.method}`, { polarity })}`);
  if (achievement.method !== 'range-inside' && achievement.method !== 'zero-target-met') {
    lines.push(`  = ${substitutedAchievement(achievement.method, r, target)} = ${value}`);
  }
  if (achievement.limit) {
    lines.push(`  ${t(`explain.limit.${achievement.limit.kind}`, { from: value, to: formatNumber(achievement.limit.value, lang, true) })}`);
  }
  return lines;
}

function substitutedAchievement(method: 'R/T' | '2T-R' | 'T/R', r: string, target: string): string {
  if (method === 'R/T') return `${r} / ${target} × 100`;
  if (method === 'T/R') return `${target} / ${r} × 100`;
  return `(2 × ${target} − ${r}) / ${target} × 100`;
}

function categoryLines(explanation: IndicatorExplanation, { t, lang }: ExplainTextOptions): string[] {
  const category = explanation.category;
  if (!category) return [`  ${t('explain.category.none')}`];

  const key = `category.${category.level.id}`;
  const translated = t(key);
  const label = translated === key ? category.level.label : translated;
  const args = {
    value: formatNumber(category.rounded, lang, true),
    label,
    min: category.level.min === undefined ? undefined : formatNumber(category.level.min, lang),
    below: category.below === undefined ? undefined : formatNumber(category.below, lang),
  };
  let bounds = 'between';
  if (args.min === undefined) bounds = 'lowest';
  else if (args.below === undefined) bounds = 'highest';
  return [`  ${t(`explain.category.${bounds}`, args)}`];
}

function noteLines(explanation: IndicatorExplanation, t: Translate): string[] {
  if (explanation.notes.length === 0) return [`  ${t('explain.notes')}: –`];
  return [`  ${t('explain.notes')}:`, ...explanation.notes.map((note) => `    - ${t(`note.${note.code}`, note.args)}`)];
}

// Substituted values keep a minus sign from reading as subtraction.
function valueText(value: number | undefined, lang: Lang): string {
  if (value === undefined) return '?';
  const text = formatNumber(value, lang);
  return value < 0 ? `(${text})` : text;
}

function quarterRange(quarters: readonly Quarter[]): string {
  if (quarters.length <= 1) return quarters.join('');
  return `${quarters[0]}–${quarters[quarters.length - 1]}`;
}

/**
 * Lists source lines compactly, `baris 46–49, 53`, grouped by file when
 * `showFiles` is set: `tw1.csv baris 2, 5; tw2.csv baris 3`.
 */
function sourceList(sources: readonly ValueSource[], { t, showFiles }: ExplainTextOptions): string {
  const byFile = new Map<string, number[]>();
  for (const source of sources) {
    const file = showFiles ? (source.file ?? '') : '';
    byFile.set(file, [...(byFile.get(file) ?? []), source.line]);
  }
  return [...byFile.entries()]
    .map(([file, lines]) => {
      const text = t('explain.lines', { lines: lineRanges(lines), count: lines.length });
      return file === '' ? text : `${file} ${text}`;
    })
    .join('; ');
}

function lineRanges(lines: readonly number[]): string {
  const sorted = [...new Set(lines)].sort((a, b) => a - b);
  const ranges: string[] = [];
  let start = sorted[0];
  for (let i = 0; i < sorted.length; i++) {
    const current = sorted[i] as number;
    const next = sorted[i + 1];
    if (next === current + 1) continue;
    ranges.push(start === current ? String(current) : `${start}–${current}`);
    start = next;
  }
  return ranges.join(', ');
}
