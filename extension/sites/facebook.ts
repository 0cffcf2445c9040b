// Facebook: page posts, group posts, share links and events, told apart by the URL alone.
import type { PageTypeId } from '../../shared/model/page.ts';

export const matches = [
  'https://www.facebook.com/*',
  'https://m.facebook.com/*',
  'https://web.facebook.com/*',
] as const;

const HOST = /^(?:(?:www|m|web)\.)?facebook\.com$/;

const POST_PATHS = [
  /^\/[^/]+\/posts\/[^/]+\/?$/,
  /^\/groups\/[^/]+\/(?:posts|permalink)\/[^/]+\/?$/,
  /^\/share\/(?:[a-z]\/)?[^/]+\/?$/,
  /^\/(?:.+\/)?pfbid[0-9A-Za-z]+\/?$/,
];

export function detect(url: string): PageTypeId | null {
  const parsed = URL.parse(url);
  if (!parsed || !HOST.test(parsed.hostname)) return null;
  const path = parsed.pathname;
  if (/^\/events\/\d+(?:\/|$)/.test(path)) return 'facebook.event';
  if (POST_PATHS.some((pattern) => pattern.test(path))) return 'facebook.post';
  if (/^\/(?:permalink|story)\.php$/.test(path) && parsed.searchParams.has('story_fbid')) return 'facebook.post';
  return null;
}
