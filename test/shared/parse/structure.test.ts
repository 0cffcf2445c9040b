// The shapes of plan other than "Övergripande mål" and "Delmål N": goal lists, Mål N.M, prose sections, sub-headings,
// "Vi ska …" lines, tables, labelled lists, and every error reported at once.
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../../shared/model/plan.ts';
import { planTargets } from '../../../shared/model/plan-index.ts';
import { parsePlan } from '../../../shared/parse/index.ts';
import { parseValid } from './helpers.ts';

const lines = (...rows: string[]) => ['Verksamhetsplan 2025', '', ...rows].join('\n');

function outline(plan: Plan) {
  return plan.areas.map((area) => [
    area.id,
    area.title,
    area.subgoals.map((subgoal) => [subgoal.id, subgoal.title, subgoal.activities.map((activity) => activity.text)]),
  ]);
}

describe('goal lists', () => {
  it('reads each item under "Mål:" as a delmål and the list after "Detta ska ske genom att:" as its activities', () => {
    const plan = parseValid(
      lines(
        'ORGANISATION',
        '',
        'Mål:',
        '1. Värva 30 nya medlemmar.',
        '2. Starta en klubb.',
        '',
        'Detta ska ske genom att:',
        '– ringa nya medlemmar',
      ),
    );
    expect(outline(plan)).toEqual([
      [
        'O',
        'ORGANISATION',
        [
          ['O1', 'Värva 30 nya medlemmar.', []],
          ['O2', 'Starta en klubb.', ['ringa nya medlemmar']],
        ],
      ],
    ]);
  });

  it('takes a line without a full stop above the list as its lead-in, and a full sentence as a goal with activities', () => {
    const leadIn = parseValid(
      lines('MÅL', '', 'År 2027 ska kretsen', '', '-ha 120 medlemmar', '', '-ha en kassör i varje socken'),
    );
    expect(outline(leadIn)[0]?.[2]).toEqual([
      ['M1', 'ha 120 medlemmar', []],
      ['M2', 'ha en kassör i varje socken', []],
    ]);
    const statement = parseValid(
      lines('Opinion', 'Målsättning', 'Vi ska synas i hela länet.', '', '• Skriva debattartiklar.'),
    );
    expect(outline(statement)[0]?.[2]).toEqual([['O1', 'Vi ska synas i hela länet.', ['Skriva debattartiklar.']]]);
  });

  it('reads "MÅL FÖR ÅRET" and "Årets mål" as goal words under an area heading, and "Så gör vi:" as the activities', () => {
    for (const label of ['MÅL FÖR ÅRET', 'Årets mål:']) {
      const plan = parseValid(
        lines('MEDLEMMAR', '', label, '- Värva 30 nya medlemmar.', '', 'Så gör vi:', '- Ringa nya medlemmar.'),
      );
      expect(outline(plan), label).toEqual([
        ['M', 'MEDLEMMAR', [['M1', 'Värva 30 nya medlemmar.', ['Ringa nya medlemmar.']]]],
      ]);
    }
  });

  it('joins a bullet alone on its line with the lines below it (a PDF copy)', () => {
    const plan = parseValid(
      lines(
        'Inriktningsmål',
        'Regionstyrelsen föreslår:',
        '•',
        'Nå 24 000 medlemmar vid',
        'årets slut.',
        '•',
        'Starta tre föreningar.',
      ),
    );
    expect(outline(plan)[0]?.[2]).toEqual([
      ['I1', 'Nå 24 000 medlemmar vid årets slut.', []],
      ['I2', 'Starta tre föreningar.', []],
    ]);
  });
});

describe('numbered goals', () => {
  it('reads "Mål 1." with its "Mål 1.1" as an area and its delmål, and a "Mål 2." without any as a delmål', () => {
    const plan = parseValid(
      lines(
        'Mål 1. Fler klubbar',
        'Mål 1.1 Starta två klubbar.',
        '• Besöka skolor.',
        'Mål 1.2 Varje klubb ska ha en kassör.',
        '',
        'Studier',
        'Mål 2. Hålla tre kurser.',
      ),
    );
    expect(outline(plan)).toEqual([
      [
        'F',
        'Fler klubbar',
        [
          ['F1', 'Starta två klubbar.', ['Besöka skolor.']],
          ['F2', 'Varje klubb ska ha en kassör.', []],
        ],
      ],
      ['S', 'Studier', [['S2', 'Hålla tre kurser.', []]]],
    ]);
    expect(plan.areas[0]?.overallGoal.text).toBe('Fler klubbar');
  });
});

