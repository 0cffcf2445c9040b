// A Google Doc's elements as the grammar's blocks: a Doc reads as its text would, whether it has heading styles, native
// lists and tables, or is plain paragraphs as a plan pasted into a Doc is.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../../shared/model/plan.ts';
import { lowerLines } from '../../../shared/parse/blocks.ts';
import { type DocumentElement, documentBlocks } from '../../../shared/parse/document.ts';
import { decodePlanBytes, type ParseResult, parseBlocks, parsePlan } from '../../../shared/parse/index.ts';
import { classifyLine } from '../../../shared/parse/lines.ts';
import { tableColumns } from '../../../shared/parse/tables.ts';
import { reading } from './helpers.ts';
import { readFixture } from './plan-score.ts';

const FIXTURES = new URL('./fixtures/plans/', import.meta.url);

function textPlan(file: string): Plan {
  const result = readFixture(file);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.plan;
}

function docPlan(elements: readonly DocumentElement[]): Plan {
  const result = parseBlocks(documentBlocks(elements));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.plan;
}

/** Google's ParagraphHeading as the add-on gives it: Heading n as n, Title and Subtitle as 0, Normal text as none. */
const HEADINGS: Record<string, number> = { TITLE: 0, SUBTITLE: 0, HEADING1: 1, HEADING2: 2, HEADING3: 3 };
const p = (text: string, heading = 'NORMAL'): DocumentElement => {
  const level = HEADINGS[heading];
  return level === undefined ? { type: 'PARAGRAPH', text } : { type: 'PARAGRAPH', text, heading: level };
};
const li = (text: string, listId: string, nestingLevel = 0, numbered = false): DocumentElement => ({
  type: 'LIST_ITEM',
  text,
  nestingLevel,
  numbered,
  listId,
});
const ol = (text: string, listId: string, nestingLevel = 0) => li(text, listId, nestingLevel, true);

/** The development plans as text, by file name. */
function fixtures(): Array<[string, string]> {
  const files = readdirSync(FIXTURES).filter((file) => file.endsWith('.txt'));
  expect(files.length).toBeGreaterThan(10);
  return files.map((file) => [file, decodePlanBytes(new Uint8Array(readFileSync(new URL(file, FIXTURES))))]);
}

const read = (result: ParseResult) => (result.ok ? reading(result.plan) : result.errors);

/**
 * A plan's text as Docs holds it once typed there: bullets as list items (one list per run, nested as the text nests
 * them, a numbered one in a numbered list; numbered headings one list of their own), a line wrapped below an unfinished bullet part of its item, a header row
 * with the tab-separated rows below it as a table, every other line a paragraph.
 */
function asNativeDoc(text: string): DocumentElement[] {
  const raws = text.split(/\r?\n/);
  const lines = raws.map((raw, index) => classifyLine(raw, index + 1));
  const depths = new Map<number, number>();
  for (const block of lowerLines(
    lines.filter((line, at) => line.kind !== 'blank' || lines[at - 1]?.kind !== 'blank'),
  )) {
    if (block.kind === 'item') depths.set(block.line, block.depth);
  }
  const elements: DocumentElement[] = [];
  let table: string[][] | undefined;
  let lists = 0;
  for (const line of lines) {
    if (table && line.cells) {
      table.push(line.cells);
      continue;
    }
    table = undefined;
    const last = elements[elements.length - 1];
    if (line.cells && tableColumns(line.cells)) {
      table = [line.cells];
      elements.push({ type: 'TABLE', rows: table });
    } else if (line.kind === 'bullet') {
      const depth = depths.get(line.number);
      const numbered = line.listNumber !== undefined;
      // Numbered headings ("1. Inledning", "2. Barn och unga") are one list, numbered on across the sections.
      const listId = depth === undefined ? 'kix.headings' : `kix.${lists}`;
      elements.push({ type: 'LIST_ITEM', text: line.rest, nestingLevel: (depth ?? 1) - 1, numbered, listId });
    } else if (
      line.kind !== 'blank' &&
      last?.type === 'LIST_ITEM' &&
      last.listId !== 'kix.headings' &&
      !/[.!?]$/.test(last.text)
    ) {
      last.text = `${last.text} ${line.text}`;
    } else {
      lists++;
      elements.push(p(raws[line.number - 1] ?? ''));
    }
  }
  return elements;
}

