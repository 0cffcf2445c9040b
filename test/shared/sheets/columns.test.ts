// The column definitions: Swedish headers in order, neutralised writes, typed reads and the board's editable runs.
import { describe, expect, it } from 'vitest';
import { ACTIVITIES, BRANCHES, GOALS, LOG, RECORDED } from '../../../shared/sheets/columns.ts';

describe('sheet columns', () => {
  it('declares the Swedish headers in column order', () => {
    expect(GOALS.headers).toEqual([
      'ID',
      'Område',
      'Delmål',
      'Mål',
      'Typ',
      'Målvärde',
      'Period',
      'Utfall',
      'Framsteg',
      'Status',
      'Ansvarig',
      'Kommentar',
      'Prognos',
    ]);
    expect(ACTIVITIES.headers).toEqual([
      'ID',
      'Delmål',
      'Aktivitet',
      'Ansvarig',
      'Status',
      'Deadline',
      'Senast ändrad',
      'Kommentar',
    ]);
    expect(LOG.headers).toEqual([
      'Tid',
      'Medlem',
      'Partiförening',
      'Delmål',
      'Aktivitet',
      'Typ',
      'Antal',
      'Länk',
      'Område',
      'Anteckning',
      'Källa',
      'ID',
      'Roll',
    ]);
    expect(BRANCHES.headers).toEqual(['Namn', 'Zetkin-ID']);
    expect(RECORDED.headers).toEqual(['Datum', 'Mål-ID', 'Värde', 'Kommentar']);
    expect(LOG.column('id')).toBe(12);
  });

  it('writes rows in column order with formula-like text neutralised', () => {
    expect(ACTIVITIES.toCells({ id: 'P1.1', text: '=IMPORTXML("x")', status: 'Pågår' })).toEqual([
      'P1.1',
      '',
      '\'=IMPORTXML("x")',
      '',
      'Pågår',
      '',
      '',
      '',
    ]);
  });

  it('reads typed rows back, failing on a date column holding no date', () => {
    const good = ACTIVITIES.read(['P1.1', 'P1', 'text', 'Kim', 'Klar', '2024-05-01', '', ' ok ']);
    expect(good.success && good.data).toMatchObject({
      id: 'P1.1',
      deadline: new Date('2024-05-01T12:00:00Z'),
      changedAt: null,
      comment: 'ok',
    });
    expect(ACTIVITIES.read(['P1.1', 'P1', 'text', 'Kim', 'Klar', 'snart']).success).toBe(false);
  });

  it('knows which columns people type in', () => {
    expect(GOALS.boardRuns()).toEqual([[11, 2]]);
    expect(ACTIVITIES.boardRuns()).toEqual([
      [4, 3],
      [8, 1],
    ]);
    expect(LOG.boardRuns()).toEqual([
      [1, 10],
      [13, 1],
    ]);
  });
});
