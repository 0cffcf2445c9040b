// The sites the extension knows: their content-script match patterns, page detection, the address to log and the
// page title worth showing. One line per site.
import type { PageTypeId } from '../../shared/model/page.ts';
import * as facebook from './facebook.ts';
import * as zetkin from './zetkin.ts';

type Site = {
  readonly matches: readonly string[];
  readonly excludeMatches?: readonly string[];
  detect(url: string): PageTypeId | null;
  /** The address as it is logged: what identifies the page, without what only says how the member got there. */
  loggableUrl(url: string): string;
  /** The page's title when it says something, without the site's own decorations. */
  pageTitle(title: string): string | undefined;
};

const SITES: readonly Site[] = [zetkin, facebook];

export const SITE_MATCHES: string[] = SITES.flatMap((site) => [...site.matches]);
export const SITE_EXCLUDES: string[] = SITES.flatMap((site) => [...(site.excludeMatches ?? [])]);

function siteOf(url: string): Site | undefined {
  return SITES.find((site) => site.detect(url) !== null);
}

export function detectPageType(url: string): PageTypeId | null {
  return siteOf(url)?.detect(url) ?? null;
}

/** The address to log for a page of a known site; any other address as it is. */
export function siteLoggableUrl(url: string): string {
  return siteOf(url)?.loggableUrl(url) ?? url;
}

/** The title worth showing for a page of a known site; any other page's title as it is. */
export function sitePageTitle(url: string, title: string | undefined): string | undefined {
  if (title === undefined) return undefined;
  const site = siteOf(url);
  return site ? site.pageTitle(title) : title.trim() || undefined;
}

/** Whether a URL falls under a match pattern of Chrome's form (`https://*.facebook.com/*`): scheme, host, any path. */
function underPattern(url: URL, pattern: string): boolean {
  const match = /^(https?):\/\/(\*\.)?([^/]+)\/\*$/.exec(pattern);
  if (!match || url.protocol !== `${match[1]}:`) return false;
  const host = match[3] ?? '';
  return url.hostname === host || (match[2] !== undefined && url.hostname.endsWith(`.${host}`));
}

/** A page the content script runs on: under a site's match patterns and none of its exclusions. */
export function isSitePage(url: string): boolean {
  const parsed = URL.parse(url);
  if (!parsed) return false;
  return (
    SITE_MATCHES.some((pattern) => underPattern(parsed, pattern)) &&
    !SITE_EXCLUDES.some((pattern) => underPattern(parsed, pattern))
  );
}
