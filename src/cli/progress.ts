import type { Translate } from '../i18n/index.js';
import { formatNumber } from '../render/number.js';
import type { CommandContext } from './context.js';

/** A run reading more realization files than this shows progress. */
export const PROGRESS_MIN_FILES = 50;

/** A run whose realization files contain more data rows than this, counted while they are read, shows progress. */
export const PROGRESS_MIN_ROWS = 100_000;

/** A one-line progress display on stderr, rewritten in place with `\r`. */
export interface Progress {
  /** Reports that file `index` (1-based) of `total` is being or was read, with the data rows read so far. */
  fileRead(index: number, total: number, rows: number): void;
  /** Blanks the progress line, so the next output starts on a clean line. */
  done(): void;
}

/** Options of {@link createProgress}; the thresholds default to {@link PROGRESS_MIN_FILES} and {@link PROGRESS_MIN_ROWS}. */
export interface ProgressOptions {
  write: (text: string) => void;
  /** False when stderr is not a terminal: piped or redirected output never gets progress lines. */
  enabled: boolean;
  t: Translate;
  lang: CommandContext['lang'];
  minFiles?: number;
  minRows?: number;
}

/**
 * Creates the progress display of a run. Nothing is written unless `enabled`
 * is set and the run passes one of the thresholds; once shown, the line stays
 * until {@link Progress.done}.
 */
export function createProgress(options: ProgressOptions): Progress {
  const minFiles = options.minFiles ?? PROGRESS_MIN_FILES;
  const minRows = options.minRows ?? PROGRESS_MIN_ROWS;
  let visible = false;
  let width = 0;

  const show = (text: string) => {
    // Spaces cover the rest of a longer previous line; no terminal escape codes are needed.
    options.write(`\r${text}${' '.repeat(Math.max(0, width - text.length))}`);
    width = Math.max(width, text.length);
    visible = true;
  };
  const number = (value: number) => formatNumber(value, options.lang);

  return {
    fileRead(index, total, rows) {
      if (!options.enabled || (!visible && total <= minFiles && rows <= minRows)) return;
      show(options.t('progress.reading', { file: index, total, rows: number(rows) }));
    },
    done() {
      if (!visible) return;
      options.write(`\r${' '.repeat(width)}\r`);
      visible = false;
      width = 0;
    },
  };
}

/** Creates the progress display of a command: on stderr, and only when stderr is a terminal. */
export function progressFor(ctx: CommandContext): Progress {
  return createProgress({ write: ctx.env.stderr, enabled: ctx.env.stderrIsTTY, t: ctx.t, lang: ctx.lang });
}
