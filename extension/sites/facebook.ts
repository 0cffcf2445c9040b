// Facebook: posts (page, profile and group), photos, videos, reels and events, told apart by the URL alone, on every
// host Facebook serves them from (www., m., web. and locale hosts such as sv-se.). The shapes follow the URL patterns
// of yt-dlp (yt_dlp/extractor/facebook.py) and gallery-dl (gallery_dl/extractor/facebook.py), which track them.
import type { PageTypeId } from '../../shared/model/page.ts';

/**
 * Meta Business Suite (business.facebook.com) is left out: its composer is the page before anything is published,
 * and its lists carry the business account's ids, not a post's address. A post made there is logged from its page on
 * facebook.com, or from the popup.
 */
export const matches = ['https://*.facebook.com/*'] as const;
export const excludeMatches = ['https://business.facebook.com/*'] as const;

/** facebook.com and its subdomains, minus those that are no place a member publishes from. */
const HOST = /^(?:[a-z0-9-]+\.)?facebook\.com$/;
const NOT_PUBLISHING = new Set(['business', 'developers', 'l', 'lm']);

const ID = String.raw`(?:\d+|pfbid[0-9A-Za-z]+)`;
const END = '/?$';

type Shape = { path: RegExp; query?: string; pageType: PageTypeId };

/** Most specific first: a reel before a video, a photo before a post. */
const SHAPES: readonly Shape[] = [
  { path: new RegExp(`^/reel/\\d+${END}`), pageType: 'facebook.reel' },
  { path: new RegExp(`^/[^/]+/videos/(?:[^/]+/)?\\d+${END}`), pageType: 'facebook.video' },
  { path: /^\/watch(?:\/live)?\/?$/, query: 'v', pageType: 'facebook.video' },
  { path: /^\/(?:video\/)?video\.php$/, query: 'v', pageType: 'facebook.video' },
  { path: new RegExp(`^/watchparty/\\d+${END}`), pageType: 'facebook.video' },
  { path: new RegExp(`^/[^/]+/photos/(?:[^/]+/)?\\d+${END}`), pageType: 'facebook.photo' },
  { path: /^\/photo(?:\.php)?\/?$/, query: 'fbid', pageType: 'facebook.photo' },
  // Recurring events add ?event_time_id=; some links carry a segment before the id.
  { path: new RegExp(`^/events/(?:[^/]+/)?${ID}${END}`), pageType: 'facebook.event' },
  { path: new RegExp(`^/[^/]+/posts/${ID}${END}`), pageType: 'facebook.post' },
  // Group posts, with the hex segment some links have before the id.
  { path: new RegExp(`^/groups/[^/]+/(?:posts|permalink)/(?:[0-9a-f]+/)?${ID}${END}`), pageType: 'facebook.post' },
  // A notification opens a group at the post: /groups/{g}/?multi_permalinks={id}.
  { path: /^\/groups\/[^/]+\/?$/, query: 'multi_permalinks', pageType: 'facebook.post' },
  { path: /^\/(?:permalink|story)\.php$/, query: 'story_fbid', pageType: 'facebook.post' },
];

/** Share links redirect to the publication; only a link in a page (the context menu) ever has this address. */
const SHARE_LINKS: Record<string, PageTypeId> = { p: 'facebook.post', v: 'facebook.video', r: 'facebook.reel' };

function isFacebookHost(hostname: string): boolean {
  return HOST.test(hostname) && !NOT_PUBLISHING.has(hostname.split('.')[0] ?? '');
}

export function detect(url: string): PageTypeId | null {
  const parsed = URL.parse(url);
  if (parsed?.protocol !== 'https:' || !isFacebookHost(parsed.hostname)) return null;
  const path = parsed.pathname;
  const share = /^\/share\/([pvr])\/[^/]+\/?$/.exec(path)?.[1];
  if (share) return SHARE_LINKS[share] ?? null;
  for (const shape of SHAPES) {
    if (!shape.path.test(path)) continue;
    if (shape.query === undefined || parsed.searchParams.get(shape.query)) return shape.pageType;
  }
  return null;
}

/** Parameters that say where a click came from, not what was published; some are long and tied to the member. */
const TRACKING = /^(?:__cft__.*|__tn__|rdid|share_url|mibextid|notif_id|notif_t|ref|fref|paipv|eav|app)$/;

/** The address to log: the same publication without tracking parameters. */
export function loggableUrl(url: string): string {
  const parsed = URL.parse(url);
  if (!parsed || !isFacebookHost(parsed.hostname)) return url;
  for (const key of [...parsed.searchParams.keys()]) if (TRACKING.test(key)) parsed.searchParams.delete(key);
  return parsed.href;
}

/** Facebook's title without its unread count ("(3) …") and " | Facebook"; nothing when only "Facebook" is left. */
export function pageTitle(title: string): string | undefined {
  const trimmed = title
    .replace(/^\(\d+\+?\)\s*/, '')
    .replace(/\s*[|–-]\s*Facebook$/i, '')
    .trim();
  return trimmed === '' || /^(?:facebook|log in(?:to| to) facebook)$/i.test(trimmed) ? undefined : trimmed;
}
