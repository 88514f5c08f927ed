import type { Catalogue } from './catalogue.js';

/** English texts, used with `--lang en`; a key missing here falls back to Indonesian. */
export const en: Catalogue = {};
