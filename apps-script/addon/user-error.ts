// A problem the person can fix (no plan imported, a bad quarter): shown as it is, in Swedish, never as a crash.
import { InputError } from '../../shared/model/input-error.ts';

export class UserError extends Error {
  override name = 'UserError';
}

/** Runs a computation on input the person gave (a date, a quarter): its InputError is theirs to fix, a UserError. */
export function withTheirInput<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof InputError) throw new UserError(error.message);
    throw error;
  }
}
