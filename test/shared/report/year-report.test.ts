// The year report as the board reads it: Swedish tables and chart data for the whole plan year.

import { describe, expect, it } from 'vitest';
import { Report as ReportSchema } from '../../../shared/report/types.ts';
import { buildYearReport } from '../../../shared/report/year-report.ts';
import { input, round1, rowFor, table } from '../../support/report-input.ts';

describe('year report', () => {
  const report = buildYearReport(input('2024-05-15'));
  const daysThroughMay15 = 31 + 29 + 31 + 30 + 15;

  it('is a valid Report with Swedish headings', () => {
    expect(ReportSchema.parse(report)).toEqual(report);
    expect(report.title).toBe('Årsrapport 2024 – Vänsterpartiet Västernorrland');
    expect(report.asOf).toBe('2024-05-15');
    expect(report.tables.map((entry) => entry.heading)).toEqual([
      'Måluppfyllelse',
      'Periodmål',
      'Roller i partiföreningarna',
      'Prioriterade områden (U5.M1)',
      'Aktiviteter per delmål',
      'Registreringar per delmål',
    ]);
    expect(report.sheet).toBe('Rapport 2024');
  });

  it('shows each target with outcome in words, pace, percent, Swedish status, forecast and comment', () => {
    const progress = table(report, 'Måluppfyllelse');
    expect(progress.columns).toEqual([
      'Delmål',
      'Mål',
      'Utfall',
      'Förväntat i dag',
      'Procent',
      'Status',
      'Prognos',
      'Kommentar',
    ]);
    const articles = progress.rows.find((cells) => cells[1] === 'cirka 15 debattartiklar');
    const pace = (15 * daysThroughMay15) / 366;
    // 5 articles in 136 days is about 13 by New Year's Eve.
    expect(Math.round((5 * 366) / daysThroughMay15)).toBe(13);
    expect(articles?.slice(0, 7)).toEqual([
      'U3',
      'cirka 15 debattartiklar',
      '5 av cirka 15',
      round1(pace),
      Math.round((5 / 15) * 100),
      'I fas',
      'cirka 13 av 15 (når inte målet)',
    ]);
    expect(rowFor(progress, 'U2')?.slice(2, 7)).toEqual([
      '1 av 4 kvartal',
      1,
      25,
      'I fas',
      'cirka 4 av 4 kvartal (når målet)',
    ]);
    expect(rowFor(progress, 'P')?.slice(2, 7)).toEqual([null, 10, null, 'Saknar utfall', null]);
    expect(rowFor(progress, 'P2')?.slice(2, 7)).toEqual(['3 registrerade', null, null, 'Pågår', null]);
    expect(rowFor(progress, 'P3')?.slice(2, 3)).toEqual([null]);
    const valledare = progress.rows.find((cells) => cells[1] === 'varje partiförening utser en valledare');
    expect(valledare?.slice(2, 3)).toEqual(['2 av 2 partiföreningar']);
  });

  it('counts each delmål’s activities: done, under way, not started, struck and overdue', () => {
    const activities = table(report, 'Aktiviteter per delmål');
    expect(activities.columns).toEqual([
      'Delmål',
      'Titel',
      'Aktiviteter',
      'Klara',
      'Pågår',
      'Ej påbörjade',
      'Strukna',
      'Försenade',
    ]);
    // U2.2 is under way past its deadline; U2.3 was struck, so its passed deadline no longer matters; U3.1 is not due.
    expect(rowFor(activities, 'U2')?.slice(2)).toEqual([4, 1, 1, 1, 1, 1]);
    expect(rowFor(activities, 'U3')?.slice(2)).toEqual([1, 0, 0, 1, 0, 0]);
    expect(rowFor(activities, 'P1')?.slice(2)).toEqual([5, 0, 0, 5, 0, 0]);
  });

  it('lists the quarterly meetings with the current quarter open and later ones to come', () => {
    const periods = table(report, 'Periodmål');
    expect(periods.rows.map((cells) => [cells[2], cells[5], cells[7]])).toEqual([
      ['Q1', 1, 'Uppfyllt'],
      ['Q2', 0, 'Pågår'],
      ['Q3', 0, 'Kommande'],
      ['Q4', 0, 'Kommande'],
    ]);
  });

  it('lists the roles with the partiföreningar lacking them', () => {
    expect(table(report, 'Roller i partiföreningarna').rows).toEqual([
      ['P3.2.M1', 'valledare', 2, 2, null],
      ['U1.3.M1', 'zetkin-underorganisation', 1, 2, 'Härnösand'],
      ['U1.3.M1', 'zetkin-ansvarig', 1, 2, 'Härnösand'],
      ['U4.2.M1', 'studieansvarig', 1, 2, 'Härnösand'],
    ]);
  });

  it('shows the prioritised areas as a matrix and the registrations per delmål', () => {
    const matrix = table(report, 'Prioriterade områden (U5.M1)');
    expect(matrix.columns).toEqual(['Område', 'Utbildning hållen', 'Debattartikel publicerad']);
    expect(matrix.rows).toEqual([
      ['Facklig politisk', 0, 0],
      ['Feministisk', 1, 0],
      ['Antirasistisk', 0, 0],
      ['Miljö och klimat', 0, 0],
    ]);
    const perSubgoal = table(report, 'Registreringar per delmål');
    expect(perSubgoal.columns).toEqual(['Delmål', 'Titel', 'Registreringar', 'Summa antal']);
    expect(perSubgoal.rows.map((cells) => [cells[0], cells[2], cells[3]])).toEqual([
      ['P1', 0, 0],
      ['P2', 1, 3],
      ['P3', 0, 0],
      ['U1', 0, 0],
      ['U2', 1, 1],
      ['U3', 4, 5],
      ['U4', 0, 0],
      ['U5', 1, 1],
    ]);
  });

  it('charts progress per delmål by short title, in percent, each bar in its worst target’s status', () => {
    const [bar] = report.charts;
    expect(bar).toMatchObject({
      title: 'Måluppfyllelse per delmål',
      type: 'bar',
      xLabel: 'Delmål',
      yLabel: 'Procent av målet',
      stacked: true,
      percent: true,
    });
    // P1's trend has one value and P2 has no target: no percent to show. P3: no election result, all valledare.
    expect(bar?.categories).toEqual([
      'P3 EU-valet 2024',
      'U1 Zetkin-underorganisation och zetkin-ansvarig',
      'U2 Ordförandemöte',
      'U3 Debattartiklar',
      'U4 Studieansvarig',
      'U5 Prioriterade områden',
    ]);
    // U5 is the mean of its categories (1 of 8), its trainings (1 of 4 areas) and its articles (0 of 4 areas).
    const u5 = round1((12.5 + 25 + 0) / 3);
    expect(bar?.series).toEqual([
      { name: 'Klar', status: 'done', values: [100, null, null, null, null, null] },
      { name: 'I fas', status: 'on_track', values: [null, null, 25, round1((5 / 15) * 100), null, null] },
      { name: 'Pågår', status: 'open', values: [null, 50, null, null, 50, u5] },
    ]);
  });

  it('charts debate articles cumulatively by month against the pace line', () => {
    const line = report.charts[1];
    expect(line).toMatchObject({ title: 'Debattartiklar: utfall mot takt', type: 'line', xLabel: 'Månad' });
    expect(line?.categories).toEqual(['jan', 'feb', 'mar', 'apr', 'maj']);
    const paceDays = [31, 60, 91, 121, daysThroughMay15];
    expect(line?.series).toEqual([
      { name: 'Utfall (ackumulerat)', values: [1, 3, 3, 4, 5] },
      { name: 'Takt', values: paceDays.map((days) => round1((15 * days) / 366)) },
    ]);
  });
});
