import { stringify } from 'csv-stringify/sync';
import type { TemplateRow } from '../core/template.js';
import type { Translate } from '../i18n/index.js';
import { guardSpreadsheetText } from './spreadsheet-text.js';

/**
 * Renders the realization template. With `;` it is what Indonesian Excel opens
 * on a double click: a UTF-8 BOM, `;` delimiter and CRLF line ends.
 */
export function renderTemplateCsv(rows: readonly TemplateRow[], t: Translate, delimiter: ',' | ';'): string {
  const records = rows.map((row) => [
    row.positionId,
    row.indicatorId,
    row.variableId,
    row.period,
    '',
    guardSpreadsheetText(
      t('template.describe', { variable: row.variableId, description: row.description, aggregation: t(`aggregation.${row.aggregation}`), period: row.period }),
    ),
  ]);
  const text = stringify([['jabatan', 'indikator', 'variabel', 'periode', 'nilai', 'uraian'], ...records], {
    delimiter,
    record_delimiter: delimiter === ';' ? '\r\n' : '\n',
  });
  return delimiter === ';' ? `\uFEFF${text}` : text;
}
