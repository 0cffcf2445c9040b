// The partiförening report as the board reads it: each branch's logs and filled roles.

import { describe, expect, it } from 'vitest';
import { buildBranchReport } from '../../../shared/report/branch-report.ts';
import { Report as ReportSchema } from '../../../shared/report/types.ts';
import { input, table } from '../../support/report-input.ts';

describe('partiförening report', () => {
  const report = buildBranchReport(input('2024-05-15'));

  it('shows each partiförening’s registrations and roles, matching by name or id', () => {
    expect(ReportSchema.parse(report)).toEqual(report);
    expect(report.title).toBe('Partiföreningar 2024 – Vänsterpartiet Västernorrland');
    expect(report.sheet).toBe('Rapport partiföreningar 2024');
    const overview = table(report, 'Partiföreningar');
    expect(overview.columns).toEqual([
      'Partiförening',
      'Registreringar',
      'Summa antal',
      'Valledare',
      'Zetkin-underorganisation',
      'Zetkin-ansvarig',
      'Studieansvarig',
      'Tillsatta roller',
      'Saknade roller',
    ]);
    expect(overview.rows).toEqual([
      ['Sundsvall', 3, 3, 'Anna', 'V Sundsvall', 'Bo', 'Cia', 4, null],
      [
        'Härnösand',
        2,
        3,
        'Dan',
        'Saknas',
        'Saknas',
        'Saknas',
        1,
        'zetkin-underorganisation, zetkin-ansvarig, studieansvarig',
      ],
      ['Utan partiförening', 2, 4, null, null, null, null, null, null],
    ]);
  });

  it('breaks the quantities down per delmål', () => {
    const perSubgoal = table(report, 'Summa antal per delmål och partiförening');
    expect(perSubgoal.columns).toEqual(['Partiförening', 'P1', 'P2', 'P3', 'U1', 'U2', 'U3', 'U4', 'U5']);
    expect(perSubgoal.rows).toEqual([
      ['Sundsvall', 0, 0, 0, 0, 1, 2, 0, 0],
      ['Härnösand', 0, 0, 0, 0, 0, 2, 0, 1],
      ['Utan partiförening', 0, 3, 0, 0, 0, 1, 0, 0],
    ]);
  });

  it('charts registrations and filled roles per partiförening', () => {
    expect(report.charts).toEqual([
      {
        title: 'Registreringar per partiförening',
        type: 'bar',
        categories: ['Sundsvall', 'Härnösand', 'Utan partiförening'],
        series: [{ name: 'Registreringar', values: [3, 2, 2] }],
        xLabel: 'Partiförening',
        yLabel: 'Registreringar',
      },
      {
        title: 'Tillsatta roller per partiförening',
        type: 'bar',
        categories: ['Sundsvall', 'Härnösand'],
        series: [{ name: 'Procent tillsatta', values: [100, 25] }],
        xLabel: 'Partiförening',
        yLabel: 'Procent tillsatta',
        percent: true,
      },
    ]);
  });
});
