// The web app's wire format: one JSON envelope in, one out. Version 1.

import { ActionKind } from './model/action.ts';
import { PageType } from './model/page.ts';
import { TargetStatus } from './model/target-status.ts';
import { z } from './zod.ts';

export const WIRE_VERSION = 1;
export const MAX_BODY_BYTES = 64 * 1024;
export const MAX_ACTIONS_PER_REQUEST = 50;
const Token = z.string().min(16).max(200);

const SnapshotRequest = z.strictObject({ v: z.literal(WIRE_VERSION), op: z.literal('snapshot'), token: Token });
const LogRequest = z.strictObject({
  v: z.literal(WIRE_VERSION),
  op: z.literal('log'),
  token: Token,
  actions: z.array(z.unknown()).min(1).max(MAX_ACTIONS_PER_REQUEST),
});
export const WireRequest = z.discriminatedUnion('op', [SnapshotRequest, LogRequest]);
export type WireRequest = z.infer<typeof WireRequest>;

const ERROR_CODES = ['bad_request', 'unauthorized', 'too_large', 'busy', 'rate_limited', 'internal'] as const;
export const ErrorCode = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof ErrorCode>;
export const ErrorResponse = z.object({
  ok: z.literal(false),
  error: z.object({
    code: ErrorCode,
    message: z.string(),
    /** With `busy` and `rate_limited`: how long the client waits before it sends again. */
    retryAfterSeconds: z.number().int().positive().optional(),
  }),
});
export type ErrorResponse = z.infer<typeof ErrorResponse>;

/** Where a page type or action kind goes in this plan: a delmål and maybe one of its activities. */
export const Suggestion = z.object({ subgoal: z.string(), activity: z.string().optional() });
export type Suggestion = z.infer<typeof Suggestion>;
export const Suggestions = z.object({
  byPage: z.partialRecord(PageType, Suggestion.extend({ kind: ActionKind })),
  byKind: z.partialRecord(ActionKind, Suggestion),
});
export type Suggestions = z.infer<typeof Suggestions>;

/** One target's standing as the Mål sheet shows it: "5 av cirka 15", its status, and the forecast where there is one. */
export const SnapshotTarget = z.object({
  id: z.string(),
  progress: z.string(),
  status: TargetStatus,
  forecast: z.string().optional(),
});
export type SnapshotTarget = z.infer<typeof SnapshotTarget>;

/** The plan as a member's client sees it: its outline, vocabularies and where things usually go. */
export const SnapshotPlan = z.object({
  title: z.string(),
  year: z.number().int(),
  areas: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      subgoals: z.array(
        z.object({
          id: z.string(),
          title: z.string(),
          activities: z.array(z.object({ id: z.string(), text: z.string() })),
          /** The delmål's targets as Mål last computed them (Uppdatera utfall), so a member sees what a click moves. */
          targets: z.array(SnapshotTarget).optional(),
        }),
      ),
    }),
  ),
  actionKinds: z.array(z.object({ id: ActionKind, label: z.string() })),
  branches: z.array(z.string()),
  categories: z.array(z.string()),
  /** The roles the plan asks every branch for (coverage targets), offered with the kind role.appointed. */
  roles: z.array(z.string()).optional(),
  suggestions: Suggestions,
});
export type SnapshotPlan = z.infer<typeof SnapshotPlan>;

/** The contract's `plan`, and beside it our own `member`: who the token belongs to. */
export const SnapshotResponse = z.object({
  ok: z.literal(true),
  member: z.object({ name: z.string(), branch: z.string() }),
  plan: SnapshotPlan,
});
export type SnapshotResponse = z.infer<typeof SnapshotResponse>;

export const ActionResult = z.object({
  id: z.string(),
  status: z.enum(['accepted', 'duplicate', 'rejected']),
  error: z.string().optional(),
});
export type ActionResult = z.infer<typeof ActionResult>;
export const LogResponse = z.object({ ok: z.literal(true), results: z.array(ActionResult) });
export type LogResponse = z.infer<typeof LogResponse>;
