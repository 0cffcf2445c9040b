// The board's rows in Mål merged with the plan's targets: every kind read from the words a board types, corrections,
// moves and strikes, and a Swedish problem (never an exception) for each row that cannot be read.
import { describe, expect, it } from 'vitest';
import { boardTargets } from '../../shared/board-targets.ts';
import { planTargets } from '../../shared/model/plan-index.ts';
import type { Target } from '../../shared/model/target.ts';
import { type CellRecord, GOALS } from '../../shared/sheets/columns.ts';
import { goalPlanRows } from '../../shared/sheets/plan-rows.ts';
import { parseSeed } from '../support/seed.ts';

type GoalRow = CellRecord<typeof GOALS.columns>;

/** The seed's Mål rows as an import writes them, with the board's rows changed or added. */
function sheet(change: Record<string, GoalRow> = {}, added: GoalRow[] = []): unknown[][] {
  const rows = goalPlanRows(parseSeed()).map((row) => {
    const edit = change[String(row.id)];
    return GOALS.toCells(edit ? { ...row, ...edit, origin: 'Styrelsen' } : row);
  });
  return [...rows, ...added.map((row) => GOALS.toCells({ origin: 'Styrelsen', ...row }))];
}

const byId = (targets: readonly Target[], id: string) => targets.find((target) => target.id === id);
/** A target's own fields, without where it came from. */
const fields = (target: Target | undefined) => {
  if (!target) return undefined;
  const { id: _id, source: _source, text: _text, unsure: _unsure, ...rest } = target;
  return rest;
};

