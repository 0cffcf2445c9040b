// The board at work in the preview: Kontrollera installationen on a fresh start (malkoll serve is the deployment),
// typing into its own cells as the page sends it (validation and onEdit as in Sheets, Mål following), Målkoll's cells
// refused, the add-on's sidebar and dialogs in frames whose google.script.run reaches the add-on, the Doc the
// verksamhetsberättelse became, and the whole product on another day (--today).
import { Window } from 'happy-dom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../support/server-harness.ts';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer({ today: '2024-06-15' });
});
afterAll(async () => {
  await t.server.close();
});

const origin = () => t.server.url.replace(/\/$/, '');

function post(path: string, body: string, type: string) {
  return fetch(new URL(path, t.server.url), {
    method: 'POST',
    headers: { 'Content-Type': type, Origin: origin() },
    body,
    redirect: 'manual',
  });
}

/** What the page's script sends when the board types into a cell and presses Enter. */
async function typeInto(cell: string, text: string): Promise<Record<string, unknown>> {
  return (await (await post('/cell', JSON.stringify({ cell, text }), 'application/json')).json()) as Record<
    string,
    unknown
  >;
}

async function page(path = '/'): Promise<Document> {
  const window = new Window();
  window.document.body.innerHTML = await (await fetch(new URL(path, t.server.url))).text();
  return window.document as unknown as Document;
}

/** A cell as the preview draws it. */
const drawn = async (cell: string) => (await page()).querySelector(`td[data-cell="${cell}"]`);

function goalStatus(document: Document, id: string): string {
  const rows = [...(document.getElementById('M%C3%A5l')?.querySelectorAll('tr') ?? [])];
  const header = [...(rows[0]?.querySelectorAll('td') ?? [])].map((cell) => cell.textContent?.trim());
  const row = rows.find((candidate) => candidate.querySelector('td')?.textContent?.trim() === id);
  return row?.querySelectorAll('td')[header.indexOf('Status')]?.textContent?.trim() ?? '';
}

async function menu(handler: string, answer?: string): Promise<Document> {
  const fields: Record<string, string> = { handler };
  if (answer !== undefined) Object.assign(fields, { answers: '[]', button: 'OK', text: answer });
  const response = await post('/meny', new URLSearchParams(fields).toString(), 'application/x-www-form-urlencoded');
  return page(response.headers.get('location') ?? '/');
}

