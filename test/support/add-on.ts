// Drives the built add-on in the local runtime the way a board member would: open the spreadsheet, use the menu and
// the dialog, type into cells, read what the sheets show.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  type BundleHandle,
  createRuntime,
  loadBundle,
  type Runtime,
  type RuntimeOptions,
} from '../../apps-script/local/index.ts';
import type { Action } from '../../shared/model/action.ts';
import { generateActions } from '../../shared/report/generate.ts';
import { LOG } from '../../shared/sheets/columns.ts';
import { actionToLogRow } from '../../shared/sheets/log-rows.ts';
import { BUNDLE_DIR, builtManifest, bundleCode } from './built-bundle.ts';
import { parseSeed, SEED_TEXT } from './seed.ts';

export { SEED_TEXT };

export type AddOn = { runtime: Runtime; bundle: BundleHandle };

/** The Målkoll menu as the board sees it, separators as '—'. */
export const MALKOLL_MENU = [
  'Importera verksamhetsplan…',
  '—',
  'Uppdatera utfall',
  'Visa översikt',
  '—',
  'Rapport för året',
  'Kvartalsrapport…',
  'Rapport per partiförening',
  'Skriv verksamhetsberättelse…',
  '—',
  'Granska registret',
  'Arkivera år…',
  '—',
  'Bjud in medlem…',
  'Återkalla medlem…',
  '—',
  'Kontrollera installationen',
];

/**
 * A new spreadsheet with the built add-on, opened (so the menu is there), under the manifest the build wrote: a call
 * needing a scope it does not declare fails here as on Google.
 */
export function openAddOn(options: RuntimeOptions = {}, code = bundleCode()): AddOn {
  const htmlFiles = Object.fromEntries(
    readdirSync(BUNDLE_DIR)
      .filter((file) => file.endsWith('.html'))
      .map((file) => [file.replace(/\.html$/, ''), readFileSync(resolve(BUNDLE_DIR, file), 'utf8')]),
  );
  const runtime = createRuntime({ htmlFiles, manifest: builtManifest(), ...options });
  const bundle = loadBundle(runtime, code);
  bundle.open();
  return { runtime, bundle };
}

/** Where `malkoll serve` answers by default. */
export const DEPLOYED_URL = 'http://127.0.0.1:8787/exec';

/** The members' web app at `url` recorded in the add-on, as `malkoll serve` does it (npm run deploy: deploy.test.ts). */
export function recordDeployment(addOn: AddOn, url = DEPLOYED_URL): void {
  addOn.bundle.call('recordWebAppDeployment', { url });
}

/** What the dialog's confirm button sends for pasted plan text. */
export async function importText(addOn: AddOn, text: string): Promise<{ ok: boolean; message?: string }> {
  return (await addOn.bundle.runFromClient('importPlan', { text })) as { ok: boolean; message?: string };
}

/** The opened add-on with the seed plan imported through the dialog. */
export async function withSeed(options: RuntimeOptions = {}, code = bundleCode()): Promise<AddOn> {
  const addOn = openAddOn(options, code);
  const result = await importText(addOn, SEED_TEXT);
  if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result)}`);
  return addOn;
}

/** What a sheet shows: each row of its used range as formula-bar text. */
export function shown(addOn: AddOn, sheetName: string): string[][] {
  return addOn.runtime.formulaBars(sheetName);
}

/** The row of a sheet whose first cell (or cell at `column`) is `key`. */
export function rowWith(addOn: AddOn, sheetName: string, key: string, column = 0): string[] | undefined {
  return shown(addOn, sheetName).find((row) => row[column] === key);
}

/** Logged actions as the web app writes them, straight into Logg below what is there (setup, not the add-on). */
export function logActions(addOn: AddOn, actions: readonly Action[], source = 'Webbapp'): void {
  const book = addOn.runtime.SpreadsheetApp.getActiveSpreadsheet();
  const sheet = book.getSheetByName(LOG.name);
  if (!sheet) throw new Error('no Logg sheet');
  const first = sheet.getLastRow() + 1;
  const needed = first + actions.length - 1 - sheet.getMaxRows();
  if (needed > 0) sheet.insertRowsAfter(sheet.getMaxRows(), needed);
  sheet
    .getRange(first, 1, actions.length, LOG.width)
    .setValues(actions.map((action) => actionToLogRow(action, source)));
}

/** `count` plausible actions for the seed plan, all in its year. */
export function seedActions(count: number, seed = 7): Action[] {
  return generateActions(parseSeed(), count, seed);
}

/** The HTML of the last modal dialog the board saw. */
export function lastDialog(addOn: AddOn): string {
  const dialog = addOn.runtime.ui.events.findLast((event) => event.kind === 'modalDialog');
  return dialog && 'html' in dialog ? dialog.html : '';
}

/** Bjud in medlem… with the two answers typed; the code the dialog shows. */
export function inviteFromMenu(addOn: AddOn, name: string, branch = 'Sundsvall'): string {
  addOn.runtime.ui.respond({ button: 'OK', text: name }, { button: 'OK', text: branch });
  addOn.runtime.ui.clickMenuItem('Målkoll', 'Bjud in medlem…');
  const code = lastDialog(addOn).match(/MALKOLL1:[A-Za-z0-9_-]+/)?.[0];
  if (!code) throw new Error(`no code shown: ${JSON.stringify(addOn.runtime.ui.events.at(-1))}`);
  return code;
}

/** Kontrollera installationen as the board reads the dialog: one line per heading, item and fix. */
export function installCheckLines(addOn: AddOn): string[] {
  addOn.runtime.ui.clickMenuItem('Målkoll', 'Kontrollera installationen');
  return lastDialog(addOn)
    .replace(/<style>[^<]*<\/style>/, '')
    .split(/<\/(?:h2|li|p)>/)
    .map((part) =>
      part
        .replace(/<[^>]+>/g, '')
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&amp;/g, '&')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter((line) => line !== '');
}

/** The message of the last alert the add-on showed. */
export function lastAlert(addOn: AddOn): string | undefined {
  return addOn.runtime.ui.shown('alert').at(-1)?.message;
}

/** Service calls an operation makes, with the runtime's counters. */
export function callsOf(
  addOn: AddOn,
  operation: () => unknown,
): { total: number; byMethod: Record<string, number>; cells: { read: number; written: number } } {
  addOn.runtime.counters.reset();
  operation();
  const { counters } = addOn.runtime;
  const result = { total: counters.total(), byMethod: counters.snapshot(), cells: counters.cells() };
  addOn.runtime.counters.reset();
  return result;
}

/** A person typing into a cell, e.g. `type(addOn, "'Logg'!B2", 'Kim')`. */
export function type(addOn: AddOn, a1: string, text: string) {
  return addOn.runtime.userEdit(a1, text);
}

/** Types a whole row into a sheet, cell by cell from column A, as a person would. */
export function typeRow(addOn: AddOn, sheetName: string, row: number, cells: readonly string[]) {
  return cells.map((text, at) =>
    text === '' ? null : type(addOn, `'${sheetName}'!${String.fromCharCode(65 + at)}${row}`, text),
  );
}
