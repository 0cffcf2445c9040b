// Uppdatera utfall: the Mål sheet's Utfall, Framsteg and Status from Logg, Partiföreningar and Mätvärden.
import { describe, expect, it } from 'vitest';
import type { Action } from '../../../../shared/model/action.ts';
import { GOALS } from '../../../../shared/sheets/columns.ts';
import { type AddOn, lastAlert, logActions, rowWith, typeRow, withSeed } from '../../../support/add-on.ts';

let counter = 0;
function action(fields: Partial<Action> & Pick<Action, 'at' | 'subgoal' | 'kind'>): Action {
  counter += 1;
  return {
    id: `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`,
    quantity: 1,
    member: 'Ada',
    branch: 'Sundsvall',
    ...fields,
  };
}

/** The seed plan with four debate articles, two chair meetings, a recorded EU result and two partiföreningar. */
async function boardYear(): Promise<AddOn> {
  const addOn = await withSeed();
  logActions(addOn, [
    action({ at: '2024-02-10T10:00:00Z', subgoal: 'U3', kind: 'article.published' }),
    action({ at: '2024-03-12T10:00:00Z', subgoal: 'U3', kind: 'article.published', category: 'Feministisk' }),
    action({ at: '2024-05-02T10:00:00Z', subgoal: 'U3', kind: 'article.published', quantity: 2, branch: 'Härnösand' }),
    action({ at: '2024-02-20T18:00:00Z', subgoal: 'U2', activity: 'U2.1', kind: 'meeting.held' }),
    action({ at: '2024-05-20T18:00:00Z', subgoal: 'U2', activity: 'U2.1', kind: 'meeting.held' }),
  ]);
  typeRow(addOn, 'Partiföreningar', 2, ['Sundsvall', '', 'Kim']);
  typeRow(addOn, 'Partiföreningar', 3, ['Härnösand']);
  typeRow(addOn, 'Mätvärden', 2, ['2024-06-09', 'P3.M1', '8,4', 'EU-valet']);
  return addOn;
}

function results(addOn: AddOn, id: string): string[] | undefined {
  return rowWith(addOn, GOALS.name, id)?.slice(GOALS.index('result'), GOALS.index('owner'));
}

describe('Uppdatera utfall', () => {
  it('fills Utfall, Framsteg % and Status of the Mål rows from Logg, Partiföreningar and Mätvärden', async () => {
    const addOn = await boardYear();
    addOn.runtime.ui.clickMenuItem('Målkoll', 'Uppdatera utfall');
    expect(lastAlert(addOn)).toBe('Utfallet är uppdaterat för 12 målrader.');
    // The plan year is over: a count short of its target is not met.
    expect(results(addOn, 'U3.M1')).toEqual(['4', '27', 'Ej uppnått']);
    expect(results(addOn, 'P3.M1')).toEqual(['8,4', '105', 'Klar']);
    expect(results(addOn, 'P3.2.M1')).toEqual(['1', '50', 'Ej uppnått']);
    expect(results(addOn, 'P.M1')).toEqual(['', '', 'Saknar utfall']);
  });

  it('counts valid rows only and says how many it left out', async () => {
    const addOn = await boardYear();
    typeRow(addOn, 'Logg', 7, ['2024-03-01', 'Bo', '', 'U3', '', 'article.published', '0']);
    addOn.runtime.ui.clickMenuItem('Målkoll', 'Uppdatera utfall');
    expect(lastAlert(addOn)).toContain('1 rader i Logg kunde inte läsas och räknades inte.');
    expect(results(addOn, 'U3.M1')?.[0]).toBe('4');
  });
});
