// Opens a workbook file with the built add-on for a CLI verb; an unusable file becomes a usage error, untouched.

import { WorkbookFileError } from '../local/index.ts';
import { type Addon, isUserError, openAddon } from '../server/addon.ts';
import { UsageError } from './verb.ts';

/** The address the local web app answers on by default (`malkoll serve`). */
export const DEFAULT_WEB_APP_URL = 'http://127.0.0.1:8787/exec';

export function openWorkbook(dataFile: string, ifMissing: 'error' | 'create'): Addon {
  try {
    return openAddon({ dataFile, webAppUrl: DEFAULT_WEB_APP_URL, ifMissing, autosave: false });
  } catch (error) {
    if (error instanceof WorkbookFileError) throw new UsageError([error.message]);
    throw error;
  }
}

/** Runs one add-on entry point; a problem the board can fix (a Swedish UserError) becomes a usage error. */
export function runEntryPoint<T>(addon: Addon, name: string, argument: unknown): T {
  try {
    return addon.bundle.call(name, argument) as T;
  } catch (error) {
    if (isUserError(error)) throw new UsageError([error.message]);
    throw error;
  }
}
