// Importera verksamhetsplan… through the dialog: the sheets an import creates (headers, frozen and protected, dropdowns
// and validations), a re-import of an edited plan, and next year's plan moving the old sheets aside.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ACTIVITIES, BRANCHES, GOALS, LOG, RECORDED } from '../../../../shared/sheets/columns.ts';
import {
  type AddOn,
  importText,
  logActions,
  openAddOn,
  rowWith,
  SEED_TEXT,
  seedActions,
  shown,
  type,
  typeRow,
  withSeed,
} from '../../../support/add-on.ts';
import { buildPlanDoc, PLAN_DOC_TEXT } from '../../../support/plan-doc.ts';
import { SEED_GOAL_IDS } from '../../../support/seed.ts';

describe('the import dialog', () => {
  it('shows what the parser found before anything is written', async () => {
    const addOn = openAddOn();
    const preview = (await addOn.bundle.runFromClient('previewPlanImport', { text: SEED_TEXT })) as {
      ok: true;
      plan: { year: number; counts: Record<string, number>; areas: { id: string; subgoals: { id: string }[] }[] };
    };
    expect(preview.ok).toBe(true);
    expect(preview.plan.year).toBe(2024);
    expect(preview.plan.counts).toEqual({ areas: 2, subgoals: 8, activities: 29, targets: 11 });
    expect(preview.plan.areas.map((area) => area.subgoals.map((subgoal) => subgoal.id))).toEqual([
      ['P1', 'P2', 'P3'],
      ['U1', 'U2', 'U3', 'U4', 'U5'],
    ]);
    expect(addOn.runtime.workbook.sheetByName('Mål')).toBeUndefined();
  });

  it('lists the errors by line when the text is no plan', async () => {
    const addOn = openAddOn();
    const preview = (await addOn.bundle.runFromClient('previewPlanImport', { text: 'Inköpslista\nmjölk\n' })) as {
      ok: false;
      errors: { line: number; message: string }[];
    };
    expect(preview.ok).toBe(false);
    expect(preview.errors.length).toBeGreaterThan(0);
    expect(preview.errors[0]?.line).toBeGreaterThanOrEqual(1);
    const missing = (await addOn.bundle.runFromClient('previewPlanImport', { text: ' ', docUrl: '' })) as {
      errors: { message: string }[];
    };
    expect(missing.errors[0]?.message).toBe('Klistra in planens text eller ange ett dokuments adress.');
  });

  it('reads the plan from a Google Doc', async () => {
    const url = 'https://docs.google.com/document/d/1PlanDoc2024/edit';
    const addOn = openAddOn({ documents: { [url]: SEED_TEXT } });
    const preview = (await addOn.bundle.runFromClient('previewPlanImport', { docUrl: url })) as {
      ok: boolean;
      plan: { counts: { subgoals: number } };
    };
    expect(preview).toMatchObject({ ok: true, plan: { counts: { subgoals: 8 } } });
    const wrong = (await addOn.bundle.runFromClient('previewPlanImport', { docUrl: 'https://example.org/plan' })) as {
      errors: { message: string }[];
    };
    expect(wrong.errors[0]?.message).toContain('går inte till ett Google-dokument');
    const unreadable = (await addOn.bundle.runFromClient('previewPlanImport', {
      docUrl: 'https://docs.google.com/document/d/1Missing/edit',
    })) as { errors: { message: string }[] };
    expect(unreadable.errors[0]?.message).toBe(
      'Dokumentet kunde inte öppnas. Kontrollera adressen och att du har läsrätt.',
    );
  });
});

type Preview = { ok: boolean; plan?: unknown; errors?: { line: number; message: string; text?: string }[] };