describe('the preview, as the board works in it', () => {
  it('shows what a fresh local install has, from Kontrollera installationen in the preview’s menu', async () => {
    const document = await menu('menuCheckInstallation');
    const frame = document.querySelector('iframe.addon-dialog')?.getAttribute('src') ?? '';
    const dialog = new Window();
    dialog.document.body.innerHTML = await (await fetch(new URL(frame, t.server.url))).text();
    const headings = [...dialog.document.querySelectorAll('h2')].map((h) => (h.textContent ?? '').replace(/\s+/g, ' '));
    expect(headings).toEqual([
      'Webbappen som medlemmarna loggar till: Klart',
      'Behörigheter: Klart',
      'Medlemmar: Klart',
      'Gränsen per medlem: Klart',
      'Verksamhetsplanen: Klart',
    ]);
    const items = [...dialog.document.querySelectorAll('li')].map((li) => li.textContent ?? '');
    expect(items[0]).toBe(`Adress: ${t.server.webAppUrl}`);
    expect(items[1]).toMatch(/^malkoll serve på den här datorn, sedan \d{4}-\d\d-\d\d \(bygge [0-9a-f]{12}\)\.$/);
    expect(items).toContain('Aktiva medlemmar: 1. Återkallade: 0. Aktiva som inte har anslutit tillägget än: 1.');
    expect(dialog.document.body.textContent).not.toContain('Så här:');
  });

  it('runs on the day given: the page says so, and Mål judges the year as it stood then', async () => {
    const document = await page();
    expect(document.querySelector('.today')?.textContent).toBe(
      'Förhandsvisningen och webbappen går som om det vore 2024-06-15 (--today).',
    );
    // Mid-June, with nothing logged: behind on the count and the cadence, not "Ej uppnått" as after the year.
    expect(goalStatus(document, 'U3.M1')).toBe('Efter');
    expect(goalStatus(document, 'U2.1.M1')).toBe('Efter');
  });

  it('takes a new Mätvärden row typed cell by cell, and Mål follows', async () => {
    const row = (await page()).querySelectorAll('[id="M%C3%A4tv%C3%A4rden"] tr').length;
    expect(await drawn(`'Mätvärden'!A${row}`)).not.toBeNull();
    expect(await typeInto(`'Mätvärden'!A${row}`, '2024-06-09')).toEqual({ status: 'accepted' });
    expect(await typeInto(`'Mätvärden'!B${row}`, 'P3.M1')).toEqual({ status: 'accepted' });
    expect(await typeInto(`'Mätvärden'!C${row}`, '8,4')).toEqual({ status: 'accepted' });
    expect(goalStatus(await page(), 'P3.M1')).toBe('Klar');
  });

  it('keeps an activity’s status and deadline to their rules, stamps the row, and keeps a comment', async () => {
    const rejected = await typeInto("'Aktiviteter'!E2", 'Kanske');
    expect(rejected.status).toBe('rejected');
    expect(String(rejected.message)).toContain('bryter mot cellens valideringsregel');
    expect((await drawn("'Aktiviteter'!E2"))?.querySelector('option[selected]')?.textContent).toBe('Ej påbörjad');
    expect(await typeInto("'Aktiviteter'!E2", 'Klar')).toEqual({ status: 'accepted' });
    expect((await typeInto("'Aktiviteter'!F2", 'nästa vecka')).status).toBe('rejected');
    expect(await typeInto("'Aktiviteter'!H2", 'Klart efter valet')).toEqual({ status: 'accepted' });
    const document = await page();
    const cells = [...(document.querySelectorAll('[id="Aktiviteter"] tr')[1]?.querySelectorAll('td') ?? [])];
    expect(cells[4]?.querySelector('option[selected]')?.textContent).toBe('Klar');
    // onEdit stamped Senast ändrad with the runtime's day.
    expect(cells[6]?.textContent).toMatch(/^2024-06-15 \d\d:\d\d$/);
    expect(cells[7]?.textContent).toBe('Klart efter valet');
  });

  it('sets a role in Partiföreningar, and refuses the cells Målkoll writes', async () => {
    expect(await typeInto("'Partiföreningar'!A2", 'Sundsvall')).toEqual({ status: 'accepted' });
    expect(await typeInto("'Partiföreningar'!C2", 'Kim')).toEqual({ status: 'accepted' });
    expect(goalStatus(await page(), 'P3.2.M1')).toBe('Klar');
    const computed = await drawn("'Mål'!H2");
    expect(computed).toBeNull();
    const refused = await post('/cell', JSON.stringify({ cell: "'Mål'!H2", text: '100' }), 'application/json');
    expect(refused.status).toBe(403);
    expect(await refused.json()).toEqual({
      status: 'rejected',
      message: 'Målkoll skriver i de här cellerna. Ändra i planen eller i de vita kolumnerna i stället.',
    });
    const hidden = await post('/cell', JSON.stringify({ cell: "'_plan'!A1", text: 'x' }), 'application/json');
    expect(hidden.status).toBe(400);
  });

  it('opens the overview sidebar in a frame whose google.script.run reaches the add-on, and closes it', async () => {
    const document = await menu('menuShowOverview');
    expect(document.querySelector('aside.sidebar')?.getAttribute('style')).toBe('width:300px');
    expect(document.querySelector('aside.sidebar iframe')?.getAttribute('src')).toBe('/sidofalt');
    const sidebar = await (await fetch(new URL('/sidofalt', t.server.url))).text();
    expect(sidebar.indexOf('window.google = {')).toBeLessThan(sidebar.indexOf('google.script.run\n'));
    const call = await post('/google.script.run', JSON.stringify({ name: 'overview', args: [] }), 'application/json');
    const answer = (await call.json()) as { ok: boolean; value: { asOf: string; quarter: { label: string } } };
    expect(answer).toMatchObject({ ok: true, value: { asOf: '2024-06-15', quarter: { label: 'Q2 2024' } } });
    const privateCall = await post(
      '/google.script.run',
      JSON.stringify({ name: 'secret_', args: [] }),
      'application/json',
    );
    expect(await privateCall.json()).toEqual({
      ok: false,
      error: { name: 'Error', message: 'Script function not found: secret_' },
    });
    // The sidebar stays beside the sheet until the board closes it.
    expect((await page()).querySelector('aside.sidebar')).not.toBeNull();
    await post('/sidofalt/stang', '', 'application/x-www-form-urlencoded');
    expect((await page()).querySelector('aside.sidebar')).toBeNull();
  });

  it('writes the verksamhetsberättelse to a Doc whose link in the dialog opens it as a page', async () => {
    const document = await menu('menuWriteNarrative', '');
    const frame = document.querySelector('iframe.addon-dialog')?.getAttribute('src') ?? '';
    const dialog = await (await fetch(new URL(frame, t.server.url))).text();
    const link = /href="(\/dokument\/[\w-]+)"/.exec(dialog)?.[1] ?? '';
    expect(link).not.toBe('');
    expect(dialog).toMatch(/value="https:\/\/docs\.google\.com\/open\?id=[\w-]+"/);
    const doc = await page(link);
    expect(doc.querySelector('h1')?.textContent).toBe('Verksamhetsberättelse 2024 – Vänsterpartiet Västernorrland');
    expect([...doc.querySelectorAll('h2')].map((heading) => heading.textContent)).toEqual([
      'Det parlamentariska arbetet',
      'Det utomparlamentariska arbetet',
      'Det som ligger efter',
    ]);
    expect(doc.querySelectorAll('h3')).toHaveLength(8);
    expect(doc.body.textContent).toContain(
      'Övergripande mål: Vi ska vid valet 2026 byta ut den högernationalistiska regeringen',
    );
    // P1.1 was marked Klar with a comment in Aktiviteter above.
    expect(doc.querySelector('main ul li')?.textContent).toBe(
      'Stödja regionens förtroendevalda i det parlamentariska arbetet (Klart efter valet)',
    );
    expect((await page()).querySelector('#dokument a')?.getAttribute('href')).toBe(link);
  });
});
