// What the popup, options page and content script ask the worker, and what it answers. Types only: no zod in the UI.
import type { ActionInput, ActionKindId } from '../shared/model/action.ts';
import type { Language } from '../shared/model/language.ts';
import type { PageTypeId } from '../shared/model/page.ts';
import type { SnapshotPlan, Suggestion } from '../shared/wire.ts';
import type { EntryStatus } from './queue/schema.ts';

/** A log entry as the member fills it in; the worker adds the id and checks it. */
export type LogDraft = {
  pageType: PageTypeId;
  subgoal: string;
  activity?: string;
  kind?: ActionKindId;
  quantity?: number;
  url?: string;
  category?: string;
  note?: string;
  /** With the kind role.appointed: which of the plan's roles. */
  role?: string;
  /** ISO date-time; now when absent. */
  at?: string;
};

export type ConnectionStatus =
  | { state: 'none' }
  | { state: 'connected' | 'revoked'; planTitle: string; member: string; fetchedAt: number };

export type ConnectResult = { ok: true; status: ConnectionStatus; message: string } | { ok: false; message: string };

/** Why nothing was logged, when the member can do something about it. */
export type NotLogged = 'not-connected' | 'already-today' | 'choose-subgoal' | 'outside-plan';

export type LogResult = { ok: true; id: string; message: string } | { ok: false; message: string; why?: NotLogged };

export type EntryView = {
  id: string;
  subgoalTitle: string;
  kindLabel: string;
  /** When it was done, in the member's language ("14 maj 2026 14:02"). */
  when: string;
  status: EntryStatus;
  reason?: string;
  /** Still waiting and not in a request: can be undone or changed. */
  canChange: boolean;
  /** Logged under an earlier connection (another member or web app): not sent through this one, only undone. */
  earlierConnection: boolean;
  action: ActionInput;
};

/** One delmål as the popup lists it: with how far its targets have come, as Mål last computed them. */
export type SubgoalView = SnapshotPlan['areas'][number]['subgoals'][number] & { standing?: string };

export type PopupView = {
  language: Language;
  connection: ConnectionStatus;
  page: { type: PageTypeId; label: string; url?: string; title?: string; tabId?: number };
  defaultKind: ActionKindId;
  suggested: Suggestion[];
  areas: { id: string; title: string; subgoals: SubgoalView[] }[];
  kinds: { id: ActionKindId; label: string }[];
  categories: string[];
  roles: string[];
  /** The days an entry may be dated (YYYY-MM-DD, local): the plan's years, up to today. */
  dates: { min: string; max: string } | null;
  /** The plan's years as it names them ("2024"), for the date field's message. */
  planYears: string | null;
  entries: EntryView[];
  waiting: number;
  retryAt: number | null;
  /** An entry to open for changing ("ändra" in the page's toast). */
  focus: string | null;
};

/** The page the popup is about; `pageType` keeps what the first view decided when the popup refreshes. */
export type PageTab = {
  id?: number;
  url?: string;
  title?: string;
  pageType?: PageTypeId;
  /** On Zetkin's caller view: the assignment being called, as the page's content script read it. */
  callAssignment?: number;
};

/** The in-page button's and toast's words, in the member's language. */
export type PageStrings = {
  button: string;
  logged: string;
  undo: string;
  undone: string;
  undoGone: string;
  edit: string;
  again: string;
  openOptions: string;
  workerGone: string;
  close: string;
};

export type Request =
  | { type: 'connect'; code: string }
  | { type: 'status' }
  | { type: 'refresh' }
  | { type: 'set-language'; language: Language }
  /** `opening` on a popup's first view only: it alone takes the page a context menu or toast asked it to open on. */
  | { type: 'popup-view'; tab: PageTab; opening?: boolean }
  | { type: 'log'; draft: LogDraft }
  | { type: 'amend'; id: string; draft: LogDraft }
  | { type: 'undo'; id: string }
  | { type: 'retry' }
  | { type: 'open-options' }
  | { type: 'page-strings' }
  /** One click in a page. The page's address is the sender's, never one the message names. */
  | { type: 'page-log'; title: string; quantity?: number; callAssignment?: number; again?: boolean }
  | { type: 'page-undo'; id: string }
  | { type: 'page-edit'; id: string };

/** What a content script may ask: what a page's button and toast need, nothing that reads or changes the rest. */
export const PAGE_REQUESTS = ['page-strings', 'page-log', 'page-undo', 'page-edit', 'open-options'] as const;

type Responses = {
  connect: ConnectResult;
  status: ConnectionStatus;
  refresh: ConnectResult;
  'set-language': null;
  'popup-view': PopupView;
  log: LogResult;
  amend: LogResult;
  undo: boolean;
  retry: null;
  'open-options': null;
  'page-strings': PageStrings;
  'page-log': LogResult;
  'page-undo': boolean;
  'page-edit': null;
};
export type ResponseTo<R extends Request> = Responses[R['type']];

/** The worker's answer: its value, or the reason in the member's language when the request failed. */
export type Reply<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * The worker's side of a reply: the work's value, or, when it throws, the member's words for a failure (`failure`
 * is asked only then). The error itself goes to the worker's console for the developer.
 */
export async function replyTo<T>(work: () => Promise<T>, failure: () => Promise<string>): Promise<Reply<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    console.error('Målkoll:', error);
    return { ok: false, message: await failure().catch(() => '') };
  }
}

/** A request the worker could not answer; `message` is for the member, empty when the worker said nothing at all. */
export class WorkerFailure extends Error {}

/** Asks the worker; throws a WorkerFailure when it fails or does not answer (a crash, an update, a refused sender). */
export async function ask<R extends Request>(request: R): Promise<ResponseTo<R>> {
  let reply: Reply<ResponseTo<R>> | undefined;
  try {
    reply = await chrome.runtime.sendMessage<R, Reply<ResponseTo<R>>>(request);
  } catch {
    reply = undefined;
  }
  if (reply?.ok) return reply.value;
  throw new WorkerFailure(reply?.message ?? '');
}

/** The member's words for a failed ask: the worker's reason, or `fallback` when there was none. */
export function failureText(error: unknown, fallback: string): string {
  return error instanceof WorkerFailure && error.message !== '' ? error.message : fallback;
}

/** What the popup asks the content script of a Zetkin caller view. */
export type TabRequest = { type: 'caller-assignment' } | { type: 'count-calls' };
