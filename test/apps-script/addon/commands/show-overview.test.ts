// Visa översikt: the sidebar the menu opens (300 px, titled), and the overview it asks the add-on for: a bar per delmål
// and what falls due in the quarter.
import { describe, expect, it } from 'vitest';
import type { OverviewData } from '../../../../apps-script/addon/commands/show-overview.ts';
import { lastAlert, openAddOn } from '../../../support/add-on.ts';
import { followedUpYear } from '../../../support/board-year.ts';

describe('Visa översikt', () => {
  it('opens the overview as a sidebar beside the sheet', async () => {
    const addOn = await followedUpYear();
    addOn.runtime.ui.clickMenuItem('Målkoll', 'Visa översikt');
    const [sidebar] = addOn.runtime.ui.shown('sidebar');
    expect(sidebar).toMatchObject({ kind: 'sidebar', title: 'Målkoll – översikt', width: 300 });
    expect(sidebar?.html).toContain('Framsteg per delmål');
  });

  it('gives each delmål a bar in the colour of its most pressing status, and lists what is due this quarter', async () => {
    const addOn = await followedUpYear();
    const data = (await addOn.bundle.runFromClient('overview', { asOf: '2024-06-15' })) as OverviewData;
    expect(data.quarter).toEqual({ label: 'Q2 2024', last: '2024-06-30' });
    const bars = Object.fromEntries(data.bars.map((bar) => [bar.subgoalId, bar]));
    expect(Object.keys(bars)).toEqual(['P1', 'P2', 'P3', 'U1', 'U2', 'U3', 'U4', 'U5']);
    // U3: 4 of about 15 articles by mid-June, while the pace asks for 6.
    expect(bars.U3).toMatchObject({ percent: 27, status: 'behind', statusLabel: 'Efter', colour: '#fff2cc' });
    expect(bars.U2).toMatchObject({ percent: 50, status: 'on_track', statusLabel: 'I fas', colour: '#d9ead3' });
    expect(bars.P2).toMatchObject({ percent: null, targets: 0 });
    // P3: the EU result is in (done); valledare is missing in Härnösand, which is not met yet: both are said.
    expect(bars.P3?.statusText).toBe('1 pågår, 1 klar');
    expect(data.due).toEqual([
      {
        id: 'U2.1.M1',
        text: 'minst 1 ordförandemöte i kvartalet',
        detail: '1 av minst 1 (Q2, till 2024-06-30)',
        state: 'done',
      },
      {
        id: 'U3.M1',
        text: 'cirka 15 debattartiklar',
        detail: '4 hittills; takten kräver 8 till 2024-06-30',
        state: 'open',
      },
    ]);
  });

  it('counts an activity due by the quarter end, and a late one as late', async () => {
    const addOn = await followedUpYear();
    const autumn = (await addOn.bundle.runFromClient('overview', { asOf: '2024-10-20' })) as OverviewData;
    expect(autumn.due.find((item) => item.id === 'U2.3')).toEqual({
      id: 'U2.3',
      text: 'Anordna en Höstkonferens där medlemsaktivering är det centrala temat',
      detail: 'deadline 2024-10-15',
      state: 'late',
    });
    const after = (await addOn.bundle.runFromClient('overview', { asOf: '2025-02-01' })) as OverviewData;
    expect(after).toMatchObject({ quarter: null, due: [] });
  });

  it('tells the board to import a plan first', async () => {
    const addOn = openAddOn();
    await expect(addOn.bundle.runFromClient('overview')).rejects.toThrow('Ingen verksamhetsplan är inläst.');
    expect(lastAlert(addOn)).toBeUndefined();
  });
});
