import { roundHalfAwayFromZero } from './rounding.js';
import type { CategoryLevel } from './settings.js';

/**
 * Returns the first level (highest first) whose `min` the capaian reaches.
 * The capaian is rounded to 2 decimals first, so category and display agree.
 */
export function categorize(capaian: number, levels: readonly CategoryLevel[]): CategoryLevel | undefined {
  const shown = roundHalfAwayFromZero(capaian, 2);
  return levels.find((level) => level.min === undefined || shown >= level.min);
}
