import type { Catalogue } from './catalogue.js';

/** Indonesian texts of the HTML report. */
export const idHtml: Catalogue = {};
