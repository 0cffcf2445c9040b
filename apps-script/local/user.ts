// User (Google's Base.User): an e-mail address, as Session, Spreadsheet.getOwner/getEditors and protections hand out.

import { type Context, ServiceObject } from './context.ts';
import { countCalls } from './counters.ts';
import type { Google } from './google.ts';

export class User extends ServiceObject implements Google<User> {
  static gasName = 'User';
  declare readonly _google: GoogleAppsScript.Base.User;

  constructor(
    ctx: Context,
    private readonly email: string,
  ) {
    super(ctx);
  }

  getEmail(): string {
    return this.email;
  }
}

countCalls(User);
