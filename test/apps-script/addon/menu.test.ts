// Opening the spreadsheet: the Målkoll menu with the board's commands in order, each a function main.ts exports.
import { describe, expect, it } from 'vitest';
import { MALKOLL_MENU, openAddOn } from '../../support/add-on.ts';

describe('opening the spreadsheet', () => {
  it('adds the Målkoll menu with the board commands in order', () => {
    const { runtime } = openAddOn();
    const menu = runtime.ui.menus.find((candidate) => candidate.name === 'Målkoll');
    const captions = menu?.items.map((item) => ('caption' in item ? item.caption : '—'));
    expect(captions).toEqual(MALKOLL_MENU);
  });

  it('opens the import dialog from the menu', () => {
    const { runtime } = openAddOn();
    runtime.ui.clickMenuItem('Målkoll', 'Importera verksamhetsplan…');
    const dialog = runtime.ui.events.find((event) => event.kind === 'modalDialog');
    expect(dialog).toMatchObject({ title: 'Importera verksamhetsplan', width: 760, height: 600 });
    expect(dialog && 'html' in dialog ? dialog.html : '').toContain('Klistra in verksamhetsplanens text');
  });

  it('tells the board to import a plan first when a command needs one', () => {
    const { runtime } = openAddOn();
    runtime.ui.clickMenuItem('Målkoll', 'Rapport för året');
    expect(runtime.ui.shown('alert').at(-1)?.message).toBe(
      'Ingen verksamhetsplan är inläst. Välj Målkoll → Importera verksamhetsplan… först.',
    );
  });
});
