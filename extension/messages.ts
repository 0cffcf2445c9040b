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
  /** ISO date-time; now when absent. */
  at?: string;
};

export type ConnectionStatus =
  | { state: 'none' }
  | { state: 'connected' | 'revoked'; planTitle: string; member: string; fetchedAt: number };

export type ConnectResult = { ok: true; status: ConnectionStatus; message: string } | { ok: false; message: string };

export type LogResult = { ok: true; id: string; message: string } | { ok: false; message: string };

export type EntryView = {
  id: string;
  subgoalTitle: string;
  kindLabel: string;
  status: EntryStatus;
  reason?: string;
  /** Still waiting and not in a request: can be undone or changed. */
  canChange: boolean;
  /** Logged under an earlier connection (another member or web app): not sent through this one, only undone. */
  earlierConnection: boolean;
  action: ActionInput;
};

export type PopupView = {
  language: Language;
  connection: ConnectionStatus;
  page: { type: PageTypeId; label: string; url?: string; title?: string; tabId?: number };
  defaultKind: ActionKindId;
  suggested: Suggestion[];
  areas: SnapshotPlan['areas'];
  kinds: { id: ActionKindId; label: string }[];
  categories: string[];
  entries: EntryView[];
  waiting: number;
  retryAt: number | null;
  /** An entry to open for changing ("ändra" in the page's toast). */
  focus: string | null;
};

/** The page the popup is about; `pageType` keeps what the first view decided when the popup refreshes. */
export type PageTab = { id?: number; url?: string; title?: string; pageType?: PageTypeId };

export type Request =
  | { type: 'connect'; code: string }
  | { type: 'status' }
  | { type: 'refresh' }
  | { type: 'set-language'; language: Language }
  | { type: 'popup-view'; tab: PageTab }
  | { type: 'log'; draft: LogDraft }
  | { type: 'amend'; id: string; draft: LogDraft }
  | { type: 'undo'; id: string }
  | { type: 'retry' }
  | { type: 'page-log'; url: string; title: string; quantity?: number }
  | { type: 'page-strings' }
  | { type: 'edit-entry'; id: string };

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
  'page-log': LogResult;
  'page-strings': { button: string; edit: string };
  'edit-entry': null;
};
export type ResponseTo<R extends Request> = Responses[R['type']];

export function ask<R extends Request>(request: R): Promise<ResponseTo<R>> {
  return chrome.runtime.sendMessage<R, ResponseTo<R>>(request);
}

/** The popup asks the content script of a Zetkin caller view how many calls were made today. */
export type TabRequest = { type: 'count-calls' };
