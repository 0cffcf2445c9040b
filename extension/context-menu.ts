// What "Logga i Målkoll…" in the context menu logs: a link or a page is what its address says it is (a Facebook post,
// a Zetkin event …), and anything else a published debate article (newspapers publish the pieces members log).
import type { PageTypeId } from '../shared/model/page.ts';
import { detectPageType } from './sites/index.ts';

export function contextMenuTarget(info: { linkUrl?: string; pageUrl?: string }): {
  url?: string;
  pageType: PageTypeId;
} {
  const url = info.linkUrl ?? info.pageUrl;
  return { url, pageType: (url && detectPageType(url)) || 'article' };
}
