// Level, share and trend targets judged from what the board records in Mätvärden: levels to reach by the year's end,
// "minst" met at the threshold itself, and trends by the amount the plan names.
import { describe, expect, it } from 'vitest';
import type { ProgressRow } from '../../../../shared/report/context.ts';
import type { RecordedValue } from '../../../../shared/report/input.ts';
import { computeProgress } from '../../../../shared/report/progress.ts';
import { planFromText } from '../../../support/plan-text.ts';

const plan = planFromText(
  [
    'Verksamhetsplan 2025',
    '',
    'Organisation',
    'Mål:',
    '- Vi ska vara minst 400 medlemmar vid årets slut.',
    '- Öka medlemsantalet med 5 %.',
    '- Få minst 30 procent i kommunvalet 2026.',
    '- Få över 30 procent i regionvalet 2026.',
  ].join('\n'),
);

function rows(recorded: RecordedValue[], asOf: string): Map<string, ProgressRow> {
  return new Map(
    computeProgress({ plan, actions: [], branches: [], recorded, asOf }).map((row) => [
      row.target?.kind === 'share' ? row.id : (row.target?.kind ?? row.id),
      row,
    ]),
  );
}

describe('level', () => {
  it('asks for a value in Mätvärden, is open below the level during the year, done at it and not met after the year', () => {
    expect(rows([], '2025-05-01').get('level')).toMatchObject({
      value: null,
      status: 'no_data',
      detail: 'Inget värde registrerat för minst 400 medlemmar: för in det i bladet Mätvärden med Mål-ID O1.M1.',
    });
    const below = [{ targetId: 'O1.M1', at: '2025-05-01', value: 380 }];
    expect(rows(below, '2025-06-01').get('level')).toMatchObject({
      value: 380,
      expected: 400,
      percent: 95,
      status: 'open',
    });
    expect(rows(below, '2026-01-10').get('level')).toMatchObject({ status: 'not_met' });
    const reached = [...below, { targetId: 'O1.M1', at: '2025-11-30', value: 400 }];
    expect(rows(reached, '2025-12-01').get('level')).toMatchObject({
      value: 400,
      status: 'done',
      result: '400 medlemmar',
      detail: '400 (2025-11-30) mot målet minst 400 medlemmar.',
    });
  });
});

describe('share bounds and trend magnitudes', () => {
  it('meets "minst 30 procent" at 30 and "över 30 procent" only above it', () => {
    const recorded = [
      { targetId: 'O3.M1', at: '2026-09-14', value: 30 },
      { targetId: 'O4.M1', at: '2026-09-14', value: 30 },
    ];
    const byId = rows(recorded, '2026-09-20');
    expect(byId.get('O3.M1')).toMatchObject({
      status: 'done',
      detail: expect.stringContaining('mot målet minst 30 %'),
    });
    expect(byId.get('O4.M1')).toMatchObject({
      status: 'not_met',
      detail: expect.stringContaining('mot målet över 30 %'),
    });
  });

  it('is done with a trend only once it moved by the planned five percent', () => {
    const start = { targetId: 'O2.M1', at: '2025-01-15', value: 1000 };
    expect(
      rows([start, { targetId: 'O2.M1', at: '2025-06-15', value: 1030 }], '2025-07-01').get('trend'),
    ).toMatchObject({
      status: 'behind',
    });
    expect(
      rows([start, { targetId: 'O2.M1', at: '2025-10-15', value: 1050 }], '2025-11-01').get('trend'),
    ).toMatchObject({
      status: 'done',
      percent: 100,
    });
  });
});
