// Skriv verksamhetsberättelse…: the board picks the date, a new Google Doc gets the year in prose with headings per area
// and delmål, and the board is shown the Doc's address.
import { describe, expect, it } from 'vitest';
import type { StoredDocument } from '../../../../apps-script/local/index.ts';
import type { Narrative } from '../../../../shared/report/narrative.ts';
import { lastAlert, openAddOn, withSeed } from '../../../support/add-on.ts';
import { followedUpYear } from '../../../support/board-year.ts';

type Block = StoredDocument['body'][number];
const heading = (blocks: readonly Block[], level: string) =>
  blocks.flatMap((block) => (block.type === 'PARAGRAPH' && block.heading === level ? [block.text] : []));
const texts = (blocks: readonly Block[]) => blocks.map((block) => (block.type === 'TABLE' ? '' : block.text));

describe('Skriv verksamhetsberättelse…', () => {
  it('writes the year to a new Google Doc with a heading per area and delmål, and shows its address', async () => {
    const addOn = await followedUpYear();
    addOn.runtime.ui.respond({ button: 'OK', text: '2025-01-20' });
    addOn.runtime.ui.clickMenuItem('Målkoll', 'Skriv verksamhetsberättelse…');

    const [question] = addOn.runtime.ui.shown('prompt');
    expect(question?.title).toBe('Skriv verksamhetsberättelse');
    expect(question?.message).toMatch(/ett nytt Google-dokument i din Drive, med läget i dag \(\d{4}-\d{2}-\d{2}\)/);
    const [doc] = addOn.runtime.documents.all();
    if (!doc) throw new Error('no Doc was created');
    expect(doc.name).toBe('Verksamhetsberättelse 2024 – Vänsterpartiet Västernorrland');
    expect(heading(doc.body, 'TITLE')).toEqual([doc.name]);
    // The title is the Doc's first paragraph: the Doc does not open with an empty line.
    expect(doc.body[0]).toMatchObject({ type: 'PARAGRAPH', heading: 'TITLE' });
    expect(heading(doc.body, 'HEADING1')).toEqual([
      'Det parlamentariska arbetet',
      'Det utomparlamentariska arbetet',
      'Det som inte nåddes',
    ]);
    expect(heading(doc.body, 'HEADING2')).toHaveLength(8);
    expect(heading(doc.body, 'HEADING2')[0]).toBe(
      'Delmål 1: Vi ska i vår oppositionsroll synas på flera fronter i hela regionen',
    );

    const lines = texts(doc.body);
    expect(lines).toContain(
      'Cirka 15 debattartiklar: 4 av 15 (27 %) – inte uppnått. Styrelsens kommentar: Flera artiklar refuserades under valrörelsen',
    );
    expect(lines).toContain('Över 8 % i EU-valet 2024: 8,4 % – uppnått.');
    expect(lines).toContain(
      'Öka följare på Facebooksidan: från 1\u00a0200 (2024-01-05) till 1\u00a0350 (2024-11-30) – uppnått.',
    );
    expect(lines).toContain('Över 10 % i regionvalet 2026: inget registrerat.');
    // The activities the board marked, as list items under what happened to them.
    const items = doc.body.filter((block) => block.type === 'LIST_ITEM').map((block) => block.text);
    expect(items).toContain('Stödja regionens förtroendevalda i det parlamentariska arbetet');
    expect(items).toContain('Delta i nationella Regionkampanjen (Kampanjen ställdes in centralt)');
    const struck = lines.indexOf('Struket:');
    expect(lines[struck + 1]).toBe('Delta i nationella Regionkampanjen (Kampanjen ställdes in centralt)');

    const dialog = addOn.runtime.ui.events.find((event) => event.kind === 'modalDialog');
    if (dialog?.kind !== 'modalDialog') throw new Error('no dialog was shown');
    expect(dialog?.title).toBe('Skriv verksamhetsberättelse');
    expect(dialog?.html).toContain(`href="${doc.url}"`);
    expect(dialog?.html).toContain(
      'Verksamhetsberättelsen &quot;Verksamhetsberättelse 2024 – Vänsterpartiet Västernorrland&quot; är skriven.',
    );
    expect(doc.url).toMatch(/^https:\/\/docs\.google\.com\/open\?id=1[\w-]{43}$/);
  });

  it('writes the same text the CLI prints, and a date the board leaves empty is today', async () => {
    const addOn = await followedUpYear();
    const composed = addOn.bundle.call('composeNarrative', { asOf: '2024-06-15' }) as { narrative: Narrative };
    const written = addOn.bundle.call('writeNarrative', { asOf: '2024-06-15' }) as { url: string };
    const doc = addOn.runtime.DocumentApp.openByUrl(written.url);
    expect(doc.getBody().getText()).toBe(composed.narrative.blocks.map((block) => block.text).join('\n'));
    expect(composed.narrative.blocks.map((block) => block.text)).toContain('Det som ligger efter');

    addOn.runtime.ui.respond({ button: 'OK', text: '' });
    addOn.runtime.ui.clickMenuItem('Målkoll', 'Skriv verksamhetsberättelse…');
    const today = (addOn.runtime.ui.shown('prompt')[0]?.message ?? '').match(/\d{4}-\d{2}-\d{2}/)?.[0];
    expect(
      addOn.runtime.documents
        .all()
        .at(-1)
        ?.body.map((block) => (block.type === 'TABLE' ? '' : block.text)),
    ).toContain(
      `Det här är ett utkast till verksamhetsberättelse, skrivet av Målkoll ur distriktets målregister den ${today}. Det bygger bara på det som har registrerats: loggen över vad medlemmarna gjort, aktiviteternas status, partiföreningarnas roller och mätvärdena. Underlaget gäller verksamhetsåret 2024. Styrelsen läser, rättar och kompletterar texten före årsmötet.`,
    );
  });

  it('writes nothing and says why for a date it cannot read, for Cancel, and without a plan', async () => {
    const addOn = await withSeed();
    addOn.runtime.ui.respond({ button: 'OK', text: '15 juni' });
    addOn.runtime.ui.clickMenuItem('Målkoll', 'Skriv verksamhetsberättelse…');
    expect(lastAlert(addOn)).toBe('Ogiltigt datum "15 juni": skriv datumet som ÅÅÅÅ-MM-DD.');
    addOn.runtime.ui.respond({ button: 'CANCEL' });
    addOn.runtime.ui.clickMenuItem('Målkoll', 'Skriv verksamhetsberättelse…');
    expect(addOn.runtime.ui.shown('alert')).toHaveLength(1);
    expect(addOn.runtime.documents.all()).toEqual([]);

    const empty = openAddOn();
    empty.runtime.ui.respond({ button: 'OK', text: '' });
    empty.runtime.ui.clickMenuItem('Målkoll', 'Skriv verksamhetsberättelse…');
    expect(lastAlert(empty)).toBe('Ingen verksamhetsplan är inläst. Välj Målkoll → Importera verksamhetsplan… först.');
    expect(empty.runtime.documents.all()).toEqual([]);
  });
});
