// Facebook page detection on real-shaped URLs.
import { describe, expect, it } from 'vitest';
import { detect } from '../../../extension/sites/facebook.ts';
import { detectPageType, SITE_MATCHES } from '../../../extension/sites/index.ts';

describe('facebook detect', () => {
  it.each([
    ['https://www.facebook.com/vansterpartiet/posts/pfbid02Xk9rQ1aBcDeFgHiJkLmN', 'facebook.post'],
    ['https://www.facebook.com/vansterpartiet/posts/1234567890123456', 'facebook.post'],
    ['https://m.facebook.com/vansterpartiet/posts/1234567890123456/', 'facebook.post'],
    ['https://www.facebook.com/permalink.php?story_fbid=pfbid0abc&id=100064', 'facebook.post'],
    ['https://m.facebook.com/story.php?story_fbid=123&id=456', 'facebook.post'],
    ['https://www.facebook.com/groups/vklubben/posts/987654321/', 'facebook.post'],
    ['https://www.facebook.com/groups/123456/permalink/987654321/', 'facebook.post'],
    ['https://www.facebook.com/share/p/1AbCdEfGhI/', 'facebook.post'],
    ['https://www.facebook.com/share/1AbCdEfGhI/', 'facebook.post'],
    ['https://web.facebook.com/vansterpartiet/pfbid02Xk9rQ1aBcDeF', 'facebook.post'],
    ['https://www.facebook.com/events/1234567890/', 'facebook.event'],
    ['https://www.facebook.com/events/1234567890/?ref=newsfeed', 'facebook.event'],
    ['https://m.facebook.com/events/1234567890', 'facebook.event'],
  ])('%s → %s', (url, expected) => {
    expect(detect(url)).toBe(expected);
  });

  it.each([
    'https://www.facebook.com/',
    'https://www.facebook.com/vansterpartiet',
    'https://www.facebook.com/events/',
    'https://www.facebook.com/events/create/',
    'https://www.facebook.com/groups/vklubben/',
    'https://www.facebook.com/permalink.php',
    'https://www.facebook.com/watch/?v=123',
    'https://facebook.example.com/events/123',
  ])('%s is not a page type', (url) => {
    expect(detect(url)).toBeNull();
  });
});

describe('site registry', () => {
  it('detects across sites and exposes every site’s match patterns', () => {
    expect(detectPageType('https://app.zetkin.org/call/42')).toBe('zetkin.call');
    expect(detectPageType('https://www.facebook.com/events/1234567890/')).toBe('facebook.event');
    expect(detectPageType('https://www.dn.se/debatt/en-artikel/')).toBeNull();
    expect(SITE_MATCHES).toEqual([
      'https://app.zetkin.org/*',
      'https://www.facebook.com/*',
      'https://m.facebook.com/*',
      'https://web.facebook.com/*',
    ]);
  });
});
