// Parser figures: the seed plan and a generated 2,000-delmål plan.
import { generatePlanText } from '../../shared/parse/generate.ts';
import { parsePlan } from '../../shared/parse/index.ts';
import { SEED_TEXT } from '../support/seed.ts';
import { type Figure, medianMs } from './measure.ts';

export async function bench(): Promise<Figure[]> {
  const large = generatePlanText(2000);
  return [
    { name: 'parse seed plan', value: medianMs(50, () => parsePlan(SEED_TEXT)), unit: 'ms' },
    { name: 'parse generated 2,000-delmål plan', value: medianMs(5, () => parsePlan(large)), unit: 'ms' },
  ];
}
