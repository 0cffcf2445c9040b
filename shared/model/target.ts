// Measurable targets read from the plan's wording, as a discriminated union on `kind`.
import { z } from '../zod.ts';

const CADENCE_PERIODS = ['week', 'month', 'quarter', 'term', 'year'] as const;
export const CadencePeriod = z.enum(CADENCE_PERIODS);
export type CadencePeriod = z.infer<typeof CadencePeriod>;

/** Fields every target carries so the board can see why it is there. */
const targetBase = {
  /** Stable id: the source id + `.M` + ordinal, e.g. `U3.M1`. */
  id: z.string().min(1),
  /** Id of the area, delmål or activity the target was read from. */
  source: z.string().min(1),
  /** The phrase of the plan it was read from. */
  text: z.string().min(1),
  /** Why the reader was unsure (Swedish, for the board); absent when the wording left no doubt. */
  unsure: z.string().min(1).optional(),
};

/**
 * Who must do the amount each on their own, so it is never summed over the organisation: a person ("Varje
 * fullmäktigeledamot ska …", measured per member who logs) or a unit of the organisation ("Varje klubb …", measured
 * per partiförening in the register). Absent for an amount of the whole organisation.
 */
const each = z.object({ unit: z.string().min(1), kind: z.enum(['person', 'branch']) }).optional();

const CountTarget = z.object({
  ...targetBase,
  kind: z.literal('count'),
  target: z.number().positive(),
  unit: z.string().min(1),
  approximate: z.boolean(),
  each,
});

const CadenceTarget = z.object({
  ...targetBase,
  kind: z.literal('cadence'),
  min: z.number().int().positive(),
  per: CadencePeriod,
  /** Every n-th period ("varannan månad" → 2, "var tredje månad" → 3); absent for every period. */
  every: z.number().int().min(2).max(12).optional(),
  unit: z.string().min(1),
  each,
});

const CoverageTarget = z.object({
  ...targetBase,
  kind: z.literal('coverage'),
  roles: z.array(z.string().min(1)).min(1),
  /** The unit every one of which must have the roles ("S-förening", "klubb", "socken"); absent for partiförening. */
  unit: z.string().min(1).optional(),
});

/** A share's bound is the first word of its `text` ("minst …", "över …"); see `shareBound` in describe.ts. */
const ShareTarget = z.object({
  ...targetBase,
  kind: z.literal('share'),
  percent: z.number().positive().max(100),
  election: z.string().min(1),
});

const TrendTarget = z.object({
  ...targetBase,
  kind: z.literal('trend'),
  direction: z.enum(['up', 'down']),
  metric: z.string().min(1),
  /** How much: "med 5 %" → 5, percent; "med 50 medlemmar" → 50, not percent. Absent when the plan names no amount. */
  by: z.object({ amount: z.number().positive(), percent: z.boolean() }).optional(),
});

/** A value to reach or hold by the end of the plan year, recorded by hand ("400 medlemmar vid årets slut"). */
const LevelTarget = z.object({
  ...targetBase,
  kind: z.literal('level'),
  target: z.number().positive(),
  /** What is measured: "medlemmar", "organisationsgrad". */
  unit: z.string().min(1),
  /** The value is a percentage ("minst 75 % organisationsgrad"). */
  percent: z.boolean(),
  /** "minst" reaches the value, "över" must pass it; absent when the plan says neither (reach it). */
  bound: z.enum(['minst', 'över']).optional(),
});

const CategoriesTarget = z.object({
  ...targetBase,
  kind: z.literal('categories'),
  categories: z.array(z.string().min(1)).min(1),
});

export const Target = z.discriminatedUnion('kind', [
  CountTarget,
  CadenceTarget,
  CoverageTarget,
  ShareTarget,
  TrendTarget,
  LevelTarget,
  CategoriesTarget,
]);
export type Target = z.infer<typeof Target>;

/** Kinds whose results the board records by hand in Mätvärden: an election result, a follower count, a level. */
const RECORDED_KINDS: ReadonlySet<Target['kind']> = new Set(['share', 'trend', 'level']);

export function isRecordedTarget(target: Target): boolean {
  return RECORDED_KINDS.has(target.kind);
}
