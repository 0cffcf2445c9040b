// The worker's state in chrome.storage: everything survives the worker being killed and the browser restarting.

import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from '../../shared/model/language.ts';
import { PageType } from '../../shared/model/page.ts';
import { SnapshotResponse, Suggestion } from '../../shared/wire.ts';
import { z } from '../../shared/zod.ts';
import { connectionKey, emptyQueue, UNDO_GRACE_MS } from '../queue/machine.ts';
import { QueueState } from '../queue/schema.ts';
import type { LastUsed } from '../suggest.ts';

/** The web app and token in use, and the member the web app said they belong to. */
const StoredConnection = z.object({ url: z.string(), token: z.string(), member: z.string(), revoked: z.boolean() });
export type StoredConnection = z.infer<typeof StoredConnection>;
const StoredSnapshot = z.object({ response: SnapshotResponse, fetchedAt: z.number() });
export type StoredSnapshot = z.infer<typeof StoredSnapshot>;
const StoredLastUsed = z.partialRecord(PageType, Suggestion);
/** The pages logged with their in-page button on one day (local), by whom, so a second click that day asks first. */
const PagesLogged = z.object({
  day: z.string(),
  entries: z.array(z.object({ url: z.string(), id: z.string(), connection: z.string() })),
});
export type PagesLogged = z.infer<typeof PagesLogged>;
/** Where the next popup should open: set by the context menu and the page toast's "ändra". */
const PopupContext = z.object({
  url: z.string().optional(),
  title: z.string().optional(),
  pageType: PageType,
  focus: z.string().optional(),
  at: z.number(),
});
export type PopupContext = z.infer<typeof PopupContext>;

const local = {
  connection: StoredConnection,
  snapshot: StoredSnapshot,
  queue: QueueState,
  lastUsed: StoredLastUsed,
  pagesLogged: PagesLogged,
  language: z.enum(LANGUAGES),
  /** How long a new entry stays undoable before it is sent; set by the end-to-end tests, which cannot wait 8 s a log. */
  sendDelayMs: z
    .number()
    .int()
    .min(0)
    .max(10 * 60_000),
};
type LocalKey = keyof typeof local;
type LocalValue<K extends LocalKey> = z.infer<(typeof local)[K]>;

export async function read<K extends LocalKey>(key: K): Promise<LocalValue<K> | undefined> {
  const stored = (await chrome.storage.local.get(key))[key];
  if (stored === undefined) return undefined;
  const parsed = local[key].safeParse(stored);
  if (!parsed.success) console.error(`Målkoll: ignoring unreadable ${key} in storage`, parsed.error);
  return parsed.success ? (parsed.data as LocalValue<K>) : undefined;
}

export function write<K extends LocalKey>(key: K, value: LocalValue<K>): Promise<void> {
  return chrome.storage.local.set({ [key]: value });
}

export async function readQueue(): Promise<QueueState> {
  return (await read('queue')) ?? emptyQueue();
}

export async function readLastUsed(): Promise<LastUsed> {
  return (await read('lastUsed')) ?? {};
}

/** Which connection entries are logged under and sent through now; null before the first connect. */
export function keyOf(connection: StoredConnection | undefined): string | null {
  return connection ? connectionKey(connection.url, connection.member) : null;
}

export async function readSendDelay(): Promise<number> {
  return (await read('sendDelayMs')) ?? UNDO_GRACE_MS;
}

export async function readLanguage(): Promise<Language> {
  return (await read('language')) ?? DEFAULT_LANGUAGE;
}

/** The popup context, once: it is cleared as it is read, and ignored when older than two minutes. */
export async function takePopupContext(now: number): Promise<PopupContext | undefined> {
  const stored = (await chrome.storage.session.get('popupContext')).popupContext;
  if (stored === undefined) return undefined;
  await chrome.storage.session.remove('popupContext');
  const parsed = PopupContext.safeParse(stored);
  return parsed.success && now - parsed.data.at < 120_000 ? parsed.data : undefined;
}

export function setPopupContext(context: PopupContext): Promise<void> {
  return chrome.storage.session.set({ popupContext: context });
}

/**
 * Keeps chrome.storage.local (the token, the queue, the plan) from content scripts, which run beside web pages and
 * need none of it: they ask the worker. Chrome keeps the level across restarts; setting it again costs nothing.
 */
export async function keepStorageFromPages(): Promise<void> {
  try {
    await chrome.storage.local.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' });
  } catch (error) {
    console.error('Målkoll: could not restrict storage to the extension itself', error);
  }
}
