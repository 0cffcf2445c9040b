// Mål's computed columns read back: the standing of each computed row by its ID, and none for rows never computed.
import { describe, expect, it } from 'vitest';
import { GOALS } from '../../../shared/sheets/columns.ts';
import { readGoalStandings } from '../../../shared/sheets/goal-standing.ts';

const row = (cells: Parameters<typeof GOALS.toCells>[0]) => GOALS.toCells(cells);

describe('readGoalStandings', () => {
  it('reads Utfall, Framsteg, Status and Prognos by ID, and skips rows that were never computed or were removed', () => {
    const standings = readGoalStandings([
      row({
        id: 'U3.M1',
        subgoal: 'U3',
        result: '5 av cirka 15',
        progress: 33,
        status: 'I fas',
        forecast: 'cirka 11 av 15 (når inte målet)',
      }),
      row({ id: 'P2', subgoal: 'P2', result: 0, progress: null, status: 'Saknar utfall' }),
      row({ id: 'U4.2.M1', subgoal: 'U4', status: '' }),
      row({ id: 'U9.M1', subgoal: 'U9', status: 'Borttaget ur planen' }),
      row({}),
    ]);
    expect([...standings]).toEqual([
      [
        'U3.M1',
        { result: '5 av cirka 15', percent: 33, status: 'on_track', forecast: 'cirka 11 av 15 (når inte målet)' },
      ],
      ['P2', { result: 0, percent: null, status: 'no_data' }],
    ]);
  });
});
