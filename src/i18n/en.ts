import { hint, type Catalogue } from './catalogue.js';

const didYouMean = (a: { suggestion?: string | number | undefined }) => hint(a.suggestion?.toString(), (s) => `Did you mean '${s}'?`);

/**
 * English texts, used with `--lang en`. A key missing here falls back to Indonesian.
 * Identifiers that users type or see in their files (status ids, YAML keys, CSV
 * column names, period codes, file and folder names) stay in Indonesian.
 */
export const en: Catalogue = {
  // Findings of `iki validate` and of the files `iki report` reads.
  'diag.YAML_SYNTAX': (a) => `The YAML cannot be read: ${yamlProblem(String(a.kind))} (parser message: ${a.detail}).`,
  'diag.YAML_VERSION': (a) =>
    `The %YAML ${a.value} directive is not accepted: iki reads only YAML 1.2, because YAML 1.1 reads no and on as booleans and 012 as an octal number. Remove this directive line.`,
  'diag.YAML_DUPLICATE_KEY': (a) => `Duplicate key '${a.key}': it already appears on line ${a.firstLine}. Remove or rename one of them.`,
  'diag.YAML_ALIAS': (a) => `YAML aliases and merge keys (${a.value}) are not allowed in iki files. Write the value out in full here.`,
  'diag.YAML_TAB': () => `The indentation contains a tab character. YAML accepts only spaces, so replace the tab with spaces.`,
  'diag.YAML_TOO_LARGE': (a) => `The file is ${a.size} bytes, over the limit of ${a.limit} bytes. Split its content into several files.`,
  'diag.YAML_EMPTY': () => `The file is empty or holds only comments. Fill it in for its kind, or delete it.`,
  'diag.YAML_TAG': (a) => `The YAML tag '${a.value}' is unknown and not allowed in iki files. Remove the tag and write the value directly.`,
  'diag.SCHEMA_MISSING_KEY': (a) => `Required key '${a.key}' is missing in ${place(a.path)}. Add this key.`,
  'diag.SCHEMA_UNKNOWN_KEY': (a) => `Unknown key '${a.key}' in ${place(a.path)}.${didYouMean(a)} Valid keys: ${a.allowed}.`,
  'diag.SCHEMA_TYPE': (a) =>
    `The value of ${place(a.path)} ('${a.value}') must be ${typeName(String(a.expected))}.` +
    hint(a.suggestion?.toString(), (s) =>
      a.expected === 'string'
        ? `Put it in quotes so that it is read as text: ${s}.`
        : a.hint === 'thousands'
          ? `Write the number without thousands points: ${s}.`
          : a.hint === 'unquote'
            ? `Remove the quotes so that it reads as a number: ${s}.`
            : `Write the number with a decimal point: ${s}.`,
    ),
  'diag.SCHEMA_VALUE': (a) => `The value of ${place(a.path)} ('${a.value}') is invalid: ${ruleText(String(a.rule))}.`,
  'diag.FILE_NAME_MISMATCH': (a) =>
    a.usable === 'no'
      ? `The id '${a.value}' does not match the file name, and the file name is not a valid id. Rename the file to ${a.value}.yaml.`
      : `The id '${a.value}' does not match the file name. Change the id to '${a.expected}' or rename the file.`,
  'diag.DUPLICATE_ID': (a) =>
    `The ${kindName(String(a.kind))} id '${a.value}' is already used${a.first ? ` in ${a.first}` : ''}. Each id must be unique, so change one of them.`,
  'diag.UNKNOWN_UNIT': (a) => `Work unit '${a.value}' is not in organisasi.yaml.${didYouMean(a)}`,
  'diag.UNKNOWN_SUPERIOR': (a) => `Position '${a.value}' not found: no position sheet has this id, and it is not the id of the agency head.${didYouMean(a)}`,
  'diag.UNKNOWN_DECREE': (a) => `Decree '${a.value}' is not in the keputusan/ folder.${didYouMean(a)}`,
  'diag.SUPERIOR_CYCLE': (a) => `The chain of superiors loops back on itself: ${a.chain}. Fix the superior of one of these positions.`,
  'diag.FORMULA_SYNTAX': (a) =>
    a.detail === 'invisible'
      ? `Formula '${a.formula}' contains an invisible character (such as a no-break space from a word processor) at column ${a.column}. Type the formula again with plain spaces.`
      : a.detail === 'decimal-comma'
        ? `Formula '${a.formula}' uses a decimal comma at column ${a.column}. In formulas write decimals with a point, for example 0.5.`
        : `Cannot parse formula '${a.formula}' at column ${a.column} of the formula. Check the parentheses and operators.`,
  'diag.FORMULA_NOT_ALLOWED': (a) =>
    a.detail === 'length'
      ? `The formula is longer than 500 characters. Simplify it.`
      : a.detail === 'depth'
        ? `The formula is nested too deeply. Simplify it.`
        : a.detail === 'typeset-operator'
          ? `The sign '${a.token}' in formula '${a.formula}' comes from the decree's typeset text. Write multiplication as '*' and division as '/'.`
          : `'${a.token}' is not allowed in formula '${a.formula}'. A formula may contain only numbers, variables, + - * /, parentheses, and the functions min, max and abs.`,
  'diag.FORMULA_PERCENT': (a) =>
    a.token === 'mod'
      ? `Operator 'mod' (remainder) is not allowed in formula '${a.formula}'. For a percentage, write '100 * a / b'.`
      : `The '%' sign is not allowed in formula '${a.formula}', because mathjs reads 100% as 1. Write "x 100%" as '* 100', for example 100 * a / b.`,
  'diag.FORMULA_IMPLICIT_MULTIPLICATION': (a) =>
    `Implicit multiplication at '${a.token}' in formula '${a.formula}'. Write every multiplication with '*', for example 100 * (a / b).`,
  'diag.FORMULA_DIVISION_BY_ZERO': (a) => `Formula '${a.formula}' divides by zero. Replace the denominator with a variable or a non-zero number.`,
  'diag.FORMULA_NO_PERCENT_FACTOR': (a) =>
    `The unit of this indicator is percent, but formula '${a.formula}' does not multiply by 100. Add '100 *' if the result must be a percentage.`,
  'diag.UNKNOWN_VARIABLE': (a) => `Variable '${a.value}' is used in the formula but not declared under variabel (declared: ${a.declared}).${didYouMean(a)}`,
  'diag.UNUSED_VARIABLE': (a) => `Variable '${a.value}' is declared but not used in the formula. Use it in the formula or remove it.`,
  'diag.TARGET_YEAR_MISMATCH': (a) => `The target file is for ${a.value}, but ${a.year} was requested. Use the target file for ${a.year}.`,
  'diag.TARGET_UNKNOWN_POSITION': (a) => `Position '${a.value}' is not in the IKI sheets.${didYouMean(a)}`,
  'diag.TARGET_UNKNOWN_INDICATOR': (a) => `Position '${a.position}' has no indicator '${a.value}'.${didYouMean(a)}`,
  'diag.TARGET_RANGE_ORDER': (a) => `The target range is reversed: min ${a.min} is greater than max ${a.max}. Swap the two values.`,
  'diag.TARGET_AMBIGUOUS_NUMBER': (a) =>
    `The number ${a.value} is ambiguous: YAML reads it as a decimal fraction, while a point often separates thousands. Write ${a.suggestion} without the point if thousands are meant; for a decimal, drop the trailing zeros or add a digit.`,
  'diag.TARGET_NEGATIVE': (a) =>
    `Target ${a.value} is negative. Capaian divides by the target, so a negative target gives a misleading percentage. Check the number; for an indicator where lower is better, use negatif polarity with a positive target.`,
  'diag.ORGANISATION_MISSING': () =>
    `The data folder has position sheets but no organisasi.yaml, so units and superiors cannot be checked and no report can be made. Add organisasi.yaml.`,
  'diag.YAML_ENCODING': () => `The file is not UTF-8 text (for example UTF-16 from an old Notepad). Save it again as UTF-8.`,
  'diag.TARGET_MISSING': (a) => `Indicator ${a.indicator} has no target, so its report row will have the status 'no target' (tanpa-target).`,
  'diag.CSV_SYNTAX': (a) => `Cannot parse the CSV row: ${a.detail}. Check the quotes and the column delimiter.`,
  'diag.CSV_ENCODING': (a) =>
    a.kind === 'workbook'
      ? `This file is an Excel workbook named .csv. Rename it to .xlsx, or save it again as "CSV UTF-8 (Comma delimited)".`
      : `The file is not UTF-8 (from this row on). In Excel, save it again with "Save As" and choose the type "CSV UTF-8 (Comma delimited)".`,
  'diag.CSV_MISSING_COLUMN': (a) =>
    `Required columns are missing: ${a.columns}. The header row must contain jabatan, indikator, variabel, periode, nilai (separated by '${a.delimiter}'), but it reads '${a.header}'.` +
    (a.tab === 'yes' ? ' This file is tab-delimited (Excel\'s "Text (Tab delimited)" or "Unicode Text"); save it again as "CSV UTF-8 (Comma delimited)".' : ''),
  'diag.CSV_FIELD_COUNT': (a) =>
    `This row has ${a.found} columns, but the header row has ${a.expected}. ` +
    (a.trailing === 'yes'
      ? `The row ends with an extra '${a.delimiter}'; remove that last delimiter, or add an empty column to the header row.`
      : `Check the '${a.delimiter}' delimiters and the quotes.`),
  'diag.CSV_EMPTY': () => `The file contains no values, so every indicator will have the status 'no data' (tanpa-data).`,
  'diag.CSV_UNKNOWN_POSITION': (a) => `Position '${a.value}' is not in the IKI sheets.${didYouMean(a)}`,
  'diag.CSV_UNKNOWN_INDICATOR': (a) => `Position '${a.position}' has no indicator '${a.value}'.${didYouMean(a)}`,
  'diag.CSV_UNKNOWN_VARIABLE': (a) => `Indicator ${a.indicator} has no variable '${a.value}' (its variables: ${a.expected}).${didYouMean(a)}`,
  'diag.CSV_BAD_PERIOD': (a) => `Invalid period '${a.value}'. Write ${a.year}-TW1 to ${a.year}-TW4, or ${a.year} for a whole-year value.`,
  'diag.CSV_PERIOD_YEAR': (a) => `Period '${a.value}' is not in ${a.year}. Move this row to the realization file of its own year.`,
  'diag.CSV_BAD_NUMBER': (a) =>
    a.detail === 'precision'
      ? `Value '${a.value}' has more than 15 significant digits and would be rounded without notice. Use at most 15 significant digits.`
      : `Value '${a.value}' is not a number.` +
        hint(a.suggestion?.toString(), (s) => `Write the number only, for example ${s}.`) +
        (a.suggestion ? '' : ' Enter a number, or leave the cell empty if the data is not available yet.'),
  'diag.CSV_AMBIGUOUS_NUMBER': (a) =>
    a.workbook === 'yes'
      ? `Value '${a.value}' was typed as text and is ambiguous. Type the number in a cell formatted as Number, or use a decimal comma: ${a.suggestion}.`
      : a.delimiter === ';'
        ? `Value '${a.value}' is ambiguous: a file delimited by ';' uses a decimal comma and a point as the thousands separator. Write ${a.suggestion}.`
        : `Value '${a.value}' is ambiguous: a file delimited by ',' uses a decimal point and no thousands separator. Write ${a.suggestion}` +
          (a.alternative === undefined ? '.' : ` if thousands are meant, or ${a.alternative} if it is a decimal.`),
  'diag.CSV_NEGATIVE_COUNT': (a) =>
    `Value '${a.value}' is negative, but variable '${a.variable}' is summed over quarters and must not be negative. Check the number.`,
  'diag.CSV_DUPLICATE_ROW': (a) =>
    `A value for (${a.key}) already exists on line ${a.firstLine}${a.firstFile ? ` of ${a.firstFile}` : ''}. Remove one of the two rows.`,
  'diag.UNIT_HEAD_ELSEWHERE': (a) =>
    `The head of unit '${a.unit}' is position '${a.value}', but that position's sheet is in unit '${a.actual}'. Align unitKerja in the sheet or change the unit head.`,
  'diag.TARGET_NOT_CUMULATIVE': (a) =>
    `The ${a.quarter} target (${a.value}) is below the ${a.previousQuarter} target (${a.previous}), although quarterly targets are cumulative from the start of the year. Write the target up to that quarter, e.g. the sum of TW1 to ${a.quarter}.`,
  'diag.TARGET_TW4_MISMATCH': (a) => `The TW4 target (${a.value}) differs from the annual target (${a.annual}). TW4 closes the year, so make them equal.`,
  'diag.SUPPRESSION_NO_REASON': (a) =>
    `The iki-disable-next-line comment for ${a.codes} gives no reason. Add one after '--', for example: # iki-disable-next-line ${a.codes} -- target set by the head of agency.`,
  'diag.SUPPRESSION_UNKNOWN_CODE': (a) =>
    a.value === ''
      ? `The iki-disable-next-line comment names no finding code. Write the code, for example UNUSED_VARIABLE.`
      : `Code '${a.value}' in the iki-disable-next-line comment is unknown. See docs/errors.md for the list of codes.`,
  'diag.SUPPRESSION_UNUSED': (a) =>
    `The iki-disable-next-line comment for ${a.codes} silences no finding on line ${a.targetLine}; errors cannot be silenced. Remove the comment.`,
  'diag.CSV_TOO_MANY_ROWS': (a) =>
    `The file holds ${a.rows} data rows, above the limit of ${a.limit}. Split it into several files, for example one per quarter or per unit, and name them all in --realization.`,
  'diag.CSV_CELL_TOO_LONG': (a) =>
    `This cell holds ${a.length} characters, above the limit of ${a.limit}. Usually a quote on this line or an earlier one is not closed; check the quotes.`,
  'diag.CONFIG_INVALID': (a) =>
    ({
      'category-min-missing': `Category '${a.value}' has no min. Only the last (lowest) category may go without one; add a min.`,
      'category-last-min': `The last category '${a.value}' has a min, so a capaian below it gets no category. Remove the min of the last category.`,
      'category-duplicate': `Category id '${a.value}' is used more than once. Each category needs its own id, because summaries count by id.`,
      'category-order': `The min of category '${a.value}' is not below the min of '${a.previous}'. List categories from the highest down.`,
      'limits-order': `batasBawah ${a.value} is above batasAtas ${a.previous}. Swap the two values.`,
    })[String(a.rule)] ?? `Invalid settings: ${a.rule}.`,

  // Row notes and statuses of `iki report`.
  'status.ok': () => 'ok',
  'status.data-tidak-lengkap': () => 'incomplete data',
  'status.tanpa-data': () => 'no data',
  'status.penyebut-nol': () => 'zero denominator',
  'status.tanpa-target': () => 'no target',
  'status.target-nol': () => 'zero target',
  'statusHelp.ok': () => 'achievement computed from complete data',
  'statusHelp.data-tidak-lengkap': () => 'achievement computed, but a summed variable has quarters without data',
  'statusHelp.tanpa-data': () => 'a variable has no value at all, so there is no realization',
  'statusHelp.penyebut-nol': () => 'division by zero, so there is no realization or achievement',
  'statusHelp.tanpa-target': () => 'the target file does not contain this indicator',
  'statusHelp.target-nol': () => 'the target is zero, so no achievement can be computed',
  'note.tanpa-data': (a) => `no values for ${a.variables}`,
  'note.penyebut-nol': (a) => (a.where === 'capaian' ? 'division by zero in the achievement formula' : 'division by zero in the indicator formula'),
  'note.tanpa-target': () => 'not in the target file',
  'note.target-nol': () => 'no achievement can be computed for a target of 0',
  'note.data-tidak-lengkap': (a) => `${a.variable} has no data for ${a.quarters}`,
  'note.target-tahunan': (a) => `no ${a.quarter} target, so the annual target is used`,
  'note.target-rentang': (a) =>
    a.bound === 'inside'
      ? 'realization within the target range: 100%'
      : a.bound === 'max'
        ? 'realization above the range: compared with max'
        : 'realization below the range: compared with min',
  'note.nilai-tahunan': (a) => `${a.variable}: whole-year value used`,
  'note.nilai-tahunan-diabaikan': (a) => `${a.variable}: whole-year value ignored because quarterly values exist`,
  'note.nilai-akhir-lama': (a) => `${a.variable}: last value from ${a.quarter}`,
  'note.dibatasi-atas': (a) => `achievement capped at ${a.limit}%`,
  'note.dibatasi-bawah': (a) => `achievement raised to the minimum of ${a.limit}%`,
  'note.realisasi-nol': () => 'zero realization under the T/R (target / realization) method',

  // Table headers and labels.
  'header.no': () => 'No',
  'header.position': () => 'Position',
  'header.unit': () => 'Work Unit',
  'header.indicator': () => 'Performance Indicator',
  'header.unitOfMeasure': () => 'Unit of Measure',
  'header.target': () => 'Target',
  'header.realization': () => 'Realization',
  'header.achievement': () => 'Achievement (%)',
  'header.category': () => 'Category',
  'header.status': () => 'Status',
  'header.notes': () => 'Notes',
  'header.superior': () => 'Superior',
  'header.indicatorCount': () => 'Indicators',
  'header.objective': () => 'Objective',
  'header.explanation': () => 'Explanation/Calculation Formula',
  'header.dataSource': () => 'Data Source',
  'header.mean': () => 'Mean Achievement (%)',
  'header.counted': () => 'Counted',
  'header.excluded': () => 'Not Counted',
  'label.reportTitle': (a) => `IKI achievement of ${a.agency}, ${periodName(String(a.period))} ${a.year}`,
  'label.targetBasis': (a) => `Target basis: ${a.basis}`,
  'label.summaryTitle': () => 'Summary',
  'label.unitSummary': () => 'By work unit',
  'label.positionSummary': () => 'By position',
  'label.agency': () => 'Agency',
  'label.statusLegend': () => 'Status meanings',
  'label.targetQuarter': (a) => `(${a.quarter})`,
  'label.polarityNegative': () => 'negative',
  'label.duty': () => 'Main Duty',
  'label.functions': () => 'Functions',
  'label.formula': () => 'Formula',
  'label.variables': () => 'Variables',
  'label.polarity': () => 'Polarity',
  'label.interpretation': () => 'Note',
  'label.ruleHelp': (a) => `Explanation with a wrong and a fixed example: docs/errors.md#${a.anchor}`,
  'label.validateOk': (a) => `${countOf(a.files, 'file', 'files')} checked, no findings.`,
  'label.validateSummary': (a) =>
    `${countOf(a.files, 'file', 'files')} checked: ${countOf(a.errors, 'error', 'errors')}, ${countOf(a.warnings, 'warning', 'warnings')}, ${a.infos} info.`,
  'label.reportBlocked': (a) => `Report not created: ${countOf(a.errors, 'error', 'errors')} in the input files. Fix them and run the command again.`,
  'label.noTargets': () => 'No --targets: every indicator is marked as having no target, and no achievement is computed.',
  'label.settingsUsed': (a) => `Settings from ${a.path} are in use.`,
  'error.EMPTY_SELECTION': (a) => `No position matches both --position ${a.positions} and --unit ${a.units}. Check both filters; they apply together.`,
  'label.wrongYear': (a) => `Every rejected row is from another year (for example ${a.year}). Should --year be ${a.year}?`,
  'label.written': (a) => `Written: ${a.path}`,
  'severity.error': () => 'error',
  'severity.warning': () => 'warning',
  'severity.info': () => 'info',
  'template.describe': (a) => `Enter ${a.variable}: ${a.description} (${a.aggregation}) for ${a.period}`,
  'aggregation.jumlah': () => 'the value for that quarter only, to be summed',
  'aggregation.akhir': () => 'the level at the end of the quarter',
  'aggregation.rata-rata': () => 'the average over that quarter',

  // Category labels by category id. Indonesian labels come from the settings, so id.ts has none.
  'category.sangat-tinggi': () => 'Very High',
  'category.tinggi': () => 'High',
  'category.sedang': () => 'Medium',
  'category.rendah': () => 'Low',
  'category.sangat-rendah': () => 'Very Low',

  // Help text of the command line.
  'help.program': () => 'Indikator Kinerja Individu (IKI, individual performance indicators): check IKI sheets, compute achievement and create reports.',
  'help.version': () => 'show the iki version',
  'help.help': () => 'show help for the command',
  'help.data': () => 'data folder containing organisasi.yaml, keputusan/ and positions/ (default: data)',
  'help.config': () => 'settings file (default: iki.config.yaml in the working folder, if it exists)',
  'help.lang': () => 'display language: id or en (default: id, or the IKI_LANG environment variable)',
  'help.noColor': () => 'disable colors (also when NO_COLOR is set)',
  'help.verbose': () => 'show technical details when an error occurs',
  'help.validate': () => 'check position sheets, organization, decrees, targets and realizations',
  'help.validatePaths': () => 'files or folders to check (default: the data folder)',
  'help.validateYear': () => 'realization year expected in CSV files (default: the year of the first row)',
  'help.format': () => 'output format',
  'help.validateFormat': () => 'output format; stylish by default, or github when GITHUB_ACTIONS=true',
  'help.outputFile': () => 'also write another format to a file, e.g. sarif=results.sarif (may repeat)',
  'help.failOn': () => 'lowest finding severity that makes the exit code 1',
  'error.BAD_OUTPUT_FILE': (a) => `Invalid --output-file value '${a.value}'. Write FORMAT=FILE, for example sarif=results.sarif; formats: ${a.allowed}.`,
  'error.BAD_FAIL_ON': (a) => `Invalid --fail-on value '${a.value}'. Choose error, warning or info.`,
  'help.reportFormat': () => 'output format; table by default, or from the --output file extension (.csv, .json, .md, .html, .xlsx, .docx)',
  'help.force': () => 'write --output even when the file exists',
  'error.TEMPLATE_EXISTS': (a) => `File ${a.path} already exists and may hold entered data. Choose another name, or add --force to overwrite it.`,
  'placeholder.folder': () => 'folder',
  'placeholder.file': () => 'file',
  'placeholder.lang': () => 'lang',
  'placeholder.format': () => 'format',
  'placeholder.severity': () => 'severity',
  'placeholder.year': () => 'year',
  'placeholder.period': () => 'period',
  'placeholder.char': () => 'char',
  'placeholder.ids': () => 'ids',
  'placeholder.files': () => 'files',
  'placeholder.formatFile': () => 'format=file',
  'placeholder.paths': () => 'paths',
  'placeholder.id': () => 'id',
  'help.list': () => 'list positions with their work unit, superior and number of indicators',
  'help.tree': () => 'show as a tree of superiors and subordinates',
  'help.show': () => 'show the IKI sheet of one position, laid out like the table in the decree',
  'help.showId': () => 'position id, for example kabid-sosial',
  'help.showAll': () => 'show all positions',
  'help.template': () => 'create a realization file (CSV or Excel workbook) that is ready to fill in',
  'help.templatePeriod': () => 'quarters to fill in: TW1…TW4, S1, S2 or TAHUN (default: TAHUN, all four quarters)',
  'help.delimiter': () => 'column delimiter (";" suits Excel with Indonesian regional settings)',
  'help.report': () => 'compute IKI achievement from realizations and targets',
  'help.year': () => 'year, for example 2021',
  'help.period': () => 'report up to this period: TW1, TW2, TW3, TW4, S1, S2 or TAHUN',
  'help.realization': () => 'realization CSV file; several are allowed, for example one per quarter',
  'help.targets': () => 'target YAML file for that year',
  'help.output': () => 'write to this file instead of the screen (the file is written whole or not at all)',
  'help.position': () => 'only this position (id, may be repeated)',
  'help.unit': () => 'only this work unit (id, may be repeated)',
  'help.headingUsage': () => 'Usage:',
  'help.headingArguments': () => 'Arguments:',
  'help.headingOptions': () => 'Options:',
  'help.optionsPlaceholder': () => '[options]',
  'help.commandPlaceholder': () => '[command]',
  'help.headingCommands': () => 'Commands:',
  'help.default': (a) => `default: ${a.value}`,
  'help.choices': (a) => `choices: ${a.value}`,
  'help.seeHelp': () => `See 'iki --help' or 'iki COMMAND --help'.`,
  'help.errorUnknownOption': (a) => `Unknown option: ${a.value}.`,
  'help.errorUnknownCommand': (a) => `Unknown command: ${a.value}.${didYouMean(a)}`,
  'help.errorMissingArgument': (a) => `Missing required argument: ${a.value}.`,
  'help.errorOptionMissingArgument': (a) => `Option ${a.value} requires a value.`,
  'help.errorMissingOption': (a) => `Missing required option: ${a.value}.`,
  'help.errorInvalidArgument': (a) => `Invalid value ${a.value}. Choices: ${a.choices}.`,
  'help.errorExcessArguments': () => `Too many arguments.`,
  'error.BAD_DELIMITER': (a) => `Delimiter '${a.value}' is not supported. Choose ';' or ','.`,

  // Errors that stop a command: exit code 2, except DATA_INVALID (exit code 1).
  'error.INPUT_NOT_FOUND': (a) => `File not found: ${a.path}. Check the file name and its folder.`,
  'error.INPUT_UNREADABLE': (a) => `Cannot read file ${a.path} (${a.reason}). Check its access permissions.`,
  'error.INPUT_CHANGED': (a) =>
    `File ${a.path} changed while iki was reading it, so the places of its findings cannot be shown. Run the command again once the file is saved.`,
  'error.INPUT_IS_FOLDER': (a) => `${a.path} is a folder, not a file. Give the path of a file.`,
  'error.INPUT_TOO_LARGE': (a) =>
    `File ${a.path} is ${a.size} bytes, over the limit of ${a.limit} bytes. Split it into several files, for example one per quarter or per unit, and name them all in --realization.`,
  'error.DATA_DIR_NOT_FOUND': (a) => `Data folder ${a.path} not found. Run iki from the project folder or use --data FOLDER.`,
  'error.DATA_DIR_EMPTY': (a) =>
    `Data folder ${a.path} contains none of organisasi.yaml, keputusan/ or positions/. Point --data FOLDER at the folder that contains them.`,
  'error.ORGANISATION_NOT_FOUND': (a) => `File ${a.path} not found. The report needs it for the list of work units.`,
  'error.DATA_INVALID': (a) => `The data in ${a.path} has ${countOf(a.errors, 'error', 'errors')}. Run 'iki validate' for details.`,
  'error.NO_FILES': (a) => `No files match ${a.paths}.`,
  'error.UNKNOWN_FILE_KIND': (a) =>
    `Unrecognized file type: ${a.path}. iki checks position sheets, organization, decree and target files (.yaml) and realization files (.csv, .xlsx).`,
  'error.OUTPUT_IS_INPUT': (a) => `${a.option ?? '--output'} ${a.path} points to one of the input files. Choose another file name.`,
  'error.OUTPUT_IS_FOLDER': (a) => `${a.option ?? '--output'} ${a.path} is a folder. Give a file name, for example ${a.path}/report.csv.`,
  'error.OUTPUT_FOLDER_MISSING': (a) => `The folder for ${a.option ?? '--output'} ${a.path} does not exist. Create the folder first.`,
  'error.OUTPUT_NOT_WRITABLE': (a) => `iki may not write ${a.path} (folder or file permissions). Choose another folder or ask for write permission.`,
  'error.OUTPUT_NOT_REGULAR': (a) =>
    `${a.path} is not a regular file (a symbolic link, pipe or device); iki will not replace it. Write to a regular file name.`,
  'error.OUTPUT_WRITE_FAILED': (a) => `Failed to write ${a.path} (${a.reason}). The existing file was not changed.`,
  'error.UNKNOWN_POSITION': (a) => `Position '${a.value}' not found.${didYouMean(a)}`,
  'error.UNKNOWN_UNIT': (a) => `Work unit '${a.value}' not found.${didYouMean(a)}`,
  'error.BAD_PERIOD': (a) => `Invalid period '${a.value}'. Choose one of: TW1, TW2, TW3, TW4, S1, S2, TAHUN.`,
  'error.BAD_YEAR': (a) => `Invalid year '${a.value}'. Write a four-digit year, for example 2021.`,
  'error.BAD_FORMAT': (a) => `Format '${a.value}' is not supported. Choose one of: ${a.allowed}.`,
  'error.BAD_LANG': (a) => `Language '${a.value}' (from ${a.source}) is not supported. Choose id or en.`,
  'error.BAD_THREADS': (a) =>
    `IKI_THREADS is '${a.value}', but it must be a whole number from 1 to 999: the most threads used to read sheets. Leave it unset to use every processor core.`,
  'error.SHOW_ID_AND_ALL': (a) => `Choose one: a position id ('${a.value}') or --all, not both.`,
  'error.BINARY_NEEDS_OUTPUT': (a) =>
    `Format ${a.format} is a binary file and cannot be printed to the screen. Add --output, for example --output report.${a.format}.`,
  'error.EMPTY_FILTER': () => `An empty --position or --unit value. Name a position or unit id, or leave the option out for all.`,
  'error.FORMAT_EXTENSION_MISMATCH': (a) =>
    `--format ${a.format} does not match the extension of ${a.path}. Make them agree, for example --format ${a.format} --output report.${a.format === 'markdown' ? 'md' : a.format}.`,
  'error.SHOW_NEEDS_ID': () => `Give a position id, or use --all for all positions.`,
  'error.USAGE': (a) => `${a.detail}`,
  'error.INTERNAL': (a) =>
    `Internal iki error (a bug): ${a.detail}. Please report it with the command you ran. Run the command again with --verbose for details.`,
};

