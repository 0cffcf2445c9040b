// The local server's /exec as Google serves it: the 302 to a one-time echo URL, the status page and its headers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SnapshotResponse } from '../../../shared/wire.ts';
import { startTestServer, type TestServer, validAction } from '../../support/server-harness.ts';

let t: TestServer;

beforeAll(async () => {
  t = await startTestServer();
});
afterAll(async () => {
  await t.server.close();
});

describe('HTTP as Google serves it', () => {
  it('redirects a POST with 302 to a one-time echo URL on the server', async () => {
    const response = await fetch(t.server.webAppUrl, {
      method: 'POST',
      body: JSON.stringify({ v: 1, op: 'snapshot', token: t.token }),
      redirect: 'manual',
    });
    expect(response.status).toBe(302);
    const location = response.headers.get('location') ?? '';
    expect(location).toMatch(/^\/echo\?user_content_key=[\w-]+$/);
    const echo = await fetch(new URL(location, t.server.url));
    expect(echo.status).toBe(200);
    expect(echo.headers.get('content-type')).toContain('application/json');
    expect(SnapshotResponse.parse(await echo.json()).ok).toBe(true);
    expect((await fetch(new URL(location, t.server.url))).status).toBe(404);
  });

  it('answers CORS on every hop as Google must, so an extension needs no host permission, and no preflight', async () => {
    const post = await fetch(t.server.webAppUrl, {
      method: 'POST',
      headers: { Origin: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop' },
      body: JSON.stringify({ v: 1, op: 'snapshot', token: t.token }),
      redirect: 'manual',
    });
    expect(post.status).toBe(302);
    expect(post.headers.get('access-control-allow-origin')).toBe('*');
    const location = new URL(post.headers.get('location') ?? '', t.server.url);
    // After a cross-origin redirect the browser sends Origin: null; the echo answers it all the same.
    const echo = await fetch(location, { headers: { Origin: 'null' } });
    expect(echo.headers.get('access-control-allow-origin')).toBe('*');
    const gone = await fetch(location);
    expect(gone.status).toBe(404);
    expect(gone.headers.get('access-control-allow-origin')).toBe('*');
    const preflight = await fetch(t.server.webAppUrl, {
      method: 'OPTIONS',
      headers: {
        Origin: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop',
        'Access-Control-Request-Method': 'POST',
      },
    });
    expect(preflight.ok).toBe(false);
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('shows a status page without data on GET /exec', async () => {
    const response = await fetch(t.server.webAppUrl);
    expect(response.status).toBe(200);
    const page = await response.text();
    expect(page).toContain('Målkoll webbapp');
    expect(page).not.toContain('Demo Medlem');
    expect(page).not.toContain('U3');
  });

  it('previews every sheet with dropdowns and notes, and the report charts as SVG, escaping workbook text', async () => {
    await t.post({ v: 1, op: 'log', token: t.token, actions: [validAction({ note: '<script>alert(1)</script>' })] });
    const page = await (await fetch(t.server.url)).text();
    for (const sheet of ['Mål', 'Aktiviteter', 'Logg', 'Partiföreningar', 'Kopplingar', 'Medlemmar', 'Rapport 2024']) {
      expect(page).toContain(`<h2>${sheet}</h2>`);
    }
    expect(page).toContain('<select aria-label="Rullgardinsmeny');
    // A note is a tooltip on its cell, not text laid over the table.
    expect(page).toMatch(
      /<td class="has-note[^"]*"[^>]*title="Var hamnar det medlemmar loggar\?[^"]*"[^>]*>Sidtyp<\/td>/,
    );
    expect(page).toContain('<svg');
    expect(page).not.toContain('<script>alert(1)</script>');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});
