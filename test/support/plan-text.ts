// Test plans are written as plan text and read by the parser; one that does not parse fails the test at once.
import type { Plan } from '../../shared/model/plan.ts';
import { parsePlan } from '../../shared/parse/index.ts';

/** The plan a text parses to (a fresh copy on every call, so a test may change it). */
export function planFromText(text: string): Plan {
  const parsed = parsePlan(text);
  if (!parsed.ok) throw new Error(`the test plan does not parse: ${JSON.stringify(parsed.errors)}`);
  return parsed.plan;
}
