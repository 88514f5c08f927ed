import type { Polarity, TargetValue } from './model.js';
import type { Settings } from './settings.js';

/** Capaian in percent, or why it is undefined. */
export type Achievement =
  { ok: true; value: number; capped?: 'cap' | 'floor'; comparedWith?: 'min' | 'max' | 'inside' } | { ok: false; reason: 'target-zero' | 'realization-zero' };

/**
 * Computes capaian (percent) of realization `r` against `target`.
 * positif: R / T × 100. negatif: (2T − R) / T × 100 by default, or T / R × 100.
 * A range `{min, max}` gives 100 inside it and compares with the nearer bound outside.
 * Cap and floor apply only when the settings set them.
 */
export function computeAchievement(
  r: number,
  target: TargetValue,
  polarity: Polarity,
  settings: Pick<Settings, 'negativeMethod' | 'cap' | 'floor'>,
): Achievement {
  if (typeof target !== 'number') return computeRangeAchievement(r, target, polarity, settings);
  return applyLimits(computePointAchievement(r, target, polarity, settings), settings);
}

function computeRangeAchievement(
  r: number,
  range: { min: number; max: number },
  polarity: Polarity,
  settings: Pick<Settings, 'negativeMethod' | 'cap' | 'floor'>,
): Achievement {
  if (r >= range.min && r <= range.max) return applyLimits({ ok: true, value: 100, comparedWith: 'inside' }, settings);

  const bound = r > range.max ? 'max' : 'min';
  const result = computePointAchievement(r, range[bound], polarity, settings);
  return applyLimits(result.ok ? { ...result, comparedWith: bound } : result, settings);
}

function computePointAchievement(r: number, t: number, polarity: Polarity, settings: Pick<Settings, 'negativeMethod'>): Achievement {
  if (polarity === 'positif') {
    if (t === 0) return { ok: false, reason: 'target-zero' };
    return { ok: true, value: (r / t) * 100 };
  }

  // A zero target of a negatif indicator is met exactly when nothing happened.
  if (t === 0) return r <= 0 ? { ok: true, value: 100 } : { ok: false, reason: 'target-zero' };
  if (settings.negativeMethod === 'T/R') {
    if (r === 0) return { ok: false, reason: 'realization-zero' };
    return { ok: true, value: (t / r) * 100 };
  }
  return { ok: true, value: ((2 * t - r) / t) * 100 };
}

function applyLimits(result: Achievement, settings: Pick<Settings, 'cap' | 'floor'>): Achievement {
  if (!result.ok) return result;
  if (settings.cap !== undefined && result.value > settings.cap) return { ...result, value: settings.cap, capped: 'cap' };
  if (settings.floor !== undefined && result.value < settings.floor) return { ...result, value: settings.floor, capped: 'floor' };
  return result;
}
