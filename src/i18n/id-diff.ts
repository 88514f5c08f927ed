import type { Catalogue } from './catalogue.js';

/** Indonesian texts of `iki diff`. */
export const idDiff: Catalogue = {};
