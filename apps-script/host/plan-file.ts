// Reads a plan file from disk into a parsed Plan, turning every problem into `rad N: …` usage errors.
import { readFileSync, statSync } from 'node:fs';
import type { Plan } from '../../shared/model/plan.ts';
import { decodePlanBytes, MAX_PLAN_BYTES, type ParseOptions, parsePlan } from '../../shared/parse/index.ts';
import { UsageError } from './usage-error.ts';

export function readPlanText(path: string): string {
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new UsageError([`${path}: är ingen fil`]);
    size = stat.size;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError([`${path}: filen finns inte eller kan inte läsas`]);
  }
  // Checked before reading, so a huge file costs nothing.
  if (size > MAX_PLAN_BYTES) {
    throw new UsageError([
      `rad 1: filen är för stor (${Math.round(size / 1024 / 1024)} MB) för att vara en verksamhetsplan`,
    ]);
  }
  return decodePlanBytes(readFileSync(path));
}

export function readPlanFile(path: string, options: ParseOptions = {}): Plan {
  const result = parsePlan(readPlanText(path), options);
  if (!result.ok) throw new UsageError(result.errors.map((error) => `rad ${error.line}: ${error.message}`));
  return result.plan;
}
