// The real 2024 plan (shared/examples/verksamhetsplan-2024.txt) as tests use it: its text, and the plan the parser reads.
import { readFileSync } from 'node:fs';
import type { Plan } from '../../shared/model/plan.ts';
import { parsePlan } from '../../shared/parse/index.ts';

export const SEED_TEXT = readFileSync(
  new URL('../../shared/examples/verksamhetsplan-2024.txt', import.meta.url),
  'utf8',
);

/** A fresh copy of the parsed seed plan on every call, so a test may change it. */
export function parseSeed(): Plan {
  const parsed = parsePlan(SEED_TEXT);
  if (!parsed.ok) throw new Error(`the seed plan does not parse: ${JSON.stringify(parsed.errors)}`);
  return parsed.plan;
}
