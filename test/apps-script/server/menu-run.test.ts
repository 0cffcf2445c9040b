// The preview's Målkoll menu runs each command through the add-on's own menu entry point, asking what it asks; a command
// that changed the workbook before asking is refused, since running it again would change it twice.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Addon } from '../../../apps-script/host/addon.ts';
import { createRuntime, loadBundle } from '../../../apps-script/local/index.ts';
import { GroupSave } from '../../../apps-script/server/group-save.ts';
import { menuEntries, runMenuItem } from '../../../apps-script/server/menu-run.ts';
import { MALKOLL_MENU } from '../../support/add-on.ts';
import { startTestServer, type TestServer } from '../../support/server-harness.ts';

let t: TestServer;
let addon: Addon;
let saves: GroupSave;
beforeAll(async () => {
  t = await startTestServer({ today: '2024-06-15' });
  const bundle = t.server.runtime.bundle;
  if (!bundle) throw new Error('no bundle');
  addon = { runtime: t.server.runtime, bundle };
  // The server's own journal writes what these menu runs change, at its next commit.
  saves = new GroupSave(t.server.runtime, { commit: () => {} });
});
afterAll(async () => {
  await t.server.close();
});

const run = (handler: string, ...answers: { button: 'OK' | 'CANCEL'; text: string }[]) =>
  runMenuItem(addon, saves, 'Målkoll', handler, answers);

describe('the preview menu', () => {
  it('offers every item of the add-on’s menu, in its order', () => {
    const captions = menuEntries(addon, 'Målkoll').map((entry) => ('caption' in entry ? entry.caption : '—'));
    expect(captions).toEqual(MALKOLL_MENU);
  });

  it('asks for the quarter as the menu does, and writes its report once answered', async () => {
    const asked = await run('menuQuarterReport');
    expect(asked).toMatchObject({
      kind: 'asking',
      caption: 'Kvartalsrapport…',
      question: { kind: 'prompt', title: 'Kvartalsrapport', message: 'Vilket kvartal? Skriv t.ex. 2024Q2.' },
    });
    const done = await run('menuQuarterReport', { button: 'OK', text: '2024Q2' });
    expect(done).toEqual({
      kind: 'done',
      handler: 'menuQuarterReport',
      caption: 'Kvartalsrapport…',
      shown: [
        expect.objectContaining({
          kind: 'alert',
          message: expect.stringMatching(
            /^Kvartalsrapport 2024Q2 – Vänsterpartiet Västernorrland är skriven i bladet Rapport/,
          ),
        }),
      ],
    });
    expect(await run('menuQuarterReport', { button: 'CANCEL', text: '' })).toMatchObject({ kind: 'done', shown: [] });
  });

  it('runs every other command from the menu as the board would', async () => {
    const alert = async (handler: string, ...answers: { button: 'OK' | 'CANCEL'; text: string }[]) => {
      const outcome = await run(handler, ...answers);
      if (outcome?.kind !== 'done') throw new Error(`${handler} did not finish: ${JSON.stringify(outcome)}`);
      return outcome.shown.map((event) => ('message' in event ? event.message : event.kind));
    };
    expect(await alert('menuUpdateResults')).toEqual(['Utfallet är uppdaterat för 12 målrader.']);
    expect(await alert('menuYearReport')).toEqual([
      expect.stringMatching(/^Årsrapport 2024 – Vänsterpartiet Västernorrland är skriven i bladet Rapport/),
    ]);
    expect(await alert('menuBranchReport')).toEqual([
      expect.stringMatching(/^Partiföreningar 2024 .* är skriven i bladet /),
    ]);
    expect(await alert('menuReviewRegister')).toEqual(['Registret är granskat: alla 0 rader i Logg är giltiga.']);
    expect(await alert('menuShowOverview')).toEqual(['sidebar']);
    expect(await alert('menuWriteNarrative', { button: 'OK', text: '' })).toEqual(['modalDialog']);
    expect(await alert('menuImportPlan')).toEqual(['modalDialog']);
    expect((await run('menuArchiveYear'))?.kind).toBe('asking');
    expect(await alert('menuArchiveYear', { button: 'OK', text: '2023' })).toEqual(['Logg har inga rader från 2023.']);
    expect((await run('menuInviteMember', { button: 'OK', text: 'Ada' }))?.kind).toBe('asking');
    expect(await alert('menuInviteMember', { button: 'OK', text: 'Ada' }, { button: 'OK', text: 'Sundsvall' })).toEqual(
      ['modalDialog'],
    );
    expect(await alert('menuRevokeMember', { button: 'OK', text: 'Ada' })).toEqual([
      'Ada är återkallad (1 st). Tillägget slutar fungera för medlemmen direkt.',
    ]);
    // The runtime's clock is the server's --today, and the add-on reads its date from it.
    const [, narrative] = addon.runtime.documents.all().at(-1)?.body ?? [];
    expect(narrative?.type === 'TABLE' ? '' : narrative?.text).toContain('målregister den 2024-06-15');
  });

  it('runs nothing that is not in the menu', async () => {
    expect(await run('doPost')).toBeNull();
    expect(await run('updateResults')).toBeNull();
  });

  it('refuses a command that changed the workbook before it asked, rather than run it twice', async () => {
    const runtime = createRuntime({
      dataFile: join(mkdtempSync(join(tmpdir(), 'malkoll-menu-')), 'wb.json'),
      ifMissing: 'create',
    });
    const bundle = loadBundle(
      runtime,
      `function onOpen() { SpreadsheetApp.getUi().createMenu('Målkoll').addItem('Fel ordning…', 'careless').addToUi(); }
function careless() {
  SpreadsheetApp.getActiveSheet().getRange('A1').setValue('skrivet');
  SpreadsheetApp.getUi().prompt('Vad?', 'Vad vill du?', SpreadsheetApp.getUi().ButtonSet.OK_CANCEL);
}`,
    );
    bundle.open();
    await expect(
      runMenuItem({ runtime, bundle }, new GroupSave(runtime, { commit: () => {} }), 'Målkoll', 'careless', []),
    ).rejects.toThrow('careless ändrade arbetsboken innan den frågade "Vad vill du?"');
  });
});
