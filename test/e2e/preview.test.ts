// The preview in Chromium as a newcomer uses it after `npm start -- --today 2024-06-15`: every menu command from the
// Målkoll menu (the quarter report asking for its quarter, the import dialog and the sidebar talking to the add-on
// through google.script.run), typing into the board's own cells, and the verksamhetsberättelse opened from its dialog.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_TEXT } from '../support/seed.ts';
import { startTestServer, type TestServer, validAction } from '../support/server-harness.ts';

/** The README's pictures; refreshed only on request (UPDATE_SCREENSHOTS=1), so a test run leaves the tree clean. */
const SCREENSHOTS = resolve(
  import.meta.dirname,
  process.env.UPDATE_SCREENSHOTS ? '../../docs/screenshots' : '../../dist/screenshots',
);

let browser: Browser;
let server: TestServer;
let page: Page;

beforeAll(async () => {
  [browser, server] = await Promise.all([
    chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] }),
    startTestServer({ today: '2024-06-15' }),
  ]);
  // A spring of work, logged by members through the web app as the extension sends it.
  const actions = [
    validAction({ at: '2024-02-12T10:00:00+01:00' }),
    validAction({ at: '2024-03-20T10:00:00+01:00', category: 'Feministisk' }),
    validAction({ at: '2024-05-02T10:00:00+02:00', quantity: 4 }),
    validAction({
      at: '2024-02-20T18:00:00+01:00',
      subgoal: 'U2',
      activity: 'U2.1',
      kind: 'meeting.held',
      url: undefined,
    }),
    validAction({
      at: '2024-05-21T18:00:00+02:00',
      subgoal: 'U2',
      activity: 'U2.1',
      kind: 'meeting.held',
      url: undefined,
    }),
  ];
  const answer = await server.post({ v: 1, op: 'log', token: server.token, actions });
  expect(answer.ok).toBe(true);
  page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'sv-SE' });
  mkdirSync(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.server.close();
});

/** Opens the Målkoll menu and chooses an item, as the board does. */
async function choose(caption: string): Promise<void> {
  await page.getByText('Målkoll', { exact: true }).first().click();
  await Promise.all([page.waitForURL(/\?utfall=\d+/), page.getByRole('menuitem', { name: caption }).click()]);
}

const dialog = () => page.getByRole('dialog');

/**
 * Types into a cell of the preview and presses Enter, or picks from its dropdown when it has one; the page reloads with
 * what the sheet now shows.
 */
async function typeInto(cell: string, text: string): Promise<void> {
  const target = page.locator(`td[data-cell="${cell}"]`);
  if ((await target.locator('select').count()) > 0) {
    await Promise.all([page.waitForEvent('load'), target.locator('select').selectOption(text)]);
    return;
  }
  await target.click();
  await target.locator('input').fill(text);
  await Promise.all([page.waitForEvent('load'), target.locator('input').press('Enter')]);
}

function goalStatus(id: string) {
  return page
    .locator('[id="M%C3%A5l"] tr', { has: page.locator(`td:text-is("${id}")`) })
    .locator('td')
    .nth(9);
}

