// Page types the extension recognises from a URL, with the action kind each one implies.
import { z } from '../zod.ts';
import type { ActionKindId } from './action.ts';
import type { Language } from './language.ts';

export const PAGE_TYPES = [
  { id: 'zetkin.callassignment', kind: 'zetkin.call', sv: 'Ringuppdrag i Zetkin', en: 'Call assignment in Zetkin' },
  { id: 'zetkin.call', kind: 'zetkin.call', sv: 'Ringer i Zetkin', en: 'Calling in Zetkin' },
  { id: 'zetkin.survey', kind: 'zetkin.survey', sv: 'Enkät i Zetkin', en: 'Survey in Zetkin' },
  { id: 'zetkin.event', kind: 'zetkin.event', sv: 'Aktivitet i Zetkin', en: 'Event in Zetkin' },
  { id: 'zetkin.canvass', kind: 'zetkin.canvass', sv: 'Dörrknackning i Zetkin', en: 'Canvassing in Zetkin' },
  { id: 'zetkin.suborg', kind: 'zetkin.suborg', sv: 'Underorganisationer i Zetkin', en: 'Sub-organisations in Zetkin' },
  { id: 'facebook.post', kind: 'facebook.post', sv: 'Inlägg på Facebook', en: 'Facebook post' },
  // A photo, video or reel is published as a post: it counts as one.
  { id: 'facebook.photo', kind: 'facebook.post', sv: 'Foto på Facebook', en: 'Facebook photo' },
  { id: 'facebook.video', kind: 'facebook.post', sv: 'Video på Facebook', en: 'Facebook video' },
  { id: 'facebook.reel', kind: 'facebook.post', sv: 'Reel på Facebook', en: 'Facebook reel' },
  { id: 'facebook.event', kind: 'facebook.event', sv: 'Evenemang på Facebook', en: 'Facebook event' },
  { id: 'article', kind: 'article.published', sv: 'Debattartikel', en: 'Opinion piece' },
  { id: 'other', kind: 'other', sv: 'Annan sida', en: 'Other page' },
] as const satisfies readonly { id: string; kind: ActionKindId; sv: string; en: string }[];

export type PageTypeId = (typeof PAGE_TYPES)[number]['id'];
export const PageType = z.enum(PAGE_TYPES.map((page) => page.id) as [PageTypeId, ...PageTypeId[]]);

export function pageTypeLabel(id: PageTypeId, language: Language = 'sv'): string {
  const page = PAGE_TYPES.find((candidate) => candidate.id === id);
  return page ? page[language] : id;
}
