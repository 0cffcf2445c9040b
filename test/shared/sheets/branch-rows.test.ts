// Partiföreningar: role columns from the plan's coverage targets, kept across re-imports, read into Branch objects,
// and the empty role cells members' Ansvarig utsedd fill.

import { describe, expect, it } from 'vitest';
import { planRoles } from '../../../shared/model/plan-index.ts';
import {
  appointmentFills,
  branchHeaders,
  loggedAppointments,
  readBranches,
  withFills,
} from '../../../shared/sheets/branch-rows.ts';
import { makeAction } from '../../support/report-fixtures.ts';
import { smallPlan } from '../../support/sheet-plan.ts';

describe('Partiföreningar', () => {
  it('has one column per role the plan names, after the fixed columns', () => {
    expect(planRoles(smallPlan())).toEqual(['valledare', 'studieansvarig']);
    expect(branchHeaders(smallPlan(), [])).toEqual(['Namn', 'Zetkin-ID', 'Valledare', 'Studieansvarig']);
  });

  it('keeps role columns the plan dropped and appends new ones', () => {
    expect(branchHeaders(smallPlan(), ['Namn', 'Zetkin-ID', 'Kassör', 'Valledare'])).toEqual([
      'Namn',
      'Zetkin-ID',
      'Kassör',
      'Valledare',
      'Studieansvarig',
    ]);
  });

  it('reads partiföreningar with their role holders', () => {
    const branches = readBranches([
      ['Namn', 'Zetkin-ID', 'Valledare', 'Studieansvarig'],
      ['Sundsvall', 123, 'Kim', ''],
      ['', '', 'ingen', ''],
      ['Härnösand', '', '', 'Ada'],
    ]);
    expect(branches).toEqual([
      { id: 'Sundsvall', name: 'Sundsvall', zetkinSubOrgId: '123', roles: { valledare: 'Kim', studieansvarig: '' } },
      { id: 'Härnösand', name: 'Härnösand', roles: { valledare: '', studieansvarig: 'Ada' } },
    ]);
  });
});

describe('roles members logged as appointed', () => {
  const sheet = [
    ['Namn', 'Zetkin-ID', 'Valledare', 'Studieansvarig'],
    ['Sundsvall', 123, '', 'Ada'],
    ['Härnösand', '', 'Kim', ''],
  ];
  const appointed = (branch: string, role: string, at: string) =>
    makeAction({ at, subgoal: 'P3', kind: 'role.appointed', role, branch });

  it('fills an empty role cell with the day of the earliest appointment, never a name the board typed', () => {
    const actions = [
      appointed('Sundsvall', 'valledare', '2024-04-02T10:00:00Z'),
      appointed('sundsvall', 'valledare', '2024-03-05T10:00:00Z'),
      // Filled by the board already, a branch the sheet lacks, a role it has no column for: left alone.
      appointed('Härnösand', 'valledare', '2024-03-06T10:00:00Z'),
      appointed('Timrå', 'valledare', '2024-03-06T10:00:00Z'),
      appointed('Härnösand', 'kassör', '2024-03-06T10:00:00Z'),
      // Not an appointment, before the plan year, after the report day: none count.
      makeAction({ at: '2024-03-01T10:00:00Z', subgoal: 'U4', kind: 'other', branch: 'Härnösand' }),
      appointed('Härnösand', 'studieansvarig', '2023-12-20T10:00:00Z'),
      appointed('Härnösand', 'studieansvarig', '2024-06-20T10:00:00Z'),
    ];
    const fills = appointmentFills(sheet, loggedAppointments(actions, 2024, '2024-06-15'));
    expect(fills).toEqual([{ row: 1, column: 2, text: 'Utsedd 2024-03-05' }]);
    expect(readBranches(withFills(sheet, fills)).map((branch) => branch.roles)).toEqual([
      { valledare: 'Utsedd 2024-03-05', studieansvarig: 'Ada' },
      { valledare: 'Kim', studieansvarig: '' },
    ]);
    // The sheet as read is left as it was: the fills are written by Uppdatera utfall.
    expect(sheet[1]?.[2]).toBe('');
  });
});
