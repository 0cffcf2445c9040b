// Partiföreningar: role columns from the plan's coverage targets, kept across re-imports, read into Branch objects.

import { describe, expect, it } from 'vitest';
import { planRoles } from '../../../shared/model/plan-index.ts';
import { branchHeaders, readBranches } from '../../../shared/sheets/branch-rows.ts';
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
