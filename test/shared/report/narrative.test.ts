// The verksamhetsberättelse as the board reads it: per area and delmål what was promised, what the register shows, which
// activities were done or struck, what was not reached; nothing the register does not hold.
import { describe, expect, it } from 'vitest';
import type { ActivityFollowUp } from '../../../shared/model/activity-status.ts';
import { buildNarrative, type NarrativeInput } from '../../../shared/report/narrative.ts';
import { planFromText } from '../../support/plan-text.ts';
import { makeAction, makeBranch, seedPlan } from '../../support/report-fixtures.ts';

const followUp = (id: string, fields: Partial<ActivityFollowUp>): ActivityFollowUp => ({
  id,
  subgoalId: id.split('.')[0] ?? '',
  text: '',
  owner: '',
  status: 'not_started',
  deadline: null,
  touched: true,
  comment: '',
  ...fields,
});

const empty = (asOf: string): NarrativeInput => ({
  plan: seedPlan,
  actions: [],
  branches: [],
  recorded: [],
  asOf,
  activities: [],
  comments: {},
});

const texts = (input: NarrativeInput) => buildNarrative(input).blocks.map((block) => block.text);

describe('the verksamhetsberättelse', () => {
  it('says "inget registrerat" wherever the register holds nothing, and invents no figure', () => {
    const lines = texts(empty('2025-01-31'));
    const missed = lines.slice(lines.indexOf('Det som inte nåddes') + 1);
    expect(lines[0]).toBe('Verksamhetsberättelse 2024 – Vänsterpartiet Västernorrland');
    expect(lines).toContain(
      'Verksamhetsplanen hade 2 områden med 8 delmål, 29 aktiviteter och 11 mätbara mål. De mätbara målen: 5 inte uppnådda och 6 utan registrerat utfall. Inget registrerades i loggen. Aktiviteterna: 29 utan registrerad uppföljning.',
    );
    // Nothing logged for a count or a cadence is nothing reached; an election result nobody entered is not known.
    expect(lines).toContain('Cirka 15 debattartiklar: inget registrerat – inte uppnått.');
    expect(lines).toContain('Minst 1 ordförandemöte i kvartalet: inget registrerat – inte uppnått.');
    expect(lines).toContain('Insatser per område: inget registrerat – inte uppnått.');
    expect(lines).toContain('Över 8 % i EU-valet 2024: inget registrerat.');
    expect(lines).toContain('Varje partiförening har valledare: inga partiföreningar registrerade.');
    expect(lines.filter((line) => line === 'I loggen: inget registrerat för delmålet.')).toHaveLength(8);
    expect(missed).toContain(
      'Det utomparlamentariska arbetet, delmål 3: Cirka 15 debattartiklar: inget registrerat – inte uppnått.',
    );
    expect(missed.slice(missed.indexOf('Utan registrerat utfall, så att läget inte går att bedöma:') + 1)).toHaveLength(
      6,
    );
    // Every figure in a target sentence comes from the plan's own wording: nothing counted, no pace, no percent.
    expect(lines.join('\n')).not.toMatch(/ %\)|takten ger|av \d/);
  });

  it('speaks of a district with one partiförening in the singular', () => {
    const alone = (roles: Record<string, string>) =>
      texts({ ...empty('2025-01-31'), branches: [makeBranch('Sundsvall', roles)] });
    expect(alone({})).toContain(
      'Varje partiförening har valledare: inget registrerat i distriktets enda partiförening – inte uppnått.',
    );
    expect(alone({ valledare: 'Kim' })).toContain(
      'Varje partiförening har valledare: valledare i 1 av 1 partiförening – uppnått.',
    );
  });

  it('gives each target its figures and status, with the board’s comment, and lists activities by what happened', () => {
    const lines = texts({
      ...empty('2025-01-31'),
      actions: [
        makeAction({ at: '2024-02-10T10:00:00Z', subgoal: 'U3', kind: 'article.published', quantity: 12 }),
        makeAction({ at: '2024-02-20T18:00:00Z', subgoal: 'U2', kind: 'meeting.held' }),
        makeAction({ at: '2024-05-20T18:00:00Z', subgoal: 'U2', kind: 'meeting.held' }),
        makeAction({ at: '2024-08-20T18:00:00Z', subgoal: 'U2', kind: 'meeting.held' }),
        makeAction({ at: '2024-11-20T18:00:00Z', subgoal: 'U2', kind: 'other' }),
      ],
      branches: [makeBranch('Sundsvall', { valledare: 'Kim' }), makeBranch('Timrå'), makeBranch('Ånge')],
      recorded: [{ targetId: 'P3.M1', at: '2024-06-09', value: 7.2 }],
      activities: [
        followUp('U3.1', { status: 'done', comment: 'tillsammans med regiongruppen' }),
        followUp('U2.3', { status: 'dropped' }),
        followUp('U2.2', { status: 'in_progress' }),
        followUp('U2.4', { status: 'not_started', touched: false }),
      ],
      comments: { 'U3.M1': 'Tolv artiklar i lokalpressen' },
    });
    expect(lines).toContain(
      'Cirka 15 debattartiklar: 12 av 15 (80 %) – inte uppnått. Styrelsens kommentar: Tolv artiklar i lokalpressen',
    );
    expect(lines).toContain(
      'Minst 1 ordförandemöte i kvartalet: minst 1 ordförandemöte under 3 av 4 kvartal; inte i Q4 – inte uppnått.',
    );
    expect(lines).toContain('I loggen finns 4 registreringar för delmålet: möte hållet 3 och annat 1.');
    expect(lines).toContain('Över 8 % i EU-valet 2024: 7,2 % – inte uppnått.');
    expect(lines).toContain(
      'Varje partiförening har valledare: valledare i 1 av 3 partiföreningar (saknas i Timrå och Ånge) – inte uppnått.',
    );
    const u2 = lines.slice(
      lines.indexOf('Delmål 2: Distriktet ska ta det stödjande ansvaret för att hålla länets partiföreningar aktiva'),
    );
    expect(u2.slice(u2.indexOf('Struket:'), u2.indexOf('Struket:') + 2)).toEqual([
      'Struket:',
      'Anordna en Höstkonferens där medlemsaktivering är det centrala temat',
    ]);
    expect(u2[u2.indexOf('Pågår:') + 1]).toMatch(/^I enlighet med partiets centrala verksamhetsplan/);
    // Nobody touched U2.4 and U2.1: their "Ej påbörjad" is the import's, not the board's.
    expect(
      u2.slice(u2.indexOf('Ingen uppföljning registrerad:') + 1, u2.indexOf('Ingen uppföljning registrerad:') + 3),
    ).toEqual([
      'Distriktsstyrelsen ska anordna minst ett ordförandemöte i kvartalet för att samordna arbetet i distriktet',
      'Uppmuntra ordföringar (eller en ersättare) i partiföreningarna att delta på distriktsstyrelsens sammanträden',
    ]);
    expect(lines).toContain(
      'Distriktsstyrelsen och regiongruppen tar ansvar för att få debattartiklar skrivna och publicerade (tillsammans med regiongruppen)',
    );
    const missed = lines.slice(lines.indexOf('Det som inte nåddes') + 1);
    expect(missed).toContain(
      'Det utomparlamentariska arbetet, delmål 3: Cirka 15 debattartiklar: 12 av 15 (80 %) – inte uppnått. Styrelsens kommentar: Tolv artiklar i lokalpressen',
    );
    expect(missed).toContain('Utan registrerat utfall, så att läget inte går att bedöma:');
  });

  it('during the year says how far it reaches and lists what is behind instead of what was not reached', () => {
    const narrative = buildNarrative({
      ...empty('2024-06-15'),
      actions: [makeAction({ at: '2024-02-10T10:00:00Z', subgoal: 'U3', kind: 'article.published' })],
    });
    const lines = narrative.blocks.map((block) => block.text);
    expect(narrative.asOf).toBe('2024-06-15');
    expect(lines[1]).toContain(
      'Underlaget gäller verksamhetsåret 2024 till och med 2024-06-15, och året pågår fortfarande.',
    );
    expect(lines).toContain('Det som ligger efter');
    expect(lines).toContain('Cirka 15 debattartiklar: 1 av 15 (7 %) – efter takten.');
    expect(narrative.blocks.filter((block) => block.type === 'heading').map((block) => block.text)[0]).toBe(
      'Det parlamentariska arbetet',
    );
  });

  it('words a level the board records and an amount due by each member on their own', () => {
    const plan = planFromText(
      'VERKSAMHETSPLAN FÖR TESTFÖRENINGEN 2024\n\nOrganisering\n\nÖvergripande mål: Vi ska ha 400 medlemmar vid årets slut\n\nDelmål 1: Varje fullmäktigeledamot ska hålla ett öppet möte per termin\n\nAktiviteter:\n· hålla öppna möten i varje kommun\n',
    );
    const meeting = (at: string, member: string) => makeAction({ at, subgoal: 'O1', kind: 'meeting.held', member });
    const input = { ...empty('2025-01-31'), plan };
    expect(texts(input)).toContain('400 medlemmar: inget registrerat.');
    const lines = texts({
      ...input,
      recorded: [{ targetId: 'O.M1', at: '2024-12-31', value: 412 }],
      actions: [
        meeting('2024-03-01T18:00:00Z', 'Ada'),
        meeting('2024-10-01T18:00:00Z', 'Ada'),
        meeting('2024-03-02T18:00:00Z', 'Bo'),
      ],
    });
    expect(lines).toContain('400 medlemmar: 412 medlemmar – uppnått.');
    const each = lines.find((line) => line.startsWith('Minst 1 öppet möte per termin för varje fullmäktigeledamot: '));
    expect(each).toMatch(/: Gäller varje fullmäktigeledamot för sig: 1 har nått .* \(Ada\) – pågår\.$/);
  });
});
