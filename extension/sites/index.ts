// The sites the extension knows: their content-script match patterns and page detection. One line per site.
import type { PageTypeId } from '../../shared/model/page.ts';
import * as facebook from './facebook.ts';
import * as zetkin from './zetkin.ts';

type Site = { readonly matches: readonly string[]; detect(url: string): PageTypeId | null };

const SITES: readonly Site[] = [zetkin, facebook];

export const SITE_MATCHES: string[] = SITES.flatMap((site) => [...site.matches]);

export function detectPageType(url: string): PageTypeId | null {
  for (const site of SITES) {
    const pageType = site.detect(url);
    if (pageType) return pageType;
  }
  return null;
}
