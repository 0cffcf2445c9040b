// Session, ScriptApp, Logger and console: who runs the script, its web app URL, and its logs.

import { formatWithOptions } from 'node:util';
import { actingUser, type Context, type LogEntry, ServiceObject } from './context.ts';
import { countCalls } from './counters.ts';
import { serviceUrl } from './deployments.ts';
import { enumOf, type Google, type GoogleConsole } from './google.ts';
import { User } from './user.ts';

const AuthMode = enumOf(['NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL']);

export class Session extends ServiceObject implements Google<Session> {
  static gasName = 'Session';
  declare readonly _google: GoogleAppsScript.Base.Session;

  /** In a web app executing as its owner and opened by someone else, Google does not reveal the visitor: ''. */
  getActiveUser(): User {
    return new User(this.ctx, this.ctx.execution.kind === 'webapp' ? '' : this.ctx.users.active);
  }

  getEffectiveUser(): User {
    return new User(this.ctx, this.ctx.users.effective);
  }

  getScriptTimeZone(): string {
    return this.ctx.scriptTimeZone;
  }

  getActiveUserLocale(): string {
    return this.ctx.workbook.locale.split('_')[0] ?? 'en';
  }

  /** Stable per user and script, not revealing the address. */
  getTemporaryActiveUserKey(): string {
    return Buffer.from(`${this.ctx.scriptId}:${actingUser(this.ctx)}`).toString('base64url');
  }
}

/**
 * getUrl() is null when the project is no web app, as Google documents (@types says string); which address it gives
 * depends on the deployment running the code (deployments.ts).
 */
export class Service extends ServiceObject implements Google<Service, 'getUrl'> {
  static gasName = 'Service';
  declare readonly _google: GoogleAppsScript.Script.Service;

  getUrl(): string | null {
    return serviceUrl(this.ctx);
  }

  isEnabled(): boolean {
    return serviceUrl(this.ctx) !== null;
  }
}

export class ScriptApp extends ServiceObject implements Google<ScriptApp> {
  static gasName = 'ScriptApp';
  declare readonly _google: GoogleAppsScript.Script.ScriptApp;
  readonly AuthMode = AuthMode;

  getService(): Service {
    return new Service(this.ctx);
  }

  getScriptId(): string {
    return this.ctx.scriptId;
  }
}

function emit(ctx: Context, level: LogEntry['level'], message: string): void {
  ctx.logs.push({ level, message });
  if (ctx.echoLogs) process.stderr.write(`${message}\n`);
}

export class Logger extends ServiceObject implements Google<Logger> {
  static gasName = 'Logger';
  declare readonly _google: GoogleAppsScript.Base.Logger;

  /** log(data) or log(format, values…) with `%s` placeholders. */
  log(data: unknown, ...values: unknown[]): Logger {
    let message = String(data);
    if (values.length > 0) {
      let i = 0;
      message = message.replace(/%s/g, () => (i < values.length ? String(values[i++]) : '%s'));
    }
    emit(this.ctx, 'Logger', message);
    return this;
  }

  getLog(): string {
    return this.ctx.logs
      .filter((l) => l.level === 'Logger')
      .map((l) => `${l.message}\n`)
      .join('');
  }

  clear(): void {
    this.ctx.logs.splice(0, this.ctx.logs.length, ...this.ctx.logs.filter((l) => l.level !== 'Logger'));
  }
}

export class Console extends ServiceObject implements Google<Console> {
  static gasName = 'console';
  declare readonly _google: GoogleConsole;

  private write(level: LogEntry['level'], args: unknown[]): void {
    emit(this.ctx, level, formatWithOptions({ depth: 4, breakLength: Number.POSITIVE_INFINITY }, ...args));
  }

  log(...args: unknown[]): void {
    this.write('log', args);
  }

  info(...args: unknown[]): void {
    this.write('info', args);
  }

  warn(...args: unknown[]): void {
    this.write('warn', args);
  }

  error(...args: unknown[]): void {
    this.write('error', args);
  }
}

for (const cls of [Session, Service, ScriptApp, Logger, Console]) countCalls(cls);
