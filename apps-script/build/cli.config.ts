// Vite config for the `malkoll` command: one self-contained ES module for Node, run by `npx malkoll`.
import { chmodSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin, UserConfig } from 'vite';

const OUT_DIR = 'dist/cli';
const ENTRY_FILE = 'malkoll.mjs';

/** npx runs the package's own bin through its shebang, so the file must be executable. */
const makeExecutable: Plugin = {
  name: 'malkoll-executable-bin',
  writeBundle() {
    chmodSync(resolve(OUT_DIR, ENTRY_FILE), 0o755);
  },
};

const config: UserConfig = {
  plugins: [makeExecutable],
  build: {
    ssr: 'apps-script/cli/bin.ts',
    outDir: OUT_DIR,
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rollupOptions: {
      output: { entryFileNames: ENTRY_FILE, banner: '#!/usr/bin/env node' },
    },
  },
  ssr: { noExternal: true },
};

export default config;
