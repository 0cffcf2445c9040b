// The outbox as stored in chrome.storage.local: the schema is the type, and the worker checks what it reads back.
import { ActionInput } from '../../shared/model/action.ts';
import { PageType } from '../../shared/model/page.ts';
import { z } from '../../shared/zod.ts';

export const QueueEntry = z.object({
  action: ActionInput,
  /** The kind of page it was logged from, for "ändra" and the per-page-type memory. */
  pageType: PageType,
  /** The connection it was logged under (connectionKey): it is sent through that one only, never as someone else. */
  connection: z.string(),
  status: z.enum(['queued', 'sent', 'rejected']),
  /** Why the web app rejected it. */
  reason: z.string().optional(),
  /** Not sent before this time (ms since epoch): the undo window. */
  sendAfter: z.number(),
  /** Part of a request that has not been answered yet. */
  sending: z.boolean().optional(),
  /** The tab whose in-page button logged it: only that page's toast may undo or change it. */
  fromTab: z.number().int().optional(),
});
export type QueueEntry = z.infer<typeof QueueEntry>;
export type EntryStatus = QueueEntry['status'];

export const QueueState = z.object({
  /** Newest first. */
  entries: z.array(QueueEntry),
  /** Consecutive attempts that did not get through. */
  failures: z.number().int().min(0),
  retryAt: z.number().nullable(),
  /** The web app said the token is no longer valid: nothing is sent until the member reconnects. */
  halted: z.boolean(),
  /** How many actions one request may carry; shrinks when the web app refuses a request as a whole. */
  batchLimit: z.number().int().min(1),
});
export type QueueState = z.infer<typeof QueueState>;
