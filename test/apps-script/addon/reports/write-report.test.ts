// The report sheet before anything is logged: every report is written, with its tables and charts, and says so.
import { describe, expect, it } from 'vitest';
import { lastAlert, shown, withSeed } from '../../../support/add-on.ts';

describe('reports before anything is logged', () => {
  it('writes the year, quarter and partiförening reports on an empty Logg', async () => {
    const addOn = await withSeed();
    addOn.runtime.ui.clickMenuItem('Målkoll', 'Uppdatera utfall');
    addOn.runtime.ui.clickMenuItem('Målkoll', 'Rapport för året');
    expect(lastAlert(addOn)).toBe('Årsrapport 2024 – Vänsterpartiet Västernorrland är skriven i bladet Rapport.');
    addOn.runtime.ui.respond({ button: 'OK', text: '2024Q1' });
    addOn.runtime.ui.clickMenuItem('Målkoll', 'Kvartalsrapport…');
    expect(lastAlert(addOn)).toBe(
      'Kvartalsrapport 2024Q1 – Vänsterpartiet Västernorrland är skriven i bladet Rapport.',
    );
    addOn.runtime.ui.clickMenuItem('Målkoll', 'Rapport per partiförening');
    expect(lastAlert(addOn)).toBe('Partiföreningar 2024 – Vänsterpartiet Västernorrland är skriven i bladet Rapport.');
    expect(shown(addOn, 'Rapport')[0]?.[0]).toBe('Partiföreningar 2024 – Vänsterpartiet Västernorrland');
  });

  it('says in Swedish that a quarter outside the plan year has no report', async () => {
    const addOn = await withSeed();
    addOn.runtime.ui.respond({ button: 'OK', text: '2025Q1' });
    addOn.runtime.ui.clickMenuItem('Målkoll', 'Kvartalsrapport…');
    expect(lastAlert(addOn)).toBe('Kvartalet 2025Q1 ligger utanför planens år 2024.');
  });
});
