// Opens a workbook file with the built add-on for a CLI verb; an unusable file becomes a usage error, untouched.

import {
  type Addon,
  callEntryPoint,
  type EntryPointName,
  type EntryPoints,
  isUserError,
  openAddon,
} from '../host/addon.ts';
import { clockOn } from '../host/clock.ts';
import { heldByServer, liveServeLock } from '../host/serve-lock.ts';
import { UsageError } from '../host/usage-error.ts';
import { WorkbookFileError } from '../local/index.ts';

export interface OpenWorkbookOptions {
  ifMissing: 'error' | 'create';
  /** The verb changes the workbook: refused while `malkoll serve` holds it, since the server would overwrite it. */
  writes: boolean;
  /** Run as on this day (`--as-of` of a command that reads today's date itself). */
  today?: string;
}

export function openWorkbook(dataFile: string, options: OpenWorkbookOptions): Addon {
  const holder = options.writes ? liveServeLock(dataFile) : null;
  if (holder) throw new UsageError(heldByServer(dataFile, holder));
  try {
    const now = options.today === undefined ? undefined : clockOn(options.today, '--as-of');
    return openAddon({ dataFile, ifMissing: options.ifMissing, autosave: false, ...(now ? { now } : {}) });
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
