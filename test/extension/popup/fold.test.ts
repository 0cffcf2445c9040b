// The "mer…" fold: defaults, dates within the plan's year, what is wrong in the member's words, backdating to a past
// day, and keeping an entry's own time when it is changed.
import { describe, expect, it } from 'vitest';
import { foldFromEntry, foldProblems, foldToDraft, newFold } from '../../../extension/popup/fold.ts';

const now = new Date(2024, 4, 14, 15, 30);
const DATES = { min: '2024-01-01', max: '2024-05-14' };

describe('fold', () => {
  it('starts from the first suggestion, the page’s kind and the prefilled quantity', () => {
    const fold = newFold({ subgoal: 'U1', activity: 'U1.4' }, 'zetkin.call', 3, DATES, now);
    expect(fold).toMatchObject({
      subgoal: 'U1',
      activity: 'U1.4',
      kind: 'zetkin.call',
      quantity: '3',
      date: '2024-05-14',
    });
    expect(foldToDraft(fold, 'zetkin.call', 'https://app.zetkin.org/call/42', now)).toEqual({
      pageType: 'zetkin.call',
      subgoal: 'U1',
      activity: 'U1.4',
      kind: 'zetkin.call',
      quantity: 3,
      url: 'https://app.zetkin.org/call/42',
      category: undefined,
      role: undefined,
      note: undefined,
      at: undefined,
    });
  });

  it('gives no default day when today is outside the plan’s years, and refuses days outside them', () => {
    const over = { min: '2024-01-01', max: '2024-12-31' };
    const later = new Date(2026, 11, 1);
    const fold = newFold({ subgoal: 'U1' }, 'zetkin.call', null, over, later);
    expect(fold.date).toBe('');
    expect(foldProblems(fold, over)).toEqual([{ field: 'date', message: 'foldDateMissing' }]);
    expect(foldProblems({ ...fold, date: '2023-06-01' }, over)).toEqual([{ field: 'date', message: 'foldDate' }]);
    expect(foldProblems({ ...fold, date: '1130-02-02' }, over)).toEqual([{ field: 'date', message: 'foldDate' }]);
    expect(foldProblems({ ...fold, date: '2024-06-01' }, over)).toEqual([]);
    expect(foldProblems({ ...fold, date: '2024-05-15' }, DATES)).toEqual([{ field: 'date', message: 'foldDate' }]);
  });

  it('says what is wrong in the member’s words, field by field in form order', () => {
    const fold = { ...newFold(undefined, 'other', null, DATES, now), quantity: '2,5' };
    expect(foldProblems(fold, DATES)).toEqual([
      { field: 'subgoal', message: 'foldNoSubgoal' },
      { field: 'quantity', message: 'foldQuantity' },
    ]);
    for (const quantity of ['0', '1001', '', '-1', 'tre']) {
      expect(foldProblems({ ...fold, subgoal: 'U1', quantity }, DATES)).toEqual([
        { field: 'quantity', message: 'foldQuantity' },
      ]);
    }
  });

  it('sends a role only with the kind Ansvarig utsedd', () => {
    const fold = { ...newFold({ subgoal: 'P3' }, 'role.appointed', null, DATES, now), role: 'valledare' };
    expect(foldToDraft(fold, 'other', undefined, now).role).toBe('valledare');
    expect(foldToDraft({ ...fold, kind: 'meeting.held' }, 'other', undefined, now).role).toBeUndefined();
  });

  it('logs a past day at local noon', () => {
    const fold = {
      ...newFold(undefined, 'meeting.held', null, DATES, now),
      subgoal: 'U2',
      date: '2024-05-02',
      note: 'Årsmöte',
    };
    const draft = foldToDraft(fold, 'other', undefined, now);
    expect(draft.at).toBe(new Date(2024, 4, 2, 12).toISOString());
    expect(draft).toMatchObject({ subgoal: 'U2', kind: 'meeting.held', quantity: 1, note: 'Årsmöte' });
  });

  it('keeps an entry’s link and time unless its day is changed', () => {
    const at = new Date(2024, 4, 10, 9, 15).toISOString();
    const action = {
      id: 'x',
      at,
      subgoal: 'P1',
      kind: 'facebook.post' as const,
      quantity: 2,
      url: 'https://www.facebook.com/x/posts/1',
    };
    const fold = foldFromEntry(action, 'other');
    expect(foldToDraft({ ...fold, quantity: '5' }, 'facebook.post', undefined, now)).toMatchObject({
      at,
      quantity: 5,
      url: 'https://www.facebook.com/x/posts/1',
    });
    expect(foldToDraft({ ...fold, date: '2024-05-09' }, 'facebook.post', undefined, now).at).toBe(
      new Date(2024, 4, 9, 12).toISOString(),
    );
  });
});
