// Each member's budget: a minute that starts at their first request, a Stockholm day of actions, refusals counted
// once per minute or day, and retry times that run to the minute's end or to Stockholm's midnight (summer or winter).
import { describe, expect, it } from 'vitest';
import {
  addRefusal,
  countRequest,
  MEMBER_BUDGET,
  secondsToNextDay,
  spendActions,
} from '../../../shared/webapp/budget.ts';

describe('requests a minute', () => {
  it('lets 60 through, refuses the 61st until the minute that began with the first is over', () => {
    let window = null as ReturnType<typeof countRequest>['window'] | null;
    const start = Date.UTC(2024, 4, 2, 10, 0, 0);
    for (let n = 0; n < MEMBER_BUDGET.requestsPerMinute; n++) {
      const decision = countRequest(window, start + n * 500);
      expect(decision.retryAfterSeconds).toBeNull();
      window = decision.window;
    }
    const refused = countRequest(window, start + 45_000);
    expect(refused).toMatchObject({ retryAfterSeconds: 15, firstRefusal: true });
    expect(countRequest(refused.window, start + 46_000)).toMatchObject({ retryAfterSeconds: 14, firstRefusal: false });
    expect(countRequest(refused.window, start + 60_000)).toMatchObject({
      retryAfterSeconds: null,
      window: { count: 1 },
    });
  });
});

describe('actions a day', () => {
  it('spends a request all or nothing, and starts again on the next Stockholm day', () => {
    const now = new Date('2024-05-02T08:00:00Z');
    const spent = spendActions(null, 480, now);
    expect(spent).toEqual({ ok: true, usage: { day: '2024-05-02', actions: 480, refused: false } });
    const refused = spendActions(spent.usage, 21, now);
    expect(refused).toMatchObject({ ok: false, firstRefusal: true, usage: { actions: 480, refused: true } });
    if (refused.ok) throw new Error('expected a refusal');
    expect(spendActions(refused.usage, 21, now)).toMatchObject({ ok: false, firstRefusal: false });
    expect(spendActions(refused.usage, 20, now)).toMatchObject({ ok: true, usage: { actions: 500 } });
    // 22:30 UTC on 2 May is 00:30 on 3 May in Stockholm.
    expect(spendActions(refused.usage, 21, new Date('2024-05-02T22:30:00Z'))).toMatchObject({
      ok: true,
      usage: { day: '2024-05-03', actions: 21, refused: false },
    });
  });

  it('waits until Stockholm midnight, in summer and in winter time', () => {
    expect(secondsToNextDay(new Date('2024-05-02T21:00:00Z'))).toBe(3600);
    expect(secondsToNextDay(new Date('2024-12-02T22:00:00Z'))).toBe(3600);
    // The night summer time ends (27 October 2024) is 25 hours long; midnight before it is still 22:00 UTC.
    expect(secondsToNextDay(new Date('2024-10-26T21:00:00Z'))).toBe(3600);
    expect(secondsToNextDay(new Date('2024-10-27T22:00:00Z'))).toBe(3600);
  });
});

describe('refusals the board sees', () => {
  it('counts refused minutes and days, with the latest', () => {
    const member = { name: 'Ada', branch: 'Sundsvall' };
    const first = addRefusal(null, member, 'requests', new Date('2024-05-02T10:00:00Z'));
    const second = addRefusal(first, member, 'actions', new Date('2024-05-02T11:00:00Z'));
    expect(second).toEqual({
      name: 'Ada',
      branch: 'Sundsvall',
      minutes: 1,
      days: 1,
      last: '2024-05-02T11:00:00.000Z',
      lastReason: 'actions',
    });
  });
});
