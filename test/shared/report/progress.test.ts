// Progress per target kind on hand-made actions, with the expected numbers worked out from the plan's rules.

import { describe, expect, it } from 'vitest';
import type { Action } from '../../../shared/model/action.ts';
import type { Branch } from '../../../shared/model/branch.ts';
import type { ProgressRow } from '../../../shared/report/context.ts';
import type { RecordedValue, ReportInput } from '../../../shared/report/input.ts';
import { computeProgress } from '../../../shared/report/progress.ts';
import { makeAction, SUNDSVALL, seedPlan } from '../../support/report-fixtures.ts';
import { SEED_GOAL_IDS } from '../../support/seed.ts';

function progress(fields: Partial<ReportInput> & { asOf: string }): Map<string, ProgressRow> {
  const rows = computeProgress({ plan: seedPlan, actions: [], branches: [], recorded: [], ...fields });
  return new Map(rows.map((row) => [row.id, row]));
}

function row(rows: Map<string, ProgressRow>, id: string): ProgressRow {
  const found = rows.get(id);
  if (!found) throw new Error(`no row ${id}`);
  return found;
}

const article = (at: string, subgoal = 'U3', fields: Partial<Action> = {}) =>
  makeAction({ at, subgoal, kind: 'article.published', ...fields });

describe('rows', () => {
  it('has one row per target in plan order and one per delmål without targets', () => {
    const rows = computeProgress({ plan: seedPlan, actions: [], branches: [], recorded: [], asOf: '2024-05-15' });
    expect(rows.map((entry) => entry.id)).toEqual(SEED_GOAL_IDS);
    expect(rows.map((entry) => entry.subgoalId)).toEqual([
      undefined,
      'P1',
      'P2',
      'P3',
      'P3',
      'U1',
      'U2',
      'U3',
      'U4',
      'U5',
      'U5',
      'U5',
    ]);
  });

  it('sums what was logged against a delmål without a measurable target', () => {
    const empty = row(progress({ asOf: '2024-05-15' }), 'P2');
    expect(empty).toMatchObject({ value: 0, status: 'no_data', label: seedPlan.areas[0]?.subgoals[1]?.title });
    const actions = [
      makeAction({ at: '2024-02-01T10:00:00Z', subgoal: 'P2', kind: 'other', quantity: 2 }),
      makeAction({ at: '2024-03-01T10:00:00Z', subgoal: 'P2', kind: 'article.published', quantity: 3 }),
    ];
    const logged = row(progress({ actions, asOf: '2024-05-15' }), 'P2');
    expect(logged).toMatchObject({ value: 5, expected: null, percent: null, status: 'open' });
    expect(logged.detail).toBe('Inget mätbart mål i planen; 5 registrerat.');
    expect(logged.result).toBe('5 registrerade');
    expect(empty.result).toBe('Inget registrerat');
  });

  it('rejects a report day that is not a date', () => {
    expect(() => progress({ asOf: '15/5 2024' })).toThrow('Ogiltigt datum "15/5 2024": skriv datumet som ÅÅÅÅ-MM-DD.');
  });
});

