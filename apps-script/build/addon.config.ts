// Vite config for the Apps Script bundle: main.ts as one IIFE (zod included) in dist/apps-script/Code.js, a top-level
// function per entry point so Apps Script sees it, the manifest, and the dialogs with their Swedish texts filled in.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin, UserConfig } from 'vite';
import { escapeHtml } from '../../shared/html.ts';
import * as messages from '../addon/messages.ts';

const LIBRARY = 'MalkollLib';
const OUT_DIR = 'dist/apps-script';
const DIALOGS = 'apps-script/addon/dialogs';

/**
 * Scopes, narrowest that work: the bound spreadsheet only (spreadsheets.currentonly), menus, dialogs and prompts
 * (script.container.ui), and `documents` because DocumentApp.openByUrl accepts no narrower scope — documents.readonly
 * is honoured by the Docs REST API, not by DocumentApp, and documents.currentonly covers only a document the script
 * is bound to — and DocumentApp.create (the verksamhetsberättelse) needs exactly `documents`. LockService, PropertiesService, CacheService and Utilities need no scope.
 */
const MANIFEST = {
  timeZone: 'Europe/Stockholm',
  dependencies: {},
  exceptionLogging: 'STACKDRIVER',
  runtimeVersion: 'V8',
  oauthScopes: [
    'https://www.googleapis.com/auth/spreadsheets.currentonly',
    'https://www.googleapis.com/auth/script.container.ui',
    'https://www.googleapis.com/auth/documents',
  ],
  webapp: { executeAs: 'USER_DEPLOYING', access: 'ANYONE_ANONYMOUS' },
};

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

const appsScriptFiles: Plugin = {
  name: 'malkoll-apps-script-files',
  renderChunk(code, chunk) {
    if (!chunk.isEntry) return null;
    const stubs = chunk.exports.map(
      (name) => `function ${name}() {\n  return ${LIBRARY}.${name}.apply(this, arguments);\n}`,
    );
    return `${code}\n// Entry points Apps Script calls by name.\n${stubs.join('\n')}\n`;
  },
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: 'appsscript.json', source: `${JSON.stringify(MANIFEST, null, 2)}\n` });
    for (const file of readdirSync(DIALOGS).filter((name) => name.endsWith('.html'))) {
      this.emitFile({
        type: 'asset',
        fileName: file,
        source: fillDialog(readFileSync(resolve(DIALOGS, file), 'utf8')),
      });
    }
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
