// Targets and titles in words, as the sheet, the dialog and the CLI show them.
import { describe, expect, it } from 'vitest';
import { describeTarget, displayTitle, subgoalShortTitle } from '../../../shared/model/describe.ts';
import { parseSeed } from '../../support/seed.ts';

describe('describeTarget', () => {
  it('words each kind of target in Swedish', () => {
    const base = { id: 'U3.M1', source: 'U3', text: 'cirka 15 debattartiklar' };
    expect(describeTarget({ ...base, kind: 'count', target: 15, unit: 'debattartiklar', approximate: true })).toBe(
      'cirka 15 debattartiklar',
    );
    expect(describeTarget({ ...base, kind: 'cadence', min: 1, per: 'quarter', unit: 'ordförandemöte' })).toBe(
      'minst 1 ordförandemöte i kvartalet',
    );
    expect(describeTarget({ ...base, kind: 'share', percent: 8, election: 'EU-valet 2024' })).toBe(
      'över 8 % i EU-valet 2024',
    );
    expect(describeTarget({ ...base, kind: 'coverage', roles: ['valledare'] }, 'en')).toBe(
      'every branch has valledare',
    );
  });
});

describe('displayTitle', () => {
  it('does not shout an all-capitals title back at people', () => {
    const plan = {
      title: 'VERKSAMHETSPLAN FÖR VÄNSTERPARTIET VÄSTERNORRLAND 2024',
      organisation: 'Vänsterpartiet Västernorrland',
      year: 2024,
    };
    expect(displayTitle(plan)).toBe('Verksamhetsplan 2024 – Vänsterpartiet Västernorrland');
    expect(displayTitle({ ...plan, organisation: '' })).toBe('Verksamhetsplan 2024');
    expect(displayTitle({ ...plan, title: 'Verksamhetsplan 2025 för V Jämtland' })).toBe(
      'Verksamhetsplan 2025 för V Jämtland',
    );
  });
});

describe('subgoalShortTitle', () => {
  it('names each delmål of the seed by its id and what its first target is about', () => {
    const titles = parseSeed().areas.flatMap((area) => area.subgoals.map(subgoalShortTitle));
    expect(titles).toEqual([
      'P1 Följare på Facebooksidan',
      'P2 Från regionalt- och lokalt …',
      'P3 EU-valet 2024',
      'U1 Zetkin-underorganisation och zetkin-ansvarig',
      'U2 Ordförandemöte',
      'U3 Debattartiklar',
      'U4 Studieansvarig',
      'U5 Prioriterade områden',
    ]);
  });
});