describe('count: cirka 15 debattartiklar', () => {
  const actions = [
    article('2024-02-10T09:00:00Z'),
    article('2024-03-05T09:00:00Z', 'U3', { quantity: 2 }),
    article('2024-04-20T09:00:00Z'),
    // 00:30 on New Year's Day in Stockholm: inside the plan year.
    article('2023-12-31T23:30:00Z'),
    // 23:30 on New Year's Eve in Stockholm: the year before.
    article('2023-12-31T22:30:00Z'),
    // Another delmål, another kind, after the report day: none of them count.
    article('2024-03-01T09:00:00Z', 'U5', { category: 'Feministisk' }),
    makeAction({ at: '2024-03-01T09:00:00Z', subgoal: 'U3', kind: 'meeting.held' }),
    article('2024-05-02T09:00:00Z'),
  ];
  const daysThroughApril = 31 + 29 + 31 + 30;

  it('sums the quantities of article actions on U3 up to the report day, against the pro-rata pace', () => {
    const count = row(progress({ actions, asOf: '2024-04-30' }), 'U3.M1');
    const expected = (15 * daysThroughApril) / 366;
    expect(count.value).toBe(1 + 2 + 1 + 1);
    expect(count.expected).toBeCloseTo(expected, 10);
    expect(count.percent).toBeCloseTo((5 / 15) * 100, 10);
    expect(count.status).toBe('on_track');
    expect(count.result).toBe('5 av cirka 15');
    expect(count.detail).toBe('5 av cirka 15 debattartiklar; takten ger 5 i dag.');
  });

  it('forecasts the year from the pace so far, once a month has passed and until the year is over', () => {
    // 5 articles in 121 days: 15,1 by New Year's Eve.
    expect(row(progress({ actions, asOf: '2024-04-30' }), 'U3.M1').forecast).toEqual({
      value: 15,
      target: 15,
      reaches: true,
      text: 'cirka 15 av 15 (når målet)',
    });
    // 6 in 274 days: 8 by the end of the year.
    expect(row(progress({ actions, asOf: '2024-09-30' }), 'U3.M1').forecast?.text).toBe(
      'cirka 8 av 15 (når inte målet)',
    );
    expect(row(progress({ actions, asOf: '2024-01-20' }), 'U3.M1').forecast).toBeUndefined();
    expect(row(progress({ actions, asOf: '2025-01-15' }), 'U3.M1').forecast).toBeUndefined();
  });

  it('is behind once the pace has passed more whole articles than were published', () => {
    const daysThroughSeptember = daysThroughApril + 31 + 30 + 31 + 31 + 30;
    const count = row(progress({ actions, asOf: '2024-09-30' }), 'U3.M1');
    expect(Math.floor((15 * daysThroughSeptember) / 366)).toBeGreaterThan(6);
    expect(count.value).toBe(6);
    expect(count.status).toBe('behind');
  });

  it('is done at 15 and not met when the year ended short', () => {
    const fifteen = Array.from({ length: 15 }, (_, index) =>
      article(`2024-06-${String(index + 1).padStart(2, '0')}T09:00:00Z`),
    );
    expect(row(progress({ actions: fifteen, asOf: '2024-06-30' }), 'U3.M1').status).toBe('done');
    expect(row(progress({ actions, asOf: '2025-01-15' }), 'U3.M1')).toMatchObject({
      value: 6,
      expected: 15,
      status: 'not_met',
    });
  });
});