describe('sections without goal words', () => {
  it('reads a section with only prose as one delmål titled by its heading, the prose its description', () => {
    const plan = parseValid(
      lines(
        'Utbildning',
        'Distriktet ska erbjuda minst en utbildning per termin.',
        '',
        'Uppföljning',
        'Styrelsen följer upp planen i juni.',
      ),
    );
    expect(plan.areas.map((area) => [area.title, area.subgoals[0]?.title, area.subgoals[0]?.description])).toEqual([
      ['Utbildning', 'Utbildning', 'Distriktet ska erbjuda minst en utbildning per termin.'],
      ['Uppföljning', 'Uppföljning', 'Styrelsen följer upp planen i juni.'],
    ]);
    // A heading in capitals loses the full stop that ends its line.
    expect(parseValid(lines('INTRESSEPOLITIK.', 'Varje förening ska ha ett ombud.')).areas[0]?.title).toBe(
      'INTRESSEPOLITIK',
    );
  });

  it('reads numbered headings that count on from one another as sections, and keeps a numbered list a list', () => {
    const plan = parseValid(
      lines(
        '1. Organisation',
        'Föreningen ska växa.',
        '➢ Värva minst 25 nya medlemmar under året.',
        '',
        '2. Kommunikation',
        '* Skriva minst en insändare i månaden.',
      ),
    );
    expect(outline(plan)).toEqual([
      ['O', 'Organisation', [['O1', 'Organisation', ['Värva minst 25 nya medlemmar under året.']]]],
      ['K', 'Kommunikation', [['K1', 'Kommunikation', ['Skriva minst en insändare i månaden.']]]],
    ]);
    // Goals numbered with blank lines between them are still the list's items, and so is a lone numbered line.
    const list = parseValid(lines('ORGANISATION', 'Mål:', '', '1. Fler medlemmar', '', '2. Fler klubbar', '', 'Slut.'));
    expect(outline(list)[0]?.[2]).toEqual([
      ['O1', 'Fler medlemmar', []],
      ['O2', 'Fler klubbar', []],
    ]);
  });

  it('reads sub-headings under a heading in capitals as delmål, and "Vi ska …" lines as goals one by one', () => {
    const plan = parseValid(
      lines(
        'VERKSAMHET',
        '',
        'Ordförandekonferens',
        'Två gånger under året ska vi samla ordförandena.',
        '',
        'INTRESSEPOLITIK',
        'Vi ska träffa regionen två gånger per år.',
        'Vi ska skriva fyra skrivelser.',
        'Varje förening ska ha ett ombud.',
      ),
    );
    expect(outline(plan)).toEqual([
      ['V', 'VERKSAMHET', [['V1', 'Ordförandekonferens', []]]],
      [
        'I',
        'INTRESSEPOLITIK',
        [
          ['I1', 'Vi ska träffa regionen två gånger per år.', []],
          ['I2', 'Vi ska skriva fyra skrivelser.', []],
          ['I3', 'Varje förening ska ha ett ombud.', []],
        ],
      ],
    ]);
  });

  it('keeps prose before the first goal as the plan intro, and an "Inriktning:" as the area’s overall goal', () => {
    const plan = parseValid(
      lines(
        'Inledning',
        'Vi har funnits sedan 80-talet.',
        '',
        'ORGANISATION',
        'Inriktning: Alla föreningar ska vara aktiva.',
        'Vi ska starta två föreningar.',
      ),
    );
    expect(plan.intro).toBe('Inledning\nVi har funnits sedan 80-talet.');
    expect(plan.areas[0]?.overallGoal.text).toBe('Alla föreningar ska vara aktiva.');
    expect(plan.areas[0]?.subgoals.map((subgoal) => subgoal.title)).toEqual(['Vi ska starta två föreningar.']);
  });

  it('keeps a "NULÄGE" list in the area intro, not among the activities', () => {
    const plan = parseValid(
      lines(
        'ORGANISATION',
        '',
        'MÅL',
        '-ha 120 medlemmar',
        '',
        'NULÄGE',
        '-idag har kretsen 94 medlemmar',
        '',
        'STRATEGIER OCH AKTIVITETER',
        '-ringa alla',
      ),
    );
    expect(plan.areas[0]?.intro).toBe('-idag har kretsen 94 medlemmar');
    expect(outline(plan)[0]?.[2]).toEqual([['O1', 'ha 120 medlemmar', ['ringa alla']]]);
  });
});

