// Rapport per partiförening: each branch's logs and filled roles in Rapport, with its charts.
import { describe, expect, it } from 'vitest';
import { lastAlert, shown } from '../../../support/add-on.ts';
import { boardYear, charts } from '../../../support/board-year.ts';

describe('Rapport per partiförening', () => {
  it('writes its own sheet beside the year report, one row per partiförening, with its charts', async () => {
    const addOn = await boardYear();
    addOn.runtime.ui.clickMenuItem('Målkoll', 'Rapport för året');
    addOn.runtime.ui.clickMenuItem('Målkoll', 'Rapport per partiförening');
    expect(lastAlert(addOn)).toBe(
      'Partiföreningar 2024 – Vänsterpartiet Västernorrland är skriven i bladet Rapport partiföreningar 2024.',
    );
    const rapport = shown(addOn, 'Rapport partiföreningar 2024');
    expect(shown(addOn, 'Rapport 2024').some((row) => row[0] === 'Måluppfyllelse')).toBe(true);
    expect(rapport[0]?.[0]).toBe('Partiföreningar 2024 – Vänsterpartiet Västernorrland');
    // The role columns are headed as in Partiföreningar.
    const roleHeaders = shown(addOn, 'Partiföreningar')[0]?.slice(2);
    expect(roleHeaders).toContain('Valledare');
    expect(rapport.find((row) => row[0] === 'Partiförening')?.slice(3, 3 + (roleHeaders?.length ?? 0))).toEqual(
      roleHeaders,
    );
    expect(rapport.find((row) => row[0] === 'Sundsvall')?.slice(0, 4)).toEqual(['Sundsvall', '4', '4', 'Kim']);
    expect(rapport.find((row) => row[0] === 'Härnösand')?.slice(0, 4)).toEqual(['Härnösand', '1', '2', 'Saknas']);
    expect(rapport.some((row) => row[0] === 'Måluppfyllelse')).toBe(false);
    const [registrations, roles] = charts(addOn, 'Rapport partiföreningar 2024');
    expect(registrations?.options.title).toBe('Registreringar per partiförening');
    expect(roles?.options).toMatchObject({
      title: 'Tillsatta roller per partiförening',
      'vAxis.title': 'Procent tillsatta',
      'vAxis.viewWindow.max': 100,
    });
  });
});
