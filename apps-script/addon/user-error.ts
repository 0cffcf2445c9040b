// A problem the person can fix (no plan imported, a bad quarter): shown as it is, in Swedish, never as a crash.
export class UserError extends Error {
  override name = 'UserError';
}