describe('tables', () => {
  it('maps Mål, Aktivitet, Ansvarig and Klart to delmål, activity, owner and deadline; an empty Mål continues the goal', () => {
    const plan = parseValid(
      lines(
        'Handlingsplan',
        'Mål\tAktivitet\tAnsvarig\tKlart',
        'Minst 40 nya medlemmar\tVärvning\tMedlemsansvarig\tDecember',
        '\tRingkväll\tDS\t',
        'Varje depå har ett ombud\tUtbildning\tOrdförande\tJuni',
      ),
    );
    const [first, second] = plan.areas[0]?.subgoals ?? [];
    expect(first?.title).toBe('Minst 40 nya medlemmar');
    expect(first?.owner).toBe('Medlemsansvarig');
    expect(first?.activities).toEqual([
      { id: 'H1.1', text: 'Värvning', owner: 'Medlemsansvarig', deadline: 'December' },
      { id: 'H1.2', text: 'Ringkväll', owner: 'DS' },
    ]);
    expect(second?.activities).toEqual([{ id: 'H2.1', text: 'Utbildning', owner: 'Ordförande', deadline: 'Juni' }]);
  });

  it('reads tabs outside a table as spaces', () => {
    expect(parseValid(lines('Organisering', 'Mål:', '•\tVärva\tfler medlemmar')).areas[0]?.subgoals[0]?.title).toBe(
      'Värva fler medlemmar',
    );
  });
});

describe('errors', () => {
  it('reports every error at once, each with its line, sorted', () => {
    const result = parsePlan(
      [
        'Verksamhetsplan',
        '',
        'Området',
        '',
        'Övergripande mål:',
        'Delmål 1: A',
        'Delmål 1: B',
        'Delmål: utan nummer',
      ].join('\n'),
    );
    expect(result).toEqual({
      ok: false,
      errors: [
        { line: 1, message: expect.stringContaining('Rubriken saknar årtal') },
        { line: 5, message: '”Övergripande mål” saknar text.' },
        { line: 7, message: 'Delmål 1 finns redan i området ”Området” (rad 6).' },
        { line: 8, message: 'Delmålet saknar nummer. Skriv t.ex. ”Delmål 1: …”.' },
      ],
    });
  });

  it('reads numbered goals right under the title as the goals of one area', () => {
    const plan = parseValid(
      lines(
        'Mål 1. Fler medlemmar',
        'Föreningen ska öka antalet medlemmar till 600.',
        '',
        'Mål 2. Samarbete',
        'Minst två möten med pensionärsrådet.',
      ),
    );
    expect(outline(plan)).toEqual([
      [
        'V',
        'Verksamhet',
        [
          ['V1', 'Fler medlemmar', []],
          ['V2', 'Samarbete', []],
        ],
      ],
    ]);
    expect(planTargets(plan).map((target) => target.kind)).toEqual(['level', 'count']);
    expect(outline(parseValid(lines('Mål 1.1 Starta två klubbar.')))).toEqual([
      ['V', 'Verksamhet', [['V1', 'Starta två klubbar.', []]]],
    ]);
  });

  it('reads a plan that is one table under its title as one area, a goal written on each of its rows as one delmål', () => {
    const plan = parseValid(
      lines(
        'Mål\tAktivitet\tAnsvarig',
        'Värva\tRinga nya medlemmar\tStyrelsen',
        'Värva\tVärvningsbord\tKim',
        'Synas\tInsändare',
      ),
    );
    expect(outline(plan)).toEqual([
      [
        'V',
        'Verksamhet',
        [
          ['V1', 'Värva', ['Ringa nya medlemmar', 'Värvningsbord']],
          ['V2', 'Synas', ['Insändare']],
        ],
      ],
    ]);
  });

  it('opens the area an "Inriktning:" line names in a plan without headings, and takes the year of a decision at its foot', () => {
    const plan = parseValid(
      [
        'Verksamhetsplan för Ung Vänster Göteborg',
        '',
        'Inriktning: Bygga organisationen',
        '1. Vi ska öka medlemsantalet med 10 %.',
        '2. Varje distrikt ska ha en kontaktperson.',
        '',
        'Beslutad 2025-11-20',
      ].join('\n'),
    );
    // Adopted in November: the plan for the year after.
    expect(plan.year).toBe(2026);
    expect(plan.areas.map((area) => area.title)).toEqual(['Bygga organisationen']);
    expect(planTargets(plan).map((target) => target.kind)).toEqual(['trend', 'coverage']);
  });

  it('refuses a plan of prose only with the shapes it can read', () => {
    expect(parsePlan(lines('Inledning', 'Vi är ett parti.'))).toEqual({
      ok: false,
      errors: [{ line: 1, message: expect.stringMatching(/^Hittade inga delmål\. Skriv målen under en rubrik/) }],
    });
  });
});
