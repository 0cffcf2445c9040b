// The model's schemas accept what the wire and the sheet carry and reject what they must not.
import { describe, expect, it } from 'vitest';
import { ACTION_KINDS, Action, ActionInput, actionKindLabel } from '../../shared/model/action.ts';
import { describeTarget, displayTitle } from '../../shared/model/describe.ts';
import { PAGE_TYPES } from '../../shared/model/page.ts';
import { ErrorResponse, WireRequest } from '../../shared/wire.ts';
import { z } from '../../shared/zod.ts';

const validAction = {
  id: '5b0f8c1e-6a43-4f6e-9d4b-2a1c3e5f7a90',
  at: '2024-03-14T18:30:00+01:00',
  subgoal: 'U1',
  kind: 'zetkin.call',
  quantity: 12,
  url: 'https://app.zetkin.org/call/42',
};

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

describe('wire requests', () => {
  const token = 'x'.repeat(32);
  it('tell snapshot and log apart and refuse other versions and ops', () => {
    expect(WireRequest.parse({ v: 1, op: 'snapshot', token }).op).toBe('snapshot');
    expect(WireRequest.parse({ v: 1, op: 'log', token, actions: [validAction] }).op).toBe('log');
    expect(WireRequest.safeParse({ v: 2, op: 'snapshot', token }).success).toBe(false);
    expect(WireRequest.safeParse({ v: 1, op: 'drop', token }).success).toBe(false);
    expect(WireRequest.safeParse({ v: 1, op: 'log', token, actions: [] }).success).toBe(false);
    expect(WireRequest.safeParse({ v: 1, op: 'log', token, actions: Array(51).fill(validAction) }).success).toBe(false);
  });

  it('error responses carry one of the documented codes', () => {
    expect(ErrorResponse.safeParse({ ok: false, error: { code: 'busy', message: 'Försök igen' } }).success).toBe(true);
    expect(ErrorResponse.safeParse({ ok: false, error: { code: 'teapot', message: '' } }).success).toBe(false);
  });
});

describe('zod runs jitless', () => {
  it('never evaluates generated code, as MV3 pages forbid', () => {
    const original = globalThis.Function;
    let constructed = 0;
    globalThis.Function = new Proxy(original, {
      construct(target, args) {
        constructed++;
        return Reflect.construct(target, args);
      },
    });
    try {
      const schema = z.object({ a: z.string(), b: z.number(), c: z.object({ d: z.boolean() }) });
      for (let i = 0; i < 5; i++) schema.parse({ a: 'x', b: i, c: { d: true } });
    } finally {
      globalThis.Function = original;
    }
    expect(constructed).toBe(0);
  });
});

describe('describeTarget', () => {
  it('words each kind of target in Swedish', () => {
    const base = { id: 'U3.M1', source: 'U3', text: 'cirka 15 debattartiklar' };
    expect(describeTarget({ ...base, kind: 'count', target: 15, unit: 'debattartiklar', approximate: true })).toBe(
      'cirka 15 debattartiklar',
    );
    expect(describeTarget({ ...base, kind: 'cadence', min: 1, per: 'quarter', unit: 'ordförandemöte' })).toBe(
      'minst 1 ordförandemöte i kvartalet',
    );
    expect(describeTarget({ ...base, kind: 'share', percent: 8, election: 'EU-valet 2024' })).toBe(
      'över 8 % i EU-valet 2024',
    );
    expect(describeTarget({ ...base, kind: 'coverage', roles: ['valledare'] }, 'en')).toBe(
      'every branch has valledare',
    );
  });
});

describe('displayTitle', () => {
  it('does not shout an all-capitals title back at people', () => {
    const plan = {
      title: 'VERKSAMHETSPLAN FÖR VÄNSTERPARTIET VÄSTERNORRLAND 2024',
      organisation: 'Vänsterpartiet Västernorrland',
      year: 2024,
    };
    expect(displayTitle(plan)).toBe('Verksamhetsplan 2024 – Vänsterpartiet Västernorrland');
    expect(displayTitle({ ...plan, organisation: '' })).toBe('Verksamhetsplan 2024');
    expect(displayTitle({ ...plan, title: 'Verksamhetsplan 2025 för V Jämtland' })).toBe(
      'Verksamhetsplan 2025 för V Jämtland',
    );
  });
});