describe('cadence: minst ett ordförandemöte i kvartalet (from activity U2.1)', () => {
  const meeting = (at: string, fields: Partial<Action> = {}) =>
    makeAction({ at, subgoal: 'U2', activity: 'U2.1', kind: 'meeting.held', ...fields });

  it('ticks Q1 met, counts 2024-03-31T23:30:00Z in Q2, and leaves later quarters open', () => {
    const actions = [
      meeting('2024-02-10T17:00:00Z'),
      meeting('2024-03-31T23:30:00Z'),
      // Another activity of the delmål, or another kind: not an ordförandemöte.
      meeting('2024-03-12T17:00:00Z', { activity: 'U2.3' }),
      meeting('2024-03-13T17:00:00Z', { kind: 'other' }),
    ];
    const cadence = row(progress({ actions, asOf: '2024-05-15' }), 'U2.1.M1');
    expect(cadence.periods?.map((tick) => [tick.label, tick.value, tick.state, tick.started])).toEqual([
      ['Q1', 1, 'met', true],
      ['Q2', 1, 'met', true],
      ['Q3', 0, 'open', false],
      ['Q4', 0, 'open', false],
    ]);
    expect(cadence).toMatchObject({ value: 2, expected: 1, percent: 50, status: 'on_track' });
    expect(cadence.result).toBe('2 av 4 kvartal');
    // Q1 met, Q2 already met: the two quarters to come at Q1's rate.
    expect(cadence.forecast?.text).toBe('cirka 4 av 4 kvartal (når målet)');
  });

  it('counts a meeting logged against the delmål without an activity', () => {
    const actions = [meeting('2024-02-10T17:00:00Z', { activity: undefined })];
    expect(row(progress({ actions, asOf: '2024-05-15' }), 'U2.1.M1').periods?.[0]?.state).toBe('met');
  });

  it('keeps the current quarter open and is behind once a closed quarter was missed', () => {
    const cadence = row(progress({ actions: [], asOf: '2024-05-15' }), 'U2.1.M1');
    expect(cadence.periods?.map((tick) => tick.state)).toEqual(['missed', 'open', 'open', 'open']);
    expect(cadence).toMatchObject({ value: 0, expected: 1, status: 'behind' });
    expect(cadence.detail).toBe('Minst 1 ordförandemöte per kvartal: 0 av 4 uppfyllda; missat: Q1.');
    expect(cadence.forecast?.text).toBe('cirka 0 av 4 kvartal (når inte målet)');
    // No quarter has ended yet: nothing to forecast from.
    expect(row(progress({ actions: [], asOf: '2024-03-15' }), 'U2.1.M1').forecast).toBeUndefined();
  });

  it('is done with a meeting every quarter, and not met after a year with a missed quarter', () => {
    const all = ['2024-02-01', '2024-05-01', '2024-08-01', '2024-11-01'].map((date) => meeting(`${date}T17:00:00Z`));
    expect(row(progress({ actions: all, asOf: '2024-11-02' }), 'U2.1.M1').status).toBe('done');
    const cadence = row(progress({ actions: all.slice(0, 3), asOf: '2025-01-10' }), 'U2.1.M1');
    expect(cadence.periods?.map((tick) => tick.state)).toEqual(['met', 'met', 'met', 'missed']);
    expect(cadence).toMatchObject({ value: 3, expected: 4, percent: 75, status: 'not_met' });
  });

  it('uses a caller-supplied dayOf for the bucketing', () => {
    const actions = [meeting('2024-03-31T23:30:00Z')];
    const utc = row(progress({ actions, asOf: '2024-05-15', dayOf: (at) => at.slice(0, 10) }), 'U2.1.M1');
    expect(utc.periods?.map((tick) => tick.state)).toEqual(['met', 'open', 'open', 'open']);
  });
});

describe('coverage: roles in every partiförening', () => {
  const branches: Branch[] = [
    SUNDSVALL,
    {
      id: 'harnosand',
      name: 'Härnösand',
      roles: {
        valledare: '  ',
        'zetkin-underorganisation': 'V Härnösand',
        'zetkin-ansvarig': '',
        studieansvarig: 'Dan',
      },
    },
    { id: 'kramfors', name: 'Kramfors', roles: {} },
  ];

  it('counts filled roles and lists the partiföreningar missing each', () => {
    const rows = progress({ branches, asOf: '2024-05-15' });
    const valledare = row(rows, 'P3.2.M1');
    expect(valledare).toMatchObject({ value: 1, expected: 3, status: 'open' });
    expect(valledare.percent).toBeCloseTo((1 / 3) * 100, 10);
    expect(valledare.missing).toEqual([
      { role: 'valledare', filled: 1, branches: 3, missing: ['Härnösand', 'Kramfors'] },
    ]);
    expect(valledare.detail).toBe('valledare: 1 av 3 (saknas: Härnösand och Kramfors).');
    expect(valledare.result).toBe('1 av 3 partiföreningar');
    const zetkin = row(rows, 'U1.3.M1');
    expect(zetkin).toMatchObject({ value: 2 + 1, expected: 2 * 3, percent: 50 });
    expect(zetkin.missing).toEqual([
      { role: 'zetkin-underorganisation', filled: 2, branches: 3, missing: ['Kramfors'] },
      { role: 'zetkin-ansvarig', filled: 1, branches: 3, missing: ['Härnösand', 'Kramfors'] },
    ]);
    expect(zetkin.result).toBe('3 av 6 tillsatta i 3 partiföreningar');
  });

  it('is done when every partiförening has the role, and has no data without partiföreningar', () => {
    const studies = row(progress({ branches: branches.slice(0, 2), asOf: '2024-05-15' }), 'U4.2.M1');
    expect(studies).toMatchObject({ value: 2, expected: 2, percent: 100, status: 'done' });
    expect(row(progress({ branches: [SUNDSVALL], asOf: '2024-05-15' }), 'P3.2.M1').result).toBe('1 av 1 partiförening');
    expect(row(progress({ asOf: '2024-05-15' }), 'U4.2.M1')).toMatchObject({
      value: null,
      status: 'no_data',
      result: 'Inga partiföreningar',
    });
  });
});

