// The benchmark's synthetic actions: valid, repeatable and spread over the plan year.

import { describe, expect, it } from 'vitest';
import { Action } from '../../../shared/model/action.ts';
import { generateActions } from '../../../shared/report/generate.ts';
import { buildYearReport } from '../../../shared/report/year-report.ts';
import { seedPlan } from '../../support/report-fixtures.ts';

describe('generateActions', () => {
  const actions = generateActions(seedPlan, 2000, 7);

  it('makes valid actions inside the plan year with unique ids', () => {
    for (const action of actions) expect(Action.parse(action)).toEqual(action);
    expect(new Set(actions.map((action) => action.id)).size).toBe(actions.length);
    expect(actions.every((action) => action.at.startsWith('2024-'))).toBe(true);
  });

  it('gives the same actions for the same seed and others for another', () => {
    expect(generateActions(seedPlan, 2000, 7)).toEqual(actions);
    expect(generateActions(seedPlan, 2000, 8)).not.toEqual(actions);
  });

  it('feeds every kind of table in the year report', () => {
    const report = buildYearReport({ plan: seedPlan, actions, branches: [], recorded: [], asOf: '2024-12-31' });
    const perSubgoal = report.tables.find((table) => table.heading === 'Registreringar per delmål');
    expect(perSubgoal?.rows.every((row) => typeof row[2] === 'number' && row[2] > 0)).toBe(true);
    const areas = report.tables.find((table) => table.heading === 'Prioriterade områden (U5.M1)');
    expect(areas?.rows.every((row) => row.slice(1).every((count) => typeof count === 'number' && count > 0))).toBe(
      true,
    );
  });
});