describe('documentBlocks', () => {
  it('reads every development plan pasted into a Doc (a paragraph per line) as its text, errors and all', () => {
    for (const [file, text] of fixtures()) {
      const elements = text.split(/\r?\n/).map((line) => p(line));
      expect({ file, plan: read(parseBlocks(documentBlocks(elements))) }).toEqual({
        file,
        plan: read(parsePlan(text)),
      });
    }
  });

  it('reads every development plan written in a Doc with native lists and tables as its text', () => {
    for (const [file, text] of fixtures()) {
      expect({ file, plan: read(parseBlocks(documentBlocks(asNativeDoc(text)))) }).toEqual({
        file,
        plan: read(parsePlan(text)),
      });
    }
  });

  it('reads a Doc with a title, heading styles, numbered and bulleted lists as its text', () => {
    const doc = [
      p('Verksamhetsplan 2025 för Socialdemokraterna i Kiruna arbetarekommun', 'TITLE'),
      p(''),
      p('Årsmötet antog planen den 23 februari 2025.'),
      p('Inledning', 'HEADING1'),
      p(
        'Kiruna förändras snabbare än någon annan kommun i landet. Stadskärnan har flyttat österut, gruvan behöver arbetskraft och nya industrier vill etablera sig. Arbetarekommunen ska se till att omvandlingen sker på vanligt folks villkor, med bostäder som går att betala, en skola som håller och en vård som finns nära.',
      ),
      p(
        'Enligt stadgarna ansvarar arbetarekommunen för partiets organisation, för kommunikationen med väljarna och för politiken i kommunen. Planen följer den indelningen.',
      ),
      p('Organisation', 'HEADING1'),
      p('Mål:'),
      ol('Öka antalet medlemmar till 420.', 'kix.a'),
      ol('Värva minst 30 nya medlemmar under året.', 'kix.a'),
      ol('Varje S-förening ska ha en studieorganisatör.', 'kix.a'),
      p('Detta ska ske genom att:'),
      li('medlemsvärvning sker på arbetsplatserna tillsammans med LO-facken', 'kix.b'),
      li('nya medlemmar bjuds in till en introduktionskväll i Folkets hus', 'kix.b'),
      li('styrelsen följer medlemsutvecklingen och rapporterar till medlemsmötena', 'kix.b'),
      p('Kommunikation', 'HEADING1'),
      p('Mål:'),
      ol('Fler kirunabor ska känna till vad vi vill och vad vi gör i kommunhuset.', 'kix.c'),
      p('Detta ska ske genom att:'),
      li('ett öppet möte i månaden hålls i Folkets hus, med aktuella frågor från fullmäktige på dagordningen', 'kix.d'),
      li('insändare och debattinlägg lämnas till lokaltidningarna inför viktiga beslut', 'kix.d'),
      li('Facebooksidan och hemsidan hålls uppdaterade', 'kix.d'),
      li('medlemmar som vill hjälpa till ringer expeditionen på 0980-123 45', 'kix.d'),
      p('Politik', 'HEADING1'),
      p('Mål:'),
      ol('Bli största parti i kommunvalet 2026 med över 40 procent av rösterna.', 'kix.e'),
      ol('Ha ett färdigt lokalt valprogram före sommaren 2026.', 'kix.e'),
      p('Detta ska ske genom att:'),
      li('fyra medlemsmöten under året ägnas åt arbetet med valprogrammet', 'kix.f'),
      li('fullmäktigegruppen förbereder sina frågor tillsammans med medlemmarna', 'kix.f'),
      li('studiecirklar om kommunens ekonomi ordnas med ABF', 'kix.f'),
    ];
    const text = textPlan('kiruna-2025.txt');
    // The text has its sections in capitals; the Doc's Heading 1 names them as a person writes them.
    const titles = (plan: Plan) => plan.areas.map((area) => area.title.toUpperCase());
    const doc2 = docPlan(doc);
    expect(titles(doc2)).toEqual(titles(text));
    expect(doc2.areas.map(({ intro: _i, title: _t, ...area }) => area)).toEqual(
      text.areas.map(({ intro: _i, title: _t, ...area }) => area),
    );
    expect([doc2.title, doc2.organisation, doc2.year]).toEqual([text.title, text.organisation, text.year]);
  });

  it('takes the most prominent heading style used as the areas, and a Heading 1 naming the plan as its title', () => {
    const plan = docPlan([
      p('Verksamhetsplan 2025', 'HEADING1'),
      p('Vänsterpartiet Norrtälje', 'SUBTITLE'),
      p('Medlemmar', 'HEADING2'),
      p('Rekrytering', 'HEADING3'),
      p('Vi ska vara 120 medlemmar vid årets slut.'),
      p('Studier', 'HEADING3'),
      p('Vi ska hålla fyra studiecirklar under året.'),
    ]);
    expect([plan.title, plan.organisation, plan.year]).toEqual([
      'Verksamhetsplan 2025',
      'Vänsterpartiet Norrtälje',
      2025,
    ]);
    expect(plan.areas.map((area) => [area.id, area.title, area.subgoals.map((subgoal) => subgoal.title)])).toEqual([
      ['M', 'Medlemmar', ['Rekrytering', 'Studier']],
    ]);
    expect(plan.areas[0]?.subgoals.flatMap((subgoal) => subgoal.targets.map((target) => target.text))).toEqual([
      'vara 120 medlemmar vid årets slut',
      'fyra studiecirklar',
    ]);
  });

  it('reads a numbered heading (a list item in a heading style, as Word numbers them) as a heading', () => {
    const heading = (text: string): DocumentElement => ({
      type: 'LIST_ITEM',
      text,
      nestingLevel: 0,
      numbered: true,
      listId: 'kix.h',
      heading: 1,
    });
    const plan = docPlan([
      p('Verksamhetsplan 2025', 'TITLE'),
      heading('Organisation'),
      p('Vi ska vara 120 medlemmar vid årets slut.'),
      heading('Kommunikation'),
      p('Vi ska skriva fyra insändare under året.'),
    ]);
    expect(plan.areas.map((area) => [area.id, area.title, area.subgoals.map((subgoal) => subgoal.title)])).toEqual([
      ['O', 'Organisation', ['Vi ska vara 120 medlemmar vid årets slut.']],
      ['K', 'Kommunikation', ['Vi ska skriva fyra insändare under året.']],
    ]);
  });

  it('numbers list items per list and nesting level, nests by level, and reads structure words as structure', () => {
    const blocks = documentBlocks([
      p('Verksamhetsplan 2025', 'TITLE'),
      p('Organisation', 'HEADING1'),
      li('Delmål 1: Fler medlemmar', 'kix.x'),
      ol('Värva på torget', 'kix.n'),
      ol('med flygblad', 'kix.n', 1),
      ol('Ringa nya medlemmar', 'kix.n'),
      ol('Ringa igen', 'kix.n', 1),
      li('', 'kix.n'),
      li('Skriva insändare', 'kix.m', 2),
    ]);
    expect(blocks.map(({ gap: _gap, ...block }) => block)).toEqual([
      { kind: 'heading', text: 'Verksamhetsplan 2025', level: 0 },
      { kind: 'heading', text: 'Organisation', level: 1 },
      { kind: 'paragraph', text: 'Delmål 1: Fler medlemmar' },
      { kind: 'item', text: 'Värva på torget', depth: 1, number: 1 },
      { kind: 'item', text: 'med flygblad', depth: 2, number: 1 },
      { kind: 'item', text: 'Ringa nya medlemmar', depth: 1, number: 2 },
      { kind: 'item', text: 'Ringa igen', depth: 2, number: 1 },
      { kind: 'item', text: 'Skriva insändare', depth: 1 },
    ]);
  });

  it('takes plain paragraphs under Aktiviteter as one activity each, and a paragraph after a list as its own', () => {
    const plan = docPlan([
      p('Verksamhetsplan 2025', 'TITLE'),
      p('Organisation', 'HEADING1'),
      p('Delmål 1: Fler medlemmar'),
      p('Aktiviteter:'),
      p('Värva på torget'),
      p('Ringa nya medlemmar'),
      p(''),
      p('Delmål 2: Fler möten'),
      li('Hålla fyra medlemsmöten under året', 'kix.a'),
      p('Styrelsen ansvarar för kallelserna.'),
    ]);
    const [first, second] = plan.areas[0]?.subgoals ?? [];
    expect(first?.activities.map((activity) => activity.text)).toEqual(['Värva på torget', 'Ringa nya medlemmar']);
    expect(second?.activities.map((activity) => activity.text)).toEqual(['Hålla fyra medlemsmöten under året']);
    expect(second?.description).toBe('Styrelsen ansvarar för kallelserna.');
  });

  it('reads a plan table by cell, a list in a cell as one activity each, and a layout table as paragraphs', () => {
    const plan = docPlan([
      { type: 'TABLE', rows: [['Seko klubb Spårtrafik']] },
      p('VERKSAMHETSPLAN 2025', 'TITLE'),
      p('Handlingsplan', 'HEADING1'),
      {
        type: 'TABLE',
        rows: [
          ['Mål', 'Aktivitet', 'Ansvarig', 'Klart'],
          [
            'Minst 40 nya medlemmar',
            'Värvning på introduktionsdagarna\nBesök på depåerna',
            'Medlemsansvarig\nOrdförande',
            'December',
          ],
          ['Varje depå har ett arbetsplatsombud', 'Utbildning för nya arbetsplatsombud', 'Ordförande', 'Juni'],
          ['', '', '', ''],
        ],
      },
    ]);
    expect(plan.organisation).toBe('Seko klubb Spårtrafik');
    const subgoals = plan.areas[0]?.subgoals ?? [];
    expect(subgoals.map((subgoal) => subgoal.title)).toEqual([
      'Minst 40 nya medlemmar',
      'Varje depå har ett arbetsplatsombud',
    ]);
    expect(subgoals[0]?.activities).toEqual([
      { id: 'H1.1', text: 'Värvning på introduktionsdagarna', owner: 'Medlemsansvarig', deadline: 'December' },
      { id: 'H1.2', text: 'Besök på depåerna', owner: 'Ordförande', deadline: 'December' },
    ]);
  });
});
