// The site registry: detection across sites, the content script's match patterns, and which pages it runs on.
import { describe, expect, it } from 'vitest';
import {
  detectPageType,
  isSitePage,
  SITE_EXCLUDES,
  SITE_MATCHES,
  siteLoggableUrl,
  sitePageTitle,
} from '../../../extension/sites/index.ts';

describe('site registry', () => {
  it('detects across sites, and injects on every Facebook host but Business Suite', () => {
    expect(detectPageType('https://app.zetkin.org/call')).toBe('zetkin.call');
    expect(detectPageType('https://www.facebook.com/events/1234567890/')).toBe('facebook.event');
    expect(detectPageType('https://www.dn.se/debatt/en-artikel/')).toBeNull();
    expect(SITE_MATCHES).toEqual(['https://app.zetkin.org/*', 'https://*.facebook.com/*']);
    expect(SITE_EXCLUDES).toEqual(['https://business.facebook.com/*']);
  });

  it('knows the pages its content script runs on, as Chrome matches them', () => {
    for (const url of [
      'https://app.zetkin.org/my/home',
      'https://www.facebook.com/',
      'https://sv-se.facebook.com/reel/1',
      'https://facebook.com/x',
    ]) {
      expect(isSitePage(url), url).toBe(true);
    }
    for (const url of [
      'https://business.facebook.com/latest/home',
      'http://app.zetkin.org/',
      'https://evilfacebook.com/',
      'https://facebook.com.evil.example/',
      'chrome-extension://abc/popup/index.html',
      'nonsense',
    ]) {
      expect(isSitePage(url), url).toBe(false);
    }
  });

  it('gives each site’s address to log and title to show, and other pages’ as they are', () => {
    expect(siteLoggableUrl('https://www.facebook.com/x/posts/1?__tn__=R')).toBe('https://www.facebook.com/x/posts/1');
    expect(siteLoggableUrl('https://www.dn.se/debatt/1?ref=x')).toBe('https://www.dn.se/debatt/1?ref=x');
    expect(sitePageTitle('https://app.zetkin.org/call', 'Call')).toBeUndefined();
    expect(sitePageTitle('https://www.dn.se/debatt/1', ' Debatt: Vården ')).toBe('Debatt: Vården');
    expect(sitePageTitle('https://www.dn.se/debatt/1', undefined)).toBeUndefined();
  });
});
