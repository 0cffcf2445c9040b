// Uppdatera utfall: the Mål sheet's Utfall, Framsteg, Status and Prognos from Logg, Partiföreningar and Mätvärden; the
// roles members logged as appointed written into Partiföreningar; a register of an earlier version brought up to date.
import { describe, expect, it } from 'vitest';
import { columnLetters } from '../../../../shared/sheets/a1.ts';
import { GOALS, LOG } from '../../../../shared/sheets/columns.ts';
import { decodeConnectionCode } from '../../../../shared/webapp/connection-code.ts';
import { SnapshotResponse } from '../../../../shared/wire.ts';
import {
  type AddOn,
  inviteFromMenu,
  lastAlert,
  logActions,
  recordDeployment,
  rowWith,
  shown,
  typeRow,
  withSeed,
} from '../../../support/add-on.ts';
import { action, boardYear } from '../../../support/board-year.ts';

/** Utfall, Framsteg and Status of a Mål row, as the cells show them. */
function results(addOn: AddOn, id: string): string[] | undefined {
  return rowWith(addOn, GOALS.name, id)?.slice(GOALS.index('result'), GOALS.index('owner'));
}

const forecast = (addOn: AddOn, id: string) => rowWith(addOn, GOALS.name, id)?.[GOALS.index('forecast')];

