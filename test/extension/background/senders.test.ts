// Who may ask the worker what: the extension's own pages anything, a content script on a known site only what a
// page's button needs, and nobody else anything. A tab does not make a sender a page: an options page has one too.
import { describe, expect, it } from 'vitest';
import { mayAsk, senderKind } from '../../../extension/background/senders.ts';
import type { Request } from '../../../extension/messages.ts';

const SELF = { id: 'abcdefghijklmnopabcdefghijklmnop', origin: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop' };
const TAB = { id: 7 } as chrome.tabs.Tab;
const page = (url: string, extra = {}) => ({
  id: SELF.id,
  url,
  origin: new URL(url).origin,
  tab: TAB,
  frameId: 0,
  ...extra,
});

const PRIVILEGED: Request[] = [
  { type: 'connect', code: 'MALKOLL1:x' },
  { type: 'status' },
  { type: 'refresh' },
  { type: 'set-language', language: 'en' },
  { type: 'popup-view', tab: {} },
  { type: 'log', draft: { pageType: 'other', subgoal: 'U1' } },
  { type: 'amend', id: 'x', draft: { pageType: 'other', subgoal: 'U1' } },
  { type: 'undo', id: 'x' },
  { type: 'retry' },
];
const FOR_PAGES: Request[] = [
  { type: 'page-strings' },
  { type: 'page-log', title: '' },
  { type: 'page-undo', id: 'x' },
  { type: 'page-edit', id: 'x' },
  { type: 'open-options' },
];

describe('senders', () => {
  it('lets the extension’s own pages ask anything, also an options page or popup opened in a tab', () => {
    const url = `${SELF.origin}/options/index.html`;
    const options = senderKind({ id: SELF.id, url, origin: SELF.origin, tab: TAB, frameId: 0 }, SELF);
    const popup = senderKind({ id: SELF.id, url: `${SELF.origin}/popup/index.html`, origin: SELF.origin }, SELF);
    for (const sender of [options, popup]) {
      expect(sender).toEqual({ kind: 'extension' });
      for (const request of [...PRIVILEGED, ...FOR_PAGES]) expect(mayAsk(sender, request)).toBe(true);
    }
  });

  it('lets a content script on Zetkin or Facebook ask only what a page’s button needs', () => {
    for (const url of ['https://app.zetkin.org/call', 'https://sv-se.facebook.com/reel/1195289147628387']) {
      const sender = senderKind(page(url), SELF);
      expect(sender).toEqual({ kind: 'page', tabId: 7, url });
      for (const request of PRIVILEGED) expect(mayAsk(sender, request)).toBe(false);
      for (const request of FOR_PAGES) expect(mayAsk(sender, request)).toBe(true);
    }
  });

  it('takes the page’s address from its tab, which follows pushState navigation', () => {
    const moved = page('https://app.zetkin.org/organize/1/projects/7', {
      tab: { ...TAB, url: 'https://app.zetkin.org/organize/1/projects/7/callassignments/42' },
    });
    expect(senderKind(moved, SELF)).toEqual({
      kind: 'page',
      tabId: 7,
      url: 'https://app.zetkin.org/organize/1/projects/7/callassignments/42',
    });
  });

  it('refuses other extensions, other sites, Business Suite, frames and senders without an origin to match', () => {
    const refused = [
      { ...page('https://app.zetkin.org/call'), id: 'another-extension' },
      page('https://evil.example/call'),
      page('https://business.facebook.com/latest/composer'),
      page('https://app.zetkin.org/call', { frameId: 3 }),
      page('https://app.zetkin.org/call', { origin: 'https://evil.example' }),
      page('https://app.zetkin.org/call', { tab: undefined }),
      // A tab that went on to another site than the content script's page.
      page('https://app.zetkin.org/call', { tab: { ...TAB, url: 'https://evil.example/' } }),
      { id: SELF.id, url: `${SELF.origin}/popup/index.html`, origin: 'https://evil.example' },
    ];
    for (const sender of refused) {
      const kind = senderKind(sender, SELF);
      expect(kind).toEqual({ kind: 'other' });
      for (const request of [...PRIVILEGED, ...FOR_PAGES]) expect(mayAsk(kind, request)).toBe(false);
    }
  });
});
