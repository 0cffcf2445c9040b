// The contract every CLI verb file fulfils.
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