describe('categories: the four prioritised areas', () => {
  it('counts trainings and articles per area from any delmål, matching the area name loosely', () => {
    const actions = [
      makeAction({ at: '2024-02-01T10:00:00Z', subgoal: 'U5', kind: 'education.held', category: 'Facklig politisk' }),
      makeAction({
        at: '2024-02-02T10:00:00Z',
        subgoal: 'U3',
        kind: 'article.published',
        category: ' miljö och  Klimat ',
      }),
      makeAction({
        at: '2024-02-03T10:00:00Z',
        subgoal: 'U5',
        kind: 'article.published',
        category: 'Feministisk',
        quantity: 2,
      }),
      // Wrong kind, no area, an area the plan does not have: none count.
      makeAction({ at: '2024-02-04T10:00:00Z', subgoal: 'U5', kind: 'meeting.held', category: 'Antirasistisk' }),
      makeAction({ at: '2024-02-05T10:00:00Z', subgoal: 'U5', kind: 'education.held' }),
      makeAction({ at: '2024-02-06T10:00:00Z', subgoal: 'U5', kind: 'education.held', category: 'Bostad' }),
    ];
    const categories = row(progress({ actions, asOf: '2024-05-15' }), 'U5.M1');
    expect(categories.matrix?.columns).toEqual([
      { kind: 'education.held', label: 'Utbildning hållen', activityId: 'U5.2', min: 1 },
      { kind: 'article.published', label: 'Debattartikel publicerad', activityId: 'U5.3', min: 1 },
    ]);
    expect(categories.matrix?.rows).toEqual([
      { category: 'Facklig politisk', counts: [1, 0] },
      { category: 'Feministisk', counts: [0, 2] },
      { category: 'Antirasistisk', counts: [0, 0] },
      { category: 'Miljö och klimat', counts: [0, 1] },
    ]);
    expect(categories).toMatchObject({
      value: 3,
      expected: 8,
      percent: (3 / 8) * 100,
      status: 'open',
      result: '3 av 8 klara',
    });
    expect(categories.detail).toContain('3 av 8 klara; saknas: Facklig politisk (debattartikel publicerad), ');
    expect(categories.detail).toContain('Antirasistisk (utbildning hållen)');
  });

  it('checks "minst en debattartikel för respektive område" in each area, not once over the year', () => {
    const actions = [
      article('2024-02-02T10:00:00Z', 'U3', { category: 'Feministisk' }),
      article('2024-02-03T10:00:00Z', 'U5', { category: 'Miljö och klimat', quantity: 2 }),
      // An article without an area, and a training in an area: neither is an area's article.
      article('2024-02-04T10:00:00Z', 'U5'),
      makeAction({ at: '2024-02-05T10:00:00Z', subgoal: 'U5', kind: 'education.held', category: 'Antirasistisk' }),
    ];
    const rows = progress({ actions, asOf: '2024-05-15' });
    expect(row(rows, 'U5.3.M1')).toMatchObject({
      value: 2,
      expected: 4,
      percent: 50,
      status: 'open',
      result: '2 av 4 områden',
      detail: '2 av 4 områden har minst 1 debattartikel; saknas: Facklig politisk och Antirasistisk.',
    });
    // Due in each area, not over the year: no pace to forecast from.
    expect(row(rows, 'U5.3.M1').forecast).toBeUndefined();
    expect(row(rows, 'U5.2.M1').detail).toBe(
      '1 av 4 områden har minst 1 utbildning, föreläsning eller webbinarium; saknas: Facklig politisk, Feministisk och Miljö och klimat.',
    );
    const yearOver = row(progress({ actions, asOf: '2025-01-10' }), 'U5.3.M1');
    expect(yearOver.status).toBe('not_met');
  });
});

