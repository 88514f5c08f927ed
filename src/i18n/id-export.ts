import type { Catalogue } from './catalogue.js';

/** Indonesian texts of exports (xlsx, docx, Excel CSV). */
export const idExport: Catalogue = {};
