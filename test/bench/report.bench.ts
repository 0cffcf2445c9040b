// Report figures: computing the year report in Node over 100,000 generated actions on the seed plan.

import { generateActions } from '../../shared/report/generate.ts';
import { buildQuarterReport } from '../../shared/report/quarter-report.ts';
import { buildYearReport } from '../../shared/report/year-report.ts';
import { parseSeed } from '../support/seed.ts';
import { type Figure, medianMs } from './measure.ts';

export async function bench(): Promise<Figure[]> {
  const plan = parseSeed();
  const input = {
    plan,
    actions: generateActions(plan, 100_000, 1),
    branches: [],
    recorded: [],
    asOf: `${plan.year}-09-30`,
  };
  return [
    {
      name: 'year report over 100,000 actions',
      value: medianMs(9, () => buildYearReport(input)),
      unit: 'ms',
      budget: '< 150 ms',
    },
    {
      name: 'quarter report over 100,000 actions',
      value: medianMs(9, () => buildQuarterReport(input, `${plan.year}Q2`)),
      unit: 'ms',
    },
  ];
}
