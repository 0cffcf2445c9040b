// Kontrollera installationen in the preview's Målkoll menu on a fresh `npm start`: malkoll serve is the deployment,
// so the web app, the plan and the demo member are in place, and the page says so.
import { Window } from 'happy-dom';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../support/server-harness.ts';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(async () => {
  await t.server.close();
});

it('shows what a fresh local install has, from the link in the preview’s menu', async () => {
  const window = new Window();
  window.document.body.innerHTML = await (await fetch(t.server.url)).text();
  const form = window.document.querySelector('#meny form[action="/meny/kontrollera"]');
  expect(form?.getAttribute('method')).toBe('get');
  const page = await fetch(new URL('/meny/kontrollera', t.server.url));
  expect(page.status).toBe(200);
  window.document.body.innerHTML = await page.text();
  const headings = [...window.document.querySelectorAll('h2')].map((h) => h.textContent);
  expect(headings).toEqual([
    'Webbappen som medlemmarna loggar till: Klart',
    'Behörigheter: Klart',
    'Medlemmar: Klart',
    'Verksamhetsplanen: Klart',
  ]);
  const items = [...window.document.querySelectorAll('li')].map((li) => li.textContent ?? '');
  expect(items[0]).toBe(`Adress: ${t.server.webAppUrl}`);
  expect(items[1]).toMatch(/^malkoll serve på den här datorn, sedan \d{4}-\d\d-\d\d \(bygge [0-9a-f]{12}\)\.$/);
  expect(items).toContain('Aktiva medlemmar: 1. Återkallade: 0. Aktiva som inte har anslutit tillägget än: 1.');
  expect(window.document.body.textContent).not.toContain('Så här:');
});
