// Kvartalsrapport…: the quarter the board types, its tables and charts in Rapport, and a bad quarter refused.
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

describe('Kvartalsrapport…', () => {
  it('asks for the quarter and writes its report', async () => {
    const addOn = await boardYear();
    addOn.runtime.ui.respond({ button: 'OK', text: '2024Q2' });
    addOn.runtime.ui.clickMenuItem('Målkoll', 'Kvartalsrapport…');
    const [prompt] = addOn.runtime.ui.shown('prompt');
    expect(prompt?.message).toMatch(/^Vilket kvartal\? Skriv t\.ex\. \d{4}Q[1-4]\.$/);
    expect(lastAlert(addOn)).toBe(
      'Kvartalsrapport 2024Q2 – Vänsterpartiet Västernorrland är skriven i bladet Rapport 2024 Q2.',
    );
    const rapport = shown(addOn, 'Rapport 2024 Q2');
    const heading = rapport.findIndex((row) => row[0] === 'Registreringar i kvartalet per delmål');
    expect(
      rapport
        .slice(heading + 2)
        .find((row) => row[0] === 'U3')
        ?.slice(2, 4),
    ).toEqual(['1', '2']);
    expect(chartsOn(addOn, 'Rapport 2024 Q2').map((chart) => chart.options.title)).toEqual([
      'Måluppfyllelse per delmål',
      'Debattartiklar: utfall mot takt',
    ]);
  });

  it('explains a quarter it cannot use', async () => {
    const addOn = await boardYear();
    addOn.runtime.ui.respond({ button: 'OK', text: 'andra kvartalet' });
    addOn.runtime.ui.clickMenuItem('Målkoll', 'Kvartalsrapport…');
    expect(lastAlert(addOn)).toBe('Ogiltigt kvartal "andra kvartalet": skriv år och kvartal som 2024Q2 (Q1–Q4).');
    addOn.runtime.ui.respond({ button: 'OK', text: '2023Q4' });
    addOn.runtime.ui.clickMenuItem('Målkoll', 'Kvartalsrapport…');
    expect(lastAlert(addOn)).toBe('Kvartalet 2023Q4 ligger utanför planens år 2024.');
    addOn.runtime.ui.respond({ button: 'CANCEL' });
    const alerts = addOn.runtime.ui.shown('alert').length;
    addOn.runtime.ui.clickMenuItem('Målkoll', 'Kvartalsrapport…');
    expect(addOn.runtime.ui.shown('alert')).toHaveLength(alerts);
  });
});
