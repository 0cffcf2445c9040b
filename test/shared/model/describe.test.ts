// The model's schemas accept what the wire and the sheet carry and reject what they must not.
import { describe, expect, it } from 'vitest';
import { describeTarget, displayTitle } from '../../../shared/model/describe.ts';

const _validAction = {
  id: '5b0f8c1e-6a43-4f6e-9d4b-2a1c3e5f7a90',
  at: '2024-03-14T18:30:00+01:00',
  subgoal: 'U1',
  kind: 'zetkin.call',
  quantity: 12,
  url: 'https://app.zetkin.org/call/42',
};

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