describe('importing a Google Doc by its structure', () => {
  it('reads headings, numbered and nested lists and a table as the same plan its text is', async () => {
    const addOn = openAddOn();
    const url = buildPlanDoc(addOn.runtime);
    const fromDoc = (await addOn.bundle.runFromClient('previewPlanImport', { docUrl: url })) as Preview;
    const fromText = (await addOn.bundle.runFromClient('previewPlanImport', { text: PLAN_DOC_TEXT })) as Preview;
    expect(fromDoc).toEqual(fromText);
    expect(fromDoc).toMatchObject({
      ok: true,
      plan: {
        title: 'Verksamhetsplan 2025',
        organisation: 'Vänsterpartiet Norrtälje',
        year: 2025,
        counts: { areas: 3, subgoals: 5, activities: 7, targets: 6 },
      },
    });
  });

  it('writes the register the board sees from the Doc, as from its text', async () => {
    const fromDoc = openAddOn();
    const url = buildPlanDoc(fromDoc.runtime);
    expect(await fromDoc.bundle.runFromClient('importPlan', { docUrl: url })).toMatchObject({ ok: true });
    const fromText = openAddOn();
    expect((await importText(fromText, PLAN_DOC_TEXT)).ok).toBe(true);
    for (const sheet of [GOALS.name, ACTIVITIES.name, BRANCHES.name]) {
      expect(shown(fromDoc, sheet)).toEqual(shown(fromText, sheet));
    }
    expect(rowWith(fromDoc, ACTIVITIES.name, 'H1.2')?.slice(0, 4)).toEqual([
      'H1.2',
      'H1',
      'Studiecirkel om organisering',
      'Studieansvarig',
    ]);
    expect(rowWith(fromDoc, GOALS.name, 'O1.M1')?.slice(0, 7)).toEqual([
      'O1.M1',
      'Organisation',
      'O1',
      'vara 400 medlemmar vid årets slut',
      'Nivå',
      '400',
      '2025',
    ]);
  });

  it('costs a bounded number of Docs calls per element', async () => {
    const addOn = openAddOn();
    const url = buildPlanDoc(addOn.runtime);
    addOn.runtime.counters.reset();
    await addOn.bundle.runFromClient('previewPlanImport', { docUrl: url });
    const calls = addOn.runtime.counters.snapshot();
    const documentCalls = Object.entries(calls).filter(([key]) =>
      /^(DocumentApp|Document|Body|Paragraph|ListItem|Table|TableRow|TableCell)\./.test(key),
    );
    // The Doc: 11 paragraphs, 8 list items, a table of 3 rows of 4 cells. Per paragraph getChild, getType,
    // asParagraph, getText, getHeading; per list item getChild, getType, asListItem, getText, getNestingLevel,
    // getGlyphType, getListId, getHeading; per table getChild, getType, asTable, getNumRows, per row getRow, getNumCells, per cell
    // getCell, getText; and openByUrl, getBody, getNumChildren once.
    expect(calls['Body.getChild']).toBe(20);
    expect(calls['TableCell.getText']).toBe(12);
    const total = documentCalls.reduce((sum, [, count]) => sum + count, 0);
    expect(total).toBe(3 + 11 * 5 + 8 * 8 + (4 + 3 * 2 + 12 * 2));
  });

  it('names the paragraph a problem is in, asks for the year in its field, and calls an empty Doc a document', async () => {
    const addOn = openAddOn();
    const { DocumentApp } = addOn.runtime;
    const doc = DocumentApp.create('Plan');
    const body = doc.getBody();
    body.getChild(0).asParagraph().setText('Verksamhetsplan för Vänsterpartiet Norrtälje');
    body.appendParagraph('Organisation').setHeading(DocumentApp.ParagraphHeading.HEADING1);
    body.appendParagraph('Mål:');
    body.appendListItem('Vi ska hålla fyra medlemsmöten under året.').setGlyphType(DocumentApp.GlyphType.NUMBER);
    const url = `https://docs.google.com/document/d/${doc.getId()}/edit`;
    const refused = (await addOn.bundle.runFromClient('previewPlanImport', { docUrl: url })) as Preview;
    expect(refused.errors).toEqual([
      {
        line: 1,
        text: 'Verksamhetsplan för Vänsterpartiet Norrt…',
        message: expect.stringContaining('Skriv året i fältet Planens år ovan (t.ex. 2025)'),
      },
    ]);
    const given = (await addOn.bundle.runFromClient('previewPlanImport', { docUrl: url, year: '2025' })) as Preview;
    expect(given).toMatchObject({ ok: true, plan: { year: 2025, counts: { subgoals: 1 } } });
    const empty = DocumentApp.create('Tom');
    const blank = (await addOn.bundle.runFromClient('previewPlanImport', {
      docUrl: `https://docs.google.com/document/d/${empty.getId()}/edit`,
    })) as Preview;
    expect(blank.errors).toEqual([
      { line: 1, message: 'Dokumentet är tomt. Kontrollera att adressen går till dokumentet med planen.' },
    ]);
    const wrong = (await addOn.bundle.runFromClient('previewPlanImport', { docUrl: url, year: '25' })) as Preview;
    expect(wrong.errors?.[0]?.message).toBe(
      '”25” är inget årtal. Skriv planens år med fyra siffror i fältet Planens år, t.ex. 2025, eller lämna fältet tomt.',
    );
  });
});

