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
};

const CountTarget = z.object({
  ...targetBase,
  kind: z.literal('count'),
  target: z.number().positive(),
  unit: z.string().min(1),
  approximate: z.boolean(),
});

const CadenceTarget = z.object({
  ...targetBase,
  kind: z.literal('cadence'),
  min: z.number().int().positive(),
  per: CadencePeriod,
  unit: z.string().min(1),
});

const CoverageTarget = z.object({
  ...targetBase,
  kind: z.literal('coverage'),
  roles: z.array(z.string().min(1)).min(1),
});

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
  CategoriesTarget,
]);
export type Target = z.infer<typeof Target>;
