// Every layout variant the plan grammar accepts: encodings of whitespace, bullets, delmål separators, lists, headings.
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../../shared/parse/index.ts';
import { SEED_TEXT } from '../../support/seed.ts';
import { onlySubgoal, parseValid, planWith } from './helpers.ts';

const seedPlan = parseValid(SEED_TEXT);

describe('line endings and spaces', () => {
  it('reads the seed the same with a BOM, with CRLF, with CR and with Word line breaks', () => {
    expect(parseValid(`\uFEFF${SEED_TEXT}`)).toEqual(seedPlan);
    expect(parseValid(SEED_TEXT.replace(/\n/g, '\r\n'))).toEqual(seedPlan);
    expect(parseValid(SEED_TEXT.replace(/\n/g, '\r'))).toEqual(seedPlan);
    expect(parseValid(SEED_TEXT.replace(/\n/g, '\v'))).toEqual(seedPlan);
  });

  it('turns non-breaking spaces, tabs and runs of spaces into single spaces', () => {
    const subgoal = onlySubgoal(
      planWith(
        'Delmål\u00a01:\tVi  ska\u00a0\u00a0växa \t i länet\nAktiviteter:\tUnder verksamhetsåret ska\u00a0DS:\n·\tringa    medlemmar',
      ),
    );
    expect(subgoal.title).toBe('Vi ska växa i länet');
    expect(subgoal.owner).toBe('DS');
    expect(subgoal.activities).toEqual([{ id: 'O1.1', text: 'ringa medlemmar', owner: 'DS' }]);
  });

  it('ignores zero-width spaces and soft hyphens', () => {
    expect(onlySubgoal(planWith('Delmål 1: Vi ska\u200b väx\u00ada')).title).toBe('Vi ska växa');
  });
});

describe('bullets', () => {
  const styles = ['·', '•', '-', '–', '*', 'o', '1.', '1)', 'a)', '▪', '●'];
  for (const style of styles) {
    it(`reads "${style}" as a bullet`, () => {
      const subgoal = onlySubgoal(
        planWith(`Delmål 1: Vi ska växa\nAktiviteter:\n${style} ringa medlemmar\n${style} skriva artiklar`),
      );
      expect(subgoal.activities.map((activity) => activity.text)).toEqual(['ringa medlemmar', 'skriva artiklar']);
    });
  }

  it('reads a bullet glued to its text for dot-like bullets', () => {
    const subgoal = onlySubgoal(planWith('Delmål 1: Vi ska växa\nAktiviteter:\n·ringa medlemmar\n•skriva artiklar'));
    expect(subgoal.activities.map((activity) => activity.text)).toEqual(['ringa medlemmar', 'skriva artiklar']);
  });

  it('continues an activity on a wrapped line and starts the next one at the next bullet', () => {
    const subgoal = onlySubgoal(
      planWith(
        'Delmål 1: Vi ska växa\nAktiviteter:\n· ringa alla medlemmar som inte\nhar varit aktiva under\nförra året\n· skriva artiklar',
      ),
    );
    expect(subgoal.activities.map((activity) => activity.text)).toEqual([
      'ringa alla medlemmar som inte har varit aktiva under förra året',
      'skriva artiklar',
    ]);
  });

  it('fills an empty bullet from the line below it', () => {
    const subgoal = onlySubgoal(
      planWith('Delmål 1: Vi ska växa\nAktiviteter:\n·\nringa medlemmar\n·\n· skriva artiklar'),
    );
    expect(subgoal.activities.map((activity) => activity.text)).toEqual(['ringa medlemmar', 'skriva artiklar']);
  });

  it('keeps blank lines between bullets inside the list', () => {
    const subgoal = onlySubgoal(
      planWith('Delmål 1: Vi ska växa\nAktiviteter:\n\n· ringa medlemmar\n\n· skriva artiklar'),
    );
    expect(subgoal.activities).toHaveLength(2);
  });

  it('reads a list without bullet characters as one activity per line, up to the first blank line', () => {
    const subgoal = onlySubgoal(
      planWith(
        'Delmål 1: Vi ska växa\nAktiviteter:\nRinga medlemmar\nSkriva artiklar\n\nDetta följs upp varje kvartal.',
      ),
    );
    expect(subgoal.activities.map((activity) => activity.text)).toEqual(['Ringa medlemmar', 'Skriva artiklar']);
    expect(subgoal.description).toBe('Detta följs upp varje kvartal.');
  });

  it('takes bullets straight under a delmål as its activities even without "Aktiviteter:"', () => {
    const subgoal = onlySubgoal(planWith('Delmål 1: Vi ska växa\n· ringa medlemmar\n· skriva artiklar'));
    expect(subgoal.activities.map((activity) => activity.id)).toEqual(['O1.1', 'O1.2']);
  });
});

