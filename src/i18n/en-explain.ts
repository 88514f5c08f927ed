import { hint, type Catalogue } from './catalogue.js';

/** English texts of `iki explain`. */
export const enExplain: Catalogue = {
  // Help and errors of the command line.
  'explain.help': () => 'explain step by step how the achievement of one indicator is computed',
  'explain.helpId': () => 'the indicator as POSITION/INDICATOR, for example kabid-sosial/pemberdayaan-fakir-miskin',
  'explain.helpFormat': () => 'output format: text to read, json for other programs',
  'placeholder.indicatorKey': () => 'position/indicator',
  'error.EXPLAIN_BAD_ID': (a) => `'${a.value}' is not an indicator id. Write POSITION/INDICATOR, for example kabid-sosial/pemberdayaan-fakir-miskin.`,
  'error.EXPLAIN_UNKNOWN_INDICATOR': (a) =>
    `Indicator '${a.value}' not found.` +
    hint(a.suggestion?.toString(), (s) => `Did you mean '${s}'?`) +
    (a.available === undefined ? ` 'iki show POSITION' lists the indicator ids.` : ` Indicators of ${a.available}.`),

  // Headings and lines of the explanation.
  'explain.title': (a) => `How the achievement of ${a.key} is computed, period ${a.period} ${a.year}`,
  'explain.position': () => 'Position',
  'explain.indicator': () => 'Indicator',
  'explain.unitOfMeasure': () => 'Unit of measure',
  'explain.polarity.positif': () => 'positive polarity (higher is better)',
  'explain.polarity.negatif': () => 'negative polarity (lower is better)',
  'explain.section.variables': (a) => `1. Variables, combined over ${a.quarters}`,
  'explain.section.realization': () => '2. Realization',
  'explain.section.target': () => '3. Target',
  'explain.section.achievement': () => '4. Achievement',
  'explain.section.category': () => '5. Category (from the achievement rounded to 2 decimals)',
  'explain.section.status': (a) => `6. Status: ${a.status}`,

  'explain.aggregation.jumlah': () => 'aggregation jumlah (sum): the quarters with data are added up',
  'explain.aggregation.akhir': () => 'aggregation akhir (latest): the value of the latest quarter with data is used',
  'explain.aggregation.rata-rata': () => 'aggregation rata-rata (mean): the mean of the quarters with data is used',
  'explain.variableNoValue': () => 'no value in this period',
  'explain.annualUsed': (a) => `no quarterly values, so the whole-year value is used: ${a.value}`,
  'explain.sources': (a) => `source: ${a.sources}`,
  'explain.skipped': (a) => `not used: ${a.quarters} (${a.sources}), because only the latest value counts`,
  'explain.missingQuarters': (a) => `no data: ${a.quarters}`,
  'explain.noRow': () => 'no row',
  'explain.emptyCell': (a) => `${a.sources} empty`,
  'explain.annualIgnored': (a) => `the whole-year value (${a.sources}) is ignored because quarterly values exist`,
  'explain.lines': (a) => `${a.count === 1 ? 'line' : 'lines'} ${a.lines}`,

  'explain.formula': () => 'Formula',
  'explain.computed': () => 'With values',
  'explain.realizationMissing': (a) => `No realization, because ${a.variables} has no value.`,
  'explain.realizationDivisionByZero': () => 'No realization, because the formula divides by zero.',

  'explain.target.no-targets-file': () => 'None: --targets was not given, so no achievement is computed.',
  'explain.target.not-in-targets-file': () => 'None: the targets file does not list this indicator, so no achievement is computed.',
  'explain.target.quarterly': (a) =>
    `${a.value} (cumulative ${a.quarter} target): the targets file gives a target for ${a.quarter}, the last quarter of this period.`,
  'explain.target.year-end': (a) => `${a.value} (annual target): this period ends with TW4 and the targets file gives no TW4 target.`,
  'explain.target.no-quarterly': (a) =>
    `${a.value} (annual target): the targets file gives no target for ${a.quarter}, the last quarter of this period, so the annual target is used.`,
  'explain.target.listed': (a) => `In the targets file: annual ${a.annual}; ${a.quarters}.`,

  'explain.achievement.no-realization': () => 'No achievement, because there is no realization.',
  'explain.achievement.no-target': () => 'No achievement, because there is no target.',
  'explain.achievement.target-zero': (a) => `Target ${a.target}: no achievement can be computed, because its formula divides by the target.`,
  'explain.achievement.realization-zero': (a) =>
    `Realization ${a.realization}: no achievement can be computed, because the T/R method divides by the realization.`,
  'explain.range.inside': (a) => `The target is the range ${a.min}–${a.max}, and the realization ${a.realization} lies inside it.`,
  'explain.range.above': (a) =>
    `The target is the range ${a.min}–${a.max}; the realization ${a.realization} is above it, so it is compared with max (T = ${a.max}).`,
  'explain.range.below': (a) =>
    `The target is the range ${a.min}–${a.max}; the realization ${a.realization} is below it, so it is compared with min (T = ${a.min}).`,
  'explain.method.R/T': () => 'Positive polarity: achievement = R / T × 100',
  'explain.method.2T-R': () => 'Negative polarity, method 2T-R (setting capaian.metodeNegatif): achievement = (2 × T − R) / T × 100',
  'explain.method.T/R': () => 'Negative polarity, method T/R (setting capaian.metodeNegatif): achievement = T / R × 100',
  'explain.method.range-inside': () => 'The realization lies inside the target range, so the achievement is 100.',
  'explain.method.zero-target-met': () => 'A negative indicator with target 0 and a realization of at most 0 met its target, so the achievement is 100.',
  'explain.limit.cap': (a) => `The achievement is capped by capaian.batasAtas in the settings: ${a.from} becomes ${a.to}.`,
  'explain.limit.floor': (a) => `The achievement is raised to capaian.batasBawah in the settings: ${a.from} becomes ${a.to}.`,

  'explain.category.none': () => 'No category, because there is no achievement.',
  'explain.category.highest': (a) => `${a.value} ≥ ${a.min}: ${a.label}`,
  'explain.category.between': (a) => `${a.min} ≤ ${a.value} < ${a.below}: ${a.label}`,
  'explain.category.lowest': (a) => (a.below === undefined ? `${a.value}: ${a.label}` : `${a.value} < ${a.below}: ${a.label}`),
  'explain.notes': () => 'Notes',
};
