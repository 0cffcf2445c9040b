// The built add-on bundle loaded into the local runtime over a workbook file: what `malkoll serve`, `invite` and
// `revoke` share.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readWebAppDeployment, WEB_APP_DEPLOYMENT_PROPERTY } from '../../shared/webapp/web-app-deployment.ts';
import { type BundleHandle, createRuntime, loadBundle, type Runtime } from '../local/index.ts';

/** Where the build puts the bundle, seen from this module in the source tree and from the built CLI in dist/cli. */
const BUNDLE_CANDIDATES = ['../../dist/apps-script/', '../apps-script/'];

/** The folder holding Code.js and the appsscript.json the build wrote beside it. */
function bundleDir(): string {
  for (const candidate of BUNDLE_CANDIDATES) {
    const path = fileURLToPath(new URL(candidate, import.meta.url));
    if (existsSync(join(path, 'Code.js'))) return path;
  }
  throw new Error('Tillägget är inte byggt: dist/apps-script/Code.js saknas. Kör npm run build först.');
}

/** The members' web app address recorded in the workbook (by the last `malkoll serve` on it), if any. */
export function recordedWebAppUrl(runtime: Runtime): string | null {
  const recorded = runtime.PropertiesService.getScriptProperties().getProperty(WEB_APP_DEPLOYMENT_PROPERTY);
  return readWebAppDeployment(recorded)?.url ?? null;
}

/** The local runtime's name for the deployment `malkoll serve` answers at /exec. */
const SERVE_DEPLOYMENT_ID = 'malkoll-serve';

export interface AddonOptions {
  dataFile: string;
  /**
   * The /exec address this host serves the web app at (`malkoll serve`): a versioned deployment of the runtime. The
   * CLI verbs serve none, so only the head deployment (/dev) exists for them, as for a project never deployed.
   */
  servedAt?: string;
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
function htmlFiles(dir: string): Record<string, string> {
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
  const dir = bundleDir();
  const runtime = createRuntime({
    dataFile: options.dataFile,
    documentsFile: documentsFileOf(options.dataFile),
    ifMissing: options.ifMissing,
    autosave: options.autosave,
    // The manifest the build wrote: its scopes are what the add-on may use, here as on Google.
    manifest: JSON.parse(readFileSync(join(dir, 'appsscript.json'), 'utf8')),
    deployments: options.servedAt
      ? [{ deploymentId: SERVE_DEPLOYMENT_ID, versionNumber: 1, url: options.servedAt }]
      : [],
    spreadsheetName: 'Målkoll',
    htmlFiles: htmlFiles(dir),
    ...(options.lockBuffer ? { lockBuffer: options.lockBuffer } : {}),
    ...(options.now ? { now: options.now } : {}),
  });
  const bundle = loadBundle(runtime, readFileSync(join(dir, 'Code.js'), 'utf8'));
  return { runtime, bundle };
}

/** A problem the person can fix, thrown by the bundle as a UserError (it keeps its name across the realm border). */
export function isUserError(error: unknown): error is Error {
  return error instanceof Error && error.name === 'UserError';
}
