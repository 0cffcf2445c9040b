// The real 2024 plan parses to exactly the structure, owners and targets the board wrote down.
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../../shared/model/plan.ts';
import { SEED_TEXT } from '../../support/seed.ts';
import { parseValid } from './helpers.ts';

const plan: Plan = parseValid(SEED_TEXT);

function subgoal(id: string) {
  const found = plan.areas.flatMap((area) => area.subgoals).find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no delmål ${id}`);
  return found;
}

describe('the 2024 seed plan', () => {
  it('reads title, organisation, year and intro', () => {
    expect(plan.title).toBe('VERKSAMHETSPLAN FÖR VÄNSTERPARTIET VÄSTERNORRLAND 2024');
    expect(plan.organisation).toBe('Vänsterpartiet Västernorrland');
    expect(plan.year).toBe(2024);
    expect(plan.intro.startsWith('Inledning\nNyliberalismen har i decennier präglat')).toBe(true);
    expect(plan.intro.endsWith('vara motståndet till blåbruna regeringen.')).toBe(true);
    expect(plan.intro.split('\n\n')).toHaveLength(7);
  });

  it('finds two areas with 3 + 5 delmål and 13 + 16 activities', () => {
    expect(plan.areas.map((area) => [area.id, area.title])).toEqual([
      ['P', 'Det parlamentariska arbetet'],
      ['U', 'Det utomparlamentariska arbetet'],
    ]);
    expect(plan.areas.map((area) => area.subgoals.map((s) => s.id))).toEqual([
      ['P1', 'P2', 'P3'],
      ['U1', 'U2', 'U3', 'U4', 'U5'],
    ]);
    expect(plan.areas.map((area) => area.subgoals.map((s) => s.activities.length))).toEqual([
      [5, 5, 3],
      [4, 4, 1, 3, 4],
    ]);
    expect(subgoal('U2').activities.map((activity) => activity.id)).toEqual(['U2.1', 'U2.2', 'U2.3', 'U2.4']);
  });

  it('keeps area intros and overall goals', () => {
    const [parliamentary, extraParliamentary] = plan.areas;
    expect(parliamentary?.intro.startsWith('Vänsterpartiet är den enda tydliga oppositionen')).toBe(true);
    expect(parliamentary?.intro.endsWith('samordnade ansvar för valrörelsen.')).toBe(true);
    expect(parliamentary?.overallGoal.text).toBe(
      'Vi ska till valet 2026 få över 10% i valresultat i regionvalet och nationellt ska vi byta ut den högernationalistiska regeringen.',
    );
    expect(extraParliamentary?.intro.startsWith('Det utomparlamentariska arbetet är helt avgörande')).toBe(true);
    expect(extraParliamentary?.overallGoal.text).toBe(
      'Vi ska vid valet 2026 byta ut den högernationalistiska regeringen',
    );
    expect(extraParliamentary?.overallGoal.targets).toEqual([]);
  });

  it('reads delmål titles and the one description', () => {
    expect(subgoal('P2').title).toBe(
      'Vi ska från regionalt- och lokalt perspektiv peka på regeringens och Sverigedemokraternas passivitet inför de problem som människor drabbas av',
    );
    expect(subgoal('U2').title).toBe(
      'Distriktet ska ta det stödjande ansvaret för att hålla länets partiföreningar aktiva',
    );
    expect(subgoal('U5').description).toBe(
      'Detta är områden som särskilt behöver uppmärksammas i samhället idag om vi ska stävja den högervridning SD och regeringen vill att Sverige ska fortsätta ta.',
    );
    const withDescription = plan.areas.flatMap((area) => area.subgoals).filter((s) => s.description !== '');
    expect(withDescription.map((s) => s.id)).toEqual(['U5']);
  });

  it('gives owners from the lead-in and from activities that name their doer', () => {
    for (const id of ['P1', 'P2', 'P3']) {
      expect(subgoal(id).owner).toBe('DS');
      expect(new Set(subgoal(id).activities.map((activity) => activity.owner))).toEqual(new Set(['DS']));
    }
    expect(subgoal('U1').owner).toBe('');
    expect(subgoal('U1').activities.map((activity) => activity.owner)).toEqual([
      'Distriktsstyrelsen',
      'Distriktsstyrelsen',
      '',
      'Distriktet',
    ]);
    expect(subgoal('U2').activities.map((activity) => activity.owner)).toEqual(['Distriktsstyrelsen', '', '', '']);
    expect(subgoal('U3').activities[0]?.owner).toBe('Distriktsstyrelsen och regiongruppen');
    expect(subgoal('U5').activities.map((activity) => activity.owner)).toEqual(['', '', '', '']);
  });

  it('reads every target the board expects, with ids and sources', () => {
    expect(plan.areas[0]?.overallGoal.targets).toEqual([
      {
        id: 'P.M1',
        source: 'P',
        kind: 'share',
        percent: 10,
        election: 'regionvalet 2026',
        text: 'över 10% i valresultat i regionvalet',
      },
    ]);
    expect(subgoal('P1').targets).toEqual([
      {
        id: 'P1.4.M1',
        source: 'P1.4',
        kind: 'trend',
        direction: 'up',
        metric: 'följare på Facebooksidan',
        text: 'öka antalet följare på Facebooksidan',
      },
    ]);
    expect(subgoal('P2').targets).toEqual([]);
    expect(subgoal('P3').targets).toEqual([
      {
        id: 'P3.M1',
        source: 'P3',
        kind: 'share',
        percent: 8,
        election: 'EU-valet 2024',
        text: 'över 8% i valresultat i Västernorrland',
      },
      {
        id: 'P3.2.M1',
        source: 'P3.2',
        kind: 'coverage',
        roles: ['valledare'],
        text: 'varje partiförening utser en valledare',
      },
    ]);
    expect(subgoal('U1').targets).toEqual([
      {
        id: 'U1.3.M1',
        source: 'U1.3',
        kind: 'coverage',
        roles: ['zetkin-underorganisation', 'zetkin-ansvarig'],
        text: 'Alla partiföreningar ska rekommenderas ha en egen underorganisation i Zetkin och minst en person som ansvarar för den',
      },
    ]);
    expect(subgoal('U2').targets).toEqual([
      {
        id: 'U2.1.M1',
        source: 'U2.1',
        kind: 'cadence',
        min: 1,
        per: 'quarter',
        unit: 'ordförandemöte',
        text: 'minst ett ordförandemöte i kvartalet',
      },
    ]);
    expect(subgoal('U3').targets).toEqual([
      {
        id: 'U3.M1',
        source: 'U3',
        kind: 'count',
        target: 15,
        unit: 'debattartiklar',
        approximate: true,
        text: 'cirka 15 debattartiklar',
      },
    ]);
    expect(subgoal('U4').targets).toEqual([
      {
        id: 'U4.2.M1',
        source: 'U4.2',
        kind: 'coverage',
        roles: ['studieansvarig'],
        text: 'en studieansvarig utses i varje partiförening',
      },
    ]);
  });

  it('reads the four priority areas and counts per area without a second 15-article count', () => {
    const targets = subgoal('U5').targets;
    expect(targets[0]).toEqual({
      id: 'U5.M1',
      source: 'U5',
      kind: 'categories',
      categories: ['Facklig politisk', 'Feministisk', 'Antirasistisk', 'Miljö och klimat'],
      text: 'områdena: ”Facklig politisk” ”Feministisk” ”Antirasistisk” samt ”Miljö och klimat”',
    });
    expect(targets.slice(1)).toEqual([
      {
        id: 'U5.2.M1',
        source: 'U5.2',
        kind: 'count',
        target: 1,
        unit: 'utbildning, föreläsning eller webbinarium per område',
        approximate: false,
        text: 'minst en utbildning, föreläsning eller webbinarium för våra medlemmar inom respektive område',
      },
      {
        id: 'U5.3.M1',
        source: 'U5.3',
        kind: 'count',
        target: 1,
        unit: 'debattartikel per område',
        approximate: false,
        text: 'minst en debattartikel under året för respektive område',
      },
    ]);
    const allTargets = plan.areas.flatMap((area) => area.subgoals.flatMap((s) => s.targets));
    expect(allTargets.filter((target) => target.kind === 'count' && target.target === 15)).toHaveLength(1);
  });
});
