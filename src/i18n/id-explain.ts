import type { Catalogue } from './catalogue.js';

/** Indonesian texts of `iki explain`. */
export const idExplain: Catalogue = {};
