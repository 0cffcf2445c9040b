// Rapport per partiförening: each branch's logs and filled roles in Rapport, with its charts.
import { describe, expect, it } from 'vitest';
import type { Action } from '../../../../shared/model/action.ts';
import { type AddOn, chartsOn, lastAlert, logActions, shown, typeRow, withSeed } from '../../../support/add-on.ts';

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

describe('Rapport per partiförening', () => {
  it('writes its own sheet beside the year report, one row per partiförening, with its charts', async () => {
    const addOn = await boardYear();
    addOn.runtime.ui.clickMenuItem('Målkoll', 'Rapport för året');
    addOn.runtime.ui.clickMenuItem('Målkoll', 'Rapport per partiförening');
    expect(lastAlert(addOn)).toBe(
      'Partiföreningar 2024 – Vänsterpartiet Västernorrland är skriven i bladet Rapport partiföreningar 2024.',
    );
    const rapport = shown(addOn, 'Rapport partiföreningar 2024');
    expect(shown(addOn, 'Rapport 2024').some((row) => row[0] === 'Måluppfyllelse')).toBe(true);
    expect(rapport[0]?.[0]).toBe('Partiföreningar 2024 – Vänsterpartiet Västernorrland');
    // The role columns are headed as in Partiföreningar.
    const roleHeaders = shown(addOn, 'Partiföreningar')[0]?.slice(2);
    expect(roleHeaders).toContain('Valledare');
    expect(rapport.find((row) => row[0] === 'Partiförening')?.slice(3, 3 + (roleHeaders?.length ?? 0))).toEqual(
      roleHeaders,
    );
    expect(rapport.find((row) => row[0] === 'Sundsvall')?.slice(0, 4)).toEqual(['Sundsvall', '4', '4', 'Kim']);
    expect(rapport.find((row) => row[0] === 'Härnösand')?.slice(0, 4)).toEqual(['Härnösand', '1', '2', 'Saknas']);
    expect(rapport.some((row) => row[0] === 'Måluppfyllelse')).toBe(false);
    const [registrations, roles] = chartsOn(addOn, 'Rapport partiföreningar 2024');
    expect(registrations?.options.title).toBe('Registreringar per partiförening');
    expect(roles?.options).toMatchObject({
      title: 'Tillsatta roller per partiförening',
      'vAxis.title': 'Procent tillsatta',
      'vAxis.viewWindow.max': 100,
    });
  });
});
