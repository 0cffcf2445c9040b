// Other districts' plans written the way boards write them (CRLF, Windows-1252, BOM, `Delmål 1.`/`Delmål 2 –`, every
// bullet style, number words): the parser gets structure, owners and targets right, or reads no target at all.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Plan } from '../../../shared/model/plan.ts';
import type { Target } from '../../../shared/model/target.ts';
import { parsePlanBytes, renderPlan } from '../../../shared/parse/index.ts';
import { parseValid } from './helpers.ts';

function fixture(name: string): Plan {
  const result = parsePlanBytes(new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url))));
  if (!result.ok) expect.fail(`${name}: ${JSON.stringify(result.errors)}`);
  return Plan.parse(result.plan);
}

/** Every target of the plan as id → its own fields and the phrase it was read from. */
function targetsOf(plan: Plan): Record<string, Omit<Target, 'id' | 'source'>> {
  const all = plan.areas.flatMap((area) => [
    ...area.overallGoal.targets,
    ...area.subgoals.flatMap((subgoal) => subgoal.targets),
  ]);
  return Object.fromEntries(all.map(({ id, source: _source, ...rest }) => [id, rest]));
}

function outline(plan: Plan) {
  return plan.areas.map((area) => ({
    id: area.id,
    title: area.title,
    subgoals: area.subgoals.map((subgoal) => [subgoal.id, subgoal.activities.length]),
  }));
}

function activity(plan: Plan, id: string) {
  const found = plan.areas
    .flatMap((area) => area.subgoals.flatMap((subgoal) => subgoal.activities))
    .find((candidate) => candidate.id === id);
  if (!found) expect.fail(`no activity ${id}`);
  return found;
}

describe('Jämtland 2025: CRLF, "Delmål 1." and • bullets', () => {
  const plan = fixture('jamtland-2025-crlf.txt');

  it('reads title, areas, delmål and activities', () => {
    expect([plan.organisation, plan.year]).toEqual(['Vänsterpartiet Jämtlands län', 2025]);
    expect(plan.intro.startsWith('Inledning\nÅret efter supervalåret')).toBe(true);
    expect(outline(plan)).toEqual([
      {
        id: 'O',
        title: 'Organisation och medlemmar',
        subgoals: [
          ['O1', 3],
          ['O2', 3],
          ['O3', 2],
          ['O4', 3],
        ],
      },
      {
        id: 'OP',
        title: 'Opinionsbildning',
        subgoals: [
          ['OP1', 2],
          ['OP2', 2],
        ],
      },
    ]);
    expect(activity(plan, 'O1.1')).toEqual({
      id: 'O1.1',
      text: 'DS ska kontakta samtliga partiföreningar under våren och stötta dem i att utse ansvariga',
      owner: 'DS',
    });
    expect(activity(plan, 'OP1.2').owner).toBe('Regiongruppen');
  });

  it('reads number words, "fler än", "ca" and per-term cadences; nothing from a bare "ansvariga" or a summer-only cadence', () => {
    expect(targetsOf(plan)).toEqual({
      'O1.M1': {
        kind: 'coverage',
        roles: ['valledare', 'studieansvarig'],
        text: 'Varje partiförening ska ha en valledare och en studieansvarig',
      },
      'O2.M1': { kind: 'count', target: 200, unit: 'medlemmar', approximate: false, text: 'Fler än 200 medlemmar' },
      'O3.M1': { kind: 'count', target: 15, unit: 'nya medlemmar', approximate: false, text: 'femton nya medlemmar' },
      'O4.M1': {
        kind: 'cadence',
        min: 2,
        per: 'term',
        unit: 'utbildningar',
        text: 'Minst två utbildningar per termin',
      },
      'OP1.M1': { kind: 'count', target: 30, unit: 'insändare', approximate: true, text: 'ca 30 insändare' },
      'OP1.2.M1': {
        kind: 'count',
        target: 3,
        unit: 'debattartiklar',
        approximate: false,
        text: 'minst tre debattartiklar',
      },
      'OP2.M1': {
        kind: 'trend',
        direction: 'up',
        metric: 'följare på Instagram',
        text: 'Öka antalet följare på Instagram',
      },
      'OP2.1.M1': { kind: 'cadence', min: 2, per: 'week', unit: 'gånger', text: 'minst två gånger i veckan' },
    });
  });
});

describe('Gävleborg 2023: Windows-1252, "Delmål 2 –", "Aktivitet –" and - bullets', () => {
  const plan = fixture('gavleborg-2023-cp1252.txt');

  it('decodes å, ä, ö and the dash and reads the outline, with a delmål without activities', () => {
    expect(plan.title).toBe('VERKSAMHETSPLAN 2023 – VÄNSTERPARTIET GÄVLEBORG');
    expect([plan.organisation, plan.year]).toEqual(['Vänsterpartiet Gävleborg', 2023]);
    expect(outline(plan)).toEqual([
      {
        id: 'V',
        title: 'Valarbete',
        subgoals: [
          ['V1', 3],
          ['V2', 2],
        ],
      },
      {
        id: 'F',
        title: 'Facklig politisk verksamhet',
        subgoals: [
          ['F1', 3],
          ['F2', 0],
        ],
      },
    ]);
    expect(activity(plan, 'V1.1').owner).toBe('Distriktet');
  });

  it('reads the municipal vote share, coverage, counts and an adjective with its noun', () => {
    expect(targetsOf(plan)).toEqual({
      'V.M1': {
        kind: 'share',
        percent: 12,
        election: 'kommunvalet 2026',
        text: 'över 12 % i kommunvalet 2026 i Gävle',
      },
      'V1.M1': { kind: 'coverage', roles: ['valledare'], text: 'Varje partiförening ska ha en valledare' },
      'V2.M1': {
        kind: 'count',
        target: 3,
        unit: 'dörrknackningskampanjer',
        approximate: false,
        text: 'tre dörrknackningskampanjer',
      },
      'V2.2.M1': { kind: 'count', target: 20, unit: 'dörrknackare', approximate: false, text: 'minst 20 dörrknackare' },
      'F1.2.M1': {
        kind: 'cadence',
        min: 1,
        per: 'quarter',
        unit: 'facklig träff',
        text: 'en facklig träff i kvartalet',
      },
      'F1.3.M1': {
        kind: 'coverage',
        roles: ['kontaktperson'],
        text: 'Varje partiförening ska ha en facklig kontaktperson',
      },
    });
  });
});

