// Rapport för året: the year's tables and charts in Rapport, and the report as data for the CLI.
import { describe, expect, it } from 'vitest';
import type { Report } from '../../../../shared/report/types.ts';
import { lastAlert, shown } from '../../../support/add-on.ts';
import { boardYear, charts } from '../../../support/board-year.ts';

describe('Rapport för året', () => {
  it('writes the year report with a progress chart and the debate articles against the pace', async () => {
    const addOn = await boardYear();
    addOn.runtime.ui.clickMenuItem('Målkoll', 'Rapport för året');
    expect(lastAlert(addOn)).toBe('Årsrapport 2024 – Vänsterpartiet Västernorrland är skriven i bladet Rapport 2024.');
    const rapport = shown(addOn, 'Rapport 2024');
    expect(rapport[0]?.[0]).toBe('Årsrapport 2024 – Vänsterpartiet Västernorrland');
    expect(rapport[1]?.slice(0, 1)).toEqual(['Per']);
    const heading = rapport.findIndex((row) => row[0] === 'Måluppfyllelse');
    expect(rapport[heading + 1]?.slice(0, 6)).toEqual([
      'Delmål',
      'Mål',
      'Utfall',
      'Förväntat i dag',
      'Procent',
      'Status',
    ]);
    expect(rapport.find((row) => row[0] === 'U3' && row[1] === 'cirka 15 debattartiklar')?.slice(2, 3)).toEqual([
      '4 av cirka 15',
    ]);
    expect(rapport.some((row) => row[0] === 'Aktiviteter per delmål')).toBe(true);

    const [progress, pace] = charts(addOn, 'Rapport 2024');
    // One series per status, coloured as the Status cells, stacked so each delmål's bar stands alone, 0–100 %.
    expect(progress).toMatchObject({
      type: 'COLUMN',
      options: {
        title: 'Måluppfyllelse per delmål',
        'hAxis.title': 'Delmål',
        'vAxis.title': 'Procent av målet',
        isStacked: true,
        'vAxis.viewWindow.min': 0,
        'vAxis.viewWindow.max': 100,
      },
    });
    const [header = [], ...bars] = progress?.data ?? [];
    expect(header[0]).toBe('Delmål');
    const colourOf = Object.fromEntries(
      header.slice(1).map((name, at) => [name, ((progress?.options.colors ?? []) as string[])[at]]),
    );
    expect(colourOf).toMatchObject({ 'Ej uppnått': '#e06666' });
    const u3 = bars.find((row) => row[0] === 'U3 Debattartiklar');
    expect(u3?.[header.indexOf('Ej uppnått')]).toBe('26,7');
    expect(u3?.filter((cell) => cell !== '')).toEqual(['U3 Debattartiklar', '26,7']);
    expect(pace).toMatchObject({ type: 'LINE', options: { title: 'Debattartiklar: utfall mot takt' } });
    expect(pace?.data[0]).toEqual(['Månad', 'Utfall (ackumulerat)', 'Takt']);
    expect(pace?.data.slice(1, 6).map((row) => row.slice(0, 2))).toEqual([
      ['jan', '0'],
      ['feb', '1'],
      ['mar', '2'],
      ['apr', '2'],
      ['maj', '4'],
    ]);
    expect(pace?.data.at(-1)).toEqual(['dec', '4', '15']);
  });

  it('gives the CLI the report as data for a chosen day', async () => {
    const addOn = await boardYear();
    const { report, message } = addOn.bundle.call('yearReport', { asOf: '2024-03-31' }) as {
      report: Report;
      message: string;
    };
    expect(message).toContain('Årsrapport 2024');
    expect(report.asOf).toBe('2024-03-31');
    expect(report.tables[0]?.rows.find((row) => row[0] === 'U3')?.[2]).toBe('2 av cirka 15');
    expect(shown(addOn, 'Rapport 2024')[1]?.slice(0, 3)).toEqual(['Per', '2024-03-31', '']);
  });
});