/** Formats a count with its noun, as in "1 file" or "3 files". Indonesian nouns have no plural, so id.ts needs no such helper. */
function countOf(count: string | number | undefined, singular: string, plural: string): string {
  return `${count} ${Number(count) === 1 ? singular : plural}`;
}

function typeName(type: string): string {
  const names: Record<string, string> = {
    string: 'text',
    number: 'a number',
    integer: 'an integer',
    object: 'a mapping (key: value)',
    array: 'a list (lines starting with "- ")',
    boolean: 'true or false',
    target: 'a number, a range {min, max}, or {tahunan, TW1, TW2, TW3, TW4}',
  };
  return names[type] ?? type;
}

function kindName(kind: string): string {
  return { jabatan: 'position', indikator: 'indicator', variabel: 'variable', unitKerja: 'work unit' }[kind] ?? kind;
}

function ruleText(rule: string): string {
  const [name = '', value = ''] = rule.split(/:(.*)/s);
  switch (name) {
    case 'enum':
      return `choose one of ${value}`;
    case 'const':
      return `must be ${value}`;
    case 'pattern':
      return value.includes('_')
        ? `use lowercase letters, digits and underscores (snake_case), for example jumlah_peserta`
        : `use lowercase letters, digits and hyphens (kebab-case), for example kabid-sosial`;
    case 'minLength':
      return 'must not be empty';
    case 'minItems':
      return `the list must contain at least ${countOf(value, 'item', 'items')}`;
    case 'maxLength':
      return `at most ${value} characters`;
    case 'minimum':
      return `must be at least ${value}`;
    case 'maximum':
      return `must be at most ${value}`;
    case 'format':
      return value === 'date' ? 'write the date as YYYY-MM-DD, for example 2021-02-16' : `expected format ${value}`;
    default:
      return name;
  }
}

