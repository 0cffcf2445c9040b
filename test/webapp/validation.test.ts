// The web app's pure checks: envelope errors, per-action validation against the plan and clock, idempotency, suggestions.

import { describe, expect, it } from 'vitest';
import { indexPlan } from '../../shared/model/action-rules.ts';
import { planCategories } from '../../shared/model/plan-index.ts';
import { checkAction } from '../../shared/webapp/check-action.ts';
import { readEnvelope } from '../../shared/webapp/envelope.ts';
import { decideLog } from '../../shared/webapp/idempotency.ts';
import { mergeSuggestions, suggestionRows } from '../../shared/webapp/suggestions.ts';
import { MAX_BODY_BYTES } from '../../shared/wire.ts';
import { planFromText } from '../support/plan-text.ts';
import { SMALL_PLAN } from '../support/small-plan.ts';

const TOKEN = 'a'.repeat(64);
const NOW = new Date('2024-05-01T12:00:00Z');
const INDEX = indexPlan(SMALL_PLAN);
const ACTION = {
  id: '3b241101-e2bb-4255-8caa-4a9b5c1f2c3d',
  at: '2024-04-30T18:00:00+02:00',
  subgoal: 'U5',
  activity: 'U5.2',
  kind: 'education.held',
  quantity: 1,
  category: 'Feministisk',
  note: 'Studiecirkel',
};

const errorOf = (body: string | undefined) => {
  const result = readEnvelope(body);
  return result.ok ? null : result.response.error;
};

describe('envelope', () => {
  it('accepts snapshot and log requests', () => {
    expect(readEnvelope(JSON.stringify({ v: 1, op: 'snapshot', token: TOKEN })).ok).toBe(true);
    expect(readEnvelope(JSON.stringify({ v: 1, op: 'log', token: TOKEN, actions: [ACTION] })).ok).toBe(true);
  });

  it('answers bad_request for non-JSON, another version, an unknown op or an extra field, in Swedish', () => {
    expect(errorOf('{')).toEqual({ code: 'bad_request', message: 'Begäran är inte giltig JSON.' });
    expect(errorOf(undefined)?.code).toBe('bad_request');
    expect(errorOf('[]')?.code).toBe('bad_request');
    expect(errorOf(JSON.stringify({ v: 2, op: 'snapshot', token: TOKEN }))?.message).toContain('protokollversion');
    expect(errorOf(JSON.stringify({ v: 1, op: 'delete', token: TOKEN }))?.message).toContain('Okänd operation');
    expect(errorOf(JSON.stringify({ v: 1, op: 'snapshot', token: TOKEN, x: 1 }))?.message).toContain('Okänt fält');
    expect(errorOf(JSON.stringify({ v: 1, op: 'log', token: TOKEN, actions: [] }))?.code).toBe('bad_request');
    expect(errorOf(`{"v":1,"op":"snapshot","token":"${TOKEN}","note":"\ufffd"}`)?.message).toContain('UTF-8');
  });

  it('answers unauthorized for a missing or malformed token and too_large for big bodies or many actions', () => {
    expect(errorOf(JSON.stringify({ v: 1, op: 'snapshot' }))?.code).toBe('unauthorized');
    expect(errorOf(JSON.stringify({ v: 1, op: 'snapshot', token: 'short' }))?.code).toBe('unauthorized');
    const many = Array.from({ length: 51 }, () => ACTION);
    expect(errorOf(JSON.stringify({ v: 1, op: 'log', token: TOKEN, actions: many }))?.code).toBe('too_large');
    const note = 'å'.repeat(MAX_BODY_BYTES / 2);
    expect(errorOf(JSON.stringify({ v: 1, op: 'log', token: TOKEN, actions: [{ ...ACTION, note }] }))?.code).toBe(
      'too_large',
    );
  });
});