describe('the sheets an import creates', () => {
  it('writes one Mål row per target or target-less delmål and one Aktiviteter row per activity', async () => {
    const addOn = await withSeed();
    const goals = shown(addOn, GOALS.name);
    expect(goals[0]).toEqual([...GOALS.headers]);
    expect(goals.slice(1).map((row) => row[0])).toEqual(SEED_GOAL_IDS);
    expect(rowWith(addOn, GOALS.name, 'U3.M1')?.slice(0, 7)).toEqual([
      'U3.M1',
      'Det utomparlamentariska arbetet',
      'U3',
      'cirka 15 debattartiklar',
      'Antal',
      'cirka 15',
      '2024',
    ]);
    const activities = shown(addOn, ACTIVITIES.name);
    expect(activities[0]).toEqual([...ACTIVITIES.headers]);
    expect(activities).toHaveLength(30);
    expect(rowWith(addOn, ACTIVITIES.name, 'P1.1')?.slice(0, 5)).toEqual([
      'P1.1',
      'P1',
      'stödja regionens förtroendevalda i det parlamentariska arbetet',
      'Distriktsstyrelsen',
      'Ej påbörjad',
    ]);
    expect(shown(addOn, LOG.name)).toEqual([[...LOG.headers]]);
    expect(shown(addOn, RECORDED.name)).toEqual([[...RECORDED.headers]]);
    expect(shown(addOn, BRANCHES.name)).toEqual([
      ['Namn', 'Zetkin-ID', 'Valledare', 'Zetkin-underorganisation', 'Zetkin-ansvarig', 'Studieansvarig'],
    ]);
    expect(addOn.runtime.workbook.sheetByName('_plan')?.hidden).toBe(true);
  });

  it('freezes and protects the headers, ids and computed columns with a warning only', async () => {
    const addOn = await withSeed();
    const book = addOn.runtime.SpreadsheetApp.getActiveSpreadsheet();
    for (const name of [GOALS.name, ACTIVITIES.name, LOG.name, BRANCHES.name, RECORDED.name]) {
      expect(book.getSheetByName(name)?.getFrozenRows()).toBe(1);
    }
    addOn.runtime.ui.respond({ button: 'CANCEL' });
    expect(type(addOn, "'Mål'!A1", 'Id')).toMatchObject({ status: 'rejected' });
    expect(addOn.runtime.ui.shown('protectionWarning').at(-1)).toMatchObject({ response: 'CANCEL' });
    addOn.runtime.ui.respond({ button: 'CANCEL' });
    expect(type(addOn, "'Mål'!J2", 'Klar')).toMatchObject({ status: 'rejected' });
    addOn.runtime.ui.respond({ button: 'CANCEL' });
    expect(type(addOn, "'Logg'!L2", 'mitt-id')).toMatchObject({ status: 'rejected' });
    const before = addOn.runtime.ui.shown('protectionWarning').length;
    expect(type(addOn, "'Mål'!L2", 'Vi väntar på valet')).toMatchObject({ status: 'accepted' });
    expect(type(addOn, "'Partiföreningar'!A2", 'Sundsvall')).toMatchObject({ status: 'accepted' });
    expect(addOn.runtime.ui.shown('protectionWarning')).toHaveLength(before);
  });

  it('offers dropdowns and checks what the board types', async () => {
    const addOn = await withSeed();
    expect(type(addOn, "'Aktiviteter'!E2", 'Pågår')).toMatchObject({ status: 'accepted' });
    expect(type(addOn, "'Aktiviteter'!E3", 'Nästan klar')).toMatchObject({ status: 'rejected' });
    expect(type(addOn, "'Aktiviteter'!F2", 'snart')).toMatchObject({ status: 'rejected' });
    expect(type(addOn, "'Aktiviteter'!F2", '2024-05-01')).toMatchObject({ status: 'accepted' });
    // Logg warns instead of refusing, so pasted rows stay and Granska registret says what is wrong.
    expect(type(addOn, "'Logg'!D2", 'U3')).toMatchObject({ status: 'accepted' });
    expect(type(addOn, "'Logg'!D3", 'Z9')).toMatchObject({ status: 'warned' });
    // Typ offers the Swedish names; the web app's id is not in the list but still counts (see log-rows).
    expect(type(addOn, "'Logg'!F2", 'Debattartikel publicerad')).toMatchObject({ status: 'accepted' });
    expect(addOn.runtime.cell("'Logg'!F2").validation?.args[0]).toMatchObject({
      list: expect.arrayContaining(['Debattartikel publicerad', 'Möte hållet', 'Ansvarig utsedd']),
    });
    expect(type(addOn, "'Logg'!F4", 'article.published')).toMatchObject({ status: 'warned' });
    expect(type(addOn, "'Logg'!F3", 'tårta')).toMatchObject({ status: 'warned' });
    expect(type(addOn, "'Logg'!G2", '0')).toMatchObject({ status: 'warned' });
    expect(type(addOn, "'Logg'!I2", 'Feministisk')).toMatchObject({ status: 'accepted' });
    expect(type(addOn, "'Logg'!I3", 'Sport')).toMatchObject({ status: 'warned' });
    expect(type(addOn, "'Mätvärden'!B2", 'P3.M1')).toMatchObject({ status: 'accepted' });
    expect(addOn.runtime.cell("'Logg'!F2").validation?.helpText).toContain('(t.ex. article.published)');
  });
});

