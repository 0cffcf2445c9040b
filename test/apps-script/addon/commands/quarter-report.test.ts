// Kvartalsrapport…: the quarter the board types, its tables and charts in Rapport, and a bad quarter refused.
import { describe, expect, it } from 'vitest';
import { lastAlert, shown } from '../../../support/add-on.ts';
import { boardYear, charts } from '../../../support/board-year.ts';

describe('Kvartalsrapport…', () => {
  it('asks for the quarter and writes its report', async () => {
    const addOn = await boardYear();
    addOn.runtime.ui.respond({ button: 'OK', text: '2024Q2' });
    addOn.runtime.ui.clickMenuItem('Målkoll', 'Kvartalsrapport…');
    const [prompt] = addOn.runtime.ui.shown('prompt');
    expect(prompt?.message).toMatch(/^Vilket kvartal\? Skriv t\.ex\. \d{4}Q[1-4]\.$/);
    expect(lastAlert(addOn)).toBe(
      'Kvartalsrapport 2024Q2 – Vänsterpartiet Västernorrland är skriven i bladet Rapport 2024 Q2.',
    );
    const rapport = shown(addOn, 'Rapport 2024 Q2');
    const heading = rapport.findIndex((row) => row[0] === 'Registreringar i kvartalet per delmål');
    expect(
      rapport
        .slice(heading + 2)
        .find((row) => row[0] === 'U3')
        ?.slice(2, 4),
    ).toEqual(['1', '2']);
    expect(charts(addOn, 'Rapport 2024 Q2').map((chart) => chart.options.title)).toEqual([
      'Måluppfyllelse per delmål',
      'Debattartiklar: utfall mot takt',
    ]);
  });

  it('explains a quarter it cannot use', async () => {
    const addOn = await boardYear();
    addOn.runtime.ui.respond({ button: 'OK', text: 'andra kvartalet' });
    addOn.runtime.ui.clickMenuItem('Målkoll', 'Kvartalsrapport…');
    expect(lastAlert(addOn)).toBe('Ogiltigt kvartal "andra kvartalet": skriv år och kvartal som 2024Q2 (Q1–Q4).');
    addOn.runtime.ui.respond({ button: 'OK', text: '2023Q4' });
    addOn.runtime.ui.clickMenuItem('Målkoll', 'Kvartalsrapport…');
    expect(lastAlert(addOn)).toBe('Kvartalet 2023Q4 ligger utanför planens år 2024.');
    addOn.runtime.ui.respond({ button: 'CANCEL' });
    const alerts = addOn.runtime.ui.shown('alert').length;
    addOn.runtime.ui.clickMenuItem('Målkoll', 'Kvartalsrapport…');
    expect(addOn.runtime.ui.shown('alert')).toHaveLength(alerts);
  });
});