function periodName(period: string): string {
  return { TW1: 'up to Q1', TW2: 'up to Q2', TW3: 'up to Q3', TW4: 'up to Q4', S1: 'Semester 1', S2: 'up to Semester 2', TAHUN: 'Year' }[period] ?? period;
}

function place(path: string | number | undefined): string {
  return path === undefined || path === '' ? 'the top level of the file' : String(path);
}

// Plain explanations of the YAML parser's error codes, with what to check.
function yamlProblem(kind: string): string {
  const problems: Record<string, string> = {
    FLOW_NOT_CLOSED:
      'a [ or { opened on the line before is not closed; close it on the same line with ] or }, or quote the value if the bracket is part of the text',
    BAD_INDENT: 'the indentation does not line up; use the same number of spaces as the lines at the same level',
    MISSING_CHAR: 'a quote or bracket is not closed; look above this position for an opening mark without its pair',
    MULTILINE_IMPLICIT_KEY: 'a key runs on to the next line; check the colon and indentation of the line before',
    BLOCK_AS_IMPLICIT_KEY:
      'a colon followed by a space reads as the start of a new key; if the value does contain ": ", put the whole value in quotes, for example sasaran: "A: B"; otherwise check the indentation',
    UNEXPECTED_TOKEN: 'an unexpected mark is here; check colons, list dashes and quotes',
    BAD_SCALAR_START: 'the value starts with a YAML special character; put the value in quotes',
    DUPLICATE_KEY: 'the same key appears twice',
    BAD_DQ_ESCAPE: 'a backslash inside double quotes is followed by an unknown letter; use single quotes or write \\\\',
    MULTIPLE_DOCS: 'the file holds more than one document (separated by ---); a file may hold one sheet only',
    BLOCK_IN_FLOW: 'a nested value is written inside [ ] or { }; write it as a plain list or mapping',
    BAD_DIRECTIVE: 'a line starting with % is not a known YAML directive; remove that line',
  };
  return problems[kind] ?? 'the lines do not follow YAML rules; check indentation, colons and quotes';
}
