// The import dialog in a browser DOM: the board pastes the plan, reads the preview, confirms; google.script.run goes to
// the add-on in the local runtime.
import { afterEach, describe, expect, it } from 'vitest';
import { type AddOn, openAddOn, SEED_TEXT, shown } from '../../../support/add-on.ts';
import { openHtml, type ScriptWindow, settle } from '../../../support/html-window.ts';

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
    const targets = [...document.querySelectorAll('#result li')]
      .map((item) => item.textContent ?? '')
      .filter((line) => /^[\w.]+\.M\d+ · /.test(line));
    expect(targets).toContain('U3.M1 · Antal: cirka 15 debattartiklar');
    expect(targets).toContain('U2.1.M1 · Regelbundenhet: minst 1 ordförandemöte i kvartalet');
    // An area's overall goal is listed under the area, so every counted target is shown.
    expect(targets).toContain('P.M1 · Valresultat: över 10 % i regionvalet 2026');
    expect(targets).toHaveLength(11);
    expect(confirm.disabled).toBe(false);
    expect(addOn.runtime.workbook.sheetByName('Mål')).toBeUndefined();

    confirm.click();
    await settle();
    expect(document.getElementById('status')?.textContent).toMatch(
      /^Planen ".+" är inläst: 12 målrader och 29 aktiviteter/,
    );
    expect(shown(addOn, 'Mål')).toHaveLength(13);
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