describe('Uppdatera utfall', () => {
  it('fills Utfall in words, Framsteg in percent and Status of the Mål rows', async () => {
    const addOn = await boardYear();
    addOn.runtime.ui.clickMenuItem('Målkoll', 'Uppdatera utfall');
    expect(lastAlert(addOn)).toBe('Utfallet är uppdaterat för 12 målrader.');
    // The plan year is over: a count short of its target is not met, and there is nothing left to forecast.
    expect(results(addOn, 'U3.M1')).toEqual(['4 av cirka 15', '27 %', 'Ej uppnått']);
    expect(forecast(addOn, 'U3.M1')).toBe('');
    expect(results(addOn, 'P3.M1')).toEqual(['8,4 %', '105 %', 'Klar']);
    expect(results(addOn, 'P3.2.M1')).toEqual(['1 av 2 partiföreningar', '50 %', 'Ej uppnått']);
    expect(results(addOn, 'U2.1.M1')).toEqual(['2 av 4 kvartal', '50 %', 'Ej uppnått']);
    expect(results(addOn, 'P.M1')).toEqual(['', '', 'Saknar utfall']);
    expect(results(addOn, 'P2')).toEqual(['Inget registrerat', '', 'Saknar utfall']);
  });

  it('shows more than the target as more than 100 %, with the real result beside it', async () => {
    const addOn = await withSeed();
    logActions(
      addOn,
      Array.from({ length: 18 }, (_, index) =>
        action({
          at: `2024-03-${String(index + 1).padStart(2, '0')}T10:00:00Z`,
          subgoal: 'U3',
          kind: 'article.published',
        }),
      ),
    );
    addOn.bundle.call('updateResults', { asOf: '2024-06-15' });
    expect(results(addOn, 'U3.M1')).toEqual(['18 av cirka 15', '120 %', 'Klar']);
  });

  it('forecasts the year for counts and cadences from the pace so far', async () => {
    const addOn = await boardYear();
    addOn.bundle.call('updateResults', { asOf: '2024-06-15' });
    // 4 articles in 167 days is about 9 by New Year's Eve; the meetings so far met every quarter that ended.
    expect(forecast(addOn, 'U3.M1')).toBe('cirka 9 av 15 (når inte målet)');
    expect(forecast(addOn, 'U2.1.M1')).toBe('cirka 4 av 4 kvartal (når målet)');
    expect(forecast(addOn, 'P3.M1')).toBe('');
    expect(shown(addOn, GOALS.name)[0]?.at(-1)).toBe('Prognos');
  });

  it('gives a member’s snapshot Mål’s words and its forecast', async () => {
    const addOn = await boardYear();
    recordDeployment(addOn, 'https://script.google.com/macros/s/AKfyc-test/exec');
    const token = decodeConnectionCode(inviteFromMenu(addOn, 'Kim'))?.token ?? '';
    addOn.bundle.call('updateResults', { asOf: '2024-06-15' });
    const response = addOn.bundle.webApp({
      method: 'POST',
      contentType: 'text/plain',
      body: JSON.stringify({ v: 1, op: 'snapshot', token }),
    });
    const snapshot = SnapshotResponse.parse(JSON.parse(response.body));
    const u3 = snapshot.plan.areas.flatMap((area) => area.subgoals).find((subgoal) => subgoal.id === 'U3');
    expect(u3?.targets).toEqual([
      { id: 'U3.M1', progress: '4 av cirka 15', status: 'behind', forecast: 'Prognos: cirka 9 av 15 (når inte målet)' },
    ]);
  });

  it('counts valid rows only and says how many it left out', async () => {
    const addOn = await boardYear();
    typeRow(addOn, 'Logg', 7, ['2024-03-01', 'Bo', '', 'U3', '', 'Debattartikel publicerad', '0']);
    addOn.runtime.ui.clickMenuItem('Målkoll', 'Uppdatera utfall');
    expect(lastAlert(addOn)).toContain('1 rader i Logg kunde inte läsas och räknades inte.');
    expect(results(addOn, 'U3.M1')?.[0]).toBe('4 av cirka 15');
  });

  it('writes a role a member logged as appointed into the branch’s empty cell, with the day and no name', async () => {
    const addOn = await boardYear();
    // Zetkin-ansvarig of Sundsvall is a formula the board keeps; it sits inside the block the fills span.
    addOn.runtime.userEdit("'Partiföreningar'!E2", '=A2&" (ordf.)"');
    const appointed = (branch: string, role: string, at: string) =>
      action({ at, subgoal: 'P3', activity: 'P3.2', kind: 'role.appointed', role, branch });
    logActions(addOn, [
      appointed('Härnösand', 'valledare', '2024-03-05T10:00:00Z'),
      appointed('Sundsvall', 'valledare', '2024-03-06T10:00:00Z'),
      appointed('Sundsvall', 'studieansvarig', '2024-04-01T10:00:00Z'),
    ]);
    addOn.runtime.ui.clickMenuItem('Målkoll', 'Uppdatera utfall');
    expect(lastAlert(addOn)).toContain(
      '2 roller som medlemmar loggat som utsedda är ifyllda i bladet Partiföreningar.',
    );
    expect(shown(addOn, 'Partiföreningar')).toEqual([
      ['Namn', 'Zetkin-ID', 'Valledare', 'Zetkin-underorganisation', 'Zetkin-ansvarig', 'Studieansvarig'],
      // Kim was typed by the board: never replaced.
      ['Sundsvall', '', 'Kim', '', '=A2&" (ordf.)"', 'Utsedd 2024-04-01'],
      ['Härnösand', '', 'Utsedd 2024-03-05', '', '', ''],
    ]);
    expect(results(addOn, 'P3.2.M1')).toEqual(['2 av 2 partiföreningar', '100 %', 'Klar']);
    expect(results(addOn, 'U4.2.M1')?.[0]).toBe('1 av 2 partiföreningar');
    // Written once: the next run finds the cells filled and writes nothing more.
    addOn.runtime.ui.clickMenuItem('Målkoll', 'Uppdatera utfall');
    expect(lastAlert(addOn)).toBe('Utfallet är uppdaterat för 12 målrader.');
  });

  it('brings a register made before Prognos up to date once: Mål’s header, Framsteg in percent, Logg’s kinds and Roll', async () => {
    const addOn = await boardYear();
    const book = addOn.runtime.SpreadsheetApp.getActiveSpreadsheet();
    // As an earlier version left it: twelve Mål columns, Framsteg as a bare number, kinds as ids with an id list.
    const oldHeader = [...GOALS.headers.slice(0, -1), ''].map((header) =>
      header === 'Framsteg' ? 'Framsteg %' : header,
    );
    book.getRange(`'Mål'!A1:M1`).setValues([oldHeader]);
    book.getRange(`'Mål'!I2:I`).setNumberFormat('0.###############');
    const kinds = book.getRange(`'Logg'!F2:F6`);
    kinds.setValues(kinds.getValues().map(() => ['article.published']));
    book.getRange(`'Logg'!F7`).setValue('Meeting held');
    // Nor had it Logg's last column, Roll.
    const roleColumn = columnLetters(LOG.column('role'));
    const roleDropdown = addOn.runtime.cell(`'Logg'!${roleColumn}8`).validation;
    expect(roleDropdown).not.toBeNull();
    book.getRange(`'Logg'!${roleColumn}1`).clearContent();
    book.getRange(`'Logg'!${roleColumn}2:${roleColumn}`).clearDataValidations();
    book.getRange(`'Logg'!A7:E7`).setValues([[new Date('2024-03-20T10:00:00Z'), 'Bo', '', 'U2', 'U2.1']]);
    book.getRange(`'Logg'!G7`).setValue(1);
    addOn.runtime.ui.clickMenuItem('Målkoll', 'Uppdatera utfall');
    expect(lastAlert(addOn)).toContain('Registret är uppdaterat: Mål har fått kolumnen Prognos');
    expect(shown(addOn, GOALS.name)[0]).toEqual([...GOALS.headers]);
    expect(results(addOn, 'U3.M1')?.[1]).toBe('27 %');
    const logged = shown(addOn, LOG.name).slice(1);
    expect(logged.map((row) => row[LOG.index('kind')])).toEqual([
      ...Array(5).fill('Debattartikel publicerad'),
      'Möte hållet',
    ]);
    expect(addOn.runtime.cell("'Logg'!F8").validation?.args[0]).toMatchObject({
      list: expect.arrayContaining(['Debattartikel publicerad']),
    });
    expect(shown(addOn, LOG.name)[0]).toEqual([...LOG.headers]);
    expect(addOn.runtime.cell(`'Logg'!${roleColumn}1`).shown.bold).toBe(true);
    expect(addOn.runtime.cell(`'Logg'!${roleColumn}8`).validation).toEqual(roleDropdown);
    addOn.runtime.ui.clickMenuItem('Målkoll', 'Uppdatera utfall');
    expect(lastAlert(addOn)).not.toContain('Registret är uppdaterat');
  });
});
