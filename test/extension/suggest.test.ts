// Suggestion ordering: the plan's suggestion for the page type, then the kind's, then the member's last choice.
import { describe, expect, it } from 'vitest';
import { defaultKind, rememberLastUsed, suggestedSubgoals } from '../../extension/suggest.ts';
import type { SnapshotPlan } from '../../shared/wire.ts';

const plan: Pick<SnapshotPlan, 'areas' | 'suggestions'> = {
  areas: [
    {
      id: 'P',
      title: 'Det parlamentariska arbetet',
      subgoals: [
        { id: 'P1', title: 'Synas på flera fronter', activities: [{ id: 'P1.4', text: 'öka antalet följare' }] },
        {
          id: 'P2',
          title: 'Peka på regeringens passivitet',
          activities: [{ id: 'P2.3', text: 'gemensamma utspel' }],
        },
      ],
    },
    {
      id: 'U',
      title: 'Det utomparlamentariska arbetet',
      subgoals: [{ id: 'U3', title: 'Fler aktiva medlemmar', activities: [] }],
    },
  ],
  suggestions: {
    byPage: {
      'zetkin.callassignment': { subgoal: 'U3', kind: 'zetkin.call' },
      'facebook.post': { subgoal: 'P1', activity: 'P1.4', kind: 'facebook.post' },
    },
    byKind: { 'article.published': { subgoal: 'P2', activity: 'P2.3' }, 'zetkin.event': { subgoal: 'P9' } },
  },
};

describe('suggestedSubgoals', () => {
  it('puts the plan’s suggestion for the page type first, then the one last used there', () => {
    const lastUsed = rememberLastUsed({}, 'zetkin.callassignment', { subgoal: 'P2' });
    expect(suggestedSubgoals(plan, 'zetkin.callassignment', lastUsed)).toEqual([{ subgoal: 'U3' }, { subgoal: 'P2' }]);
  });

  it('keeps the suggested activity', () => {
    expect(suggestedSubgoals(plan, 'facebook.post', {})).toEqual([{ subgoal: 'P1', activity: 'P1.4' }]);
  });

  it('falls back to the suggestion for the page’s kind of action', () => {
    expect(suggestedSubgoals(plan, 'article', {})).toEqual([{ subgoal: 'P2', activity: 'P2.3' }]);
  });

  it('offers the last used delmål when the plan suggests nothing, and does not repeat one', () => {
    expect(suggestedSubgoals(plan, 'other', rememberLastUsed({}, 'other', { subgoal: 'U3' }))).toEqual([
      { subgoal: 'U3' },
    ]);
    expect(suggestedSubgoals(plan, 'zetkin.callassignment', { 'zetkin.callassignment': { subgoal: 'U3' } })).toEqual([
      { subgoal: 'U3' },
    ]);
  });

  it('remembers per page type', () => {
    const lastUsed = rememberLastUsed(rememberLastUsed({}, 'zetkin.survey', { subgoal: 'P1' }), 'zetkin.event', {
      subgoal: 'U3',
    });
    expect(suggestedSubgoals(plan, 'zetkin.survey', lastUsed)).toEqual([{ subgoal: 'P1' }]);
    expect(suggestedSubgoals(plan, 'zetkin.event', lastUsed)).toEqual([{ subgoal: 'U3' }]);
  });

  it('drops delmål and activities the current plan no longer has', () => {
    expect(suggestedSubgoals(plan, 'zetkin.event', {})).toEqual([]);
    expect(suggestedSubgoals(plan, 'other', { other: { subgoal: 'P1', activity: 'P1.9' } })).toEqual([
      { subgoal: 'P1' },
    ]);
  });
});

describe('defaultKind', () => {
  it('uses the plan’s kind for the page, else the kind the page type implies', () => {
    expect(defaultKind(plan, 'facebook.post')).toBe('facebook.post');
    expect(defaultKind(plan, 'article')).toBe('article.published');
    expect(defaultKind(plan, 'zetkin.canvass')).toBe('zetkin.canvass');
  });
});
