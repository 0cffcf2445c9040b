// Vite config for the Chrome extension (default mode): crxjs builds the manifest's pages, worker and content script.
import { resolve } from 'node:path';
import { crx } from '@crxjs/vite-plugin';
import type { UserConfig } from 'vite';
import manifest from './manifest.ts';

/** The extension's source folder: pages, worker and content script resolve from here. */
const EXTENSION_DIR = resolve(import.meta.dirname, '..');

const config: UserConfig = {
  root: EXTENSION_DIR,
  publicDir: resolve(EXTENSION_DIR, 'public'),
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  plugins: [crx({ manifest, contentScripts: { standaloneFiles: ['content/page-button.ts'] } })],
  build: {
    outDir: resolve(EXTENSION_DIR, '../dist/extension'),
    emptyOutDir: true,
    target: 'chrome120',
    modulePreload: false,
  },
};

export default config;