describe('re-importing', () => {
  it('recreates a sheet someone deleted and leaves the others as they are', async () => {
    const addOn = await withSeed();
    typeRow(addOn, 'Partiföreningar', 2, ['Sundsvall', '', 'Kim']);
    const book = addOn.runtime.SpreadsheetApp.getActiveSpreadsheet();
    const activities = book.getSheetByName(ACTIVITIES.name);
    if (activities) book.deleteSheet(activities);
    expect((await importText(addOn, SEED_TEXT)).ok).toBe(true);
    expect(shown(addOn, ACTIVITIES.name)).toHaveLength(30);
    expect(shown(addOn, BRANCHES.name)[1]?.slice(0, 3)).toEqual(['Sundsvall', '', 'Kim']);
  });
});

describe('re-importing an edited plan', () => {
  const edited = SEED_TEXT.replace(
    '· stödja regionens förtroendevalda i det parlamentariska arbetet',
    '· stödja regionens förtroendevalda i allt parlamentariskt arbete',
  )
    .replace(/Delmål 2:\s+Vi ska från regionalt[\s\S]*?(?=Delmål 3:)/, '')
    .replace(
      '· stödja Västernorrlands EU-kandidat i den lokala valrörelsen i distriktet',
      '· stödja Västernorrlands EU-kandidat i den lokala valrörelsen i distriktet\n· ordna en valvaka',
    );

  async function importedAndUsed(): Promise<AddOn> {
    const addOn = await withSeed();
    typeRow(addOn, ACTIVITIES.name, 2, ['', '', '', 'Kim', 'Klar', '2024-03-01', '', 'Gjort i mars']);
    logActions(addOn, seedActions(40));
    return addOn;
  }

  it('updates plan rows in place, keeps what the board typed, appends new rows and notes removed ones', async () => {
    const addOn = await importedAndUsed();
    const result = await importText(addOn, edited);
    expect(result.ok).toBe(true);
    const p11 = rowWith(addOn, ACTIVITIES.name, 'P1.1');
    expect(p11?.slice(0, 5)).toEqual([
      'P1.1',
      'P1',
      'stödja regionens förtroendevalda i allt parlamentariskt arbete',
      'Kim',
      'Klar',
    ]);
    expect(p11?.[5]).toBe('2024-03-01');
    expect(p11?.[7]).toBe('Gjort i mars');
    const activities = shown(addOn, ACTIVITIES.name);
    expect(activities.at(-1)?.slice(0, 3)).toEqual(['P3.4', 'P3', 'ordna en valvaka']);
    // P2 is gone from the plan: its rows stay, noted.
    const p21 = activities.findIndex((row) => row[0] === 'P2.1');
    expect(p21).toBeGreaterThan(0);
    expect(addOn.runtime.cell(`'Aktiviteter'!A${p21 + 1}`).note).toContain('Finns inte längre i verksamhetsplanen');
    expect(addOn.runtime.cell("'Aktiviteter'!A2").note).toBe('');
    expect(rowWith(addOn, GOALS.name, 'P2')?.[9]).toBe('Borttagen ur planen');
  });

  it('keeps every Logg row and notes the ones whose delmål the plan lost', async () => {
    const addOn = await importedAndUsed();
    const before = shown(addOn, LOG.name);
    const result = await importText(addOn, edited);
    expect(shown(addOn, LOG.name)).toEqual(before);
    const lost = before.flatMap((row, at) => (row[3] === 'P2' ? [at + 1] : []));
    expect(lost.length).toBeGreaterThan(0);
    expect(result.message).toContain(`${lost.length} rader i Logg pekar på delmål som inte finns i planen`);
    for (const row of lost) {
      expect(addOn.runtime.cell(`'Logg'!D${row}`)).toMatchObject({
        note: expect.stringContaining('Delmålet "P2" finns inte i planen'),
        background: '#f4cccc',
      });
    }
    const kept = before.findIndex((row, at) => at > 0 && row[3] !== 'P2') + 1;
    expect(addOn.runtime.cell(`'Logg'!D${kept}`).note).toBe('');
  });
});

