// The built extension as the Chrome Web Store would see it: narrow manifest, strict CSP, and a small, zod-free popup.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from './support/browser.ts';

const read = (path: string) => readFileSync(join(EXTENSION_DIR, path), 'utf8');
const manifest = JSON.parse(read('manifest.json'));

/** A script and everything it imports statically, as paths inside the extension. */
function moduleGraph(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  for (const match of read(entry).matchAll(/(?:from|import)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) {
    moduleGraph(join(dirname(entry), match[1] ?? ''), seen);
  }
  return seen;
}

/** Every script file a page loads. */
function scriptsOf(htmlPath: string): string[] {
  const entries = [...read(htmlPath).matchAll(/<script[^>]*src="\/?([^"]+)"/g)].map((match) => match[1] ?? '');
  const seen = new Set<string>();
  for (const entry of entries) moduleGraph(entry, seen);
  return [...seen];
}

const gzipBytes = (paths: string[]) => paths.reduce((sum, path) => sum + gzipSync(read(path)).length, 0);
const mentionsZod = (path: string) => /ZodError|\$ZodType/.test(read(path));

describe('built extension', () => {
  it('asks for the narrow permissions only, with a strict CSP', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.default_locale).toBe('sv');
    expect(manifest.permissions.sort()).toEqual(['activeTab', 'alarms', 'contextMenus', 'storage']);
    expect(manifest.host_permissions.sort()).toEqual([
      'https://app.zetkin.org/*',
      'https://m.facebook.com/*',
      'https://script.google.com/*',
      'https://script.googleusercontent.com/*',
      'https://web.facebook.com/*',
      'https://www.facebook.com/*',
    ]);
    expect(manifest.optional_host_permissions).toEqual(['http://127.0.0.1/*']);
    expect(JSON.stringify(manifest)).not.toContain('<all_urls>');
    expect(manifest.content_security_policy.extension_pages).toBe("script-src 'self'; object-src 'self'");
    expect(manifest.commands._execute_action.suggested_key.default).toBe('Alt+Shift+L');
  });

  it('takes every manifest string from the locales', () => {
    const sv = JSON.parse(read('_locales/sv/messages.json'));
    const en = JSON.parse(read('_locales/en/messages.json'));
    const keys = [...JSON.stringify(manifest).matchAll(/__MSG_(\w+)__/g)].map((match) => match[1] ?? '');
    expect(keys).toContain('extName');
    for (const key of keys) {
      expect(sv[key]?.message, key).toBeTruthy();
      expect(en[key]?.message, key).toBeTruthy();
    }
  });

  it('keeps the popup under 20 KB gzipped and without zod, which stays in the worker', () => {
    const popup = scriptsOf(manifest.action.default_popup);
    expect(popup.length).toBeGreaterThan(0);
    expect(gzipBytes(popup)).toBeLessThanOrEqual(20 * 1024);
    expect(popup.filter(mentionsZod)).toEqual([]);
    expect([...moduleGraph(manifest.background.service_worker)].some(mentionsZod)).toBe(true);
  });

  it('reads connection codes on the options page without zod', () => {
    const options = scriptsOf(manifest.options_ui.page);
    expect(options.length).toBeGreaterThan(0);
    expect(options.filter(mentionsZod)).toEqual([]);
  });
});