describe('checkAction', () => {
  const reject = (raw: unknown) => {
    const result = checkAction(raw, INDEX, NOW);
    return result.ok ? 'accepted' : result.error;
  };

  it('accepts a valid action and lower-cases its id', () => {
    const result = checkAction({ ...ACTION, id: ACTION.id.toUpperCase() }, INDEX, NOW);
    expect(result).toEqual({ ok: true, action: ACTION });
  });

  it('names each bad field in Swedish, as members know it', () => {
    expect(reject({ ...ACTION, quantity: 0 })).toBe('Antal måste vara minst 1.');
    expect(reject({ ...ACTION, quantity: '3' })).toBe('Antal måste vara ett tal.');
    expect(reject({ ...ACTION, quantity: 2.5 })).toContain('heltal');
    expect(reject({ ...ACTION, url: 'javascript:alert(1)' })).toContain('http://');
    expect(reject({ ...ACTION, id: 'nope' })).toBe('id måste vara ett uuid');
    expect(reject({ ...ACTION, note: 'a\u0000b' })).toContain('kontrolltecken');
    expect(reject({ ...ACTION, note: 'x'.repeat(1001) })).toContain('högst 1000');
    const { kind: _kind, ...withoutKind } = ACTION;
    expect(reject(withoutKind)).toBe('Typ saknas: välj en typ i listan.');
    expect(reject({ ...ACTION, subgoal: 7 })).toContain('Delmål måste vara text.');
    expect(reject({ ...ACTION, member: 'Someone else' })).toBe('okänt fält: member');
    expect(reject(JSON.parse(`{"__proto__":{"admin":true},${JSON.stringify(ACTION).slice(1)}`))).toBe(
      'okänt fält: __proto__',
    );
    expect(reject(null)).toBe('åtgärden måste vara ett JSON-objekt');
    expect(reject([ACTION])).toBe('åtgärden måste vara ett JSON-objekt');
  });

  it('checks dates: real days only, at most an hour of clock skew ahead (the rule Logg applies too)', () => {
    expect(reject({ ...ACTION, at: '2024-02-30T10:00:00Z' })).toContain('Datum måste vara en tidpunkt');
    expect(reject({ ...ACTION, at: '2024-05-01T12:59:00Z' })).toBe('accepted');
    expect(reject({ ...ACTION, at: '2024-05-01T13:01:00Z' })).toBe('Datumet ligger i framtiden.');
  });

  it('checks delmål, activity and category against the plan', () => {
    expect(reject({ ...ACTION, subgoal: 'P9' })).toBe('Delmålet "P9" finns inte i planen. Planens delmål: U3, U5.');
    expect(reject({ ...ACTION, subgoal: '__proto__' })).toContain('Delmålet "__proto__" finns inte i planen.');
    expect(reject({ ...ACTION, subgoal: 'U3' })).toContain('Aktiviteten "U5.2" hör inte till delmål U3.');
    expect(reject({ ...ACTION, category: 'Miljö' })).toBe(
      'Okänt område "Miljö". Planens områden: Facklig politisk, Feministisk.',
    );
    expect(reject({ ...ACTION, category: 'constructor' })).toContain('Okänt område "constructor".');
  });

  it('takes a role only with Ansvarig utsedd, and only one the plan asks every branch for', () => {
    const index = indexPlan(
      planFromText(
        'Verksamhetsplan 2024\n\nValet\n\nÖvergripande mål: Vinna\n\nDelmål 5: Varje partiförening utser en valledare\n',
      ),
    );
    const reject = (raw: unknown) => {
      const result = checkAction(raw, index, NOW);
      return result.ok ? 'accepted' : result.error;
    };
    const { activity: _activity, category: _category, ...plain } = ACTION;
    const appointed = { ...plain, subgoal: 'V5', kind: 'role.appointed', role: 'Valledare' };
    expect(checkAction(appointed, index, NOW)).toEqual({ ok: true, action: { ...appointed, role: 'valledare' } });
    expect(reject({ ...appointed, role: 'kassör' })).toBe('Okänd roll "kassör". Planens roller: valledare.');
    expect(reject({ ...plain, subgoal: 'V5', role: 'valledare' })).toBe(
      'Roll hör bara till typen Ansvarig utsedd: töm Roll eller välj den typen.',
    );
  });

  it('keeps the client id in a rejection when it is a short string', () => {
    expect(checkAction({ ...ACTION, quantity: -1 }, INDEX, NOW)).toMatchObject({ ok: false, id: ACTION.id });
    expect(checkAction({ ...ACTION, id: 5 }, INDEX, NOW)).toMatchObject({ ok: false, id: '' });
  });

  it('lists the plan categories once each', () => {
    expect(planCategories(SMALL_PLAN)).toEqual(['Facklig politisk', 'Feministisk']);
  });
});

describe('decideLog', () => {
  const ok = (id: string) => ({ ok: true as const, action: { ...ACTION, id } as typeof ACTION & { kind: 'other' } });

  it('accepts new ids once, marks logged and repeated ids duplicate, passes rejections through', () => {
    const decision = decideLog([ok('a'), ok('b'), ok('a'), { ok: false, id: 'c', error: 'fel' }], new Set(['b']));
    expect(decision.results).toEqual([
      { id: 'a', status: 'accepted' },
      { id: 'b', status: 'duplicate' },
      { id: 'a', status: 'duplicate' },
      { id: 'c', status: 'rejected', error: 'fel' },
    ]);
    expect(decision.accepted.map((action) => action.id)).toEqual(['a']);
  });
});

describe('suggestions', () => {
  const derived = {
    byPage: { article: { kind: 'article.published' as const, subgoal: 'U3', activity: 'U3.1' } },
    byKind: { 'article.published': { subgoal: 'U3' }, 'education.held': { subgoal: 'U5', activity: 'U5.2' } },
  };

  it('seeds a row per page type and per action kind with the derived suggestion', () => {
    const rows = suggestionRows(derived);
    expect(rows).toContainEqual({
      page: 'Debattartikel',
      kind: 'Debattartikel publicerad',
      subgoal: 'U3',
      activity: 'U3.1',
    });
    expect(rows).toContainEqual({ page: '', kind: 'Utbildning hållen', subgoal: 'U5', activity: 'U5.2' });
    expect(rows).toContainEqual({ page: 'Inlägg på Facebook', kind: 'Inlägg på Facebook', subgoal: '', activity: '' });
    expect(mergeSuggestions({ byPage: {}, byKind: {} }, rows, INDEX)).toEqual(derived);
  });

  it('lets the board override, clear, and add; ignores rows naming what the plan lacks', () => {
    const merged = mergeSuggestions(
      derived,
      [
        { page: 'facebook.post', kind: '', subgoal: 'U5', activity: 'U3.1' },
        { page: 'Debattartikel', kind: 'Debattartikel publicerad', subgoal: '', activity: '' },
        { page: '', kind: 'Utbildning hållen', subgoal: 'P7', activity: '' },
        { page: '', kind: 'Möte hållet', subgoal: 'U5', activity: 'U5.1' },
        { page: 'okänd sida', kind: 'Annat', subgoal: 'U5', activity: '' },
      ],
      INDEX,
    );
    expect(merged).toEqual({
      byPage: { 'facebook.post': { kind: 'facebook.post', subgoal: 'U5' } },
      byKind: {
        'article.published': { subgoal: 'U3' },
        'education.held': { subgoal: 'U5', activity: 'U5.2' },
        'meeting.held': { subgoal: 'U5', activity: 'U5.1' },
      },
    });
  });
});