describe('importing next year’s plan', () => {
  it('sets last year’s Mål, Aktiviteter and Mätvärden aside instead of giving their notes to new delmål', async () => {
    const addOn = await withSeed();
    typeRow(addOn, ACTIVITIES.name, 2, ['', '', '', 'Kim', 'Klar', '', '', 'Gjort i mars']);
    typeRow(addOn, RECORDED.name, 2, ['2024-06-09', 'P3.M1', '8,4', 'EU-valet']);
    typeRow(addOn, BRANCHES.name, 2, ['Sundsvall', '', 'Kim']);
    const next = readFileSync(new URL('../../../shared/parse/fixtures/norrbotten-2025.txt', import.meta.url), 'utf8');
    const result = await importText(addOn, next);
    expect(result.ok && result.message).toContain(
      'Planen gäller 2025, så bladen Mål, Aktiviteter och Mätvärden börjar om. Förra årets blad heter nu "Mål 2024", "Aktiviteter 2024" och "Mätvärden 2024".',
    );
    expect(rowWith(addOn, 'Aktiviteter 2024', 'P1.1')?.slice(3, 5)).toEqual(['Kim', 'Klar']);
    expect(rowWith(addOn, ACTIVITIES.name, 'P1.1')).toEqual([
      'P1.1',
      'P1',
      'Regiongruppen ska hålla ett gruppmöte i månaden',
      'Regiongruppen',
      'Ej påbörjad',
      '',
      '',
      '',
    ]);
    expect(shown(addOn, RECORDED.name)).toEqual([[...RECORDED.headers]]);
    expect(rowWith(addOn, 'Mätvärden 2024', 'P3.M1', 1)?.[2]).toBe('8,4');
    expect(shown(addOn, GOALS.name).map((row) => row[0])).not.toContain('U5.M1');
    expect(shown(addOn, BRANCHES.name)[1]?.slice(0, 3)).toEqual(['Sundsvall', '', 'Kim']);
  });

  it('keeps updating the same sheets when the plan of the same year is imported again', async () => {
    const addOn = await withSeed();
    const result = await importText(addOn, SEED_TEXT);
    expect(result.ok && result.message).not.toContain('börjar om');
    expect(addOn.runtime.workbook.sheetByName('Mål 2024')).toBeUndefined();
  });
});
