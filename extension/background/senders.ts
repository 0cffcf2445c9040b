// Who sent the worker a message. Pages cannot message the worker at all (no externally_connectable), so a sender is
// one of the extension's own pages or a content script, told apart by origin: a popup or options page opened in a tab
// has a `tab` too. A content script, which runs beside a page that may be hostile, may ask only what a page needs.
import { PAGE_REQUESTS, type Request } from '../messages.ts';
import { isSitePage } from '../sites/index.ts';

export type Sender = Pick<chrome.runtime.MessageSender, 'id' | 'origin' | 'url' | 'tab' | 'frameId'>;

export type SenderKind =
  | { kind: 'extension' }
  /** The content script of the top frame of this tab, on a page of a site Målkoll knows. */
  | { kind: 'page'; tabId: number; url: string }
  | { kind: 'other' };

/** Classifies by origin, never by `tab` (Chromium: "use origin, not URL, for security decisions"). */
export function senderKind(sender: Sender, self: { id: string; origin: string }): SenderKind {
  if (sender.id !== self.id) return { kind: 'other' };
  if (sender.origin === self.origin && sender.url?.startsWith(`${self.origin}/`)) return { kind: 'extension' };
  const tabId = sender.tab?.id;
  // The tab's address follows the page's pushState; the sender's stays where the content script started.
  const url = sender.tab?.url ?? sender.url;
  if (tabId !== undefined && sender.frameId === 0 && url && isSitePage(url) && sender.origin === new URL(url).origin) {
    return { kind: 'page', tabId, url };
  }
  return { kind: 'other' };
}

const PAGE_REQUEST_TYPES: ReadonlySet<string> = new Set(PAGE_REQUESTS);

/** Whether this sender may make this request. */
export function mayAsk(sender: SenderKind, request: Request): boolean {
  if (sender.kind === 'extension') return true;
  return sender.kind === 'page' && PAGE_REQUEST_TYPES.has(request.type);
}
