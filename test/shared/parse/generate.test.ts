// The benchmark's plan generator: deterministic text the parser reads to exactly the requested number of delmål.
import { describe, expect, it } from 'vitest';
import { generatePlanText } from '../../../shared/parse/index.ts';
import { parseValid } from './helpers.ts';

describe('generatePlanText', () => {
  it('is deterministic and parses to the requested delmål, five per area, with targets', () => {
    const text = generatePlanText(23);
    expect(generatePlanText(23)).toBe(text);
    const plan = parseValid(text);
    expect(plan.organisation).toBe('Vänsterpartiet Västernorrland');
    expect(plan.areas.map((area) => area.subgoals.length)).toEqual([5, 5, 5, 5, 3]);
    const kinds = new Set(plan.areas.flatMap((area) => area.subgoals.flatMap((s) => s.targets.map((t) => t.kind))));
    expect([...kinds].sort()).toEqual(['cadence', 'categories', 'count', 'coverage', 'share', 'trend']);
    expect(plan.areas.every((area) => area.overallGoal.targets[0]?.kind === 'share')).toBe(true);
  });

  it('scales to thousands of delmål with unique ids', () => {
    const plan = parseValid(generatePlanText(2000));
    const ids = plan.areas.flatMap((area) => area.subgoals.map((subgoal) => subgoal.id));
    expect(ids).toHaveLength(2000);
    expect(new Set(ids).size).toBe(2000);
  });
});
