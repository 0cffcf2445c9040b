// Content script on Zetkin and Facebook, from document_start: shows the log button on loggable pages, following the
// single-page apps' navigation, and on Zetkin's caller view knows the assignment being called and today's calls.
import { ask, type TabRequest } from '../messages.ts';
import { detectPageType } from '../sites/index.ts';
import { callerAssignment, finishedCallsToday, isCallerView } from '../sites/zetkin.ts';
import { mountWidget } from './widget.ts';

/** Content scripts cannot see the page's history.pushState, so the address is polled. */
const URL_POLL_MS = 500;

// Zetkin rewrites /call?assignment={id} to /call once it hydrates; at document_start the address still says it.
const loadedFrom = location.href;
const loadedAt = Date.now();

/** On Zetkin's caller view, the assignment being called (the address it loaded at, then Zetkin's lanes). */
function callAssignment(): number | undefined {
  const lanes = (() => {
    try {
      return localStorage.getItem('callLanes');
    } catch {
      return null;
    }
  })();
  return callerAssignment({ url: location.href, loadedFrom, loadedAt, lanes, now: Date.now() }) ?? undefined;
}

/** On Zetkin's caller view: today's finished calls in this assignment, from Zetkin's own API (numbers only). */
async function callsMadeToday(): Promise<number | null> {
  const assignment = isCallerView(location.href) ? callAssignment() : undefined;
  if (assignment === undefined) return null;
  try {
    const fetchPage = async (path: string) => {
      const response = await fetch(path, { credentials: 'same-origin' });
      return response.ok ? response.json() : null;
    };
    const count = await finishedCallsToday(fetchPage, assignment, new Date());
    return count > 0 ? count : null;
  } catch {
    return null;
  }
}

/** The page has been built (and a framework has hydrated it) before anything is added to it. */
function loaded(): Promise<void> {
  if (document.readyState === 'complete') return Promise.resolve();
  return new Promise((resolve) => addEventListener('load', () => resolve(), { once: true }));
}

async function start(): Promise<void> {
  chrome.runtime.onMessage.addListener((request: TabRequest, sender, sendResponse) => {
    if (sender.id !== chrome.runtime.id) return false;
    if (request.type === 'caller-assignment') {
      sendResponse(callAssignment() ?? null);
      return false;
    }
    if (request.type !== 'count-calls') return false;
    void callsMadeToday().then(sendResponse);
    return true;
  });

  const [strings] = await Promise.all([ask({ type: 'page-strings' }), loaded()]);
  const widget = mountWidget(document, strings, {
    async log(again) {
      const quantity = (await callsMadeToday()) ?? undefined;
      return ask({ type: 'page-log', title: document.title, quantity, callAssignment: callAssignment(), again });
    },
    undo: (id) => ask({ type: 'page-undo', id }),
    edit: (id) => void ask({ type: 'page-edit', id }).catch(() => undefined),
    openOptions: () => void ask({ type: 'open-options' }).catch(() => undefined),
  });
  const follow = () => widget.setVisible(detectPageType(location.href) !== null);
  follow();
  setInterval(follow, URL_POLL_MS);
  addEventListener('popstate', follow);
}

// Without the worker's words there is nothing to say in the member's language, so no button.
start().catch((error: unknown) => console.warn('Målkoll:', error));
