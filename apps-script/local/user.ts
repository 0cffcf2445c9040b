// User (Google's Base.User): an e-mail address, as Session, Spreadsheet.getOwner/getEditors and protections hand out.

import { type Context, ServiceObject } from './context.ts';
import { countCalls } from './counters.ts';

export class User extends ServiceObject {
  static gasName = 'User';

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
