// The built add-on for tests: builds dist/apps-script once when it is missing (npm test builds it first).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmdirSync } from 'node:fs';
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const BUNDLE_DIR = resolve(ROOT, 'dist/apps-script');
const CODE_FILE = resolve(BUNDLE_DIR, 'Code.js');

const LOCK = resolve(ROOT, 'dist/.apps-script-build-lock');

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Builds the bundle unless it exists; test files running in parallel wait for the one that builds. */
export function ensureBundle(): void {
  if (existsSync(CODE_FILE)) return;
  mkdirSync(resolve(ROOT, 'dist'), { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      sleep(200);
      if (existsSync(CODE_FILE)) return;
    }
  }
  try {
    if (!existsSync(CODE_FILE)) {
      execFileSync(resolve(ROOT, 'node_modules/.bin/vite'), ['build', '--mode', 'apps-script', '--logLevel', 'error'], {
        cwd: ROOT,
        stdio: 'inherit',
      });
    }
  } finally {
    rmdirSync(LOCK);
  }
}

export function bundleCode(): string {
  ensureBundle();
  return readFileSync(CODE_FILE, 'utf8');
}

/** The appsscript.json the build wrote beside Code.js. */
export function builtManifest(): unknown {
  ensureBundle();
  return JSON.parse(readFileSync(resolve(BUNDLE_DIR, 'appsscript.json'), 'utf8'));
}
