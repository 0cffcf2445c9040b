// The quarter report as the board reads it: the quarter's logs, periods, counts and progress at its end.

import { describe, expect, it } from 'vitest';
import { buildQuarterReport } from '../../../shared/report/quarter-report.ts';
import { Report as ReportSchema } from '../../../shared/report/types.ts';
import { input, round1, rowFor, table } from '../../support/report-input.ts';

describe('quarter report', () => {
  const report = buildQuarterReport(input('2024-08-20'), '2024Q2');

  it('looks back at the quarter from its last day', () => {
    expect(ReportSchema.parse(report)).toEqual(report);
    expect(report.title).toBe('Kvartalsrapport 2024Q2 – Vänsterpartiet Västernorrland');
    expect(report.asOf).toBe('2024-06-30');
    expect(report.tables.map((entry) => entry.heading)).toEqual([
      'Registreringar i kvartalet per delmål',
      'Periodmål i kvartalet',
      'Antal i kvartalet',
      'Måluppfyllelse 2024-06-30',
      'Aktiviteter 2024-06-30',
    ]);
    expect(report.sheet).toBe('Rapport 2024 Q2');
  });

  it('counts only the quarter’s actions, the 2024-03-31T23:30:00Z article included', () => {
    const perSubgoal = table(report, 'Registreringar i kvartalet per delmål');
    expect(perSubgoal.rows.map((cells) => [cells[0], cells[2], cells[3]])).toEqual([
      ['P1', 0, 0],
      ['P2', 1, 3],
      ['P3', 0, 0],
      ['U1', 0, 0],
      ['U2', 0, 0],
      ['U3', 2, 2],
      ['U4', 0, 0],
      ['U5', 1, 1],
    ]);
    const q1 = buildQuarterReport(input('2024-08-20'), '2024Q1');
    expect(rowFor(table(q1, 'Registreringar i kvartalet per delmål'), 'U3')?.slice(2)).toEqual([2, 3]);
  });

  it('shows the quarter’s meeting as missed once the quarter is over, and the quarter’s share of the pace', () => {
    expect(table(report, 'Periodmål i kvartalet').rows.map((cells) => [cells[2], cells[5], cells[7]])).toEqual([
      ['Q2', 0, 'Missat'],
    ]);
    const daysInQ2 = 30 + 31 + 30;
    expect(table(report, 'Antal i kvartalet').rows).toEqual([
      ['U3.M1', 'cirka 15 debattartiklar', 2, round1((15 * daysInQ2) / 366)],
    ]);
    const progress = table(report, 'Måluppfyllelse 2024-06-30');
    expect(progress.columns[3]).toBe('Förväntat vid kvartalets slut');
    expect(progress.rows.find((cells) => cells[0] === 'U2')?.[5]).toBe('Efter');
    expect(progress.rows.find((cells) => cells[0] === 'U3')?.[2]).toBe('5 av cirka 15');
    // The pace and the forecast at the quarter's end (182 days of 366), not on the day the report is made.
    expect(progress.rows.find((cells) => cells[0] === 'U3')?.slice(6)).toEqual([
      'cirka 10 av 15 (når inte målet)',
      '5 av cirka 15 debattartiklar; takten ger 7,5 den 2024-06-30.',
    ]);
  });

  it('charts the quarter’s articles week by week against the pace', () => {
    const line = report.charts[1];
    expect(line?.xLabel).toBe('Vecka');
    // 1 April 2024 is the Monday of week 14; 30 June is the Sunday of week 26.
    expect(line?.categories).toEqual(Array.from({ length: 13 }, (_, index) => `v. ${14 + index}`));
    // One article on 1 April (week 14), one on 10 May (week 19).
    const cumulative = [1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2];
    expect(line?.series[0]).toEqual({ name: 'Utfall (ackumulerat)', values: cumulative });
    expect(line?.series[1]?.values).toEqual(cumulative.map((_, index) => round1((15 * 7 * (index + 1)) / 366)));
  });

  it('stops at the report day while the quarter is running', () => {
    const running = buildQuarterReport(input('2024-05-15'), '2024Q2');
    expect(running.asOf).toBe('2024-05-15');
    expect(table(running, 'Periodmål i kvartalet').rows[0]?.[7]).toBe('Pågår');
    expect(running.charts[1]?.categories).toHaveLength(7); // weeks 14–20
  });

  it('refuses a quarter of another year or a malformed one, in Swedish', () => {
    expect(() => buildQuarterReport(input('2024-08-20'), '2023Q4')).toThrow(
      'Kvartalet 2023Q4 ligger utanför planens år 2024.',
    );
    expect(() => buildQuarterReport(input('2024-08-20'), '2024Q5' as '2024Q4')).toThrow(/Ogiltigt kvartal "2024Q5"/);
  });
});
