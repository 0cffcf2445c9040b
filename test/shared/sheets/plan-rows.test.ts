// Plan → Mål/Aktiviteter rows, and re-import merging: plan columns updated in place, the board's columns kept.

import { describe, expect, it } from 'vitest';
import type { ProgressRow } from '../../../shared/report/context.ts';
import { ACTIVITIES, GOALS } from '../../../shared/sheets/columns.ts';
import { activityRows, goalPlanRows, goalRows, targetValue } from '../../../shared/sheets/plan-rows.ts';
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
      // The plan writes both "DS" and "Distriktsstyrelsen": one spelling, the full name.
      owner: 'Distriktsstyrelsen',
    });
    expect(rows[4]).toMatchObject({ kind: 'Antal', targetValue: 'cirka 15', period: '2024', subgoal: 'U3' });
    expect(rows[2]).toMatchObject({ kind: 'Valresultat', targetValue: 'över 8 %', period: 'EU-valet 2024' });
  });

  it('words Målvärde as a person says it, with the count due per area measured in areas done', () => {
    const values = Object.fromEntries(goalPlanRows(parseSeed()).map((row) => [row.id, row.targetValue]));
    expect(values).toEqual({
      'P.M1': 'över 10 %',
      'P1.4.M1': 'ökning',
      P2: undefined,
      'P3.M1': 'över 8 %',
      'P3.2.M1': 'varje partiförening',
      'U1.3.M1': 'varje partiförening',
      'U2.1.M1': 'minst 1 per kvartal',
      'U3.M1': 'cirka 15',
      'U4.2.M1': 'varje partiförening',
      'U5.M1': '4 områden',
      'U5.2.M1': '1 per område',
      'U5.3.M1': '1 per område',
    });
    const periods = goalPlanRows(parseSeed()).map((row) => row.period);
    expect(new Set(periods)).toEqual(new Set(['regionvalet 2026', 'EU-valet 2024', '2024']));
  });

  it('words the other kinds as they are read: bounds, intervals, amounts each, magnitudes, levels, other units', () => {
    const base = { id: 'X1.M1', source: 'X1', text: 'x' };
    expect(targetValue({ ...base, text: 'minst 40 procent', kind: 'share', percent: 40, election: 'valet' })).toBe(
      'minst 40 %',
    );
    expect(targetValue({ ...base, kind: 'cadence', min: 1, per: 'month', every: 2, unit: 'möte' })).toBe(
      'minst 1 varannan månad',
    );
    const each = { unit: 'fullmäktigeledamot', kind: 'person' } as const;
    expect(targetValue({ ...base, kind: 'cadence', min: 1, per: 'term', unit: 'öppet möte', each })).toBe(
      'minst 1 per termin för varje fullmäktigeledamot',
    );
    expect(targetValue({ ...base, kind: 'count', target: 2, unit: 'möten', approximate: false, each })).toBe(
      '2 för varje fullmäktigeledamot',
    );
    expect(
      targetValue({ ...base, kind: 'trend', direction: 'up', metric: 'medlemmar', by: { amount: 5, percent: true } }),
    ).toBe('ökning med 5 %');
    expect(targetValue({ ...base, kind: 'level', target: 400, unit: 'medlemmar', percent: false })).toBe('400');
    expect(
      targetValue({ ...base, kind: 'level', target: 75, unit: 'organisationsgrad', percent: true, bound: 'minst' }),
    ).toBe('minst 75 %');
    expect(targetValue({ ...base, kind: 'coverage', roles: ['kontaktperson'], unit: 'lokalavdelning' })).toBe(
      'varje lokalavdelning',
    );
  });

  it('names the activity’s owner on a target read from an activity, else the delmål’s, in one spelling', () => {
    const owners = Object.fromEntries(goalPlanRows(parseSeed()).map((row) => [row.id, row.owner]));
    expect(owners).toMatchObject({
      'P.M1': '',
      'P1.4.M1': 'Distriktsstyrelsen',
      'U2.1.M1': 'Distriktsstyrelsen',
      'U3.M1': '',
    });
  });

  it('writes new activities as not started, with the activity or delmål owner, neutralising plan text', () => {
    const { rows, added } = activityRows(smallPlan(), []);
    expect(added).toBe(5);
    expect(rows[0]).toEqual([
      'P1.1',
      'P1',
      'stödja regionens förtroendevalda',
      'Distriktsstyrelsen',
      'Ej påbörjad',
      '',
      '',
      '',
    ]);
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

  it('fills Utfall, Framsteg, Status and Prognos from progress, and says when a target left the plan', () => {
    const plan = smallPlan();
    // A row of a register made before Prognos: twelve cells.
    const existing = [['OLD.M1', 'Gammalt', 'X1', 'gammalt mål', 'Antal', 3, '2024', 2, 67, 'I fas', 'Ada', 'behåll']];
    const progress = [
      {
        id: 'U3.M1',
        value: 18,
        result: '18 av cirka 15',
        percent: 120,
        status: 'done',
        forecast: { value: 25, target: 15, reaches: true, text: 'cirka 25 av 15 (når målet)' },
      },
      { id: 'P.M1', value: null, result: '', percent: null, status: 'no_data' },
    ] as ProgressRow[];
    const { rows, removed } = goalRows(plan, existing, progress);
    expect(removed).toEqual([0]);
    expect(rows[0]?.slice(GOALS.index('result'))).toEqual([2, 67, 'Borttagen ur planen', 'Ada', 'behåll', '']);
    const u3 = rows.find((row) => row[0] === 'U3.M1');
    // Framsteg is not capped: the real result stands beside it.
    expect(u3?.slice(GOALS.index('result'), GOALS.index('owner'))).toEqual(['18 av cirka 15', 120, 'Klar']);
    expect(u3?.[GOALS.index('forecast')]).toBe('cirka 25 av 15 (når målet)');
    const p = rows.find((row) => row[0] === 'P.M1');
    expect(p?.slice(GOALS.index('result'), GOALS.index('owner'))).toEqual(['', '', 'Saknar utfall']);
    expect(p?.[GOALS.index('forecast')]).toBe('');
  });
});
