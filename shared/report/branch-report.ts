// Rapport per partiförening: what each branch's members logged this year and which of the plan's roles it has filled.

import { roundTo } from '../format.ts';
import type { Branch } from '../model/branch.ts';
import { roleHeader } from '../model/branch.ts';
import { planRoles } from '../model/plan-index.ts';
import { REPORT_SHEET_NAMES } from '../model/sheet-names.ts';
import { prepareReport } from './context.ts';
import type { ReportInput } from './input.ts';
import { reportTitle } from './report-parts.ts';
import type { Report, ReportCell, ReportChart } from './types.ts';

const UNASSIGNED = 'Utan partiförening';

/** Per partiförening: what its members logged this plan year and which of the plan's roles it has filled. */
export function buildBranchReport(input: ReportInput): Report {
  const context = prepareReport(input);
  const roles = planRoles(context.plan);
  const subgoals = context.plan.areas.flatMap((area) => area.subgoals);
  const branchOf = new Map<string, Branch>();
  for (const branch of context.branches) branchOf.set(branch.name, branch);
  for (const branch of context.branches) branchOf.set(branch.id, branch);
  const names = [...context.branches.map((branch) => branch.name), UNASSIGNED];
  const tally = new Map(names.map((name) => [name, { entries: 0, quantity: 0, bySubgoal: new Map<string, number>() }]));
  for (const { action } of context.index.all) {
    const name = (action.branch !== undefined ? branchOf.get(action.branch)?.name : undefined) ?? UNASSIGNED;
    const entry = tally.get(name);
    if (!entry) continue;
    entry.entries += 1;
    entry.quantity += action.quantity;
    entry.bySubgoal.set(action.subgoal, (entry.bySubgoal.get(action.subgoal) ?? 0) + action.quantity);
  }
  const shown = names.filter((name) => name !== UNASSIGNED || (tally.get(UNASSIGNED)?.entries ?? 0) > 0);
  const filledCount = (branch: Branch) => roles.filter((role) => (branch.roles[role] ?? '').trim() !== '').length;
  const overview: ReportCell[][] = shown.map((name) => {
    const entry = tally.get(name);
    const branch = context.branches.find((candidate) => candidate.name === name);
    const roleCells: ReportCell[] = roles.map((role) =>
      branch ? (branch.roles[role] ?? '').trim() || 'Saknas' : null,
    );
    const missing = branch ? roles.filter((role) => (branch.roles[role] ?? '').trim() === '') : [];
    return [
      name,
      entry?.entries ?? 0,
      entry?.quantity ?? 0,
      ...roleCells,
      branch ? filledCount(branch) : null,
      branch ? missing.join(', ') || null : null,
    ];
  });
  const perSubgoal: ReportCell[][] = shown.map((name) => [
    name,
    ...subgoals.map((subgoal) => tally.get(name)?.bySubgoal.get(subgoal.id) ?? 0),
  ]);
  const charts: ReportChart[] = [
    {
      title: 'Registreringar per partiförening',
      type: 'bar',
      categories: shown,
      series: [{ name: 'Registreringar', values: shown.map((name) => tally.get(name)?.entries ?? 0) }],
      xLabel: 'Partiförening',
      yLabel: 'Registreringar',
    },
  ];
  if (roles.length > 0 && context.branches.length > 0) {
    charts.push({
      title: 'Tillsatta roller per partiförening',
      type: 'bar',
      categories: context.branches.map((branch) => branch.name),
      series: [
        {
          name: 'Procent tillsatta',
          values: context.branches.map((branch) => roundTo((filledCount(branch) / roles.length) * 100, 1)),
        },
      ],
      xLabel: 'Partiförening',
      yLabel: 'Procent tillsatta',
      percent: true,
    });
  }
  return {
    title: reportTitle(`Partiföreningar ${context.plan.year}`, context),
    sheet: REPORT_SHEET_NAMES.branches(context.plan.year),
    asOf: input.asOf,
    tables: [
      {
        heading: 'Partiföreningar',
        columns: [
          'Partiförening',
          'Registreringar',
          'Summa antal',
          ...roles.map(roleHeader),
          'Tillsatta roller',
          'Saknade roller',
        ],
        rows: overview,
      },
      {
        heading: 'Summa antal per delmål och partiförening',
        columns: ['Partiförening', ...subgoals.map((subgoal) => subgoal.id)],
        rows: perSubgoal,
      },
    ],
    charts,
  };
}
