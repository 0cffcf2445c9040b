// Unusable input from the person at the terminal: the CLI prints it on stderr and exits 2; the server refuses to start.
export class UsageError extends Error {
  constructor(readonly lines: string[]) {
    super(lines.join('\n'));
  }
}

export const EXIT_OK = 0;
export const EXIT_BAD_INPUT = 2;
