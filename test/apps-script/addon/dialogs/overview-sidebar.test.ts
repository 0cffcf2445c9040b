// The overview sidebar in a browser DOM: its bars and due items from google.script.run, the refresh button, and the
// poll every minute that keeps it live while members log.
import { afterEach, describe, expect, it } from 'vitest';
import { logActions } from '../../../support/add-on.ts';
import { followedUpYear } from '../../../support/board-year.ts';
import { openHtml, type ScriptWindow, settle } from '../../../support/html-window.ts';
import { makeAction } from '../../../support/report-fixtures.ts';

let window: ScriptWindow | undefined;
afterEach(async () => {
  await window?.happyDOM.close();
  window = undefined;
});

const text = (node: { textContent: string | null } | null | undefined) => node?.textContent ?? '';

describe('the overview sidebar', () => {
  it('draws a bar per delmål and what is due, and polls so a member’s new log shows without a click', async () => {
    const addOn = await followedUpYear();
    addOn.runtime.ui.clickMenuItem('Målkoll', 'Visa översikt');
    const html = addOn.runtime.ui.shown('sidebar')[0]?.html ?? '';
    const polls: { callback: () => void; ms: number }[] = [];
    window = openHtml(addOn, html, (opened) => {
      (opened as unknown as { setInterval: unknown }).setInterval = (callback: () => void, ms: number) =>
        polls.push({ callback, ms });
    });
    await settle();
    const document = window.document;
    const bars = [...document.querySelectorAll('.bar')];
    expect(bars.map((bar) => bar.getAttribute('data-subgoal'))).toEqual([
      'P1',
      'P2',
      'P3',
      'U1',
      'U2',
      'U3',
      'U4',
      'U5',
    ]);
    const u3 = document.querySelector('[data-subgoal="U3"] [role="progressbar"]');
    const before = Number(u3?.getAttribute('aria-valuenow'));
    expect(before).toBeGreaterThan(0);
    expect(text(document.getElementById('asof'))).toMatch(/^Läget per \d{4}-\d{2}-\d{2} · Uppdaterad \d\d:\d\d$/);
    expect(polls).toEqual([{ callback: expect.any(Function), ms: 60_000 }]);

    logActions(addOn, [
      makeAction({ at: '2024-09-01T10:00:00Z', subgoal: 'U3', kind: 'article.published', quantity: 5 }),
    ]);
    polls[0]?.callback();
    await settle();
    const after = Number(
      document.querySelector('[data-subgoal="U3"] [role="progressbar"]')?.getAttribute('aria-valuenow'),
    );
    expect(after).toBe(Math.round(((4 + 5) / 15) * 100));
  });

  it('shows the reason when the overview cannot be fetched, and the refresh button asks again', async () => {
    const addOn = await followedUpYear();
    addOn.runtime.ui.clickMenuItem('Målkoll', 'Visa översikt');
    const html = addOn.runtime.ui.shown('sidebar')[0]?.html ?? '';
    window = openHtml(addOn, html, (opened) => {
      (opened as unknown as { setInterval: unknown }).setInterval = () => 0;
    });
    await settle();
    addOn.runtime.SpreadsheetApp.getActiveSpreadsheet().deleteSheet(
      addOn.runtime.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('_plan') as never,
    );
    (window.document.getElementById('refresh') as unknown as { click(): void }).click();
    await settle();
    expect(text(window.document.getElementById('error'))).toBe(
      'Översikten kunde inte hämtas: Ingen verksamhetsplan är inläst. Välj Målkoll → Importera verksamhetsplan… först.',
    );
  });
});
