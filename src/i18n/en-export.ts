import type { Catalogue } from './catalogue.js';

/** English texts of exports (xlsx, docx, Excel CSV). */
export const enExport: Catalogue = {};
