/** Bad command-line usage: an unknown option, a missing or invalid argument. Exit code 2. */
export class UsageError extends Error {
  constructor(
    readonly code: string,
    readonly args: Record<string, string | number> = {},
  ) {
    super(code);
    this.name = 'UsageError';
  }
}

/** An input that cannot be read at all: missing, unreadable, not a file. Exit code 2. */
export class InputError extends Error {
  constructor(
    readonly code: string,
    readonly args: Record<string, string | number> = {},
  ) {
    super(code);
    this.name = 'InputError';
  }
}
