import { readFileSync } from 'node:fs';
import { Command, CommanderError, Help, Option } from 'commander';
import { withSuggestion } from '../core/suggest.js';
import { createTranslator, type Translate } from '../i18n/index.js';
import { removePendingTemporaryFiles } from '../io/atomic-write.js';
import { InputError, UsageError } from '../io/errors.js';
import { createContext, detectLang, type CliEnvironment, type CommandContext, type GlobalOptions } from './context.js';
import type { ExplainOptions } from './explain.js';
import type { ReportOptions } from './report.js';
import type { TemplateOptions } from './template.js';
import type { ValidateOptions } from './validate.js';

// Choices are repeated here, not imported, so that `iki --version` and `--help`
// do not load the command modules.
const VALIDATE_FORMATS = ['stylish', 'text', 'json', 'github', 'sarif', 'junit', 'gitlab'];
const SHOW_FORMATS = ['table', 'markdown', 'json', 'yaml', 'text'];
const REPORT_FORMATS = ['table', 'csv', 'json', 'markdown', 'docx', 'html', 'xlsx'];
const COMMAND_NAMES = ['validate', 'list', 'show', 'template', 'report', 'explain', 'diff'];

const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/**
 * Runs iki with `env.argv` (without the node and script names) and returns the
 * exit code: 0 success, 1 problems found in the user's data, 2 could not run.
 */
