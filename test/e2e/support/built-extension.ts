// The built extension's files as the browser loads them: a page's scripts with everything they import, and their size.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXTENSION_DIR } from './browser.ts';

export const readBuilt = (path: string) => readFileSync(join(EXTENSION_DIR, path), 'utf8');
export const builtManifest = JSON.parse(readBuilt('manifest.json'));

/** A script and everything it imports statically, as paths inside the extension. */
export function moduleGraph(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  for (const match of readBuilt(entry).matchAll(/(?:from|import)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) {
    moduleGraph(join(dirname(entry), match[1] ?? ''), seen);
  }
  return seen;
}

/** Every script file a page loads. */
export function scriptsOf(htmlPath: string): string[] {
  const entries = [...readBuilt(htmlPath).matchAll(/<script[^>]*src="\/?([^"]+)"/g)].map((match) => match[1] ?? '');
  const seen = new Set<string>();
  for (const entry of entries) moduleGraph(entry, seen);
  return [...seen];
}

export const gzipBytes = (paths: string[]) => paths.reduce((sum, path) => sum + gzipSync(readBuilt(path)).length, 0);
