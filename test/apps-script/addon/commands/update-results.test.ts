// Uppdatera utfall: the Mål sheet's Utfall, Framsteg, Status and Prognos from Logg, Partiföreningar and Mätvärden; the
// roles members logged as appointed written into Partiföreningar; a register of an earlier version brought up to date.
import { describe, expect, it } from 'vitest';
import { columnLetters } from '../../../../shared/sheets/a1.ts';
import { BRANCHES, GOALS, LOG } from '../../../../shared/sheets/columns.ts';
import { decodeConnectionCode } from '../../../../shared/webapp/connection-code.ts';
import { SnapshotResponse } from '../../../../shared/wire.ts';
import {
  type AddOn,
  importText,
  inviteFromMenu,
  lastAlert,
  logActions,
  recordDeployment,
  rowWith,
  SEED_TEXT,
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
    expect(shown(addOn, GOALS.name)[0]?.[GOALS.index('forecast')]).toBe('Prognos');
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
    const oldHeader = [...GOALS.headers.slice(0, GOALS.index('forecast')), ''].map((header) =>
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
    expect(lastAlert(addOn)).toContain('Registret är uppdaterat: Mål har fått kolumnerna Prognos, Enhet och Ursprung');
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

describe('the board’s corrections in Mål', () => {
  const AS_OF = '2024-06-15';
  /** Mål's cell of a column in sheet row `row`, as it shows. */
  const goalCell = (addOn: AddOn, row: number, key: (typeof GOALS.keys)[number]) =>
    shown(addOn, GOALS.name)[row - 1]?.[GOALS.index(key)];
  const at = (key: (typeof GOALS.keys)[number], row: number) =>
    `'${GOALS.name}'!${String.fromCharCode(65 + GOALS.index(key))}${row}`;
  /** A person typing into Mål's cells: no protection warning in the way, and no value refused. */
  const typeIn = (addOn: AddOn, row: number, cells: Partial<Record<(typeof GOALS.keys)[number], string>>) => {
    const warnings = () => addOn.runtime.ui.events.filter((event) => event.kind === 'protectionWarning').length;
    const before = warnings();
    for (const [key, text] of Object.entries(cells)) {
      const typed = addOn.runtime.userEdit(at(key as (typeof GOALS.keys)[number], row), text);
      // A unit the plan's list lacks is taken, with the dropdown's help shown (Sheets' "invalid" triangle).
      expect(typed.status === 'accepted' || (key === 'unit' && typed.status === 'warned')).toBe(true);
    }
    expect(warnings()).toBe(before);
  };

  /** The seed year with an added target (four meetings in U2), U3's number corrected and P1's follower trend struck. */
  async function correctedYear(): Promise<AddOn> {
    const addOn = await boardYear();
    // Row 14 is the first empty row below the seed's twelve targets; the board picks Typ, Period and Enhet from the
    // dropdowns and types the rest.
    typeIn(addOn, 14, {
      subgoal: 'U2',
      goal: 'fyra medlemsmöten under året',
      kind: 'Antal',
      targetValue: '4',
      period: '2024',
      unit: 'möten',
    });
    // Row 9 is U3.M1, "cirka 15 debattartiklar": the board adopted 10 in the end.
    typeIn(addOn, 9, { targetValue: 'cirka 10' });
    // Row 3 is P1.4.M1, more followers on the Facebook page, which the board does not follow up as a target.
    typeIn(addOn, 3, { kind: 'Struket' });
    return addOn;
  }

  it('marks a typed correction as the board’s at once, and offers the kinds, periods and units as dropdowns', async () => {
    const addOn = await correctedYear();
    expect(goalCell(addOn, 14, 'origin')).toBe('Styrelsen');
    expect(goalCell(addOn, 9, 'origin')).toBe('Styrelsen');
    expect(goalCell(addOn, 3, 'origin')).toBe('Styrelsen');
    // A row nobody corrected stays the plan's.
    expect(goalCell(addOn, 8, 'origin')).toBe('Planen');
    const list = (key: (typeof GOALS.keys)[number]) => addOn.runtime.cell(at(key, 20)).validation?.args[0];
    expect(list('kind')).toMatchObject({
      list: [
        'Antal',
        'Regelbundenhet',
        'Täckning',
        'Valresultat',
        'Trend',
        'Nivå',
        'Områden',
        'Inget mätbart mål',
        'Struket',
      ],
    });
    expect(list('period')).toMatchObject({
      list: ['2024', 'per vecka', 'per månad', 'per kvartal', 'per termin', 'per år'],
    });
    expect(list('origin')).toMatchObject({ list: ['Planen', 'Styrelsen'] });
    expect(
      shown(addOn, '_plan')
        .map((row) => row[5])
        .filter((unit) => unit !== ''),
    ).toEqual([
      'Enheter',
      'följare på Facebooksidan',
      'valledare',
      'zetkin-underorganisation och zetkin-ansvarig',
      'ordförandemöte',
      'debattartiklar',
      'studieansvarig',
      'Facklig politisk, Feministisk, Antirasistisk, Miljö och klimat',
      'utbildning, föreläsning eller webbinarium',
      'debattartikel',
    ]);
    // Nothing typed becomes a formula.
    typeIn(addOn, 15, { subgoal: 'U3', kind: 'Antal', targetValue: '=1+1' });
    expect(addOn.runtime.cell(at('targetValue', 15)).formula).toBe('');
  });

  it('gives a role a board-added target asks every partiförening for its column in Partiföreningar, and counts it', async () => {
    const addOn = await boardYear();
    typeIn(addOn, 14, { subgoal: 'U4', kind: 'Täckning', targetValue: 'varje partiförening', unit: 'kassör' });
    addOn.runtime.ui.clickMenuItem('Målkoll', 'Uppdatera utfall');
    expect(lastAlert(addOn)).toContain(
      'Partiföreningar har fått en kolumn för varje roll som styrelsens mål i Mål frågar efter: Kassör.',
    );
    const [header = [], ...branches] = shown(addOn, BRANCHES.name);
    const column = header.indexOf('Kassör');
    expect(column).toBe(header.length - 1);
    expect(results(addOn, 'U4.S1')?.[0]).toBe(`0 av ${branches.length} partiföreningar`);
    // The board fills in one partiförening's kassör; the next recompute counts it and adds no column again.
    addOn.runtime.userEdit(`'${BRANCHES.name}'!${columnLetters(column + 1)}2`, 'Utsedd');
    addOn.runtime.ui.clickMenuItem('Målkoll', 'Uppdatera utfall');
    expect(lastAlert(addOn)).not.toContain('har fått en kolumn');
    expect(results(addOn, 'U4.S1')?.[0]).toBe(`1 av ${branches.length} partiföreningar`);
    expect(shown(addOn, BRANCHES.name)[0]).toEqual(header);
  });

  it('counts an added, a corrected and a struck target in Mål and the year report, and keeps them through a re-import', async () => {
    const addOn = await correctedYear();
    addOn.bundle.call('updateResults', { asOf: AS_OF });
    expect(goalCell(addOn, 14, 'id')).toBe('U2.S1');
    expect(goalCell(addOn, 14, 'area')).toBe('Det utomparlamentariska arbetet');
    // Two meetings logged in U2 by mid-June count toward the board's four: on pace.
    expect(results(addOn, 'U2.S1')).toEqual(['2 av 4', '50 %', 'I fas']);
    expect(results(addOn, 'U3.M1')?.slice(0, 2)).toEqual(['4 av cirka 10', '40 %']);
    expect(results(addOn, 'P1.4.M1')).toEqual(['', '', 'Struket av styrelsen']);

    // Importera again, the same plan text: the board's words stay, marked as the board's.
    const again = await importText(addOn, SEED_TEXT);
    expect(again.message).toContain('3 rader i Mål är styrelsens egna (Ursprung Styrelsen) och behåller sina ord');
    const u2 = rowWith(addOn, GOALS.name, 'U2.S1') ?? [];
    expect(u2.slice(GOALS.index('subgoal'), GOALS.index('result'))).toEqual([
      'U2',
      'fyra medlemsmöten under året',
      'Antal',
      '4',
      '2024',
    ]);
    expect(u2.slice(GOALS.index('unit'))).toEqual(['möten', 'Styrelsen']);
    expect(rowWith(addOn, GOALS.name, 'U3.M1')?.[GOALS.index('targetValue')]).toBe('cirka 10');
    expect(rowWith(addOn, GOALS.name, 'P1.4.M1')?.[GOALS.index('kind')]).toBe('Struket');
    expect(shown(addOn, GOALS.name).filter((row) => row[0] === 'U2.S1')).toHaveLength(1);

    const summary = addOn.bundle.call('updateResults', { asOf: AS_OF }) as { message: string };
    expect(summary.message).toContain('Styrelsens egna rader i Mål räknas: 2 rättade eller tillagda mål, 1 strukna.');
    expect(results(addOn, 'U2.S1')).toEqual(['2 av 4', '50 %', 'I fas']);

    addOn.bundle.call('yearReport', { asOf: AS_OF });
    const report = shown(addOn, 'Rapport 2024');
    expect(report.find((row) => row[0] === 'U2' && row[1] === 'fyra medlemsmöten under året')?.[2]).toBe('2 av 4');
    // The corrected target is named by the words read from Målvärde, as the board left the plan's phrase in Mål.
    expect(report.find((row) => row[0] === 'U3' && row[1] === 'cirka 10 debattartiklar')?.[2]).toBe('4 av cirka 10');
    expect(report.some((row) => row[1] === 'öka antalet följare på Facebooksidan')).toBe(false);
    const snapshotOf = () => {
      recordDeployment(addOn, 'https://script.google.com/macros/s/AKfyc-test/exec');
      const token = decodeConnectionCode(inviteFromMenu(addOn, 'Kim'))?.token ?? '';
      const response = addOn.bundle.webApp({
        method: 'POST',
        contentType: 'text/plain',
        body: JSON.stringify({ v: 1, op: 'snapshot', token }),
      });
      return SnapshotResponse.parse(JSON.parse(response.body));
    };
    const subgoals = snapshotOf().plan.areas.flatMap((area) => area.subgoals);
    expect(subgoals.find((subgoal) => subgoal.id === 'U2')?.targets).toEqual([
      {
        id: 'U2.1.M1',
        progress: '2 av 4 kvartal',
        status: 'on_track',
        forecast: 'Prognos: cirka 4 av 4 kvartal (når målet)',
      },
      { id: 'U2.S1', progress: '2 av 4', status: 'on_track', forecast: 'Prognos: cirka 4 av 4 (når målet)' },
    ]);
    expect(subgoals.find((subgoal) => subgoal.id === 'P1')?.targets).toBeUndefined();

    // The sidebar overview and the verksamhetsberättelse count them too: U2 now has two targets, P1 none.
    const { bars } = addOn.bundle.call('overview', { asOf: AS_OF }) as {
      bars: { subgoalId: string; targets: number }[];
    };
    expect(bars.find((bar) => bar.subgoalId === 'U2')?.targets).toBe(2);
    expect(bars.find((bar) => bar.subgoalId === 'P1')?.targets).toBe(0);
    const narrative = JSON.stringify(addOn.bundle.call('composeNarrative', { asOf: AS_OF }));
    expect(narrative).toContain('4 möten: 2 av 4 (50 %) – i fas.');
    expect(narrative).toContain('Cirka 10 debattartiklar: 4 av 10 (40 %) – i fas.');
    expect(narrative).not.toContain('Öka följare på Facebooksidan');
    // It says the targets are the board's corrections, not what the plan promised.
    expect(narrative).toContain('Målen, med styrelsens rättelser i registret: ');
    expect(narrative).toContain('Styrelsen har strukit delmålets mätbara mål i registret.');
    addOn.bundle.call('quarterReport', { quarter: '2024Q2', asOf: AS_OF });
    expect(shown(addOn, 'Rapport 2024 Q2').some((row) => row.includes('fyra medlemsmöten under året'))).toBe(true);
  });

  it('upgrades a register made before corrections: Enhet and Ursprung filled, the dropdowns set, the columns open', async () => {
    const addOn = await boardYear();
    const book = addOn.runtime.SpreadsheetApp.getActiveSpreadsheet();
    const goals = book.getSheetByName(GOALS.name);
    if (!goals) throw new Error('no Mål');
    // As the previous version left Mål: thirteen columns, only Ansvarig and Kommentar open, no dropdowns.
    goals.getRange('N1:O20').clearContent();
    goals.getRange('C2:G').clearDataValidations();
    goals.getRange('N2:O').clearDataValidations();
    goals
      .getProtections(addOn.runtime.SpreadsheetApp.ProtectionType.SHEET)[0]
      ?.setUnprotectedRanges([goals.getRange('K2:L')]);
    addOn.runtime.ui.respond({ button: 'OK' });
    addOn.runtime.userEdit(at('targetValue', 9), 'cirka 10');
    expect(addOn.runtime.ui.events.filter((event) => event.kind === 'protectionWarning')).toHaveLength(1);
    addOn.runtime.ui.clickMenuItem('Målkoll', 'Uppdatera utfall');
    expect(lastAlert(addOn)).toContain('Registret är uppdaterat');
    expect(shown(addOn, GOALS.name)[0]).toEqual([...GOALS.headers]);
    expect(rowWith(addOn, GOALS.name, 'U2.1.M1')?.slice(GOALS.index('unit'))).toEqual(['ordförandemöte', 'Planen']);
    expect(rowWith(addOn, GOALS.name, 'U3.M1')?.slice(GOALS.index('unit'))).toEqual(['debattartiklar', 'Styrelsen']);
    expect(results(addOn, 'U3.M1')?.[0]).toBe('4 av cirka 10');
    expect(addOn.runtime.cell(at('kind', 30)).validation?.args[0]).toMatchObject({
      list: expect.arrayContaining(['Struket']),
    });
    typeIn(addOn, 14, { subgoal: 'U2', kind: 'Antal', targetValue: '4', unit: 'möten' });
  });

  it('lets the board record a level it added in Mätvärden, where its id is in the dropdown', async () => {
    const addOn = await boardYear();
    typeIn(addOn, 14, { subgoal: 'U1', kind: 'Nivå', targetValue: 'minst 400', unit: 'medlemmar' });
    addOn.bundle.call('updateResults', { asOf: AS_OF });
    expect(goalCell(addOn, 14, 'id')).toBe('U1.S1');
    expect(addOn.runtime.cell("'Mätvärden'!B9").validation?.args[0]).toBeDefined();
    expect(shown(addOn, '_plan').map((row) => row[3])).toEqual(
      expect.arrayContaining(['P.M1', 'P1.4.M1', 'P3.M1', 'U1.S1']),
    );
    typeRow(addOn, 'Mätvärden', 3, ['2024-06-01', 'U1.S1', '380', 'Medlemsregistret']);
    addOn.bundle.call('updateResults', { asOf: AS_OF });
    expect(results(addOn, 'U1.S1')).toEqual(['380 medlemmar', '95 %', 'Pågår']);
  });

  it('hands a row back to the plan when the board chooses Planen in Ursprung', async () => {
    const addOn = await correctedYear();
    typeIn(addOn, 9, { origin: 'Planen' });
    addOn.bundle.call('updateResults', { asOf: AS_OF });
    expect(rowWith(addOn, GOALS.name, 'U3.M1')?.[GOALS.index('targetValue')]).toBe('cirka 15');
    expect(results(addOn, 'U3.M1')?.[0]).toBe('4 av cirka 15');
  });
});
