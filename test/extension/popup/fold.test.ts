// The "mer…" fold: defaults, backdating to a past day, and keeping an entry's own time when it is changed.
import { describe, expect, it } from 'vitest';
import { foldFromEntry, foldToDraft, newFold } from '../../../extension/popup/fold.ts';

const now = new Date(2024, 4, 14, 15, 30);

describe('fold', () => {
  it('starts from the first suggestion, the page’s kind and the prefilled quantity', () => {
    const fold = newFold({ subgoal: 'U1', activity: 'U1.4' }, 'zetkin.call', 3, now);
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
      note: undefined,
      at: undefined,
    });
  });

  it('logs a past day at local noon', () => {
    const fold = {
      ...newFold(undefined, 'meeting.held', null, now),
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
    const fold = foldFromEntry(action, 'other', now);
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