describe('boardTargets', () => {
  it('leaves the plan as it is when no row is the board’s', () => {
    const plan = parseSeed();
    const merged = boardTargets(plan, sheet());
    expect(merged.plan).toBe(plan);
    expect(merged.problems).toEqual([]);
    expect(merged.rows.size).toBe(0);
  });

  it('reads each kind from the words a board types, with Enhet and Period', () => {
    const added: GoalRow[] = [
      { subgoal: 'U2', kind: 'Antal', targetValue: '4', unit: 'medlemsmöten' },
      { subgoal: 'U2', kind: 'Antal', targetValue: 'fyra medlemsmöten' },
      { subgoal: 'U2', kind: 'Regelbundenhet', targetValue: 'minst 1', period: 'per termin', unit: 'möte' },
      { subgoal: 'U2', kind: 'Regelbundenhet', targetValue: 'minst 1 varannan månad', unit: 'styrelsemöte' },
      { subgoal: 'U4', kind: 'Täckning', targetValue: 'varje lokalavdelning', unit: 'kontaktperson' },
      { subgoal: 'P3', kind: 'Valresultat', targetValue: 'minst 40 %', period: 'regionvalet 2026' },
      { subgoal: 'U1', kind: 'Trend', targetValue: 'ökning med 5 %', unit: 'medlemmar' },
      { subgoal: 'U1', kind: 'Nivå', targetValue: 'minst 400', unit: 'medlemmar' },
      { subgoal: 'U1', kind: 'Nivå', targetValue: 'minst 75 %', unit: 'organisationsgrad' },
      { subgoal: 'U5', kind: 'Områden', targetValue: '2 områden', unit: 'Facklig politisk, Bostad' },
    ];
    const merged = boardTargets(parseSeed(), sheet({}, added));
    expect(merged.problems).toEqual([]);
    const ids = [...merged.rows.values()].map((row) => row.id);
    expect(ids).toEqual(['U2.S1', 'U2.S2', 'U2.S3', 'U2.S4', 'U4.S1', 'P3.S1', 'U1.S1', 'U1.S2', 'U1.S3', 'U5.S1']);
    const targets = planTargets(merged.plan);
    expect(ids.map((id) => fields(byId(targets, id)))).toEqual([
      { kind: 'count', target: 4, unit: 'medlemsmöten', approximate: false },
      { kind: 'count', target: 4, unit: 'medlemsmöten', approximate: false },
      { kind: 'cadence', min: 1, per: 'term', unit: 'möte' },
      { kind: 'cadence', min: 1, per: 'month', every: 2, unit: 'styrelsemöte' },
      { kind: 'coverage', roles: ['kontaktperson'], unit: 'lokalavdelning' },
      { kind: 'share', percent: 40, election: 'regionvalet 2026' },
      { kind: 'trend', direction: 'up', metric: 'medlemmar', by: { amount: 5, percent: true } },
      { kind: 'level', target: 400, unit: 'medlemmar', percent: false, bound: 'minst' },
      { kind: 'level', target: 75, unit: 'organisationsgrad', percent: true, bound: 'minst' },
      { kind: 'categories', categories: ['Facklig politisk', 'Bostad'] },
    ]);
    // Each added target is the delmål's, after the plan's own, named by the words read.
    const u2 = merged.plan.areas[1]?.subgoals.find((subgoal) => subgoal.id === 'U2');
    expect(u2?.targets.map((target) => [target.id, target.source, target.text])).toEqual([
      ['U2.1.M1', 'U2.1', 'minst ett ordförandemöte i kvartalet'],
      ['U2.S1', 'U2', '4 medlemsmöten'],
      ['U2.S2', 'U2', 'fyra medlemsmöten'],
      ['U2.S3', 'U2', 'minst 1 möte per termin'],
      ['U2.S4', 'U2', 'minst 1 styrelsemöte varannan månad'],
    ]);
  });

  it('corrects a plan target in its place, moves one to another delmål and strikes one', () => {
    const merged = boardTargets(
      parseSeed(),
      sheet({
        'U3.M1': { targetValue: 'cirka 20' },
        'U2.1.M1': { kind: 'Regelbundenhet', targetValue: 'minst 2 per kvartal' },
        'U5.3.M1': { subgoal: 'U3', kind: 'Antal', targetValue: '5', unit: 'insändare' },
        'P1.4.M1': { kind: 'Struket' },
        // P2 has no target: the board gives it one in its own row, which keeps the delmål's id.
        P2: { kind: 'Antal', targetValue: '3 debattartiklar', goal: 'tre gemensamma debattartiklar' },
      }),
    );
    expect(merged.problems).toEqual([]);
    const targets = planTargets(merged.plan);
    expect(fields(byId(targets, 'U3.M1'))).toEqual({
      kind: 'count',
      target: 20,
      unit: 'debattartiklar',
      approximate: true,
    });
    expect(byId(targets, 'U3.M1')?.text).toBe('cirka 20 debattartiklar');
    expect(fields(byId(targets, 'U2.1.M1'))).toEqual({
      kind: 'cadence',
      min: 2,
      per: 'quarter',
      unit: 'ordförandemöte',
    });
    expect(byId(targets, 'P1.4.M1')).toBeUndefined();
    const subgoal = (id: string) => merged.plan.areas.flatMap((area) => area.subgoals).find((entry) => entry.id === id);
    expect(subgoal('U3')?.targets.map((target) => target.id)).toEqual(['U3.M1', 'U5.3.M1']);
    expect(subgoal('U5')?.targets.map((target) => target.id)).toEqual(['U5.M1', 'U5.2.M1']);
    expect(subgoal('P2')?.targets.map((target) => [target.id, target.text])).toEqual([
      ['P2', 'tre gemensamma debattartiklar'],
    ]);
    expect([...merged.rows.values()].map((row) => row.state)).toEqual([
      'struck',
      'counted',
      'counted',
      'counted',
      'counted',
    ]);
  });

  it('keeps a delmål’s own row without a target as it is when the board only rewords it', () => {
    const merged = boardTargets(parseSeed(), sheet({ P2: { goal: 'Peka på regeringens passivitet' } }));
    expect(merged.problems).toEqual([]);
    expect([...merged.rows.values()]).toEqual([{ id: 'P2', area: 'Det parlamentariska arbetet', state: 'counted' }]);
    expect(planTargets(merged.plan)).toHaveLength(planTargets(parseSeed()).length);
  });

  it('says in Swedish what is wrong with a row, changes nothing for it, and never throws', () => {
    const added: GoalRow[] = [
      { subgoal: 'U2', kind: 'Antal', targetValue: '4', period: '2023', unit: 'möten' },
      { subgoal: 'U2', kind: 'Regelbundenhet', targetValue: 'minst 1', period: 'varje fullmåne', unit: 'möten' },
      { subgoal: 'U2', kind: '', targetValue: '4', unit: 'möten' },
      { subgoal: '', kind: 'Antal', targetValue: '4', unit: 'möten' },
      { subgoal: 'U2', kind: 'Antal', targetValue: '', unit: 'möten' },
      { id: 'U3.M1', subgoal: 'U3', kind: 'Antal', targetValue: '4', unit: 'möten' },
      { subgoal: 'U2', kind: 'Valresultat', targetValue: 'över 8 %' },
      { subgoal: 'U2', kind: 'Antal', targetValue: '=HYPERLINK("x")', unit: 'möten' },
    ];
    const plan = parseSeed();
    const merged = boardTargets(plan, sheet({ 'U3.M1': { targetValue: 'jättemånga' } }, added));
    const first = goalPlanRows(plan).length;
    expect(merged.problems.map((problem) => [problem.row - first, problem.key, problem.message])).toEqual([
      [
        -5,
        'targetValue',
        'Målvärdet "jättemånga" går inte att läsa som antal: skriv t.ex. "cirka 15" med debattartiklar i Enhet, eller "cirka 15 debattartiklar".',
      ],
      [0, 'period', 'Perioden "2023" är inte planåret: antal räknas över 2024; skriv 2024 eller lämna tomt.'],
      [
        1,
        'period',
        'Perioden "varje fullmåne" går inte att läsa: välj 2024, per vecka, per månad, per kvartal, per termin, per år.',
      ],
      [
        2,
        'kind',
        'Typ saknas: välj en typ i listan (Antal, Regelbundenhet, Täckning, Valresultat, Trend, Nivå, Områden, Inget mätbart mål, Struket).',
      ],
      [3, 'subgoal', 'Delmål saknas: skriv vilket delmål målet hör till (P1, P2, P3, U1, U2, U3, U4, U5).'],
      [
        4,
        'targetValue',
        'Målvärde saknas: skriv vad målet är, t.ex. "cirka 15" med debattartiklar i Enhet, eller "cirka 15 debattartiklar".',
      ],
      [5, 'id', 'ID "U3.M1" finns redan på en annan rad i Mål: töm cellen, så får raden ett eget ID.'],
      [
        6,
        'targetValue',
        'Målvärdet "över 8 %" går inte att läsa som valresultat: skriv t.ex. "över 8 %" med valet i Period, t.ex. EU-valet 2024.',
      ],
      [
        7,
        'targetValue',
        'Målvärdet "=HYPERLINK("x")" går inte att läsa som antal: skriv t.ex. "cirka 15" med debattartiklar i Enhet, eller "cirka 15 debattartiklar".',
      ],
    ]);
    // The plan's own U3.M1 still counts, with the plan's words.
    expect(byId(planTargets(merged.plan), 'U3.M1')?.text).toBe('cirka 15 debattartiklar');
    expect(planTargets(merged.plan)).toHaveLength(planTargets(plan).length);
  });
});
