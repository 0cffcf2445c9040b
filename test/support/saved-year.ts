// The followed-up board year (board-year.ts) saved as a workbook file, for the CLI verbs to run on as a user would.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddOn } from './add-on.ts';
import { followedUpYear } from './board-year.ts';

/** A workbook file holding the year; `change` may type more into it before it is saved. */
export async function savedYear(change?: (addOn: AddOn) => void): Promise<string> {
  const addOn = await followedUpYear();
  change?.(addOn);
  const file = join(mkdtempSync(join(tmpdir(), 'malkoll-year-')), 'workbook.json');
  addOn.runtime.save(file);
  return file;
}
