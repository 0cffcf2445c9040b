// The web app the end-to-end tests talk to. Swapping the double for the real `malkoll serve` happens in startWebApp() only.
import type { Action } from '../../../shared/model/action.ts';
import { startWebAppDouble } from './web-app-double.ts';

export interface WebApp {
  /** A demo member's connection code, as the server prints it (its URL is the local server's). */
  demoCode: string;
  /** Adds a member and returns their connection code. */
  invite(name: string, branch: string): Promise<string>;
  /** Revokes every code of this member. */
  revoke(name: string): Promise<void>;
  /** Every action in the log, as stored (with member and branch). */
  actions(): Promise<Action[]>;
  /** An outage: the server stops answering, on the same address, until start(). */
  stop(): Promise<void>;
  start(): Promise<void>;
  close(): Promise<void>;
}

export function startWebApp(): Promise<WebApp> {
  return startWebAppDouble();
}
