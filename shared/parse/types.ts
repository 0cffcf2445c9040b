// The parser's result types and the size limit every caller shares.
import type { Plan } from '../model/plan.ts';

/** A problem found in the plan text; `line` is 1-based, whole-file problems use line 1. Messages are Swedish. */
export type PlanError = { line: number; message: string };

export interface ParseOptions {
  /** The plan year, for a plan whose text gives none (or gives the wrong one). */
  year?: number;
}

export type ParseResult = { ok: true; plan: Plan } | { ok: false; errors: PlanError[] };

/** Largest plan file read (bytes, and characters once decoded): a real plan is a few tens of kB. */
export const MAX_PLAN_BYTES = 10 * 1024 * 1024;