describe('share: över 8 % i EU-valet', () => {
  const recorded: RecordedValue[] = [
    { targetId: 'P3.M1', at: '2024-06-10', value: 8.4 },
    { targetId: 'P3.M1', at: '2024-06-09', value: 7.5 },
  ];

  it('compares the latest recorded result up to the report day with the threshold', () => {
    const met = row(progress({ recorded, asOf: '2024-06-30' }), 'P3.M1');
    expect(met).toMatchObject({ value: 8.4, expected: 8, status: 'done', result: '8,4 %' });
    expect(met.percent).toBeCloseTo((8.4 / 8) * 100, 10);
    expect(met.detail).toBe('Utfall 8,4 % (2024-06-10) mot målet över 8 % i EU-valet 2024.');
    expect(row(progress({ recorded, asOf: '2024-06-09' }), 'P3.M1')).toMatchObject({ value: 7.5, status: 'not_met' });
  });

  it('needs more than the threshold itself, and says so when nothing is recorded', () => {
    const exactly = [{ targetId: 'P3.M1', at: '2024-06-10', value: 8 }];
    expect(row(progress({ recorded: exactly, asOf: '2024-06-30' }), 'P3.M1').status).toBe('not_met');
    const none = row(progress({ asOf: '2024-06-30' }), 'P3.M1');
    expect(none).toMatchObject({
      value: null,
      status: 'no_data',
      result: '',
      detail: 'Inget utfall registrerat för EU-valet 2024: för in valresultatet i bladet Mätvärden med Mål-ID P3.M1.',
    });
  });
});

describe('trend: fler följare på Facebooksidan', () => {
  const recorded: RecordedValue[] = [
    { targetId: 'P1.4.M1', at: '2024-01-10', value: 1200 },
    { targetId: 'P1.4.M1', at: '2024-06-01T12:00:00+02:00', value: 1350 },
    { targetId: 'P1.4.M1', at: '2024-03-01', value: 1100 },
  ];

  it('compares the first and the latest recorded value', () => {
    const trend = row(progress({ recorded, asOf: '2024-06-30' }), 'P1.4.M1');
    expect(trend.trend).toEqual({
      first: 1200,
      firstAt: '2024-01-10',
      latest: 1350,
      latestAt: '2024-06-01',
      change: 150,
    });
    expect(trend).toMatchObject({ value: 1350, status: 'done', result: '1\u00a0350 (+150 sedan 2024-01-10)' });
    expect(trend.detail).toBe(
      'följare på Facebooksidan: från 1\u00a0200 (2024-01-10) till 1\u00a0350 (2024-06-01), +150.',
    );
  });

  it('waits for a second value, and is behind (then not met) when the count fell', () => {
    expect(row(progress({ recorded, asOf: '2024-02-01' }), 'P1.4.M1')).toMatchObject({
      value: 1200,
      status: 'open',
      result: '1\u00a0200 (2024-01-10)',
    });
    const fell = row(progress({ recorded, asOf: '2024-04-01' }), 'P1.4.M1');
    expect(fell).toMatchObject({ value: 1100, status: 'behind', trend: { change: -100 } });
    const ended = [...recorded, { targetId: 'P1.4.M1', at: '2024-12-01', value: 1000 }];
    expect(row(progress({ recorded: ended, asOf: '2025-01-05' }), 'P1.4.M1').status).toBe('not_met');
    expect(row(progress({ asOf: '2024-06-30' }), 'P1.4.M1').status).toBe('no_data');
  });
});
