// Vite config for the Apps Script bundle: main.ts as one IIFE (zod included) in dist/apps-script/Code.js, a top-level
// function per entry point so Apps Script sees it, the manifest, the dialogs with their Swedish texts filled in, and
// the build id and web app deployment written into the code (addon/build-info.ts).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin, UserConfig } from 'vite';
import { escapeHtml } from '../../shared/html.ts';
import { WebAppDeployment } from '../../shared/webapp/web-app-deployment.ts';
import * as messages from '../addon/messages.ts';
import { OAUTH_SCOPES } from '../addon/scopes.ts';

const LIBRARY = 'MalkollLib';
const OUT_DIR = 'dist/apps-script';
const DIALOGS = 'apps-script/addon/dialogs';

/** The scopes are the add-on's own list (addon/scopes.ts says why each); the web app runs as its deployer for anyone. */
const MANIFEST = {
  timeZone: 'Europe/Stockholm',
  dependencies: {},
  exceptionLogging: 'STACKDRIVER',
  runtimeVersion: 'V8',
  oauthScopes: OAUTH_SCOPES.map((entry) => entry.scope),
  webapp: { executeAs: 'USER_DEPLOYING', access: 'ANYONE_ANONYMOUS' },
};

/**
 * `npm run deploy` passes the deployment it made (WebAppDeployment as JSON) so the head code the menus run knows the
 * members' /exec address; any other build carries none.
 */
export const DEPLOYMENT_ENV = 'MALKOLL_WEB_APP_DEPLOYMENT';

function deploymentAtBuild(): string {
  const text = process.env[DEPLOYMENT_ENV];
  if (!text) return '';
  const parsed = WebAppDeployment.safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error(`${DEPLOYMENT_ENV} is not a web app deployment: ${parsed.error.message}`);
  return JSON.stringify(parsed.data);
}

/**
 * Replaces the string literal `'@@NAME@@'` with `value` wherever the bundler put it (it inlines constants where they
 * are used); the build fails if it is nowhere, since the add-on would then not know what it is.
 */
function fill(code: string, name: string, value: string): string {
  const literal = new RegExp(`(["'])@@${name}@@\\1`, 'g');
  if (!literal.test(code)) throw new Error(`build-info.ts: the placeholder @@${name}@@ is missing from Code.js`);
  return code.replace(literal, () => JSON.stringify(value));
}

type Group = Record<string, messages.Message>;

function group(name: string): Group {
  const found = (messages as unknown as Record<string, unknown>)[name];
  if (!found || typeof found !== 'object') throw new Error(`${DIALOGS}: no message group ${name}`);
  return found as Group;
}

/** `{{GROUP.key}}` → the Swedish text; `{{json GROUP}}` → the group's Swedish texts as JSON; both HTML-escaped. */
function fillDialog(html: string): string {
  return html
    .replace(/\{\{json (\w+)\}\}/g, (_, name: string) => {
      const texts = Object.fromEntries(Object.entries(group(name)).map(([key, message]) => [key, message.sv]));
      return escapeHtml(JSON.stringify(texts));
    })
    .replace(/\{\{(\w+)\.(\w+)\}\}/g, (_, name: string, key: string) => {
      const message = group(name)[key];
      if (!message) throw new Error(`${DIALOGS}: no message ${name}.${key}`);
      return escapeHtml(message.sv);
    });
}

const MANIFEST_TEXT = `${JSON.stringify(MANIFEST, null, 2)}\n`;

function dialogFiles(): { fileName: string; source: string }[] {
  return readdirSync(DIALOGS)
    .filter((name) => name.endsWith('.html'))
    .sort()
    .map((fileName) => ({ fileName, source: fillDialog(readFileSync(resolve(DIALOGS, fileName), 'utf8')) }));
}

const appsScriptFiles: Plugin = {
  name: 'malkoll-apps-script-files',
  renderChunk(code, chunk) {
    if (!chunk.isEntry) return null;
    const stubs = chunk.exports.map(
      (name) => `function ${name}() {\n  return ${LIBRARY}.${name}.apply(this, arguments);\n}`,
    );
    const bundle = `${code}\n// Entry points Apps Script calls by name.\n${stubs.join('\n')}\n`;
    // The id hashes what is pushed, placeholders unfilled, so the deployment written in does not change it.
    const hash = createHash('sha256').update(bundle).update(MANIFEST_TEXT);
    for (const dialog of dialogFiles()) hash.update(dialog.fileName).update(dialog.source);
    const buildId = hash.digest('hex').slice(0, 12);
    return fill(fill(bundle, 'MALKOLL_BUILD_ID', buildId), 'MALKOLL_WEB_APP_DEPLOYMENT', deploymentAtBuild());
  },
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: 'appsscript.json', source: MANIFEST_TEXT });
    for (const dialog of dialogFiles()) this.emitFile({ type: 'asset', ...dialog });
  },
};

const config: UserConfig = {
  plugins: [appsScriptFiles],
  publicDir: false,
  define: { 'process.env.NODE_ENV': '"production"' },
  build: {
    outDir: OUT_DIR,
    emptyOutDir: true,
    target: 'es2019',
    minify: false,
    lib: {
      entry: 'apps-script/addon/main.ts',
      name: LIBRARY,
      formats: ['iife'],
      fileName: () => 'Code.js',
    },
  },
};

export default config;
