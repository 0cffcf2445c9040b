// Opens a workbook file with the built add-on for a CLI verb; an unusable file becomes a usage error, untouched.

import {
  type Addon,
  callEntryPoint,
  type EntryPointName,
  type EntryPoints,
  isUserError,
  openAddon,
  servedWebAppUrl,
} from '../host/addon.ts';
import { clockOn } from '../host/clock.ts';
import { heldByServer, liveServeLock } from '../host/serve-lock.ts';
import { UsageError } from '../host/usage-error.ts';
import { WorkbookFileError } from '../local/index.ts';

/** The address the local web app answers on by default (`malkoll serve`). */
export const DEFAULT_WEB_APP_URL = 'http://127.0.0.1:8787/exec';

export interface OpenWorkbookOptions {
  ifMissing: 'error' | 'create';
  /** The verb changes the workbook: refused while `malkoll serve` holds it, since the server would overwrite it. */
  writes: boolean;
  /** What the add-on's web app URL is; default: the one the last `malkoll serve` recorded, else the local default. */
  webAppUrl?: string;
  /** Run as on this day (`--as-of` of a command that reads today's date itself). */
  today?: string;
}

export function openWorkbook(dataFile: string, options: OpenWorkbookOptions): Addon {
  const holder = options.writes ? liveServeLock(dataFile) : null;
  if (holder) throw new UsageError(heldByServer(dataFile, holder));
  try {
    const webAppUrl =
      options.webAppUrl ?? (options.ifMissing === 'error' ? servedWebAppUrl(dataFile) : null) ?? DEFAULT_WEB_APP_URL;
    const now = options.today === undefined ? undefined : clockOn(options.today, '--as-of');
    return openAddon({ dataFile, webAppUrl, ifMissing: options.ifMissing, autosave: false, ...(now ? { now } : {}) });
  } catch (error) {
    if (error instanceof WorkbookFileError) throw new UsageError([error.message]);
    throw error;
  }
}

/** Runs one add-on entry point; a problem the board can fix (a Swedish UserError) becomes a usage error. */
export function runEntryPoint<N extends EntryPointName>(
  addon: Addon,
  name: N,
  ...args: Parameters<EntryPoints[N]>
): ReturnType<EntryPoints[N]> {
  try {
    return callEntryPoint(addon.bundle, name, ...args);
  } catch (error) {
    if (isUserError(error)) throw new UsageError([error.message]);
    throw error;
  }
}
