// What "Logga i Målkoll…" in the context menu logs: a link is taken to be a published debate article; a page is what
// its address says it is, and any other page an article too (newspapers publish the debate pieces members log).
import type { PageTypeId } from '../shared/model/page.ts';
import { detectPageType } from './sites/index.ts';

export function contextMenuTarget(info: { linkUrl?: string; pageUrl?: string }): {
  url?: string;
  pageType: PageTypeId;
} {
  if (info.linkUrl) return { url: info.linkUrl, pageType: 'article' };
  return { url: info.pageUrl, pageType: (info.pageUrl && detectPageType(info.pageUrl)) || 'article' };
}
