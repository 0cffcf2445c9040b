// The built extension as the Chrome Web Store would see it: narrow manifest, strict CSP, and a small, zod-free popup.
import { describe, expect, it } from 'vitest';
import { builtManifest, gzipBytes, moduleGraph, readBuilt, scriptsOf } from './support/built-extension.ts';

const mentionsZod = (path: string) => /ZodError|\$ZodType/.test(readBuilt(path));

describe('built extension', () => {
  it('asks for the narrow permissions only, with a strict CSP', () => {
    expect(builtManifest.manifest_version).toBe(3);
    expect(builtManifest.default_locale).toBe('sv');
    expect(builtManifest.permissions.sort()).toEqual(['activeTab', 'alarms', 'contextMenus', 'storage']);
    // Facebook on every host it serves posts from (www., m., web., sv-se. …); the local web app needs no permission at
    // all, since it answers CORS as Google's does.
    expect(builtManifest.host_permissions.sort()).toEqual([
      'https://*.facebook.com/*',
      'https://app.zetkin.org/*',
      'https://script.google.com/*',
      'https://script.googleusercontent.com/*',
    ]);
    expect(builtManifest.optional_host_permissions).toBeUndefined();
    expect(JSON.stringify(builtManifest)).not.toContain('127.0.0.1');
    expect(builtManifest.content_scripts).toEqual([
      expect.objectContaining({
        matches: ['https://app.zetkin.org/*', 'https://*.facebook.com/*'],
        exclude_matches: ['https://business.facebook.com/*'],
        run_at: 'document_start',
      }),
    ]);
    expect(JSON.stringify(builtManifest)).not.toContain('<all_urls>');
    expect(builtManifest.content_security_policy.extension_pages).toBe("script-src 'self'; object-src 'self'");
    expect(builtManifest.commands._execute_action.suggested_key.default).toBe('Alt+Shift+L');
  });

  it('takes every manifest string from the locales', () => {
    const sv = JSON.parse(readBuilt('_locales/sv/messages.json'));
    const en = JSON.parse(readBuilt('_locales/en/messages.json'));
    const keys = [...JSON.stringify(builtManifest).matchAll(/__MSG_(\w+)__/g)].map((match) => match[1] ?? '');
    expect(keys).toContain('extName');
    for (const key of keys) {
      expect(sv[key]?.message, key).toBeTruthy();
      expect(en[key]?.message, key).toBeTruthy();
    }
  });

  it('keeps the popup under 20 KB gzipped and without zod, which stays in the worker', () => {
    const popup = scriptsOf(builtManifest.action.default_popup);
    expect(popup.length).toBeGreaterThan(0);
    expect(gzipBytes(popup)).toBeLessThanOrEqual(20 * 1024);
    expect(popup.filter(mentionsZod)).toEqual([]);
    expect([...moduleGraph(builtManifest.background.service_worker)].some(mentionsZod)).toBe(true);
  });

  it('reads connection codes on the options page without zod', () => {
    const options = scriptsOf(builtManifest.options_ui.page);
    expect(options.length).toBeGreaterThan(0);
    expect(options.filter(mentionsZod)).toEqual([]);
  });
});