describe('the preview in a browser', { timeout: 60_000 }, () => {
  it('shows the year as it stood on --today, not a page of red', async () => {
    await page.goto(server.server.url);
    await expect.poll(() => goalStatus('U3.M1').textContent()).toBe('I fas');
    expect(await goalStatus('U2.1.M1').textContent()).toBe('I fas');
    expect(await page.locator('.today').textContent()).toContain('2024-06-15');
  });

  it('asks for the quarter as the menu does and writes its report', async () => {
    await choose('Kvartalsrapport…');
    await expect.poll(() => dialog().locator('.message').textContent()).toBe('Vilket kvartal? Skriv t.ex. 2024Q2.');
    await dialog().locator('input[name="text"]').fill('2024Q2');
    await Promise.all([page.waitForURL(/\?utfall=\d+/), dialog().getByRole('button', { name: 'OK' }).click()]);
    expect(await dialog().locator('.message').textContent()).toMatch(
      /^Kvartalsrapport 2024Q2 – Vänsterpartiet Västernorrland är skriven i bladet Rapport/,
    );
    await dialog().getByRole('link', { name: 'OK' }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
  });

  it('lets the board type its own cells: a Mätvärden row, a role, an activity, with Sheets’ rules', async () => {
    const row = await page.locator('[id="M%C3%A4tv%C3%A4rden"] tr').count();
    await typeInto(`'Mätvärden'!A${row}`, '2024-06-09');
    await typeInto(`'Mätvärden'!B${row}`, 'P3.M1');
    await typeInto(`'Mätvärden'!C${row}`, '8,4');
    await expect.poll(() => goalStatus('P3.M1').textContent()).toBe('Klar');

    // The demo member's invitation added their partiförening, Sundsvall: the board types its valledare.
    expect(await page.locator(`td[data-cell="'Partiföreningar'!A2"]`).textContent()).toBe('Sundsvall');
    await typeInto("'Partiföreningar'!C2", 'Kim');
    await expect.poll(() => goalStatus('P3.2.M1').textContent()).toBe('Klar');
    const status = page.locator(`td[data-cell="'Aktiviteter'!E2"] select`);
    await Promise.all([page.waitForEvent('load'), status.selectOption('Klar')]);
    expect(await page.locator(`td[data-cell="'Aktiviteter'!E2"] select`).inputValue()).toBe('Klar');
    expect(await page.locator('[id="Aktiviteter"] tr').nth(1).locator('td').nth(6).textContent()).toMatch(
      /^2024-06-15 /,
    );
    await typeInto("'Aktiviteter'!H2", 'Genomfört i samband med budgeten');

    const deadline = page.locator(`td[data-cell="'Aktiviteter'!F3"]`);
    await deadline.click();
    await deadline.locator('input').fill('nästa vecka');
    await deadline.locator('input').press('Enter');
    await expect
      .poll(() => page.locator('.edit-rejected').textContent())
      .toContain('bryter mot cellens valideringsregel');
    await page.locator('.edit-rejected button').click();
    await page.goto(server.server.url);
    await page.locator('[id="M%C3%A5l"]').screenshot({ path: resolve(SCREENSHOTS, 'preview-mal.png') });
  });

  it('opens the overview sidebar, whose bars come from the add-on through google.script.run', async () => {
    await choose('Visa översikt');
    const sidebar = page.frameLocator('aside.sidebar iframe');
    await expect.poll(() => sidebar.locator('.bar').count()).toBe(8);
    expect(await sidebar.locator('#due-heading').textContent()).toBe('Att göra i Q2 2024');
    expect(await sidebar.locator('[data-subgoal="U3"] [role="progressbar"]').getAttribute('aria-valuenow')).toBe('40');
    expect(await sidebar.locator('[data-subgoal="U3"] .status').textContent()).toBe('I fas');
    await page.screenshot({ path: resolve(SCREENSHOTS, 'preview-sidebar.png') });
    await page.getByRole('button', { name: 'Stäng sidofältet' }).click();
    await expect.poll(() => page.locator('aside.sidebar').count()).toBe(0);
  });

  it('writes the verksamhetsberättelse and opens the Doc from the dialog’s link', async () => {
    await choose('Skriv verksamhetsberättelse…');
    expect(await dialog().locator('.message').textContent()).toMatch(/ett nytt Google-dokument i din Drive/);
    await Promise.all([page.waitForURL(/\?utfall=\d+/), dialog().getByRole('button', { name: 'OK' }).click()]);
    const frame = page.frameLocator('iframe.addon-dialog');
    const [docPage] = await Promise.all([
      page.context().waitForEvent('page'),
      frame.getByRole('link', { name: 'Öppna dokumentet' }).click(),
    ]);
    await docPage.waitForLoadState();
    expect(await docPage.locator('h1').textContent()).toBe(
      'Verksamhetsberättelse 2024 – Vänsterpartiet Västernorrland',
    );
    expect(await docPage.locator('h3').count()).toBe(8);
    const text = (await docPage.locator('main').textContent()) ?? '';
    expect(text).toContain('Cirka 15 debattartiklar: 6 av 15 (40 %) – i fas.');
    expect(text).toContain('Över 8 % i EU-valet 2024: 8,4 % – uppnått.');
    expect(text).toContain('Varje partiförening har valledare: valledare i 1 av 1 partiförening – uppnått.');
    expect(text).toContain(
      'Stödja regionens förtroendevalda i det parlamentariska arbetet (Genomfört i samband med budgeten)',
    );
    await docPage.setViewportSize({ width: 1000, height: 1300 });
    await docPage.screenshot({ path: resolve(SCREENSHOTS, 'verksamhetsberattelse.png') });
    await docPage.close();
    // Closing the add-on's dialog (google.script.host.close or ×) goes back to the sheet.
    await page.getByRole('link', { name: 'Stäng' }).click();
    await expect.poll(() => page.locator('#dokument a').count()).toBe(1);
  });

  it('imports a plan through the add-on’s own dialog, whose google.script.run reaches the add-on', async () => {
    await choose('Importera verksamhetsplan…');
    const frame = page.frameLocator('iframe.addon-dialog');
    await frame.locator('#text').fill(SEED_TEXT);
    await frame.getByRole('button', { name: 'Läs planen' }).click();
    await expect.poll(() => frame.locator('#result').textContent()).toContain('Delmål: 8');
    await frame.getByRole('button', { name: 'Skapa eller uppdatera bladen' }).click();
    await expect.poll(() => frame.locator('#status').textContent()).toMatch(/^Planen ".+" är inläst: 12 målrader/);
    await Promise.all([
      page.waitForURL((url) => url.search === ''),
      frame.getByRole('button', { name: 'Stäng' }).click(),
    ]);
  });

  it('invites a member with the menu’s prompts and shows the code once', async () => {
    await choose('Bjud in medlem…');
    await dialog().locator('input[name="text"]').fill('Kim Andersson');
    await Promise.all([page.waitForURL(/\?utfall=\d+/), dialog().getByRole('button', { name: 'OK' }).click()]);
    expect(await dialog().locator('.message').textContent()).toMatch(/^Medlemmens partiförening/);
    await dialog().locator('input[name="text"]').fill('Sundsvall');
    await Promise.all([page.waitForURL(/\?utfall=\d+/), dialog().getByRole('button', { name: 'OK' }).click()]);
    await expect
      .poll(() => page.frameLocator('iframe.addon-dialog').locator('textarea').inputValue())
      .toMatch(/^MALKOLL1:/);
  });
});
