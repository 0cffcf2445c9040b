// The board's Kopplingar rows over the suggestions derived from the plan's words.

import { describe, expect, it } from 'vitest';
import { indexPlan } from '../../../shared/model/action-rules.ts';
import { mergeSuggestions, suggestionRows } from '../../../shared/webapp/suggestions.ts';
import { SMALL_PLAN } from '../../support/small-plan.ts';

const INDEX = indexPlan(SMALL_PLAN);

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
