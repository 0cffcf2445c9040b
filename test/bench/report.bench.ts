// Report figures: computing the year report in Node over 100,000 generated actions on the seed plan.
import { readFileSync } from 'node:fs';
import { parsePlan } from '../../shared/parse/index.ts';
import { generateActions } from '../../shared/report/generate.ts';
import { buildQuarterReport, buildYearReport } from '../../shared/report/index.ts';
import { type Figure, medianMs } from './measure.ts';

export async function bench(): Promise<Figure[]> {
  const parsed = parsePlan(
    readFileSync(new URL('../../shared/examples/verksamhetsplan-2024.txt', import.meta.url), 'utf8'),
  );
  if (!parsed.ok) throw new Error('the seed plan does not parse');
  const plan = parsed.plan;
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
