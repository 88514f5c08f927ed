import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { createTranslator, isLang, type Lang, type Translate } from '../i18n/index.js';
import { UsageError } from '../io/errors.js';

/** Output streams and environment of a run; tests pass their own. */
export interface CliEnvironment {
  argv: string[];
  env: Record<string, string | undefined>;
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
}

/** Options every command accepts. */
export interface GlobalOptions {
  data?: string;
  config?: string;
  lang?: string;
  color?: boolean;
  verbose?: boolean;
}

/** Context of a command handler: resolved global options, output and the translator. */
export interface CommandContext {
  env: CliEnvironment;
  dataDir: string;
  configPath: string | undefined;
  lang: Lang;
  t: Translate;
  /** Colour for results on stdout. */
  color: boolean;
  /** Colour for diagnostics on stderr. */
  colorErrors: boolean;
  verbose: boolean;
  /** Version of iki, recorded in machine-readable outputs. */
  version: string;
  /** Most worker threads for reading a large folder of sheets: IKI_THREADS, or the machine's cores. */
  threads: number;
}

/**
 * Returns the language chosen by `--lang` in argv or `IKI_LANG`, defaulting to
 * Indonesian; read before commander runs so help text is in that language.
 */
export function detectLang(argv: readonly string[], env: CliEnvironment['env']): Lang {
  const index = argv.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  const value = index < 0 ? env.IKI_LANG : argv[index]?.includes('=') ? argv[index]?.split('=')[1] : argv[index + 1];
  return value !== undefined && isLang(value) ? value : 'id';
}

/** Resolves global options into a command context. */
export function createContext(options: GlobalOptions, env: CliEnvironment, version = '0.0.0'): CommandContext {
  // An empty IKI_LANG, as `IKI_LANG= iki …` leaves it, means no choice was made.
  const langText = options.lang ?? (env.env.IKI_LANG || undefined) ?? 'id';
  if (!isLang(langText)) throw new UsageError('BAD_LANG', { value: langText, source: options.lang === undefined ? 'IKI_LANG' : '--lang' });

  const threadsText = env.env.IKI_THREADS || undefined;
  if (threadsText !== undefined && !/^[1-9]\d{0,2}$/.test(threadsText)) throw new UsageError('BAD_THREADS', { value: threadsText });

  const colorAllowed = options.color !== false && (env.env.NO_COLOR ?? '') === '';
  return {
    env,
    dataDir: resolve(env.cwd, options.data ?? 'data'),
    configPath: options.config === undefined ? undefined : resolve(env.cwd, options.config),
    lang: langText,
    t: createTranslator(langText),
    color: colorAllowed && env.stdoutIsTTY,
    colorErrors: colorAllowed && env.stderrIsTTY,
    verbose: options.verbose === true,
    version,
    threads: threadsText === undefined ? availableParallelism() : Number(threadsText),
  };
}