export async function run(env: CliEnvironment): Promise<number> {
  const t = createTranslator(detectLang(env.argv, env.env));
  let exitCode = 0;
  const program = buildProgram(t, env, (code) => {
    exitCode = code;
  });

  try {
    await program.parseAsync(env.argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    return reportError(error, t, env);
  }
}

function buildProgram(t: Translate, env: CliEnvironment, setExitCode: (code: number) => void): Command {
  const ph = (name: string) => t(`placeholder.${name}`);
  const program = new Command('iki')
    .description(t('help.program'))
    .version(VERSION, '-V, --version', t('help.version'))
    .helpOption('-h, --help', t('help.help'))
    .helpCommand(false)
    .option(`--data <${ph('folder')}>`, t('help.data'))
    .option(`--config <${ph('file')}>`, t('help.config'))
    .option(`--lang <${ph('lang')}>`, t('help.lang'))
    .option('--no-color', t('help.noColor'))
    .option('--verbose', t('help.verbose'))
    .showSuggestionAfterError(false)
    .exitOverride()
    .configureOutput({ writeOut: (text) => env.stdout(text), writeErr: (text) => env.stderr(text), outputError: () => undefined })
    .configureHelp(helpConfiguration(t));

  // Commander passes the arguments, the options and the command last; the
  // handler gets the context built from the global options, then the rest.
  const action =
    (handler: (ctx: CommandContext, args: unknown[]) => Promise<number>) =>
    async (...args: unknown[]) => {
      const command = args[args.length - 1] as Command;
      const ctx = createContext(command.optsWithGlobals<GlobalOptions>(), env, VERSION);
      setExitCode(await handler(ctx, args.slice(0, -1)));
    };

  program
    .command('validate')
    .description(t('help.validate'))
    .argument(`[${ph('paths')}...]`, t('help.validatePaths'))
    .addOption(new Option(`--format <${ph('format')}>`, t('help.validateFormat')).choices(VALIDATE_FORMATS))
    .option(`--output-file <${ph('formatFile')}...>`, t('help.outputFile'))
    .addOption(new Option(`--fail-on <${ph('severity')}>`, t('help.failOn')).choices(['error', 'warning', 'info']).default('error'))
    .option(`--year <${ph('year')}>`, t('help.validateYear'))
    .action(action(async (ctx, [paths, options]) => (await import('./validate.js')).runValidate(paths as string[], options as ValidateOptions, ctx)));

  program
    .command('list')
    .description(t('help.list'))
    .option('--tree', t('help.tree'))
    .action(action(async (ctx, [options]) => (await import('./list.js')).runList(options as { tree?: boolean }, ctx)));

  program
    .command('show')
    .description(t('help.show'))
    .argument(`[${ph('id')}]`, t('help.showId'))
    .option('--all', t('help.showAll'))
    .addOption(new Option(`--format <${ph('format')}>`, t('help.format')).choices(SHOW_FORMATS).default('table'))
    .action(
      action(async (ctx, [id, options]) => (await import('./show.js')).runShow(id as string | undefined, options as { all?: boolean; format?: string }, ctx)),
    );

  program
    .command('template')
    .description(t('help.template'))
    .requiredOption(`--year <${ph('year')}>`, t('help.year'))
    .option(`--period <${ph('period')}>`, t('help.templatePeriod'))
    .addOption(new Option(`--format <${ph('format')}>`, t('xlsx.help.templateFormat')).choices(['csv', 'xlsx']))
    .addOption(new Option(`--delimiter <${ph('char')}>`, t('help.delimiter')).choices([';', ',']).default(';'))
    .option(`--output <${ph('file')}>`, t('help.output'))
    .option('--force', t('help.force'))
    .action(action(async (ctx, [options]) => (await import('./template.js')).runTemplate(options as TemplateOptions, ctx)));

  program
    .command('report')
    .description(t('help.report'))
    .requiredOption(`--year <${ph('year')}>`, t('help.year'))
    .requiredOption(`--period <${ph('period')}>`, t('help.period'))
    .requiredOption(`--realization <${ph('files')}...>`, t('help.realization'))
    .option(`--targets <${ph('file')}>`, t('help.targets'))
    .addOption(new Option(`--format <${ph('format')}>`, t('help.reportFormat')).choices(REPORT_FORMATS))
    .option(`--output <${ph('file')}>`, t('help.output'))
    .option(`--position <${ph('ids')}...>`, t('help.position'))
    .option(`--unit <${ph('ids')}...>`, t('help.unit'))
    .option('--excel', t('csv.help'))
    .option('--chart', t('chart.help'))
    .action(action(async (ctx, [options]) => (await import('./report.js')).runReport(options as ReportOptions, ctx)));

  program
    .command('explain')
    .description(t('explain.help'))
    .argument(`<${ph('indicatorKey')}>`, t('explain.helpId'))
    .requiredOption(`--year <${ph('year')}>`, t('help.year'))
    .requiredOption(`--period <${ph('period')}>`, t('help.period'))
    .requiredOption(`--realization <${ph('files')}...>`, t('help.realization'))
    .option(`--targets <${ph('file')}>`, t('help.targets'))
    .addOption(new Option(`--format <${ph('format')}>`, t('explain.helpFormat')).choices(['text', 'json']).default('text'))
    .action(action(async (ctx, [id, options]) => (await import('./explain.js')).runExplain(id as string, options as ExplainOptions, ctx)));

  program
    .command('diff')
    .description(t('help.diff'))
    .argument(`<${ph('base')}>`, t('help.diffBase'))
    .argument(`[${ph('head')}]`, t('help.diffHead'))
    .addOption(new Option(`--format <${ph('format')}>`, t('help.diffFormat')).choices(['table', 'markdown', 'json']).default('table'))
    .addOption(new Option(`--fail-on <${ph('changeClass')}>`, t('help.diffFailOn')).choices(['breaking', 'substantive', 'editorial', 'any']))
    // --data is global, but diff reads it relative to the repository root, so it takes the value as typed.
    .action(
      action(async (ctx, [base, head, options]) =>
        (await import('./diff.js')).runDiff(
          base as string,
          head as string | undefined,
          { ...(options as { format?: string; failOn?: string }), data: program.opts<GlobalOptions>().data },
          ctx,
        ),
      ),
    );

  for (const command of program.commands) {
    command
      .helpOption('-h, --help', t('help.help'))
      .exitOverride()
      .configureOutput({ writeOut: (text) => env.stdout(text), writeErr: (text) => env.stderr(text), outputError: () => undefined });
    command.configureHelp(helpConfiguration(t));
  }
  return program;
}

// Option descriptions carry their choices and default in the user's language.
function helpConfiguration(t: Translate): Partial<Help> {
  return {
    formatHelp: (cmd, helper) => translateHeadings(Help.prototype.formatHelp.call(helper, cmd, helper), t),
    // Placeholders are translated before commander measures the columns, so the
    // descriptions stay aligned.
    subcommandTerm: (cmd) => translatePlaceholders(Help.prototype.subcommandTerm.call(new Help(), cmd), t),
    commandUsage: (cmd) => translatePlaceholders(Help.prototype.commandUsage.call(new Help(), cmd), t),
    optionDescription: (option) => {
      const extras: string[] = [];
      if (option.argChoices) extras.push(t('help.choices', { value: option.argChoices.map((choice) => `"${choice}"`).join(', ') }));
      if (option.defaultValue !== undefined && !option.negate) extras.push(t('help.default', { value: String(option.defaultValue) }));
      return extras.length > 0 ? `${option.description} (${extras.join('; ')})` : option.description;
    },
  };
}

// Commander prints its section headings in English; these are the only
// strings of its help that iki does not pass in itself.
function translateHeadings(text: string, t: Translate): string {
  return text
    .replace(/^Usage:/m, t('help.headingUsage'))
    .replace(/^Arguments:/m, t('help.headingArguments'))
    .replace(/^Options:/m, t('help.headingOptions'))
    .replace(/^Commands:/m, t('help.headingCommands'));
}

function translatePlaceholders(text: string, t: Translate): string {
  return text.replace(/\[options\]/g, t('help.optionsPlaceholder')).replace(/\[command\]/g, t('help.commandPlaceholder'));
}

function reportError(error: unknown, t: Translate, env: CliEnvironment): number {
  if (error instanceof CommanderError) {
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return 0;
    env.stderr(`${t('error.USAGE', { detail: commanderMessage(error, t) })}\n${t('help.seeHelp')}\n`);
    return 2;
  }
  if (error instanceof UsageError || error instanceof InputError) {
    env.stderr(`${t(`error.${error.code}`, error.args)}\n`);
    return 2;
  }

  const detail = error instanceof Error ? error.message : String(error);
  env.stderr(`${t('error.INTERNAL', { detail })}\n`);
  if (env.argv.includes('--verbose') && error instanceof Error && error.stack) env.stderr(`${error.stack}\n`);
  return 2;
}

// Commander's messages are English; the quoted option or argument is taken
// from them and put into the Indonesian message of the same kind.
function commanderMessage(error: CommanderError, t: Translate): string {
  const quoted = /'([^']+)'/.exec(error.message)?.[1] ?? '';
  const kinds: Record<string, string> = {
    'commander.unknownOption': 'help.errorUnknownOption',
    'commander.unknownCommand': 'help.errorUnknownCommand',
    'commander.missingArgument': 'help.errorMissingArgument',
    'commander.optionMissingArgument': 'help.errorOptionMissingArgument',
    'commander.missingMandatoryOptionValue': 'help.errorMissingOption',
    'commander.invalidArgument': 'help.errorInvalidArgument',
    'commander.excessArguments': 'help.errorExcessArguments',
  };
  const key = kinds[error.code];
  if (!key) return error.message.replace(/^error: /, '');

  // "option '--format <format>' argument 'xml' is invalid. Allowed choices are …"
  const invalid = /option '([^' ]+)[^']*' argument '([^']*)' is invalid/.exec(error.message);
  const choices = /Allowed choices are (.*)\./.exec(error.message)?.[1] ?? '';
  if (invalid) return t(key, { value: `${invalid[1]} ${invalid[2]}`, choices });
  if (error.code === 'commander.unknownCommand') return t(key, withSuggestion({ value: quoted }, quoted, COMMAND_NAMES));
  return t(key, { value: quoted, choices });
}

