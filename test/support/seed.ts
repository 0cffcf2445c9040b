// The real 2024 plan (shared/examples/verksamhetsplan-2024.txt) as tests use it: its file, its text, the plan the parser
// reads and the Mål rows it yields.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plan } from '../../shared/model/plan.ts';
import { planFromText } from './plan-text.ts';

export const SEED_FILE = fileURLToPath(new URL('../../shared/examples/verksamhetsplan-2024.txt', import.meta.url));

export const SEED_TEXT = readFileSync(SEED_FILE, 'utf8');

/** A fresh copy of the parsed seed plan on every call, so a test may change it. */
export function parseSeed(): Plan {
  return planFromText(SEED_TEXT);
}

/** The seed plan's Mål rows in plan order: one per target, and one per delmål without targets (P2). */
export const SEED_GOAL_IDS = [
  'P.M1',
  'P1.4.M1',
  'P2',
  'P3.M1',
  'P3.2.M1',
  'U1.3.M1',
  'U2.1.M1',
  'U3.M1',
  'U4.2.M1',
  'U5.M1',
  'U5.2.M1',
  'U5.3.M1',
];
