import { roundHalfAwayFromZero } from '../core/rounding.js';
import type { TargetValue } from '../core/model.js';
import type { Lang } from '../i18n/index.js';

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(lang: Lang, minimumFractionDigits: number): Intl.NumberFormat {
  const key = `${lang}:${minimumFractionDigits}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-US', { minimumFractionDigits, maximumFractionDigits: 2 });
    formatters.set(key, cached);
  }
  return cached;
}

/**
 * Formats a number for people: rounded half away from zero to 2 decimals, in
 * Indonesian style (`1.234,57`) or English style (`1,234.57`). `fixed` always
 * shows two decimals, as capaian does.
 */
export function formatNumber(value: number | undefined, lang: Lang, fixed = false): string {
  if (value === undefined) return '–';
  const rounded = roundHalfAwayFromZero(value, 2);
  return formatter(lang, fixed ? 2 : 0).format(rounded === 0 ? 0 : rounded);
}

/** Formats a target: a number, or a range as `80–90`. */
export function formatTarget(target: TargetValue | undefined, lang: Lang): string {
  if (target === undefined) return '–';
  if (typeof target === 'number') return formatNumber(target, lang);
  return `${formatNumber(target.min, lang)}–${formatNumber(target.max, lang)}`;
}
