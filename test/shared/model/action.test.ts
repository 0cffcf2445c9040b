// Action kinds and ActionInput: the ids the wire and the sheet carry, and what the schema accepts and refuses.
import { describe, expect, it } from 'vitest';
import { ACTION_KINDS, Action, ActionInput, actionKindLabel } from '../../../shared/model/action.ts';
import { PAGE_TYPES } from '../../../shared/model/page.ts';
import { VALID_ACTION_INPUT as validAction } from '../../support/actions.ts';

describe('action kinds', () => {
  it('are exactly the ids the wire format and the sheet use, each with Swedish and English labels', () => {
    expect(ACTION_KINDS.map((kind) => kind.id)).toEqual([
      'zetkin.call',
      'zetkin.survey',
      'zetkin.event',
      'zetkin.canvass',
      'zetkin.suborg',
      'facebook.post',
      'facebook.event',
      'article.published',
      'meeting.held',
      'education.held',
      'role.appointed',
      'other',
    ]);
    expect(actionKindLabel('article.published')).toBe('Debattartikel publicerad');
    expect(actionKindLabel('article.published', 'en')).toBe('Opinion piece published');
    expect(actionKindLabel('zetkin.call')).toMatch(/^Ringpass/);
  });

  it('every page type implies a known action kind', () => {
    const kinds = new Set<string>(ACTION_KINDS.map((kind) => kind.id));
    for (const page of PAGE_TYPES) expect(kinds.has(page.kind)).toBe(true);
  });
});

describe('ActionInput', () => {
  it('accepts a well-formed action', () => {
    expect(ActionInput.parse(validAction)).toEqual(validAction);
  });

  it.each([
    ['a non-uuid id', { id: 'abc' }],
    ['a date without offset', { at: '2024-03-14 18:30' }],
    ['quantity 0', { quantity: 0 }],
    ['a fractional quantity', { quantity: 1.5 }],
    ['quantity over 1000', { quantity: 1001 }],
    ['an unknown kind', { kind: 'zetkin.hack' }],
    ['a javascript: link', { url: 'javascript:alert(1)' }],
    ['a link with spaces', { url: 'https://example.org/a b' }],
    ['a note with control characters', { note: 'a\u0000b' }],
    ['an unknown key', { member: 'Someone Else' }],
  ])('rejects %s', (_label, change) => {
    expect(ActionInput.safeParse({ ...validAction, ...change }).success).toBe(false);
  });

  it('treats a __proto__ key as an unknown key, not as a prototype', () => {
    const hostile = JSON.parse(`{"__proto__":{"polluted":true},${JSON.stringify(validAction).slice(1)}`);
    expect(ActionInput.safeParse(hostile).success).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a stored Action adds who logged it', () => {
    expect(Action.parse({ ...validAction, member: 'Anna', branch: 'Sundsvall' }).member).toBe('Anna');
    expect(Action.safeParse(validAction).success).toBe(false);
  });
});
