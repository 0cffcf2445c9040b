// renderPlan and parsePlan agree: any plan the parser reads renders to text that parses back to the same plan.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Plan } from '../../../shared/model/plan.ts';
import { parsePlan, renderPlan } from '../../../shared/parse/index.ts';
import { SEED_TEXT } from '../../support/seed.ts';
import { parseValid } from './helpers.ts';

/** Words that make up prose, titles and activities, rich in the phrasings targets are read from. */
const WORDS = [
  'vi',
  'ska',
  'minst',
  'cirka',
  'ca',
  'över',
  'fler',
  'än',
  'högst',
  '15',
  '8',
  '10 %',
  '12%',
  '1 000',
  'två',
  'tre',
  'femton',
  'ett',
  'en',
  'möte',
  'ordförandemöte',
  'debattartiklar',
  'nya',
  'medlemmar',
  'i',
  'månaden',
  'kvartalet',
  'per',
  'termin',
  'varje',
  'alla',
  'partiförening',
  'partiföreningar',
  'utser',
  'valledare',
  'studieansvarig',
  'underorganisation',
  'Zetkin',
  'person',
  'som',
  'ansvarar',
  'för',
  'den',
  'öka',
  'minska',
  'antalet',
  'följare',
  'på',
  'Facebooksidan',
  'EU-valet',
  'valet',
  'regionvalet',
  '2024',
  '2026',
  'och',
  'samt',
  'eller',
  'prioritera',
  'områdena:',
  '”Miljö”',
  '”Vård',
  'och',
  'omsorg”',
  '"Skola"',
  'under',
  'året',
  'de',
  'respektive',
  'område',
  'Distriktsstyrelsen',
  'regiongruppen',
  'DS',
  'utbildning,',
  'föreläsning',
  'idag',
  'har',
  'juni',
  'Sundsvall',
  'minst ett möte i månaden',
  'cirka 15 debattartiklar',
  'varje partiförening utser en valledare',
  'över 8% i EU-valet 2024',
  'öka antalet följare på Facebooksidan',
  'prioritera områdena: ”Miljö” ”Vård” samt ”Skola”',
];
/** First words that cannot make a line look like a bullet, a delmål or a heading keyword. */
const FIRST_WORDS = ['Vi', 'Distriktet', 'Distriktsstyrelsen', 'Alla', 'Varje', 'Regiongruppen', 'Att', 'Medlemmarna'];
const HEADINGS = [
  'Det parlamentariska arbetet',
  'Det utomparlamentariska arbetet',
  'Det partipolitiska arbetet',
  'Organisering',
  'Studier och bildning',
  'Arbetet',
];
const BULLETS = ['·', '•', '-', '–', '*', 'o', '1.', 'a)', '▪'];
const SEPARATORS = [': ', '. ', ' – ', ' - ', ') ', ':  ', ':\t'];
const LEAD_INS = [
  '',
  '    Under verksamhetsåret ska DS:',
  ' Regiongruppen ska:',
  ' Under året ska vi:',
  ' Ansvarig: Kassören',
];

const phrase = (min: number, max: number) =>
  fc
    .tuple(fc.constantFrom(...FIRST_WORDS), fc.array(fc.constantFrom(...WORDS), { minLength: min, maxLength: max }))
    .map(([first, rest]) => [first, ...rest].join(' '));
const sentence = phrase(2, 14).map((words) => `${words}.`);
const lowerPhrase = fc
  .array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 10 })
  .map((words) => words.join(' '));

const activity = fc.oneof(
  phrase(1, 12).map((text) => [text]),
  fc.tuple(lowerPhrase, lowerPhrase).map(([text, wrapped]) => [text, wrapped]),
);

const subgoalSpec = fc.record({
  separator: fc.constantFrom(...SEPARATORS),
  title: phrase(1, 14),
  description: fc.array(sentence, { maxLength: 2 }),
  blankBeforeDescription: fc.boolean(),
  leadIn: fc.constantFrom(...LEAD_INS),
  header: fc.boolean(),
  /** One glyph per list, as a word processor writes it: another glyph after it (o, ▪) is Word's next level. */
  bullet: fc.constantFrom(...BULLETS),
  activities: fc.array(activity, { maxLength: 4 }),
});

const laterIntroLine = fc.oneof(
  sentence,
  fc.constantFrom('Bakgrund', 'Vi behöver:', '· fler aktiva', '- fler studier', ''),
);
const areaSpec = fc.record({
  title: fc.constantFrom(...HEADINGS),
  /** A heading-like first intro line glued to the area heading ("Bakgrund"). */
  introHeading: fc.option(fc.constantFrom('Bakgrund', 'Läget i regionen'), { nil: undefined }),
  intro: fc.array(sentence, { maxLength: 3 }),
  laterIntro: fc.array(laterIntroLine, { maxLength: 4 }),
  goal: sentence,
  subgoals: fc.uniqueArray(fc.record({ number: fc.integer({ min: 1, max: 12 }), spec: subgoalSpec }), {
    minLength: 1,
    maxLength: 4,
    selector: (subgoal) => subgoal.number,
  }),
});

const planSpec = fc.record({
  title: fc.constantFrom(
    'VERKSAMHETSPLAN FÖR VÄNSTERPARTIET VÄSTERNORRLAND',
    'Verksamhetsplan för Vänsterpartiet Jämtland',
    'Verksamhetsplan',
  ),
  year: fc.integer({ min: 1990, max: 2100 }),
  intro: fc.array(fc.oneof(sentence, fc.constantFrom('Inledning', '· en punkt', '')), { maxLength: 5 }),
  areas: fc.array(areaSpec, { minLength: 1, maxLength: 4 }),
  crlf: fc.boolean(),
  blanks: fc.integer({ min: 1, max: 3 }),
});

