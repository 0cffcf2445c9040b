// A problem with what a person gave a computation (a date, a quarter), said in Swedish: adapters show it as it is,
// while any other error is a bug and goes to the log with its stack.
export class InputError extends Error {
  override name = 'InputError';
}
