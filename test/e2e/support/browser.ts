// Debian Chromium with the built extension loaded, Zetkin and Facebook as fixture sites (sites.ts), and Google's
// addresses in front of the local web app for the one test that needs them (apps-script-front.ts). The local web app
// itself is reached directly, as a member who pasted the code `npm start` printed reaches it.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { OPTIONS_PAGE, POPUP_PAGE } from '../../../extension/pages.ts';
import { decodeConnectionCode, encodeConnectionCode } from '../../../shared/webapp/connection-code.ts';
import { APPS_SCRIPT_HOST, ECHO_HOST, startAppsScriptFront } from './apps-script-front.ts';
import { type FixtureSites, startFixtureSites } from './sites.ts';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../../../dist/extension');
/** The Apps Script address of a deployed web app; requests to it are forwarded to the local web app. */
export const APPS_SCRIPT_URL = `https://${APPS_SCRIPT_HOST}/macros/s/AKfycbE2eMalkoll/exec`;

export type ExtensionBrowser = {
  readonly context: BrowserContext;
  readonly extensionId: string;
  readonly worker: Worker;
  readonly sites: FixtureSites;
  /** Opens an extension page (popup or options) in a tab. */
  openExtensionPage(path: string): Promise<Page>;
  /**
   * The toolbar popup once the extension has opened it (chrome.action.openPopup). Playwright does not attach to
   * extension popups, so it is reached over a second CDP connection.
   */
  toolbarPopup(): Promise<Page>;
  /** Sends the extension's Apps Script requests to the web app at this origin (see appsScriptCode). */
  forwardAppsScriptTo(origin: string): void;
  /** How long a new entry stays undoable before it is sent (the extension's `sendDelayMs` setting). */
  setSendDelay(ms: number): Promise<void>;
  /** The web app behind Google's address handles the next `count` requests but their answers are lost. */
  loseAnswers(count: number): void;
  /** Quits the browser and starts it again on the same profile, as a member closing and reopening Chrome. */
  restart(): Promise<void>;
  close(): Promise<void>;
};

async function launchContext(userDataDir: string, hostRules: string[]): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1000, height: 800 },
    locale: 'sv-SE',
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--remote-debugging-port=0',
      `--host-resolver-rules=${hostRules.join(', ')}`,
      // The stand-in hosts' certificate is made up for the run; no other host is reached over the network.
      '--ignore-certificate-errors',
    ],
  });
}

export async function launchExtension(): Promise<ExtensionBrowser> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension in ${EXTENSION_DIR}: run \`npm run build\` first.`);
  }
  const userDataDir = await mkdtemp(join(tmpdir(), 'malkoll-e2e-'));
  const [front, sites] = await Promise.all([startAppsScriptFront(), startFixtureSites()]);
  const hostRules = [
    ...[APPS_SCRIPT_HOST, ECHO_HOST].map((host) => `MAP ${host} 127.0.0.1:${front.port}`),
    ...sites.hostRules,
  ];
  let context = await launchContext(userDataDir, hostRules);
  let worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  let devtools: Browser | undefined;

  return {
    get context() {
      return context;
    },
    extensionId,
    get worker() {
      return worker;
    },
    sites,
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    async toolbarPopup() {
      const popupUrl = `chrome-extension://${extensionId}/${POPUP_PAGE}`;
      const isOpen = () =>
        worker.evaluate(async () => (await chrome.runtime.getContexts({ contextTypes: ['POPUP'] })).length > 0);
      for (let waited = 0; !(await isOpen()); waited += 100) {
        if (waited > 10_000) throw new Error('The toolbar popup did not open.');
        await new Promise((done) => setTimeout(done, 100));
      }
      // A CDP connection sees the pages that exist when it connects, so connect after the popup is there.
      await devtools?.close();
      const [port] = (await readFile(join(userDataDir, 'DevToolsActivePort'), 'utf8')).split('\n');
      devtools = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
      const popup = devtools
        .contexts()
        .flatMap((each) => each.pages())
        .find((page) => page.url() === popupUrl);
      if (!popup) throw new Error('The toolbar popup is open but could not be reached.');
      return popup;
    },
    forwardAppsScriptTo(origin) {
      front.forwardTo(origin);
    },
    async setSendDelay(ms) {
      await worker.evaluate((delay) => chrome.storage.local.set({ sendDelayMs: delay }), ms);
    },
    loseAnswers(count) {
      front.loseAnswers(count);
    },
    async restart() {
      await devtools?.close();
      devtools = undefined;
      await context.close();
      context = await launchContext(userDataDir, hostRules);
      worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    },
    async close() {
      await devtools?.close();
      await context.close();
      await Promise.all([front.close(), sites.close()]);
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

export const popupPath = POPUP_PAGE;
export const optionsPath = OPTIONS_PAGE;

/** The code with its address swapped for the Apps Script one, which leads to the local web app through the front. */
export function appsScriptCode(code: string): string {
  const connection = decodeConnectionCode(code);
  if (!connection) throw new Error(`Not a connection code: ${code}`);
  return encodeConnectionCode({ url: APPS_SCRIPT_URL, token: connection.token });
}
