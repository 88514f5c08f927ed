import type { Catalogue } from './catalogue.js';

/** English texts of `iki explain`. */
export const enExplain: Catalogue = {};