describe('delmål lines', () => {
  const separators = [
    'Delmål 1: Vi ska växa',
    'Delmål 1. Vi ska växa',
    'Delmål 1 – Vi ska växa',
    'Delmål 1 - Vi ska växa',
    'Delmål 1) Vi ska växa',
    'Delmål 1 Vi ska växa',
    'DELMÅL 1: Vi ska växa',
    'Delmål nr 1: Vi ska växa',
    'Delmål 1:Vi ska växa',
  ];
  for (const line of separators) {
    it(`reads "${line}"`, () => {
      const subgoal = onlySubgoal(planWith(line));
      expect([subgoal.id, subgoal.number, subgoal.title]).toEqual(['O1', 1, 'Vi ska växa']);
    });
  }

  it('takes the title from the next line when the delmål line has none', () => {
    expect(onlySubgoal(planWith('Delmål 1:\n\nVi ska växa\nGenom att ringa alla.')).title).toBe('Vi ska växa');
  });

  it('reads prose between the title and the activities as the description', () => {
    const subgoal = onlySubgoal(
      planWith('Delmål 1: Vi ska växa\nDet är viktigt.\nFramför allt i glesbygden.\n\nAktiviteter:\n· ringa'),
    );
    expect(subgoal.description).toBe('Det är viktigt. Framför allt i glesbygden.');
  });

  it('allows a delmål without activities', () => {
    const plan = parseValid(planWith('Delmål 1: Vi ska växa\n\nDelmål 2: Vi ska synas\nAktiviteter:\n· skriva'));
    expect(plan.areas[0]?.subgoals.map((subgoal) => subgoal.activities.length)).toEqual([0, 1]);
  });

  it('keeps the number as written and restarts numbering per area', () => {
    const text = [
      'Verksamhetsplan 2024',
      '',
      'Det parlamentariska arbetet',
      '',
      'Övergripande mål: Vi ska vinna valet.',
      'Delmål 1: A',
      'Delmål 3: B',
      '',
      'Det utomparlamentariska arbetet',
      '',
      'Övergripande mål: Vi ska organisera.',
      'Delmål 1: C',
    ].join('\n');
    const plan = parseValid(text);
    expect(plan.areas.flatMap((area) => area.subgoals.map((subgoal) => [subgoal.id, subgoal.number]))).toEqual([
      ['P1', 1],
      ['P3', 3],
      ['U1', 1],
    ]);
  });
});

describe('activity lead-in and owners', () => {
  it('reads the owner from a lead-in on the line after "Aktiviteter:"', () => {
    const subgoal = onlySubgoal(
      planWith('Delmål 1: Vi ska växa\nAktiviteter:\nUnder året ska Regiongruppen:\n· skriva'),
    );
    expect(subgoal.owner).toBe('Regiongruppen');
    expect(subgoal.activities).toEqual([{ id: 'O1.1', text: 'skriva', owner: 'Regiongruppen' }]);
  });

  it('reads "X ska:" and "Ansvarig: X" lead-ins, and none from "ska vi:"', () => {
    const owner = (leadIn: string) =>
      onlySubgoal(planWith(`Delmål 1: Vi ska växa\nAktiviteter: ${leadIn}\n· skriva`)).owner;
    expect(owner('Distriktsstyrelsen ska:')).toBe('Distriktsstyrelsen');
    expect(owner('Ansvarig: DS')).toBe('DS');
    expect(owner('Under året ska vi:')).toBe('');
    expect(owner('Under året ska vi arbeta för att:')).toBe('');
  });

  it('lets an activity name its own doer, else gives it the delmål owner', () => {
    const subgoal = onlySubgoal(
      planWith(
        [
          'Delmål 1: Vi ska växa',
          'Aktiviteter: Under verksamhetsåret ska DS:',
          '· Regiongruppen ska skriva en artikel',
          '· Kommungruppen och DS tar fram ett underlag',
          '· Alla partiföreningar ska rekommenderas att ringa',
          '· SD och regeringen vill något annat, vi ska svara',
          '· ringa medlemmar',
        ].join('\n'),
      ),
    );
    expect(subgoal.activities.map((activity) => activity.owner)).toEqual([
      'Regiongruppen',
      'Kommungruppen och DS',
      'DS',
      'DS',
      'DS',
    ]);
  });
});

describe('title, organisation and intro', () => {
  const organisation = (title: string) => parseValid(planWith('Delmål 1: A').replace('Verksamhetsplan 2024', title));
  it('proper-cases an all-caps title and keeps a mixed-case one', () => {
    expect(organisation('VERKSAMHETSPLAN FÖR VÄNSTERPARTIET I VÄSTERNORRLAND 2024').organisation).toBe(
      'Vänsterpartiet i Västernorrland',
    );
    expect(organisation('Verksamhetsplan 2025 för Vänsterpartiet Jämtland').organisation).toBe(
      'Vänsterpartiet Jämtland',
    );
    expect(organisation('Vänsterpartiet Gävleborg – verksamhetsplan 2025').organisation).toBe(
      'Vänsterpartiet Gävleborg',
    );
    expect(organisation('Verksamhetsplan 2025 – förslag').organisation).toBe('');
    expect(organisation('Vår plan för 2025').organisation).toBe('');
    expect(organisation('Vår plan för 2025').year).toBe(2025);
  });

  it('keeps the intro paragraphs, collapsing runs of blank lines', () => {
    const text = planWith('Delmål 1: A').replace(
      'Verksamhetsplan 2024\n',
      'Verksamhetsplan 2024\n\nInledning\nFörsta stycket.\n\n\n\nAndra stycket.\n',
    );
    expect(parseValid(text).intro).toBe('Inledning\nFörsta stycket.\n\nAndra stycket.');
  });
});

