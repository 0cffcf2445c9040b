// The preview at / as a board member reads it: a first start already has Utfall, Status and charts; Mål follows new
// logs; notes are tooltips with a corner mark, flags stay visible; the Målkoll menu invites and revokes through the
// add-on's own menu commands, asking as they ask; other sites are refused.
import { get } from 'node:http';
import { Window } from 'happy-dom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeConnectionCode } from '../../../shared/webapp/connection-code.ts';
import { ErrorResponse, SnapshotResponse } from '../../../shared/wire.ts';
import { startTestServer, type TestServer, validAction } from '../../support/server-harness.ts';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(async () => {
  await t.server.close();
});

function parse(markup: string): Document {
  const window = new Window();
  window.document.body.innerHTML = markup;
  return window.document as unknown as Document;
}

/** The preview page as a document. */
async function preview(): Promise<Document> {
  return parse(await (await fetch(t.server.url)).text());
}

/** The page a form's 303 leads to. */
async function follow(response: Response): Promise<Document> {
  expect(response.status).toBe(303);
  return parse(await (await fetch(new URL(response.headers.get('location') ?? '/', t.server.url))).text());
}

/**
 * Chooses a Målkoll menu item and answers the dialogs it asks, as the board does in the page: each answer posts the
 * dialog's own form. The page the command ends on.
 */
async function choose(handler: string, ...answers: { button?: string; text?: string }[]): Promise<Document> {
  let page = await follow(await submit('/meny', { handler }));
  for (const answer of answers) {
    const form = page.querySelector('.dialog form');
    const field = (name: string) => form?.querySelector(`input[name="${name}"]`)?.getAttribute('value') ?? '';
    const fields = { handler: field('handler'), answers: field('answers'), button: answer.button ?? 'OK' };
    page = await follow(await submit('/meny', { ...fields, text: answer.text ?? '' }));
  }
  return page;
}

/** What the dialogs on a page say. */
const said = (page: Document) => [...page.querySelectorAll('.dialog .message')].map((node) => node.textContent ?? '');

/** A sheet's table rows as the cells' visible texts. */
function table(page: Document, sheet: string): string[][] {
  const rows = page.getElementById(encodeURIComponent(sheet))?.querySelectorAll('tr') ?? [];
  return [...rows].map((row) =>
    [...row.querySelectorAll('td')].map((cell) => {
      const select = cell.querySelector('select');
      return (select ? (select.querySelector('option[selected]')?.textContent ?? '') : cell.textContent).trim();
    }),
  );
}

/** The Status cell of a Mål row, as drawn. */
function goalStatusCell(page: Document, id: string): Element | undefined {
  const rows = [...(page.getElementById(encodeURIComponent('Mål'))?.querySelectorAll('tr') ?? [])];
  const header = [...(rows[0]?.querySelectorAll('td') ?? [])].map((cell) => cell.textContent?.trim());
  const row = rows.find((candidate) => candidate.querySelector('td')?.textContent?.trim() === id);
  return row?.querySelectorAll('td')[header.indexOf('Status')];
}

function goalRow(page: Document, id: string): Record<string, string> {
  const [header = [], ...rows] = table(page, 'Mål');
  const row = rows.find((cells) => cells[0] === id) ?? [];
  return Object.fromEntries(header.map((title, at) => [title, row[at] ?? '']));
}

/** A form post as the preview's own page sends it. */
function submit(path: string, fields: Record<string, string>, origin = t.server.url.replace(/\/$/, '')) {
  return fetch(new URL(path, t.server.url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: origin },
    body: new URLSearchParams(fields).toString(),
    redirect: 'manual',
  });
}

