// Vite config for the Chrome extension (default mode): crxjs builds the manifest's pages, worker and content script.
import { resolve } from 'node:path';
import { crx } from '@crxjs/vite-plugin';
import type { UserConfig } from 'vite';
import manifest from './manifest.ts';

const config: UserConfig = {
  root: import.meta.dirname,
  publicDir: resolve(import.meta.dirname, 'public'),
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  plugins: [crx({ manifest, contentScripts: { standaloneFiles: ['content/page-button.ts'] } })],
  build: {
    outDir: resolve(import.meta.dirname, '../dist/extension'),
    emptyOutDir: true,
    target: 'chrome120',
    modulePreload: false,
  },
};

export default config;