/** Runs iki in this process: real argv, streams and environment; sets `process.exitCode`. */
export async function main(): Promise<void> {
  // A reader that closes the pipe early (iki report | head) gets what it read;
  // later writes are dropped instead of ending in an EPIPE stack trace.
  // Ctrl+C removes temporary files, then ends the run as the signal would.
  process.once('SIGINT', () => {
    removePendingTemporaryFiles();
    process.kill(process.pid, 'SIGINT');
  });

  // Any other failure to write results (a full disk, a closed descriptor) is
  // reported once, in the user's language, with exit code 2.
  let stdoutClosed = false;
  const reportStdoutFailure = (error: NodeJS.ErrnoException) => {
    if (stdoutClosed) return;
    stdoutClosed = true;
    if (error.code === 'EPIPE') return;
    const t = createTranslator(detectLang(process.argv.slice(2), process.env));
    process.stderr.write(`${t('error.OUTPUT_WRITE_FAILED', { path: 'stdout', reason: error.code ?? error.message })}\n`);
    process.exitCode = 2;
  };
  process.stdout.on('error', reportStdoutFailure);
  const exitCode = await run({
    argv: process.argv.slice(2),
    env: process.env,
    cwd: process.cwd(),
    stdout: (text) => {
      if (stdoutClosed) return;
      try {
        process.stdout.write(text);
      } catch (error) {
        reportStdoutFailure(error as NodeJS.ErrnoException);
      }
    },
    stderr: (text) => process.stderr.write(text),
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
  });
  if (process.exitCode !== 2) process.exitCode = exitCode;
}
