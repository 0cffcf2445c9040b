// One build entry, three targets: the extension (default), the Apps Script bundle and the Node CLI.
import { defineConfig, type UserConfig } from 'vite';

export default defineConfig(async ({ mode }): Promise<UserConfig> => {
  if (mode === 'apps-script') return (await import('./apps-script/build/addon.config.ts')).default;
  if (mode === 'cli') return (await import('./apps-script/build/cli.config.ts')).default;
  return (await import('./extension/build/vite.config.ts')).default;
});