type PlanSpec = typeof planSpec extends fc.Arbitrary<infer T> ? T : never;

function planText(spec: PlanSpec): string {
  const gap = Array.from({ length: spec.blanks }, () => '');
  const lines = [`${spec.title} ${spec.year}`, ...gap, ...spec.intro];
  spec.areas.forEach((area, index) => {
    // The first area's intro holds only sentences: a heading-like line there would be taken as the heading.
    const intro = index === 0 ? area.intro : [...area.intro, ...area.laterIntro];
    const heading = area.introHeading === undefined ? [area.title, ...gap] : [area.title, area.introHeading];
    lines.push(...gap, ...heading, ...intro, '', `Övergripande mål: ${area.goal}`);
    for (const { number, spec: subgoal } of area.subgoals) {
      lines.push(...gap, `Delmål ${number}${subgoal.separator}${subgoal.title}`);
      if (subgoal.blankBeforeDescription && subgoal.description.length > 0) lines.push('');
      lines.push(...subgoal.description);
      if (subgoal.header) lines.push('', `Aktiviteter:${subgoal.leadIn}`);
      for (const activityLines of subgoal.activities) {
        lines.push(`${subgoal.bullet} ${activityLines[0]}`, ...activityLines.slice(1));
      }
    }
  });
  return lines.join(spec.crlf ? '\r\n' : '\n');
}

/** What the generated text says, independent of the parser: the structure the parse must find. */
function skeleton(spec: PlanSpec) {
  return spec.areas.map((area) => ({
    title: area.title,
    subgoals: area.subgoals.map(({ number, spec: subgoal }) => ({
      number,
      title: subgoal.title,
      description: subgoal.description.join(' '),
      activities: subgoal.activities.map((lines) => lines.join(' ')),
    })),
  }));
}

function parsedSkeleton(plan: Plan) {
  return plan.areas.map((area) => ({
    title: area.title,
    subgoals: area.subgoals.map((subgoal) => ({
      number: subgoal.number,
      title: subgoal.title,
      description: subgoal.description,
      activities: subgoal.activities.map((item) => item.text),
    })),
  }));
}

describe('render and parse', () => {
  it('round-trips the seed plan and renders it canonically', () => {
    const plan = parseValid(SEED_TEXT);
    const rendered = renderPlan(plan);
    expect(parsePlan(rendered)).toEqual({ ok: true, plan });
    expect(renderPlan(parseValid(rendered))).toBe(rendered);
    expect(rendered).toContain('\nDelmål 1: Vi ska i vår oppositionsroll synas på flera fronter i hela regionen\n');
    expect(rendered).toContain('\nAktiviteter: Under verksamhetsåret ska DS:\n· stödja regionens förtroendevalda');
    expect(rendered).toContain(
      '\nDelmål 5: Fortsatt prioritera områdena: ”Facklig politisk” ”Feministisk” ”Antirasistisk” samt ”Miljö och klimat”\nDetta är områden som',
    );
  });

  it('parses generated plans to their structure, and parse(render(plan)) equals the plan', () => {
    let targetsSeen = 0;
    fc.assert(
      fc.property(planSpec, (spec) => {
        const plan = parseValid(planText(spec));
        expect(parsedSkeleton(plan)).toEqual(skeleton(spec));
        expect(plan.year).toBe(spec.year);
        expect(new Set(plan.areas.map((area) => area.id)).size).toBe(spec.areas.length);
        targetsSeen += plan.areas.reduce((sum, area) => sum + area.subgoals.flatMap((s) => s.targets).length, 0);
        const rendered = renderPlan(plan);
        expect(parsePlan(rendered)).toEqual({ ok: true, plan });
        expect(renderPlan(parseValid(rendered))).toBe(rendered);
      }),
      { numRuns: 300 },
    );
    // The generated wording does produce targets, so the property covers them too.
    expect(targetsSeen).toBeGreaterThan(100);
  });

  it('round-trips every damaged copy of the seed it accepts, and refuses the rest with errors', () => {
    const seedLines = SEED_TEXT.split('\n');
    const insertable = [
      'Bakgrund',
      '· en punkt',
      'Vi ska:',
      'Delmål 7:',
      'Aktiviteter:',
      'Övergripande mål:',
      '1. En rad',
    ];
    const edit = fc.tuple(
      fc.nat(),
      fc.oneof(fc.constantFrom('drop', 'duplicate', 'blank', 'swap'), fc.constantFrom(...insertable)),
    );
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 10 }), (edits) => {
        const lines = [...seedLines];
        for (const [position, change] of edits) {
          const at = position % lines.length;
          const other = (at + 7) % lines.length;
          if (change === 'drop') lines.splice(at, 1);
          else if (change === 'duplicate') lines.splice(at, 0, lines[at] ?? '');
          else if (change === 'blank') lines.splice(at, 0, '');
          else if (change === 'swap') [lines[at], lines[other]] = [lines[other] ?? '', lines[at] ?? ''];
          else lines.splice(at, 0, change);
        }
        const result = parsePlan(lines.join('\n'));
        if (!result.ok) {
          expect(result.errors.length).toBeGreaterThan(0);
          return;
        }
        expect(parsePlan(renderPlan(Plan.parse(result.plan)))).toEqual(result);
      }),
      { numRuns: 400 },
    );
  });

  it('reads the seed without any blank lines to the same delmål, activities and targets', () => {
    const plan = parseValid(SEED_TEXT);
    const compact = parseValid(SEED_TEXT.replace(/\n\s*\n/g, '\n'));
    const withoutIntros = (p: Plan) => ({ ...p, intro: '', areas: p.areas.map((area) => ({ ...area, intro: '' })) });
    expect(withoutIntros(compact)).toEqual(withoutIntros(plan));
  });
});
