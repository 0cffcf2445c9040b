// The web app's pure checks: envelope errors, per-action validation against the plan and clock, idempotency, suggestions.

import { describe, expect, it } from 'vitest';
import { indexPlan } from '../../../shared/model/action-rules.ts';
import { readEnvelope } from '../../../shared/webapp/envelope.ts';
import { mergeSuggestions, suggestionRows } from '../../../shared/webapp/suggestions.ts';
import { SMALL_PLAN } from '../../support/small-plan.ts';

const _TOKEN = 'a'.repeat(64);
const _NOW = new Date('2024-05-01T12:00:00Z');
const INDEX = indexPlan(SMALL_PLAN);
const _ACTION = {
  id: '3b241101-e2bb-4255-8caa-4a9b5c1f2c3d',
  at: '2024-04-30T18:00:00+02:00',
  subgoal: 'U5',
  activity: 'U5.2',
  kind: 'education.held',
  quantity: 1,
  category: 'Feministisk',
  note: 'Studiecirkel',
};

const _errorOf = (body: string | undefined) => {
  const result = readEnvelope(body);
  return result.ok ? null : result.response.error;
};

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
