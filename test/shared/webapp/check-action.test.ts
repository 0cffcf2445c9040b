// One action a client sent, checked by the shared rules against the plan and the clock, with Swedish reasons.

import { describe, expect, it } from 'vitest';
import { indexPlan } from '../../../shared/model/action-rules.ts';
import { planCategories } from '../../../shared/model/plan-index.ts';
import { checkAction } from '../../../shared/webapp/check-action.ts';
import { planFromText } from '../../support/plan-text.ts';
import { SMALL_PLAN_ACTION as ACTION, SMALL_PLAN } from '../../support/small-plan.ts';

const NOW = new Date('2024-05-01T12:00:00Z');
const INDEX = indexPlan(SMALL_PLAN);
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
    expect(reject({ ...ACTION, note: 'a\u0000b' })).toBe('Anteckning innehåller otillåtna kontrolltecken.');
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

  it('refuses dates outside the plan’s year, in Swedish, whatever the clock says', () => {
    expect(reject({ ...ACTION, at: '2023-06-01T12:00:00+02:00' })).toBe(
      'Datumet 2023-06-01 ligger utanför planens år 2024: bara det som görs under 2024 räknas.',
    );
    expect(reject({ ...ACTION, at: '1130-02-02T12:00:00Z' })).toContain('1130-02-02 ligger utanför planens år 2024');
    // New Year is Stockholm's: 23:30 UTC on 31 December 2023 is already 2024 in Sundsvall.
    expect(reject({ ...ACTION, at: '2023-12-31T23:30:00Z' })).toBe('accepted');
    expect(reject({ ...ACTION, at: '2023-12-31T22:30:00Z' })).toContain('2023-12-31 ligger utanför');
    const late = new Date('2025-03-01T12:00:00Z');
    const result = checkAction({ ...ACTION, at: '2025-02-27T12:00:00Z' }, INDEX, late);
    expect(result.ok ? 'accepted' : result.error).toContain('2025-02-27 ligger utanför planens år 2024');
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

  it('refuses C1 controls, bidi overrides and lone surrogates in free text, saying why in Swedish', () => {
    expect(reject({ ...ACTION, note: 'nästa\u0085rad' })).toBe('Anteckning innehåller otillåtna kontrolltecken.');
    for (const bidi of ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069']) {
      expect(reject({ ...ACTION, note: `fil${bidi}gpj.exe` })).toBe(
        'Anteckning innehåller osynliga tecken som vänder textens riktning (U+202A–U+202E, U+2066–U+2069). Ta bort dem.',
      );
    }
    expect(reject({ ...ACTION, url: 'https://example.org/\u202egpj.exe' })).toContain(
      'Länk innehåller osynliga tecken',
    );
    for (const broken of ['\ud83d', 'a\udc4db', '\ud83d\ud83d']) {
      expect(reject({ ...ACTION, note: broken })).toBe(
        'Anteckning innehåller ett trasigt tecken (en halv emoji eller ett annat tecken som blivit avklippt). Skriv om texten.',
      );
    }
    // Whole characters outside the basic plane, and text going right to left by itself, are fine.
    expect(reject({ ...ACTION, note: 'Bra möte 👍 مرحبا' })).toBe('accepted');
  });
});
