// Vite config for the `malkoll` command: one self-contained ES module for Node, run by `npx malkoll`.
import type { UserConfig } from 'vite';

const config: UserConfig = {
  build: {
    ssr: 'apps-script/cli/bin.ts',
    outDir: 'dist/cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rollupOptions: {
      output: { entryFileNames: 'malkoll.mjs', banner: '#!/usr/bin/env node' },
    },
  },
  ssr: { noExternal: true },
};

export default config;
