// The import dialog in a browser DOM: the board pastes the plan, reads the preview, confirms; google.script.run goes to
// the add-on in the local runtime.
import { afterEach, describe, expect, it } from 'vitest';
import { type AddOn, openAddOn, SEED_TEXT, shown } from '../../../support/add-on.ts';
import { openHtml, type ScriptWindow, settle } from '../../../support/html-window.ts';
import { buildPlanDoc, PLAN_DOC_TEXT } from '../../../support/plan-doc.ts';

let window: ScriptWindow | undefined;
afterEach(async () => {
  await window?.happyDOM.close();
  window = undefined;
});

/** Opens the dialog from the menu and loads the HTML the add-on showed. */
function openDialog(addOn: AddOn): ScriptWindow {
  addOn.runtime.ui.clickMenuItem('Målkoll', 'Importera verksamhetsplan…');
  const dialog = addOn.runtime.ui.events.find((event) => event.kind === 'modalDialog');
  return openHtml(addOn, dialog && 'html' in dialog ? dialog.html : '');
}

/** The preview's tables as the board reads them: one array of cell texts per row. */
function tableRows(document: ScriptWindow['document']): string[][] {
  return [...document.querySelectorAll('#result tr')].map((row) =>
    [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? ''),
  );
}

describe('the import dialog', () => {
  it('previews the pasted plan, then creates the sheets when confirmed', async () => {
    const addOn = openAddOn();
    window = openDialog(addOn);
    const document = window.document;
    const confirm = document.getElementById('confirm') as unknown as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);

    const text = document.getElementById('text') as unknown as HTMLTextAreaElement;
    text.value = SEED_TEXT;
    (document.getElementById('preview') as unknown as HTMLButtonElement).click();
    await settle();
    const result = document.getElementById('result')?.textContent ?? '';
    expect(result).toContain('Det här hittades i planen:');
    expect(result).toContain('Delmål: 8');
    expect(result).toContain('Aktiviteter: 29');
    expect(result).toContain('U3 Att distriktsstyrelsen tillsammans med regiongruppen');
    // Each target as its row in Mål will read, under Mål's own headers, delmål by delmål.
    const rows = tableRows(document);
    expect(rows[0]).toEqual(['ID', 'Mål', 'Typ', 'Målvärde', 'Period']);
    const targets = rows.filter((row) => /\.M\d+$/.test(row[0] ?? ''));
    expect(targets).toContainEqual(['U3.M1', 'cirka 15 debattartiklar', 'Antal', 'cirka 15', '2024']);
    expect(targets).toContainEqual([
      'U2.1.M1',
      'minst ett ordförandemöte i kvartalet',
      'Regelbundenhet',
      'minst 1 per kvartal',
      '2024',
    ]);
    // An area's overall goal is listed under the area, so every counted target is shown.
    expect(targets).toContainEqual([
      'P.M1',
      'över 10% i valresultat i regionvalet',
      'Valresultat',
      'över 10 %',
      'regionvalet 2026',
    ]);
    expect(targets).toHaveLength(11);
    expect(result).toContain(
      'Rätta i bladet Mål efter inläsningen: ändra Målvärde, Typ eller Period på raden, eller lägg till en rad för delmålet. Dina rättelser behålls när planen importeras igen',
    );
    expect(confirm.disabled).toBe(false);
    expect(addOn.runtime.workbook.sheetByName('Mål')).toBeUndefined();

    confirm.click();
    await settle();
    expect(document.getElementById('status')?.textContent).toMatch(
      /^Planen ".+" är inläst: 12 målrader och 29 aktiviteter/,
    );
    const goals = shown(addOn, 'Mål');
    expect(goals).toHaveLength(13);
    // The preview's rows are the ones Mål now has, word for word.
    for (const target of targets) {
      const row = goals.find((cells) => cells[0] === target[0]);
      expect([row?.[0], row?.[3], row?.[4], row?.[5], row?.[6]]).toEqual(target);
    }
  });

  it('reads a Google Doc named by its address, shows each delmål and flags what it was unsure of', async () => {
    const addOn = openAddOn();
    const url = buildPlanDoc(addOn.runtime);
    window = openDialog(addOn);
    const document = window.document;
    (document.getElementById('url') as unknown as HTMLInputElement).value = url;
    (document.getElementById('preview') as unknown as HTMLButtonElement).click();
    await settle();
    const subgoals = [...document.querySelectorAll('#result h4')].map((heading) => heading.textContent);
    expect(subgoals).toEqual([
      'O1 Vi ska vara 400 medlemmar vid årets slut. (aktiviteter: 0)',
      'O2 Varje lokalavdelning ska ha en kontaktperson. (aktiviteter: 2)',
      'K1 Vi ska synas mer i lokalmedia. (aktiviteter: 2)',
      'H1 Fler aktiva medlemmar (aktiviteter: 2)',
      'H2 Minst 40 procent av medlemmarna ska ha deltagit i en aktivitet (aktiviteter: 1)',
    ]);
    // Each delmål's activities, folded below its targets, as Aktiviteter will list them.
    const o2 = [...document.querySelectorAll('#result .subgoal')].find((part) => part.textContent?.startsWith('O2 '));
    expect(o2?.querySelector('summary')?.textContent).toBe('Aktiviteter (2)');
    expect([...(o2?.querySelectorAll('li') ?? [])].map((item) => item.textContent)).toEqual([
      'O2.1 Ringa alla nya medlemmar. Bjuda in dem till ett medlemsmöte.',
      'O2.2 Hålla fyra medlemsmöten under året.',
    ]);
    const result = document.getElementById('result')?.textContent ?? '';
    expect(result).toContain('Målkoll var osäker på 1 av målen (markerade Osäker nedan). Kontrollera dem.');
    // H1 has no target: the board reads that it gets a row without one.
    const h1 = [...document.querySelectorAll('#result .subgoal')].find((part) => part.textContent?.startsWith('H1 '));
    expect(h1?.textContent).toContain('Inget mätbart mål hittades – delmålet får en rad utan målvärde.');
    const rows = tableRows(document);
    const unsure = rows.findIndex((row) => row[0] === 'H2.M1');
    expect(rows[unsure]).toEqual(['H2.M1', 'Minst 40 procent av medlemmarna', 'Nivå', 'minst 40 %', '2025']);
    expect(rows[unsure + 1]).toEqual([
      'Osäker: Planen säger inte när värdet ska nås; Målkoll räknar med planårets slut.',
    ]);
    const flagged = [...document.querySelectorAll('#result tr.unsure')].map((row) => row.textContent);
    expect(flagged).toHaveLength(2);
    expect(rows).toContainEqual([
      'K1.2.M1',
      'minst två inlägg i veckan',
      'Regelbundenhet',
      'minst 2 per vecka',
      '2025',
    ]);
  });

  it('asks for the year of a plan that gives none in its field, and reads the plan once it is given', async () => {
    const addOn = openAddOn();
    window = openDialog(addOn);
    const document = window.document;
    const yearless = PLAN_DOC_TEXT.replace('Verksamhetsplan 2025', 'Verksamhetsplan').replace(
      'Antagen av årsmötet 2025-02-20',
      'Antagen av årsmötet',
    );
    (document.getElementById('text') as unknown as HTMLTextAreaElement).value = yearless;
    const preview = document.getElementById('preview') as unknown as HTMLButtonElement;
    preview.click();
    await settle();
    const errors = [...document.querySelectorAll('#result li')].map((item) => item.textContent);
    expect(errors).toEqual([
      'rad 1: Planen anger inget år. Skriv året i fältet Planens år ovan (t.ex. 2025) och läs planen igen, eller skriv året i planens rubrik, t.ex. ”Verksamhetsplan 2025”.',
    ]);
    const year = document.getElementById('year') as unknown as HTMLInputElement;
    expect(document.activeElement).toBe(year);
    expect(document.querySelector('label[for="year"]')?.textContent).toBe('Planens år');
    year.value = '2026';
    preview.click();
    await settle();
    expect(document.getElementById('result')?.textContent).toContain('Verksamhetsplan (2026)');
    const confirm = document.getElementById('confirm') as unknown as HTMLButtonElement;
    expect(confirm.disabled).toBe(false);
    confirm.click();
    await settle();
    expect(shown(addOn, 'Mål').find((row) => row[0] === 'O1.M1')?.[6]).toBe('2026');
  });

  it('shows the parser errors by line and offers no confirm', async () => {
    const addOn = openAddOn();
    window = openDialog(addOn);
    const document = window.document;
    (document.getElementById('text') as unknown as HTMLTextAreaElement).value = 'Inköpslista\nmjölk\n';
    (document.getElementById('preview') as unknown as HTMLButtonElement).click();
    await settle();
    const items = [...document.querySelectorAll('#result li')].map((item) => item.textContent);
    expect(items.length).toBeGreaterThan(0);
    expect(items[0]).toMatch(/^rad \d+: /);
    expect((document.getElementById('confirm') as unknown as HTMLButtonElement).disabled).toBe(true);
  });
});
