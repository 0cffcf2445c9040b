// Plan → Mål/Aktiviteter rows, and re-import merging: plan columns updated in place, the board's columns kept.

import { describe, expect, it } from 'vitest';
import type { ProgressRow } from '../../../shared/report/context.ts';
import { ACTIVITIES, GOALS } from '../../../shared/sheets/columns.ts';
import { activityRows, goalPlanRows, goalRows } from '../../../shared/sheets/plan-rows.ts';
import { parseSeed } from '../../support/seed.ts';
import { smallPlan } from '../../support/sheet-plan.ts';

describe('plan rows', () => {
  it('gives one Mål row per target and per delmål without one, in plan order', () => {
    const rows = goalPlanRows(smallPlan());
    expect(rows.map((row) => row.id)).toEqual(['P.M1', 'P1', 'P3.M1', 'P3.2.M1', 'U3.M1', 'U5.M1', 'U5.M2']);
    expect(rows[1]).toMatchObject({
      subgoal: 'P1',
      goal: 'Synas på flera fronter',
      kind: 'Inget mätbart mål',
      owner: 'DS',
    });
    expect(rows[4]).toMatchObject({ kind: 'Antal', targetValue: 15, period: '2024', subgoal: 'U3' });
    expect(rows[2]).toMatchObject({ kind: 'Valresultat', targetValue: 8, period: 'EU-valet 2024' });
  });

  it('shows a count due per area in words, since it is measured in areas done', () => {
    const rows = goalPlanRows(parseSeed());
    expect(rows.find((row) => row.id === 'U5.3.M1')).toMatchObject({
      kind: 'Antal',
      targetValue: '1 debattartikel per område',
    });
    expect(rows.find((row) => row.id === 'U3.M1')).toMatchObject({ kind: 'Antal', targetValue: 15 });
  });

  it('names the activity’s owner on a target read from an activity, else the delmål’s', () => {
    const owners = Object.fromEntries(goalPlanRows(parseSeed()).map((row) => [row.id, row.owner]));
    expect(owners).toMatchObject({ 'P.M1': '', 'P1.4.M1': 'DS', 'U2.1.M1': 'Distriktsstyrelsen', 'U3.M1': '' });
  });

  it('writes new activities as not started, with the activity or delmål owner, neutralising plan text', () => {
    const { rows, added } = activityRows(smallPlan(), []);
    expect(added).toBe(5);
    expect(rows[0]).toEqual(['P1.1', 'P1', 'stödja regionens förtroendevalda', 'DS', 'Ej påbörjad', '', '', '']);
    expect(rows[3]?.slice(0, 5)).toEqual([
      'U3.1',
      'U3',
      '\'=HYPERLINK("http://evil")',
      'Distriktsstyrelsen',
      'Ej påbörjad',
    ]);
  });
});

describe('re-import', () => {
  it('updates plan columns in place, keeps the board columns, appends new rows and marks removed ones', () => {
    const plan = smallPlan();
    const first = activityRows(plan, []).rows;
    const edited = first.map((row) => [...row]);
    const p11 = edited[0] as unknown[];
    p11[ACTIVITIES.index('status')] = 'Klar';
    p11[ACTIVITIES.index('comment')] = 'Gjort i mars';
    p11[ACTIVITIES.index('owner')] = 'Kim';
    edited.push(['X9.1', 'X9', 'gammal aktivitet', 'Ada', 'Pågår', '', '', 'kvar'], ['', '', '', '', '', '', '', '']);

    const area = plan.areas[0];
    const subgoal = area?.subgoals[0];
    if (!subgoal) throw new Error('fixture');
    subgoal.activities = [
      { id: 'P1.1', text: 'stödja regionens förtroendevalda i det parlamentariska arbetet', owner: '' },
      { id: 'P1.2', text: 'arbeta enligt kommunikationsplanen', owner: '' },
    ];
    const merged = activityRows(plan, edited);
    expect(merged.rows[0]).toEqual([
      'P1.1',
      'P1',
      'stödja regionens förtroendevalda i det parlamentariska arbetet',
      'Kim',
      'Klar',
      '',
      '',
      'Gjort i mars',
    ]);
    const ids = merged.rows.map((row) => row[0]);
    expect(ids).toEqual(['P1.1', 'P3.1', 'P3.2', 'U3.1', 'U5.1', 'X9.1', 'P1.2']);
    expect(merged.removed).toEqual([5]);
    expect(merged.rows[5]).toEqual(['X9.1', 'X9', 'gammal aktivitet', 'Ada', 'Pågår', '', '', 'kvar']);
    expect(merged).toMatchObject({ added: 1, updated: 5 });
  });

  it('fills Utfall, Framsteg % and Status from progress, and says when a target left the plan', () => {
    const plan = smallPlan();
    const existing = [['OLD.M1', 'Gammalt', 'X1', 'gammalt mål', 'Antal', 3, '2024', 2, 67, 'I fas', 'Ada', 'behåll']];
    const progress = [
      { id: 'U3.M1', value: 4, percent: 26.66, status: 'behind' },
      { id: 'P.M1', value: null, percent: null, status: 'no_data' },
    ] as ProgressRow[];
    const { rows, removed } = goalRows(plan, existing, progress);
    expect(removed).toEqual([0]);
    expect(rows[0]?.slice(GOALS.index('result'))).toEqual([2, 67, 'Borttagen ur planen', 'Ada', 'behåll']);
    const u3 = rows.find((row) => row[0] === 'U3.M1');
    expect(u3?.slice(GOALS.index('result'), GOALS.index('owner'))).toEqual([4, 27, 'Efter']);
    const p = rows.find((row) => row[0] === 'P.M1');
    expect(p?.slice(GOALS.index('result'), GOALS.index('owner'))).toEqual(['', '', 'Saknar utfall']);
  });
});
