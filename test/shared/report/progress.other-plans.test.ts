// Progress on other districts' plans as the parser reads them: their units pick the right kind of logged action.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../../shared/model/plan.ts';
import { parsePlanBytes } from '../../../shared/parse/index.ts';
import type { ProgressRow } from '../../../shared/report/context.ts';
import { computeProgress } from '../../../shared/report/progress.ts';
import { makeAction, makeBranch } from '../../support/report-fixtures.ts';

function fixturePlan(name: string): Plan {
  const bytes = readFileSync(new URL(`../parse/fixtures/${name}`, import.meta.url));
  const result = parsePlanBytes(new Uint8Array(bytes));
  if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.errors)}`);
  return result.plan;
}

function rowOf(rows: readonly ProgressRow[], id: string): ProgressRow {
  const found = rows.find((row) => row.id === id);
  if (!found) throw new Error(`no row ${id}`);
  return found;
}

describe('Jämtland 2025', () => {
  const plan = fixturePlan('jamtland-2025-crlf.txt');

  it('counts published pieces toward "ca 30 insändare" and leaves meetings out', () => {
    const actions = [
      makeAction({ at: '2025-02-03T10:00:00Z', subgoal: 'OP1', kind: 'article.published', quantity: 5 }),
      makeAction({ at: '2025-02-10T10:00:00Z', subgoal: 'OP1', kind: 'meeting.held' }),
    ];
    const rows = computeProgress({ plan, actions, branches: [], recorded: [], asOf: '2025-03-01' });
    expect(rowOf(rows, 'OP1.M1')).toMatchObject({ value: 5, status: 'on_track' });
    // 60 of 365 days: 30 × 60 / 365 ≈ 4.9.
    expect(rowOf(rows, 'OP1.M1').detail).toBe('5 av cirka 30 insändare; takten ger 4,9 i dag.');
  });
});

describe('Gävleborg 2023', () => {
  const plan = fixturePlan('gavleborg-2023-cp1252.txt');

  it('counts a meeting toward "en facklig träff i kvartalet" and misses the quarters without one, trainings aside', () => {
    const actions = [
      makeAction({ at: '2023-02-01T18:00:00Z', subgoal: 'F1', activity: 'F1.2', kind: 'meeting.held' }),
      makeAction({ at: '2023-05-01T18:00:00Z', subgoal: 'F1', activity: 'F1.2', kind: 'education.held' }),
    ];
    const row = rowOf(computeProgress({ plan, actions, branches: [], recorded: [], asOf: '2023-12-31' }), 'F1.2.M1');
    expect(row.periods?.map((tick) => tick.state)).toEqual(['met', 'missed', 'missed', 'open']);
    expect(row.detail).toBe('Minst 1 facklig träff per kvartal: 1 av 4 uppfyllda; missat: Q2 och Q3.');
  });
});

describe('Dalarna 2026', () => {
  const plan = fixturePlan('dalarna-2026-bom.txt');

  it('lists the partiföreningar still missing a person responsible for social media', () => {
    const branches = [
      makeBranch('Falun', { valledare: 'Ada', kassör: 'Bo', 'sociala medier-ansvarig': 'Cy' }),
      makeBranch('Borlänge', { valledare: 'Di', kassör: 'Ed' }),
    ];
    const row = rowOf(computeProgress({ plan, actions: [], branches, recorded: [], asOf: '2026-03-01' }), 'V2.1.M1');
    expect(row.missing?.map((gap) => [gap.role, gap.missing])).toEqual([
      ['valledare', []],
      ['kassör', []],
      ['sociala medier-ansvarig', ['Borlänge']],
    ]);
  });
});
