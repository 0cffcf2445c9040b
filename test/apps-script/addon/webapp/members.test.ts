import { describe, expect, it } from 'vitest';
import { decodeConnectionCode } from '../../../../shared/webapp/connection-code.ts';
import { ErrorResponse, SnapshotResponse } from '../../../../shared/wire.ts';
import { type AddOn, inviteFromMenu, lastDialog, recordDeployment, withSeed } from '../../../support/add-on.ts';

const URL = 'https://script.google.com/macros/s/AKfyc-test/exec';

/** The seed plan imported and the web app deployed at URL. */
async function deployed(): Promise<AddOn> {
  const addOn = await withSeed();
  recordDeployment(addOn, URL);
  return addOn;
}

function snapshot(addOn: AddOn, token: string): unknown {
  const response = addOn.bundle.webApp({
    method: 'POST',
    contentType: 'text/plain',
    body: JSON.stringify({ v: 1, op: 'snapshot', token }),
  });
  return JSON.parse(response.body);
}

describe('Bjud in medlem… and Återkalla medlem…', () => {
  it('invites: a Medlemmar row with only the token hash, a code carrying the web app URL and a 244-bit token', async () => {
    const addOn = await deployed();
    const code = inviteFromMenu(addOn, 'Kim Andersson', 'Sundsvall');
    const connection = decodeConnectionCode(code);
    expect(connection?.url).toBe(URL);
    expect(connection?.token).toMatch(/^[0-9a-f]{64}$/);
    const [header, row] = addOn.runtime.formulaBars('Medlemmar');
    expect(header).toEqual(['Namn', 'Partiförening', 'Skapad', 'Senast använd', 'Status', 'Nyckelns SHA-256']);
    expect(row?.slice(0, 2)).toEqual(['Kim Andersson', 'Sundsvall']);
    expect(row?.[4]).toBe('Aktiv');
    expect(row?.[5]).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(addOn.runtime.workbook.sheets)).not.toContain(connection?.token);
    expect(lastDialog(addOn)).toContain('Koden visas bara nu');
    const member = SnapshotResponse.parse(snapshot(addOn, connection?.token ?? '')).member;
    expect(member).toEqual({ name: 'Kim Andersson', branch: 'Sundsvall' });
    expect(addOn.runtime.formulaBars('Medlemmar')[1]?.[3]).not.toBe('');
  });

  it('gives every invitation its own token', async () => {
    const addOn = await deployed();
    const first = decodeConnectionCode(inviteFromMenu(addOn, 'Kim', 'Sundsvall'))?.token;
    const second = decodeConnectionCode(inviteFromMenu(addOn, 'Kim', 'Sundsvall'))?.token;
    expect(first).not.toBe(second);
  });

  it('revokes at once: the token gets unauthorized, others keep working', async () => {
    const addOn = await deployed();
    const kim = decodeConnectionCode(inviteFromMenu(addOn, 'Kim', 'Sundsvall'))?.token ?? '';
    const alva = decodeConnectionCode(inviteFromMenu(addOn, 'Alva', 'Härnösand'))?.token ?? '';
    addOn.runtime.ui.respond({ button: 'OK', text: ' kim ' });
    addOn.runtime.ui.clickMenuItem('Målkoll', 'Återkalla medlem…');
    expect(addOn.runtime.ui.shown('alert').at(-1)?.message).toContain('Kim är återkallad');
    expect(ErrorResponse.parse(snapshot(addOn, kim)).error.code).toBe('unauthorized');
    expect(SnapshotResponse.parse(snapshot(addOn, alva)).member.name).toBe('Alva');
    expect(addOn.runtime.formulaBars('Medlemmar')[1]?.[4]).toBe('Återkallad');
  });

  it('adds a branch Partiföreningar does not have, so the member’s logs count under it, and says so', async () => {
    const addOn = await deployed();
    addOn.runtime.userEdit("'Partiföreningar'!A2", 'Sundsvall');
    inviteFromMenu(addOn, 'Kim', 'Timrå');
    expect(lastDialog(addOn)).toContain(
      'Partiföreningen Timrå fanns inte i bladet Partiföreningar och är nu tillagd där.',
    );
    // A branch it has, in any case, is spelt as the sheet spells it and not added again.
    inviteFromMenu(addOn, 'Alva', 'sundsvall');
    expect(lastDialog(addOn)).not.toContain('är nu tillagd');
    expect(addOn.runtime.formulaBars('Partiföreningar').map((row) => row[0])).toEqual(['Namn', 'Sundsvall', 'Timrå']);
    expect(addOn.runtime.formulaBars('Medlemmar').map((row) => row.slice(0, 2))).toEqual([
      ['Namn', 'Partiförening'],
      ['Kim', 'Timrå'],
      ['Alva', 'Sundsvall'],
    ]);
    // What Kim logs counts under Timrå in the branch report, not under "Utan partiförening".
    const token = decodeConnectionCode(inviteFromMenu(addOn, 'Kim', 'Timrå'))?.token ?? '';
    const logged = { id: crypto.randomUUID(), at: '2024-05-01T10:00:00Z', subgoal: 'U3', kind: 'other', quantity: 1 };
    addOn.bundle.webApp({ method: 'POST', body: JSON.stringify({ v: 1, op: 'log', token, actions: [logged] }) });
    addOn.bundle.call('branchReport', { asOf: '2024-06-30' });
    const report = addOn.runtime.formulaBars('Rapport partiföreningar 2024');
    expect(report.find((row) => row[0] === 'Timrå')?.slice(0, 3)).toEqual(['Timrå', '1', '1']);
    expect(report.some((row) => row[0] === 'Utan partiförening')).toBe(false);
  });

  it('tells the board what is wrong: no name, an unknown member, no web app', async () => {
    const addOn = await deployed();
    addOn.runtime.ui.respond({ button: 'OK', text: '  ' }, { button: 'OK', text: 'Sundsvall' });
    addOn.runtime.ui.clickMenuItem('Målkoll', 'Bjud in medlem…');
    expect(addOn.runtime.ui.shown('alert').at(-1)?.message).toBe('Skriv medlemmens namn.');
    addOn.runtime.ui.respond({ button: 'OK', text: 'Ingen Alls' });
    addOn.runtime.ui.clickMenuItem('Målkoll', 'Återkalla medlem…');
    expect(addOn.runtime.ui.shown('alert').at(-1)?.message).toBe('Ingen aktiv medlem heter "Ingen Alls".');
    addOn.runtime.userEdit("'Partiföreningar'!A2", 'Sundsvall');
    addOn.runtime.ui.respond({ button: 'OK', text: 'Kim' }, { button: 'CANCEL' });
    addOn.runtime.ui.clickMenuItem('Målkoll', 'Bjud in medlem…');
    expect(addOn.runtime.ui.shown('prompt').at(-1)?.message).toContain('(Sundsvall)');
    // No deployment recorded: the board is told how to deploy before being asked for a name.
    const undeployed = await withSeed();
    undeployed.runtime.ui.clickMenuItem('Målkoll', 'Bjud in medlem…');
    expect(undeployed.runtime.ui.shown('prompt')).toEqual([]);
    expect(undeployed.runtime.ui.shown('alert').at(-1)?.message).toContain('är inte driftsatt än');
    expect(undeployed.runtime.ui.shown('alert').at(-1)?.message).toContain('npm run deploy');
    expect(undeployed.runtime.workbook.sheetByName('Medlemmar')).toBeUndefined();
    // Nothing was invited, so no partiförening was added either.
    expect(undeployed.runtime.formulaBars('Partiföreningar')).toHaveLength(1);
  });

  it('stores a name that looks like a formula as text, in Medlemmar and in Logg', async () => {
    const addOn = await deployed();
    const token = decodeConnectionCode(inviteFromMenu(addOn, '=HYPERLINK("x")', 'Sundsvall'))?.token ?? '';
    expect(addOn.runtime.formulaBars('Medlemmar')[1]?.[0]).toBe(`'=HYPERLINK("x")`);
    const action = { id: crypto.randomUUID(), at: '2024-05-01T10:00:00Z', subgoal: 'U3', kind: 'other', quantity: 1 };
    addOn.bundle.webApp({ method: 'POST', body: JSON.stringify({ v: 1, op: 'log', token, actions: [action] }) });
    // Logg leaves as CSV: the name is stored with an apostrophe of its own, which an export keeps.
    expect(addOn.runtime.formulaBars('Logg')[1]?.[1]).toBe(`''=HYPERLINK("x")`);
    expect(addOn.runtime.cell("'Logg'!B2")).toMatchObject({ formula: '', value: `'=HYPERLINK("x")` });
  });
});
