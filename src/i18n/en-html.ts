import type { Catalogue } from './catalogue.js';

/** English texts of the HTML report. */
export const enHtml: Catalogue = {};
