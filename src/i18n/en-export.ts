import type { Catalogue } from './catalogue.js';

/** English texts of exports (xlsx, docx, Excel CSV). */
export const enExport: Catalogue = {
  // Word document of `iki report --format docx`.
  'docx.notes': () => 'Remarks',
  'docx.positionMean': (a) => `Mean achievement of the position: ${a.mean}% (${a.counted} of ${a.indicators} indicators counted).`,
  'docx.positionNoMean': (a) => `Mean achievement of the position: – (none of the ${a.indicators} indicators has an achievement value).`,

  // CSV for Excel, `iki report --format csv --excel`.
  'csv.help': () => 'CSV for Excel in an Indonesian locale: ";" delimiter, decimal comma and a BOM (csv format only)',
  'csv.excelNeedsCsv': (a) => `--excel applies only to the csv format, but this report's format is ${a.format}. Add --format csv, or remove --excel.`,

  // Bars of `iki report --chart`.
  'chart.help': () => 'add a bar chart of achievement per indicator below the table (table format only)',
  'chart.title': () => 'Achievement chart (%); the │ line marks 100%',
  'chart.needsTable': (a) =>
    `--chart applies only to the terminal table (table format), but this report's format is ${a.format}. Remove --chart, or remove --format and --output.`,

  // Progress line on stderr while many realization files or rows are read.
  'progress.reading': (a) => `Reading realization: file ${a.file} of ${a.total}, ${a.rows} rows`,

  // Excel workbooks: `iki report --format xlsx`, `iki template --format xlsx`, and reading one as realization.
  'xlsx.help.templateFormat': () => 'template format: csv or xlsx (default: csv, or xlsx when --output ends in .xlsx)',
  'xlsx.sheet.summary': () => 'Summary',
  'xlsx.legend.categories': () => 'Achievement categories',
  'xlsx.legend.atLeast': (a) => `achievement ≥ ${a.min}%`,
  'xlsx.legend.below': (a) => `achievement < ${a.min}%`,
  'xlsx.legend.noCategory': () => 'Achievement cells without colour have no achievement; the Status and Notes columns say why.',
  'xlsx.template.title': (a) => `IKI realization template of ${a.agency}, year ${a.year}`,
  'xlsx.template.fill': () =>
    'Each work unit has its own sheet. Fill in the nilai column only (yellow cells); the jabatan, indikator, variabel, periode and uraian columns are locked so they do not change by accident.',
  'xlsx.template.empty': () =>
    'Leave a nilai cell empty when there is no data yet. An empty cell means no data, not zero; write 0 only when the value is zero.',
  'xlsx.template.decimal': () =>
    'Type numbers as usual: Excel set to Indonesian uses a decimal comma (85,5) and Excel set to English a decimal point (85.5). Both are stored as the same number.',
  'xlsx.template.text': () =>
    'A nilai cell accepts numbers only, and a variable summed over quarters accepts only 0 or more. Write 12, not "12 orang". Excel does not check pasted values, but iki does.',
  'xlsx.template.description': () =>
    'The uraian column says what each variable holds. "Dijumlahkan" (summed) means the value of that quarter alone, not the total since January; "keadaan pada akhir triwulan" means the value at the end of that quarter.',
  'xlsx.template.protection': () =>
    'The sheets are protected without a password, only to prevent typing in the wrong cell. To change rows, lift the protection with Review > Unprotect Sheet.',
  'xlsx.template.check': () =>
    'Keep saving as .xlsx. Check the file with "iki validate FILE.xlsx", then make the report with "iki report --realization FILE.xlsx …". Errors name the sheet, the row and the column number (1 = A, 5 = E).',
  'xlsx.template.ignored': () => 'iki does not read this Instructions sheet.',
  'xlsx.template.invalidTitle': () => 'Value must be a number',
  'xlsx.template.invalidNumber': () => 'Enter a number, for example 85.5, or leave the cell empty when there is no data yet.',
  'xlsx.template.invalidCount': () =>
    'Enter a number of 0 or more, because this variable is summed over quarters, or leave the cell empty when there is no data yet.',
  'diag.XLSX_INVALID': (a) =>
    a.detail === 'zip'
      ? 'This file is not an Excel .xlsx workbook; it may be an old .xls file or a renamed CSV. Open it in Excel and use "Save As" with the type "Excel Workbook (*.xlsx)", or save it as CSV UTF-8 ending in .csv.'
      : `The Excel workbook cannot be read (${a.detail}). Open it in Excel and save it again with "Save As" and the type "Excel Workbook (*.xlsx)", or save it as CSV UTF-8.`,
  'diag.XLSX_TOO_LARGE': (a) =>
    `The workbook unpacks to ${a.size} bytes, above the limit of ${a.limit} bytes. Split the data into several files, for example one per quarter or per work unit, and name them all in --realization.`,
  'diag.XLSX_MISSING_COLUMN': (a) =>
    a.header === ''
      ? 'The workbook has no sheet with a header row jabatan, indikator, variabel, periode, nilai. Use the work-unit sheets of the template (iki template --format xlsx), or add that header row.'
      : `This sheet has no header row naming jabatan, indikator, variabel, periode and nilai. Missing columns: ${a.columns}; the closest row holds: ${a.header}. Correct the column names, or delete this sheet if it holds no realization.`,
  'diag.XLSX_CELL_VALUE': (a) =>
    ({
      formula: `The cell holds the formula ${a.value} without a stored result. Open and save the file in Excel so the result is computed, or replace the formula by its value.`,
      error: `The cell holds the Excel error ${a.value}. Correct the formula or the cell, or leave it empty when there is no data yet.`,
      date: `The cell holds the date ${a.value}, not a number or text; Excel sometimes turns input such as 1/2 into a date. Set the cell format to General or Number and type the content again.`,
      boolean: `The cell holds the logical value ${a.value}, not a number or text. Type the content again.`,
      percent: `The cell is formatted as a percentage (${a.value}); Excel stores it as a fraction, so 18% reads as 0.18. Set the cell format to Number and type the number without %, for example 18.`,
    })[String(a.kind)] ?? `The cell content (${a.value}) cannot be read. Type it again.`,
};