describe('Dalarna 2026: BOM, "Delmål 1:", 1. and a) bullets', () => {
  const plan = fixture('dalarna-2026-bom.txt');

  it('reads the outline and the goal written on the line after its marker', () => {
    expect(plan.title).toBe('Vänsterpartiet Dalarna – Verksamhetsplan 2026');
    expect(outline(plan)).toEqual([
      {
        id: 'V',
        title: 'Valrörelsen',
        subgoals: [
          ['V1', 3],
          ['V2', 3],
          ['V3', 2],
        ],
      },
      { id: 'S', title: 'Studier och skolning', subgoals: [['S1', 2]] },
    ]);
    expect(plan.areas[0]?.overallGoal.text).toBe(
      'Vi ska få minst 9 procent i regionvalet och över 10 % i riksdagsvalet i Dalarnas valkrets.',
    );
    expect(activity(plan, 'V2.3').owner).toBe('DS');
    expect(activity(plan, 'V3.1').owner).toBe('Nomineringskommittén');
  });

  it('gives each vote share its own election and names the person responsible for something', () => {
    expect(targetsOf(plan)).toEqual({
      'V.M1': { kind: 'share', percent: 9, election: 'regionvalet', text: 'minst 9 procent i regionvalet' },
      'V.M2': {
        kind: 'share',
        percent: 10,
        election: 'riksdagsvalet',
        text: 'över 10 % i riksdagsvalet i Dalarnas valkrets',
      },
      'V1.2.M1': { kind: 'count', target: 5000, unit: 'samtal', approximate: false, text: '5 000 samtal' },
      'V2.1.M1': {
        kind: 'coverage',
        roles: ['valledare', 'kassör', 'sociala medier-ansvarig'],
        text: 'Varje partiförening ska ha en valledare, en kassör och en ansvarig för sociala medier',
      },
      'V2.2.M1': {
        kind: 'coverage',
        roles: ['zetkin-underorganisation', 'zetkin-ansvarig'],
        text: 'Alla partiföreningar ska ha en underorganisation i Zetkin och minst en person som ansvarar för den',
      },
      'S1.M1': {
        kind: 'count',
        target: 4,
        unit: 'grundutbildningar',
        approximate: false,
        text: 'minst fyra grundutbildningar',
      },
    });
  });

  it('reads no target from a cadence over part of the year (every other week during the campaign too), or last election’s facts', () => {
    const ids = Object.keys(targetsOf(plan));
    expect(activity(plan, 'V1.1').text).toContain('minst en gång i veckan från augusti till valdagen');
    expect(activity(plan, 'V2.3').text).toContain('varannan vecka');
    expect(ids.filter((id) => id.startsWith('V1.1') || id.startsWith('V2.3') || id.startsWith('V3'))).toEqual([]);
  });
});

describe('Norrbotten 2025: activities right under the delmål, "1 maj" and facts in the intro', () => {
  const plan = fixture('norrbotten-2025.txt');

  it('reads counts and cadences written in words, and nothing from dates or a place list', () => {
    expect(targetsOf(plan)).toEqual({
      'P1.M1': { kind: 'count', target: 10, unit: 'motioner', approximate: false, text: 'minst tio motioner' },
      'P1.1.M1': { kind: 'cadence', min: 1, per: 'month', unit: 'gruppmöte', text: 'ett gruppmöte i månaden' },
      'U1.M1': { kind: 'trend', direction: 'up', metric: 'medlemsantalet', text: 'öka medlemsantalet' },
      'U1.3.M1': { kind: 'count', target: 6, unit: 'medlemsmöten', approximate: false, text: 'sex medlemsmöten' },
      'U2.2.M1': {
        kind: 'count',
        target: 500,
        unit: 'namnunderskrifter',
        approximate: true,
        text: 'ca 500 namnunderskrifter',
      },
    });
    expect(activity(plan, 'P1.1').owner).toBe('Regiongruppen');
  });
});

describe('every fixture', () => {
  it('renders back to text that parses to the same plan', () => {
    for (const name of [
      'jamtland-2025-crlf.txt',
      'gavleborg-2023-cp1252.txt',
      'dalarna-2026-bom.txt',
      'norrbotten-2025.txt',
    ]) {
      const plan = fixture(name);
      expect(parseValid(renderPlan(plan)), name).toEqual(plan);
    }
  });
});
