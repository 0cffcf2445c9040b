// The plan model: a verksamhetsplan's areas, delmål and activities with their targets.
import { z } from '../zod.ts';
import { Target } from './target.ts';

/** `P`, `U`, `P2`: upper-case letters then optional digits. */
const AREA_ID = /^[A-ZÅÄÖ]+\d*$/;
const Year = z.number().int().min(1900).max(2999);

const Activity = z.object({
  /** Delmål id + `.` + ordinal, e.g. `P1.2`. */
  id: z.string().min(1),
  text: z.string().min(1),
  /** Who carries it out ("DS", "Distriktsstyrelsen"); empty when the plan does not say. */
  owner: z.string(),
  /** When it is due, as the plan writes it ("December", "2025-06-30", "Löpande"); absent when the plan does not say. */
  deadline: z.string().min(1).optional(),
});

export const Subgoal = z.object({
  id: z.string().min(1),
  number: z.number().int().positive(),
  title: z.string().min(1),
  description: z.string(),
  /** From the activities' lead-in ("Under verksamhetsåret ska DS:" → "DS"); empty when none. */
  owner: z.string(),
  activities: z.array(Activity),
  targets: z.array(Target),
});
export type Subgoal = z.infer<typeof Subgoal>;

const OverallGoal = z.object({
  /** The area's "Övergripande mål"; '' when the plan gives the area none. */
  text: z.string(),
  targets: z.array(Target),
});

export const Area = z.object({
  id: z.string().regex(AREA_ID),
  title: z.string().min(1),
  intro: z.string(),
  overallGoal: OverallGoal,
  subgoals: z.array(Subgoal).min(1),
});
export type Area = z.infer<typeof Area>;

export const Plan = z.object({
  title: z.string().min(1),
  organisation: z.string(),
  /** The plan year: the last year of a multi-year plan. */
  year: Year,
  /** The span of a multi-year plan ("2025–2027"); absent for a plan of one year. */
  years: z.object({ from: Year, to: Year }).optional(),
  intro: z.string(),
  areas: z.array(Area).min(1),
});
export type Plan = z.infer<typeof Plan>;
