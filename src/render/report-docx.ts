import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { ReportRow } from '../core/report.js';
import { STATUSES } from '../core/report.js';
import type { ReportSummaries, Summary } from '../core/summary.js';
import type { Lang, Translate } from '../i18n/index.js';
import { formatNumber, formatTarget } from './number.js';
import { groupRows, noteTexts } from './report-model.js';
import type { ReportContext } from './report-table.js';

/** Options of the Word renderer. */
export interface DocxOptions {
  t: Translate;
  lang: Lang;
}

// Page sizes and widths are in twips (1/20 point); A4 is 210 × 297 mm.
const A4_SHORT_SIDE = 11906;
const A4_LONG_SIDE = 16838;
const PAGE_MARGIN = 1134; // 2 cm
const COLUMN_WIDTHS = [600, 5200, 1300, 1500, 1500, 1300, 3170];
const HEADER_FILL = 'D9D9D9';

/**
 * Renders the report as a Word document (.docx) on A4 landscape pages. A title
 * with agency, period and year comes first. Each unit gets a heading, and each
 * position a heading, a table in the LKjIP layout (No, Indikator Kinerja,
 * Satuan, Target, Realisasi, Capaian (%), Keterangan) and its mean capaian.
 * Text is written as literal runs, so no cell can become a Word field.
 */
export async function renderReportDocx(
  rows: readonly ReportRow[],
  summaries: ReportSummaries,
  context: ReportContext,
  options: DocxOptions,
): Promise<Uint8Array> {
  const { t } = options;
  const title = t('label.reportTitle', { agency: context.agencyName, period: context.period, year: context.year });
  const children: (Paragraph | Table)[] = [new Paragraph({ text: title, heading: HeadingLevel.TITLE })];
  if (context.targetBasis) children.push(new Paragraph({ text: t('label.targetBasis', { basis: context.targetBasis }) }));

  for (const unit of groupRows(rows)) {
    children.push(new Paragraph({ text: unit.unitName, heading: HeadingLevel.HEADING_1 }));
    for (const position of unit.positions) {
      children.push(new Paragraph({ text: position.positionName, heading: HeadingLevel.HEADING_2, keepNext: true }));
      children.push(positionTable(position.rows, options));
      const summary = summaries.positions.find((s) => s.id === position.positionId);
      if (summary) children.push(new Paragraph({ text: meanText(summary, options), spacing: { before: 120 } }));
    }
  }
  children.push(...legend(rows, t));

  const document = new Document({
    creator: 'iki',
    title,
    styles: { default: { document: { run: { font: 'Arial', size: 20 } } } },
    sections: [
      {
        properties: {
          page: {
            // docx swaps width and height for a landscape page, so both are given as for portrait.
            size: { width: A4_SHORT_SIDE, height: A4_LONG_SIDE, orientation: PageOrientation.LANDSCAPE },
            margin: { top: PAGE_MARGIN, right: PAGE_MARGIN, bottom: PAGE_MARGIN, left: PAGE_MARGIN },
          },
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}

function positionTable(rows: readonly ReportRow[], options: DocxOptions): Table {
  const { t } = options;
  const headers = [
    t('header.no'),
    t('header.indicator'),
    t('header.unitOfMeasure'),
    t('header.target'),
    t('header.realization'),
    t('header.achievement'),
    t('docx.notes'),
  ];
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: headers.map((text, column) => cell(text, column, { bold: true, fill: HEADER_FILL, align: AlignmentType.CENTER })),
  });
  return new Table({
    width: { size: COLUMN_WIDTHS.reduce((sum, width) => sum + width, 0), type: WidthType.DXA },
    columnWidths: COLUMN_WIDTHS,
    layout: TableLayoutType.FIXED,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    rows: [header, ...rows.map((row) => indicatorRow(row, options))],
  });
}

function indicatorRow(row: ReportRow, { t, lang }: DocxOptions): TableRow {
  const quarter = row.targetSource && row.targetSource !== 'tahunan' ? ` ${t('label.targetQuarter', { quarter: row.targetSource })}` : '';
  const negative = row.polarity === 'negatif' ? ` (${t('label.polarityNegative')})` : '';
  const texts = [
    String(row.no),
    `${row.indicatorName}${negative}`,
    row.unitOfMeasure,
    `${formatTarget(row.target, lang)}${quarter}`,
    formatNumber(row.realization, lang),
    formatNumber(row.achievement, lang, true),
    notesText(row, t),
  ];
  return new TableRow({ cantSplit: true, children: texts.map((text, column) => cell(text, column, { align: columnAlignment(column) })) });
}

// Target, Realisasi and Capaian line up on the right; the No column is centred.
function columnAlignment(column: number): CellStyle['align'] {
  if (column >= 3 && column <= 5) return AlignmentType.RIGHT;
  if (column === 0) return AlignmentType.CENTER;
  return AlignmentType.LEFT;
}

interface CellStyle {
  bold?: boolean;
  fill?: string;
  align: (typeof AlignmentType)[keyof typeof AlignmentType];
}

function cell(text: string, column: number, style: CellStyle): TableCell {
  return new TableCell({
    width: { size: COLUMN_WIDTHS[column] ?? 0, type: WidthType.DXA },
    ...(style.fill ? { shading: { type: ShadingType.CLEAR, fill: style.fill, color: 'auto' } } : {}),
    children: [new Paragraph({ alignment: style.align, children: [new TextRun(style.bold ? { text, bold: true } : { text })] })],
  });
}

// The status comes first, as in the terminal table; an `ok` row shows only its notes.
function notesText(row: ReportRow, t: Translate): string {
  const notes = noteTexts(row, t).join('; ');
  if (row.status === 'ok') return notes;
  return notes === '' ? t(`status.${row.status}`) : `${t(`status.${row.status}`)}: ${notes}`;
}

function meanText(summary: Summary, { t, lang }: DocxOptions): string {
  if (summary.meanAchievement === undefined) return t('docx.positionNoMean', { indicators: summary.indicators });
  return t('docx.positionMean', { mean: formatNumber(summary.meanAchievement, lang, true), counted: summary.counted, indicators: summary.indicators });
}

function legend(rows: readonly ReportRow[], t: Translate): Paragraph[] {
  const present = STATUSES.filter((status) => status !== 'ok' && rows.some((row) => row.status === status));
  if (present.length === 0) return [];
  return [
    new Paragraph({ text: `${t('label.statusLegend')}:`, spacing: { before: 240 } }),
    ...present.map((status) => new Paragraph({ text: `${t(`status.${status}`)}: ${t(`statusHelp.${status}`)}`, bullet: { level: 0 } })),
  ];
}
