// The contract every CLI verb file fulfils, and the error type that turns bad input into exit code 2.
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

export interface Verb {
  name: string;
  /** One Swedish line for `malkoll help`. */
  summary: string;
  usage: string;
  run(args: string[], io: CliIo): Promise<number>;
}

/** Unusable input: the messages go to stderr, nothing to stdout, exit code 2. */
export class UsageError extends Error {
  constructor(readonly lines: string[]) {
    super(lines.join('\n'));
  }
}

export const EXIT_OK = 0;
export const EXIT_BAD_INPUT = 2;
