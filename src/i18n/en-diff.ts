import type { Catalogue } from './catalogue.js';

/** English texts of `iki diff`. */
export const enDiff: Catalogue = {};
