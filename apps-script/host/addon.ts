// The built add-on bundle loaded into the local runtime over a workbook file: what `malkoll serve`, `invite` and
// `revoke` share.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BundleHandle, createRuntime, loadBundle, loadWorkbook, type Runtime } from '../local/index.ts';

/** Where the build puts the bundle, seen from this module in the source tree and from the built CLI in dist/cli. */
const BUNDLE_CANDIDATES = ['../../dist/apps-script/Code.js', '../apps-script/Code.js'];

function bundleFile(): string {
  for (const candidate of BUNDLE_CANDIDATES) {
    const path = fileURLToPath(new URL(candidate, import.meta.url));
    if (existsSync(path)) return path;
  }
  throw new Error('Tillägget är inte byggt: dist/apps-script/Code.js saknas. Kör npm run build först.');
}

/** The script property where `malkoll serve` records the web app address it serves, for `malkoll invite`'s codes. */
export const SERVED_AT_PROPERTY = 'malkoll.serve.webAppUrl';

/** The web app address the last `malkoll serve` on this workbook file recorded, if any. */
export function servedWebAppUrl(dataFile: string): string | null {
  return loadWorkbook(dataFile).properties.script[SERVED_AT_PROPERTY] ?? null;
}

export interface AddonOptions {
  dataFile: string;
  /** What ScriptApp.getService().getUrl() answers: the address members' clients call. */
  webAppUrl: string;
  /** A new workbook when the file is missing (serve), or an error (invite, revoke). */
  ifMissing: 'error' | 'create';
  /** Save after every execution (the server); the CLI verbs save once themselves. */
  autosave: boolean;
  lockBuffer?: SharedArrayBuffer;
  /** The runtime's clock (`--today`); default the real time. */
  now?: () => number;
}

/** Where the Google Docs the add-on creates beside a workbook file are kept: `workbook.json` → `workbook.docs.json`. */
export function documentsFileOf(dataFile: string): string {
  return dataFile.replace(/(\.json)?$/, '.docs.json');
}

/** The dialogs and sidebars the build puts beside Code.js, by name, as the Apps Script project holds them. */
function htmlFiles(bundle: string): Record<string, string> {
  const dir = dirname(bundle);
  return Object.fromEntries(
    readdirSync(dir)
      .filter((file) => file.endsWith('.html'))
      .map((file) => [file.replace(/\.html$/, ''), readFileSync(join(dir, file), 'utf8')]),
  );
}

/** The bundle's entry points as main.ts declares them: names, arguments and results checked at compile time. */
export type EntryPoints = typeof import('../addon/main.ts');
export type EntryPointName = keyof EntryPoints;

/** Calls one entry point of the loaded bundle as a person at the spreadsheet would (a UI is present). */
export function callEntryPoint<N extends EntryPointName>(
  bundle: BundleHandle,
  name: N,
  ...args: Parameters<EntryPoints[N]>
): ReturnType<EntryPoints[N]> {
  return bundle.call(name, ...args) as ReturnType<EntryPoints[N]>;
}

export interface Addon {
  runtime: Runtime;
  bundle: BundleHandle;
}

export function openAddon(options: AddonOptions): Addon {
  const code = bundleFile();
  const runtime = createRuntime({
    dataFile: options.dataFile,
    documentsFile: documentsFileOf(options.dataFile),
    ifMissing: options.ifMissing,
    autosave: options.autosave,
    webAppUrl: options.webAppUrl,
    spreadsheetName: 'Målkoll',
    htmlFiles: htmlFiles(code),
    ...(options.lockBuffer ? { lockBuffer: options.lockBuffer } : {}),
    ...(options.now ? { now: options.now } : {}),
  });
  const bundle = loadBundle(runtime, readFileSync(code, 'utf8'));
  return { runtime, bundle };
}

/** A problem the person can fix, thrown by the bundle as a UserError (it keeps its name across the realm border). */
export function isUserError(error: unknown): error is Error {
  return error instanceof Error && error.name === 'UserError';
}
