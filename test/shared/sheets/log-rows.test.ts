// Logg rows ↔ Action, and the Swedish problems a hand-typed row gets per cell.
import { describe, expect, it } from 'vitest';
import type { Action } from '../../../shared/model/action.ts';
import { LOG } from '../../../shared/sheets/columns.ts';
import { actionToLogRow, logContext, readLogRow, readLogRows } from '../../../shared/sheets/log-rows.ts';
import { smallPlan } from '../../support/sheet-plan.ts';

const NOW = new Date('2024-06-15T10:00:00Z');
const context = logContext(smallPlan(), NOW);

/** What the cells hold once Sheets stored a written row: a leading apostrophe is its text mark, not part of the text. */
function stored(row: readonly unknown[]): unknown[] {
  return row.map((cell) => (typeof cell === 'string' && cell.startsWith("'") ? cell.slice(1) : cell));
}

function typed(fields: Partial<Record<(typeof LOG.keys)[number], unknown>>): unknown[] {
  return LOG.keys.map((key) => fields[key] ?? '');
}

const action: Action = {
  id: '3f2b8c1e-8a4d-4b6e-9f0a-1c2d3e4f5a6b',
  at: '2024-05-02T08:30:00.000Z',
  subgoal: 'U5',
  activity: 'U5.1',
  kind: 'education.held',
  quantity: 2,
  url: 'https://example.org/a',
  category: 'Feministisk',
  note: '=cmd|"/c calc"',
  member: '@kim',
  branch: 'Sundsvall',
};

describe('Logg rows', () => {
  it('writes an action as a row with text neutralised for export and the kind in Swedish, and reads it back unchanged', () => {
    const row = actionToLogRow(action, 'Webbapp');
    expect(row).toEqual([
      new Date(action.at),
      "''@kim",
      'Sundsvall',
      'U5',
      'U5.1',
      'Utbildning hållen',
      2,
      'https://example.org/a',
      'Feministisk',
      '\'\'=cmd|"/c calc"',
      'Webbapp',
      action.id,
      '',
    ]);
    expect(readLogRow(stored(row), 2, context)).toEqual({ action, problems: [] });
  });

  it('reads a Typ typed as the id or the English label like the Swedish one', () => {
    for (const kind of ['education.held', 'Training held', 'utbildning HÅLLEN']) {
      const row = actionToLogRow(action, 'Webbapp');
      row[LOG.index('kind')] = kind;
      expect(readLogRow(row, 2, context).action?.kind).toBe('education.held');
    }
  });

  it('accepts what a board member types: a bare date, a Swedish kind label, lower-case ids, no id', () => {
    const read = readLogRow(
      typed({
        at: '2024-03-05',
        member: 'Ada',
        subgoal: 'u3',
        kind: 'Debattartikel publicerad',
        quantity: '1',
        category: 'feministisk',
      }),
      7,
      logContext({ ...smallPlan() }, NOW),
    );
    expect(read.problems).toEqual([]);
    expect(read.action).toMatchObject({
      at: '2024-03-05T12:00:00.000Z',
      subgoal: 'U3',
      kind: 'article.published',
      quantity: 1,
      category: 'Feministisk',
      id: '00000000-0000-4000-8000-000000000007',
    });
  });

  it('says what is wrong with each cell of a bad hand-typed row', () => {
    const read = readLogRow(
      typed({
        at: '2024-07-01',
        subgoal: 'Z9',
        kind: 'tårta',
        quantity: 1.5,
        url: 'www.example.org',
        category: 'Sport',
        id: 'abc',
      }),
      3,
      context,
    );
    expect(read.action).toBeUndefined();
    expect(Object.fromEntries(read.problems.map((problem) => [problem.key, problem.message]))).toEqual({
      at: 'Datumet ligger i framtiden.',
      member: 'Medlem saknas: skriv vem som gjorde det.',
      subgoal: 'Delmålet "Z9" finns inte i planen. Planens delmål: P1, P3, U3, U5.',
      kind: 'Okänd typ "tårta". Välj en typ i listan.',
      quantity: 'Antal måste vara ett heltal.',
      url: 'Länken fungerar inte: den måste börja med http:// eller https://, sakna mellanslag och vara högst 2048 tecken.',
      category: 'Okänt område "Sport". Planens områden: Facklig politisk, Feministisk.',
      id: 'ID är skadat. Töm cellen så får raden ett nytt.',
    });
  });

  it('asks for digits when Antal is written in words', () => {
    const read = readLogRow(
      typed({ at: '2024-03-05', member: 'Ada', subgoal: 'U3', kind: 'other', quantity: 'tre' }),
      4,
      context,
    );
    expect(read.problems).toEqual([
      { key: 'quantity', message: 'Antal är inget tal: skriv det med siffror, t.ex. 3.' },
    ]);
  });

  it('flags zero quantities and activities of another delmål', () => {
    const read = readLogRow(
      typed({ at: NOW, member: 'Ada', subgoal: 'P1', activity: 'U3.1', kind: 'other', quantity: 0 }),
      4,
      context,
    );
    expect(read.problems.map((problem) => problem.key)).toEqual(['activity', 'quantity']);
    expect(read.problems[0]?.message).toBe('Aktiviteten "U3.1" hör inte till delmål P1. Dess aktiviteter: P1.1.');
  });

  it('reads a whole sheet, skipping blank rows and numbering invalid ones by sheet row', () => {
    const good = stored(actionToLogRow(action, 'Webbapp'));
    const { actions, invalid } = readLogRows([good, typed({}), typed({ member: 'Ada' })], 2, context);
    expect(actions).toEqual([action]);
    expect(invalid.map((row) => row.rowNumber)).toEqual([4]);
  });
});