describe('area headings', () => {
  it('derives area ids from the first significant word and keeps them unique', () => {
    const area = (title: string) => [title, '', 'Övergripande mål: Vi ska växa.', 'Delmål 1: A', ''];
    const text = [
      'Verksamhetsplan 2024',
      '',
      ...area('Det parlamentariska arbetet'),
      ...area('Det partipolitiska arbetet'),
      ...area('Den parlamentariska rösten'),
      ...area('Parlament'),
      ...area('Éducation populaire'),
      ...area('2025 – Fokus på organisering'),
    ].join('\n');
    const plan = parseValid(text);
    expect(plan.areas.map((a) => a.id)).toEqual(['P', 'PA', 'PR', 'PAR', 'E', 'F']);
    expect(new Set(plan.areas.flatMap((a) => a.subgoals.map((s) => s.id))).size).toBe(6);
  });

  it('gives identical titles distinct letter ids', () => {
    const area = ['Arbetet', '', 'Övergripande mål: Vi ska växa.', 'Delmål 1: A', ''];
    const text = ['Verksamhetsplan 2024', '', ...Array.from({ length: 12 }, () => area).flat()].join('\n');
    const ids = parseValid(text).areas.map((a) => a.id);
    expect(ids.slice(0, 10)).toEqual(['A', 'AR', 'ARB', 'ARBE', 'ARBET', 'ARBETE', 'ARBETET', 'AA', 'AB', 'AC']);
    expect(new Set(ids).size).toBe(12);
  });

  it('reads a file without blank lines', () => {
    const text = [
      'VERKSAMHETSPLAN 2024',
      'Inledning',
      'Vi är ett parti.',
      'Det parlamentariska arbetet',
      'Regionen är i kris.',
      'Övergripande mål: Vi ska få över 10% i regionvalet 2026.',
      'Delmål 1: Vi ska synas',
      'Aktiviteter:',
      '· stödja våra politiker',
      'Det utomparlamentariska arbetet',
      'Vi ska organisera oss.',
      'Övergripande mål: Vi ska bli fler.',
      'Delmål 1: Vi ska växa',
    ].join('\n');
    const plan = parseValid(text);
    expect(plan.intro).toBe('Inledning\nVi är ett parti.');
    expect(plan.areas.map((area) => [area.title, area.intro])).toEqual([
      ['Det parlamentariska arbetet', 'Regionen är i kris.'],
      ['Det utomparlamentariska arbetet', 'Vi ska organisera oss.'],
    ]);
    expect(plan.areas[0]?.subgoals[0]?.activities.map((activity) => activity.text)).toEqual(['stödja våra politiker']);
  });

  it('lets a later area intro hold sub-headings and bullets', () => {
    const text = [
      'Verksamhetsplan 2024',
      '',
      'Det parlamentariska arbetet',
      '',
      'Övergripande mål: Vi ska vinna.',
      'Delmål 1: Vi ska synas',
      'Aktiviteter:',
      '· stödja våra politiker',
      '',
      'Det utomparlamentariska arbetet',
      '',
      'Bakgrund',
      '',
      'Vi behöver:',
      '· fler aktiva',
      '· fler studier',
      '',
      'Övergripande mål: Vi ska bli fler.',
      'Delmål 1: Vi ska växa',
    ].join('\n');
    const plan = parseValid(text);
    expect(plan.areas[1]?.title).toBe('Det utomparlamentariska arbetet');
    expect(plan.areas[1]?.intro).toBe('Bakgrund\n\nVi behöver:\n· fler aktiva\n· fler studier');
    expect(plan.areas[0]?.subgoals[0]?.activities).toHaveLength(1);
  });

  it('joins goal lines up to the first delmål', () => {
    const plan = parseValid(planWith('Delmål 1: A', 'Vi ska\nbli fler.\n\nDärför ska vi:'));
    expect(plan.areas[0]?.overallGoal.text).toBe('Vi ska bli fler. Därför ska vi:');
  });

  it('reads the goal from the next line when "Övergripande mål" stands alone', () => {
    const text = planWith('Delmål 1: A').replace(
      'Övergripande mål: Vi ska bli fler.',
      'Övergripande mål\nVi ska bli fler.',
    );
    expect(parseValid(text).areas[0]?.overallGoal.text).toBe('Vi ska bli fler.');
  });

  it('does not mistake prose starting with a keyword for structure', () => {
    const subgoal = onlySubgoal(planWith('Delmål 1: A\nDelmålet är viktigt.\nAktiviteterna följs upp.'));
    expect(subgoal.description).toBe('Delmålet är viktigt. Aktiviteterna följs upp.');
    expect(parsePlan(planWith('Delmål 1: A\nÖvergripande målet nås.')).ok).toBe(true);
  });
});
