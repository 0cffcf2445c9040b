// What a member did, logged against a delmål: the action kinds and the log entry.
import { z } from '../zod.ts';
import type { Language } from './language.ts';

/** Kinds of action, in menu order, with their Swedish and English labels. The ids are the wire format. */
export const ACTION_KINDS = [
  { id: 'zetkin.call', sv: 'Ringpass i Zetkin', en: 'Call session in Zetkin' },
  { id: 'zetkin.survey', sv: 'Enkät i Zetkin', en: 'Survey in Zetkin' },
  { id: 'zetkin.event', sv: 'Aktivitet i Zetkin', en: 'Event in Zetkin' },
  { id: 'zetkin.canvass', sv: 'Dörrknackning', en: 'Door-to-door canvassing' },
  { id: 'zetkin.suborg', sv: 'Underorganisation i Zetkin', en: 'Sub-organisation in Zetkin' },
  { id: 'facebook.post', sv: 'Inlägg på Facebook', en: 'Facebook post' },
  { id: 'facebook.event', sv: 'Evenemang på Facebook', en: 'Facebook event' },
  { id: 'article.published', sv: 'Debattartikel publicerad', en: 'Opinion piece published' },
  { id: 'meeting.held', sv: 'Möte hållet', en: 'Meeting held' },
  { id: 'education.held', sv: 'Utbildning hållen', en: 'Training held' },
  { id: 'role.appointed', sv: 'Ansvarig utsedd', en: 'Role appointed' },
  { id: 'other', sv: 'Annat', en: 'Other' },
] as const;

export type ActionKindId = (typeof ACTION_KINDS)[number]['id'];
export const ActionKind = z.enum(ACTION_KINDS.map((kind) => kind.id) as [ActionKindId, ...ActionKindId[]]);
export type ActionKind = z.infer<typeof ActionKind>;

export function actionKindLabel(id: ActionKindId, language: Language = 'sv'): string {
  const kind = ACTION_KINDS.find((candidate) => candidate.id === id);
  return kind ? kind[language] : id;
}

export const MAX_QUANTITY = 1000;
export const MAX_NOTE_LENGTH = 1000;
export const MAX_URL_LENGTH = 2048;
const MAX_ID_LENGTH = 64;

/** http(s) only, no spaces or control characters. A pattern, not z.url(): Apps Script has no URL global. */
export const HTTP_URL = /^https?:\/\/[^\s/?#]+[^\s]*$/i;
const NO_CONTROL_CHARS = /^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]*$/;

const boundedText = (max: number) => z.string().max(max).regex(NO_CONTROL_CHARS, 'otillåtna kontrolltecken');

/** The fields a member's client sends; member and branch are never trusted from the client. */
export const ActionInput = z.strictObject({
  /** The client's uuid: the idempotency key. */
  id: z.uuid(),
  /** ISO 8601 date-time with offset or Z. */
  at: z.iso.datetime({ offset: true }),
  subgoal: boundedText(MAX_ID_LENGTH).min(1),
  activity: boundedText(MAX_ID_LENGTH).min(1).optional(),
  kind: ActionKind,
  quantity: z.number().int().min(1).max(MAX_QUANTITY),
  url: z.string().max(MAX_URL_LENGTH).regex(HTTP_URL, 'länken måste börja med http:// eller https://').optional(),
  category: boundedText(200).min(1).optional(),
  note: boundedText(MAX_NOTE_LENGTH).optional(),
  /** With role.appointed: which of the plan's roles (a coverage target's) the member's branch now has filled. */
  role: boundedText(200).min(1).optional(),
});
export type ActionInput = z.infer<typeof ActionInput>;

/** One log entry as stored: the client's fields plus who logged it. */
export const Action = ActionInput.extend({
  member: z.string().min(1).max(200),
  branch: z.string().max(200).optional(),
});
export type Action = z.infer<typeof Action>;