describe('preview', () => {
  it('shows Utfall and Status in Mål and the report with charts on a first start', async () => {
    const page = await preview();
    expect(goalRow(page, 'U3.M1')).toMatchObject({
      Målvärde: 'cirka 15',
      Utfall: '0 av cirka 15',
      Framsteg: '0 %',
      Status: 'Ej uppnått',
    });
    // The status colours come from the sheet's conditional format rules, as Sheets shows them.
    expect(goalStatusCell(page, 'U3.M1')?.getAttribute('style')).toBe('background:#f4cccc');
    expect(goalRow(page, 'P.M1').Status).toBe('Saknar utfall');
    expect(goalStatusCell(page, 'P.M1')?.getAttribute('style')).toBe('background:#efefef');
    expect(goalStatusCell(page, 'U3.M1')?.previousElementSibling?.getAttribute('style')).toBe('');
    expect(page.querySelectorAll('#rapport svg').length).toBeGreaterThan(0);
    expect(page.querySelector('#rapport .stale')).toBeNull();
  });

  it('draws each report sheet’s charts as Sheets shows them: status colours, short titles, a percent axis', async () => {
    const page = await preview();
    expect([...page.querySelectorAll('#rapport h3')].map((heading) => heading.textContent)).toEqual(['Rapport 2024']);
    const progress = page.querySelector('#rapport svg[aria-label="Måluppfyllelse per delmål"]');
    const bars = [...(progress?.querySelectorAll('rect[width="10"]') ?? [])];
    // The legend: one entry per status, in the status cell's hue ("Ej uppnått" red, as its cells).
    const legend = bars.map((mark) => [mark.nextElementSibling?.textContent, mark.getAttribute('fill')]);
    expect(legend).toContainEqual(['Ej uppnått', '#e06666']);
    const labels = [...(progress?.querySelectorAll('text > title') ?? [])].map((title) => title.textContent);
    expect(labels).toContain('U3 Debattartiklar');
    const ticks = [...(progress?.querySelectorAll('text[text-anchor="end"]') ?? [])].map((tick) => tick.textContent);
    expect(ticks).toEqual(['0 %', '25 %', '50 %', '75 %', '100 %']);
  });

  it('recomputes Mål after a log, and says the report is older until the board remakes it', async () => {
    await t.post({ v: 1, op: 'log', token: t.token, actions: [validAction({ quantity: 3 })] });
    const page = await preview();
    expect(goalRow(page, 'U3.M1').Utfall).toBe('3 av cirka 15');
    expect(page.querySelector('#rapport .stale')?.textContent).toContain('Något har loggats sedan rapporten gjordes');
    const remade = await submit('/rapport', {});
    expect(remade.status).toBe(303);
    const after = await preview();
    expect(after.querySelector('#rapport .stale')).toBeNull();
    const reportRows = table(after, 'Rapport 2024');
    expect(reportRows.find((row) => row[0] === 'U3')?.[2]).toBe('3 av cirka 15');
  });

  it('shows a note as a tooltip with a corner mark, not over the table, and keeps flags and dropdowns', async () => {
    const header = (await preview()).querySelector('[id="Kopplingar"] td.has-note');
    expect(header?.textContent).toBe('Sidtyp');
    expect(header?.getAttribute('title')).toContain('Var hamnar det medlemmar loggar?');

    await t.post({ v: 1, op: 'log', token: t.token, actions: [validAction()] });
    expect(t.server.runtime.userEdit("'Logg'!G2", '5000').status).toBe('warned');
    t.server.runtime.bundle?.call('reviewRegister');
    const page = await preview();
    const antal = page.querySelectorAll('[id="Logg"] tr')[1]?.querySelectorAll('td')[6];
    expect(antal?.textContent).toBe('5000');
    expect(antal?.className).toContain('invalid');
    expect(antal?.className).toContain('has-note');
    expect(antal?.getAttribute('style')).toContain('background:#f4cccc');
    expect(antal?.getAttribute('title')).not.toBe('');
    const typ = page.querySelectorAll('[id="Logg"] tr')[1]?.querySelectorAll('td')[5];
    expect(typ?.querySelector('select option[selected]')?.textContent).toBe('Debattartikel publicerad');
  });

  it('invites from the menu, showing the code once, and revokes so the token stops working', async () => {
    const asked = await choose('menuInviteMember');
    expect(said(asked)).toEqual(['Medlemmens namn:']);
    const invited = await choose('menuInviteMember', { text: 'Kim Andersson' }, { text: 'Sundsvall' });
    const frame = invited.querySelector('iframe.addon-dialog')?.getAttribute('src') ?? '';
    const dialog = parse(await (await fetch(new URL(frame, t.server.url))).text());
    const text = dialog.body.textContent ?? '';
    const code = text.match(/MALKOLL1:[A-Za-z0-9_-]+/)?.[0] ?? '';
    const connection = decodeConnectionCode(code);
    expect(connection?.url).toBe(t.server.webAppUrl);
    expect(text).toContain('Koden visas bara nu');
    const token = connection?.token ?? '';
    expect(SnapshotResponse.parse(await t.post({ v: 1, op: 'snapshot', token })).member.name).toBe('Kim Andersson');
    expect(table(await preview(), 'Medlemmar').some((row) => row.includes('Kim Andersson'))).toBe(true);

    const revoked = await choose('menuRevokeMember', { text: 'Kim Andersson' });
    expect(said(revoked)[0]).toContain('Kim Andersson är återkallad');
    expect(ErrorResponse.parse(await t.post({ v: 1, op: 'snapshot', token })).error.code).toBe('unauthorized');

    const unknown = await choose('menuRevokeMember', { text: 'Ingen Alls' });
    expect(said(unknown)).toEqual(['Ingen aktiv medlem heter "Ingen Alls".']);
    const nameless = await choose('menuInviteMember', { text: ' ' }, { text: 'Sundsvall' });
    expect(said(nameless)).toEqual(['Skriv medlemmens namn.']);
    const cancelled = await choose('menuInviteMember', { button: 'CANCEL' });
    expect(said(cancelled)).toEqual([]);
  });

  it('refuses forms from another site and pages asked for under another host name', async () => {
    const members = () => t.server.runtime.formulaBars('Medlemmar').length;
    const before = members();
    const forged = await submit(
      '/meny',
      { handler: 'menuInviteMember', answers: '[]', button: 'OK', text: 'Mallory' },
      'http://evil.example',
    );
    expect(forged.status).toBe(403);
    expect(members()).toBe(before);
    const rebound = await new Promise<number | undefined>((resolve, reject) => {
      get(t.server.url, { headers: { Host: `evil.example:${t.server.port}` } }, (response) => {
        response.resume();
        resolve(response.statusCode);
      }).on('error', reject);
    });
    expect(rebound).toBe(403);
  });
});
