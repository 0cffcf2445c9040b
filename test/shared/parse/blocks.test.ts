// A plan given as a document's blocks (headings, paragraphs, list items with their nesting, table rows), as a Google
// Docs import would build it, reads as the same plan read from its text.
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../../shared/model/plan.ts';
import { type PlanBlock, parseBlocks } from '../../../shared/parse/index.ts';
import { reading } from './helpers.ts';
import { readFixture } from './plan-score.ts';

function fixture(file: string): Plan {
  const result = readFixture(file);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.plan;
}

function blocksOf(blocks: readonly PlanBlock[]): Plan {
  const result = parseBlocks(blocks);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.plan;
}

const heading = (text: string, level = 1): PlanBlock => ({ kind: 'heading', text, level });
const paragraph = (text: string): PlanBlock => ({ kind: 'paragraph', text });
const item = (text: string, depth = 1, number?: number): PlanBlock => ({ kind: 'item', text, depth, number });
const row = (...cells: string[]): PlanBlock => ({ kind: 'row', cells });

describe('parseBlocks', () => {
  it('reads a document with a title, headings, a numbered list and a bulleted list as its text', () => {
    const document = [
      heading('Verksamhetsplan 2025 för Socialdemokraterna i Kiruna arbetarekommun', 0),
      paragraph('Årsmötet antog planen den 23 februari 2025.'),
      heading('INLEDNING'),
      paragraph('Kiruna förändras snabbare än någon annan kommun i landet.'),
      heading('ORGANISATION'),
      paragraph('Mål:'),
      item('Öka antalet medlemmar till 420.', 1, 1),
      item('Värva minst 30 nya medlemmar under året.', 1, 2),
      item('Varje S-förening ska ha en studieorganisatör.', 1, 3),
      paragraph('Detta ska ske genom att:'),
      item('medlemsvärvning sker på arbetsplatserna tillsammans med LO-facken'),
      item('nya medlemmar bjuds in till en introduktionskväll i Folkets hus'),
      item('styrelsen följer medlemsutvecklingen och rapporterar till medlemsmötena'),
      heading('KOMMUNIKATION'),
      paragraph('Mål:'),
      item('Fler kirunabor ska känna till vad vi vill och vad vi gör i kommunhuset.', 1, 1),
      paragraph('Detta ska ske genom att:'),
      item('ett öppet möte i månaden hålls i Folkets hus, med aktuella frågor från fullmäktige på dagordningen'),
      item('insändare och debattinlägg lämnas till lokaltidningarna inför viktiga beslut'),
      item('Facebooksidan och hemsidan hålls uppdaterade'),
      item('medlemmar som vill hjälpa till ringer expeditionen på 0980-123 45'),
      heading('POLITIK'),
      paragraph('Mål:'),
      item('Bli största parti i kommunvalet 2026 med över 40 procent av rösterna.', 1, 1),
      item('Ha ett färdigt lokalt valprogram före sommaren 2026.', 1, 2),
      paragraph('Detta ska ske genom att:'),
      item('fyra medlemsmöten under året ägnas åt arbetet med valprogrammet'),
      item('fullmäktigegruppen förbereder sina frågor tillsammans med medlemmarna'),
      item('studiecirklar om kommunens ekonomi ordnas med ABF'),
    ];
    expect(reading(blocksOf(document))).toEqual(reading(fixture('kiruna-2025.txt')));
  });

  it('reads a table by its cells and the title block from a document without a Title paragraph', () => {
    const document = [
      paragraph('Seko klubb Spårtrafik'),
      paragraph('VERKSAMHETSPLAN'),
      paragraph('2025'),
      heading('Organisationsgrad'),
      paragraph('Organisationsgraden i klubbens avtalsområden ska vara minst 75 procent vid årets slut.'),
      heading('Handlingsplan'),
      row('Mål', 'Aktivitet', 'Ansvarig', 'Klart'),
      row('Minst 40 nya medlemmar', 'Värvning på introduktionsdagarna för nyanställda', 'Medlemsansvarig', 'December'),
      row('Varje depå har ett arbetsplatsombud', 'Utbildning för nya arbetsplatsombud', 'Ordförande', 'Juni'),
    ];
    const plan = blocksOf(document);
    const text = fixture('seko-spartrafik-2025.txt');
    expect([plan.title, plan.organisation, plan.year]).toEqual([text.title, text.organisation, text.year]);
    const handlingsplan = text.areas.find((area) => area.title === 'Handlingsplan');
    expect(plan.areas.map((area) => area.title)).toEqual(['Organisationsgrad', 'Handlingsplan']);
    expect(plan.areas[1]?.subgoals).toEqual(handlingsplan?.subgoals.slice(0, 2));
    expect(plan.areas[0]?.subgoals[0]?.targets.map((target) => target.kind)).toEqual(['level']);
  });

  it('folds a nested list item into the activity above it', () => {
    const plan = blocksOf([
      heading('Verksamhetsplan 2025', 0),
      heading('Mål 1. Fler klubbar'),
      paragraph('Mål 1.1 Starta minst tre nya klubbar under året.'),
      item('Åka ut till orter där vi har medlemmar.'),
      item('Sprida inbjudan i skolorna.', 2),
      item('Följa upp bokborden.'),
    ]);
    expect(plan.areas[0]?.subgoals[0]?.activities.map((activity) => activity.text)).toEqual([
      'Åka ut till orter där vi har medlemmar. Sprida inbjudan i skolorna.',
      'Följa upp bokborden.',
    ]);
  });

  it('names the block in its errors', () => {
    expect(parseBlocks([heading('Verksamhetsplan', 0), heading('Mål'), item('Värva 30 nya medlemmar')])).toEqual({
      ok: false,
      errors: [{ line: 1, message: expect.stringContaining('Rubriken saknar årtal') }],
    });
  });
});
