// Every plan in fixtures/plans reads as a careful person reads it: title and year, the structure, every expected
// target, no non-target, precision ≥ 90 % and recall ≥ 80 %; and it renders back to text that reads the same.
import { describe, expect, it } from 'vitest';
import { planCounts } from '../../../shared/model/describe.ts';
import { Plan } from '../../../shared/model/plan.ts';
import { parsePlan, renderPlan } from '../../../shared/parse/index.ts';
import { PLAN_EXPECTATIONS } from './plan-expectations.ts';
import { readFixture, score } from './plan-score.ts';

for (const expectation of PLAN_EXPECTATIONS) {
  describe(expectation.file, () => {
    const result = readFixture(expectation.file, expectation.options);
    if (!result.ok) throw new Error(`${expectation.file}: ${JSON.stringify(result.errors)}`);
    const plan = Plan.parse(result.plan);
    const found = score(plan, expectation);

    it('reads title, organisation and year from the first heading block', () => {
      expect([plan.title, plan.organisation, plan.year, plan.years]).toEqual([
        expectation.title,
        expectation.organisation,
        expectation.year,
        expectation.years,
      ]);
    });

    it('reads the areas, delmål and activities a person reads', () => {
      expect(planCounts(plan)).toMatchObject({
        areas: expectation.areas,
        subgoals: expectation.subgoals,
        activities: expectation.activities,
      });
    });

    it('finds every expected target (but those listed as not read yet) and reads no non-target', () => {
      expect(found.missed).toEqual(expectation.unread ?? []);
      expect(found.nonTargetHits).toEqual([]);
    });

    it('reads at a precision of at least 90 % and a recall of at least 80 %', () => {
      expect(found.precision).toBeGreaterThanOrEqual(0.9);
      expect(found.recall).toBeGreaterThanOrEqual(0.8);
    });

    it('renders back to text that parses to the same plan', () => {
      expect(parsePlan(renderPlan(plan), expectation.options)).toEqual({ ok: true, plan });
    });
  });
}
