// The context menu: links and pages the extension knows keep their type, anything else counts as a published article.
import { describe, expect, it } from 'vitest';
import { contextMenuTarget } from '../../extension/context-menu.ts';

describe('contextMenuTarget', () => {
  it('logs a right-clicked link as a published debate article', () => {
    expect(
      contextMenuTarget({ linkUrl: 'https://www.st.nu/artikel/debatt-varden', pageUrl: 'https://www.facebook.com/' }),
    ).toEqual({ url: 'https://www.st.nu/artikel/debatt-varden', pageType: 'article' });
  });

  it('keeps the type of a link the extension knows, as a share link to a reel', () => {
    expect(
      contextMenuTarget({
        linkUrl: 'https://www.facebook.com/share/r/14TV1SS1MHk/',
        pageUrl: 'https://www.facebook.com/',
      }),
    ).toEqual({ url: 'https://www.facebook.com/share/r/14TV1SS1MHk/', pageType: 'facebook.reel' });
  });

  it('keeps the type of a page the extension knows', () => {
    expect(contextMenuTarget({ pageUrl: 'https://www.facebook.com/events/1234567890/' })).toEqual({
      url: 'https://www.facebook.com/events/1234567890/',
      pageType: 'facebook.event',
    });
  });

  it('takes any other page to be an article', () => {
    expect(contextMenuTarget({ pageUrl: 'https://www.allehanda.se/debatt/a/abc123' })).toEqual({
      url: 'https://www.allehanda.se/debatt/a/abc123',
      pageType: 'article',
    });
  });
});
