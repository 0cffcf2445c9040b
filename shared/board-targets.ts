// The board's corrections in Mål merged with the plan's targets: the one place every command, report and the web app
// take the targets from. A row the board made its own (Ursprung Styrelsen) changes, strikes or adds a target; its
// words are read by the parser's own target readers, and a row that cannot be read is a problem, never an error.
import { periodNoun, TARGET_KIND_LABELS } from './model/describe.ts';
import type { Area, Plan } from './model/plan.ts';
import { CadencePeriod, Target } from './model/target.ts';
import { readTargets } from './parse/targets/read.ts';
import {
  type BoardRow,
  type BoardTargets,
  goalCell as cell,
  GOAL_KIND_CHOICES,
  type GoalKey,
  type GoalProblem,
  goalPeriodChoices,
  isBoardRow,
  TARGET_KINDS,
  targetUnit,
} from './sheets/board-rows.ts';
import { NO_TARGET_LABEL, STRUCK_KIND } from './sheets/labels.ts';

type Kind = Target['kind'];

const KINDS_BY_LABEL = new Map<string, Kind>(
  TARGET_KINDS.flatMap((kind) => [
    [TARGET_KIND_LABELS[kind].sv.toLowerCase(), kind],
    [TARGET_KIND_LABELS[kind].en.toLowerCase(), kind],
    [kind, kind],
  ]),
);
const NOT_COUNTED = new Set([STRUCK_KIND.sv, STRUCK_KIND.en, NO_TARGET_LABEL.sv, NO_TARGET_LABEL.en].map(lower));

function lower(text: string): string {
  return text.toLowerCase();
}

type Words = { value: string; unit: string; period: string; goal: string };

const PERIOD_NOUNS = new Set(CadencePeriod.options.map((period) => periodNoun(period, 'one')));
const FIRST_NUMBER = /^(.*?\d+(?:[.,]\d+)?(?:\s*%)?)(.*)$/su;

/** The unit after the first number: "cirka 15" + "debattartiklar" → "cirka 15 debattartiklar". */
function withUnit(value: string, unit: string): string {
  const match = FIRST_NUMBER.exec(value);
  if (!match || unit === '') return value;
  const [, amount = '', rest = ''] = match;
  // "1 per område" is how Mål words a count due in each area; the reader reads it as "för respektive område". "Per
  // kvartal" is a period, which the cadence reader reads as it stands.
  const perEach = /^\s+per\s+(\p{L}+)$/u.exec(rest);
  if (perEach && !PERIOD_NOUNS.has((perEach[1] ?? '').toLowerCase())) {
    return `${amount} ${unit} för respektive ${perEach[1]}`;
  }
  return `${amount} ${unit}${rest}`;
}

/**
 * The phrases a row's words may be read from, most direct first: Målvärde as typed ("minst 4 medlemsmöten"), then
 * Målvärde with Enhet and Period put in as a plan would write them ("cirka 15" + "debattartiklar"; "över 8 %" + "i
 * EU-valet 2024"); the Mål phrase only when Målvärde is empty, so a wrong number is never read past.
 */
function phrases(kind: Kind, { value, unit, period, goal }: Words, year: number): string[] {
  if (value === '') return goal === '' ? [] : [goal];
  const extra = (() => {
    switch (kind) {
      case 'share':
        return period === '' ? value : `${value} i ${period}`;
      case 'coverage':
        return unit === '' ? value : `${value} har ${unit}`;
      case 'trend': {
        const change = /^(ökning|öka|minskning|minska)(?!\p{L})(.*)$/iu.exec(value);
        if (!change || unit === '') return value;
        return `${/^ö/iu.test(change[1] ?? '') ? 'öka' : 'minska'} antalet ${unit}${change[2] ?? ''}`;
      }
      case 'categories': {
        const names = unit.split(/\s*,\s*/u).filter((name) => name !== '');
        return `områdena: ${names.map((name) => `”${name}”`).join(' ')}`;
      }
      case 'cadence': {
        const phrase = withUnit(value, unit);
        const periodWord = period !== '' && period !== String(year) && !/per |i |var/iu.test(value);
        return periodWord ? `${phrase} ${period}` : phrase;
      }
      default:
        return withUnit(value, unit);
    }
  })();
  return extra === value ? [value] : [value, extra];
}

type Reading = { fields: Record<string, unknown>; text: string };

/** A count read where a level is meant ("minst 400 medlemmar"), or a plain level where a count is, as that kind. */
function asKind(target: Target, kind: Kind): Record<string, unknown> | undefined {
  const { id: _id, source: _source, text: _text, unsure: _unsure, ...fields } = target;
  if (target.kind === kind) return fields;
  if (kind === 'level' && target.kind === 'count' && !target.each) {
    const bound = /^(minst|över)(?!\p{L})/iu.exec(target.text)?.[1]?.toLowerCase() as 'minst' | 'över' | undefined;
    return { kind, target: target.target, unit: target.unit, percent: false, ...(bound ? { bound } : {}) };
  }
  if (kind === 'count' && target.kind === 'level' && !target.percent) {
    return { kind, target: target.target, unit: target.unit, approximate: false };
  }
  return undefined;
}

/** The first of the phrases the parser reads as a target of the kind; else why not, in Swedish. */
function readWords(kind: Kind, words: Words, year: number): Reading | { problem: string; key: GoalKey } {
  const label = TARGET_KIND_LABELS[kind].sv;
  let other: Kind | undefined;
  for (const text of phrases(kind, words, year)) {
    for (const target of readTargets('X', [{ text, prose: false }])) {
      const fields = asKind(target, kind);
      if (fields) return { fields, text: target.text };
      other ??= target.kind;
    }
  }
  const typed = words.value === '' ? words.goal : words.value;
  if (typed === '') {
    return { key: 'targetValue', problem: `Målvärde saknas: skriv vad målet är, t.ex. ${EXAMPLES[kind]}.` };
  }
  if (other) {
    return {
      key: 'kind',
      problem: `"${typed}" läses som ${TARGET_KIND_LABELS[other].sv.toLowerCase()}, inte som ${label.toLowerCase()}: välj Typ ${TARGET_KIND_LABELS[other].sv} eller skriv om Målvärde.`,
    };
  }
  return {
    key: 'targetValue',
    problem: `Målvärdet "${typed}" går inte att läsa som ${label.toLowerCase()}: skriv t.ex. ${EXAMPLES[kind]}.`,
  };
}

/** How a board writes each kind in Målvärde (and Enhet, Period), for the problems' advice. */
const EXAMPLES: Record<Kind, string> = {
  count: '"cirka 15" med debattartiklar i Enhet, eller "cirka 15 debattartiklar"',
  cadence: '"minst 1 per kvartal" med möten i Enhet',
  coverage: '"varje partiförening" med valledare i Enhet',
  share: '"över 8 %" med valet i Period, t.ex. EU-valet 2024',
  trend: '"ökning med 5 %" med följare i Enhet',
  level: '"minst 400" med medlemmar i Enhet',
  categories: 'områdena i Enhet, åtskilda med komma',
};

/** Where a target sits: an area's overall goal (no delmål) or one of its delmål. */
type Place = { area: number; subgoal: number | undefined };
const placeKey = (place: Place) => `${place.area}:${place.subgoal ?? ''}`;

type Indexes = {
  targets: Map<string, { target: Target; place: Place }>;
  subgoals: Map<string, { id: string; place: Place }>;
};

function indexPlan(plan: Plan): Indexes {
  const targets: Indexes['targets'] = new Map();
  const subgoals: Indexes['subgoals'] = new Map();
  plan.areas.forEach((area, a) => {
    for (const target of area.overallGoal.targets)
      targets.set(target.id, { target, place: { area: a, subgoal: undefined } });
    area.subgoals.forEach((subgoal, s) => {
      subgoals.set(lower(subgoal.id), { id: subgoal.id, place: { area: a, subgoal: s } });
      for (const target of subgoal.targets) targets.set(target.id, { target, place: { area: a, subgoal: s } });
    });
  });
  return { targets, subgoals };
}

const known = (plan: Plan) =>
  plan.areas
    .flatMap((area) => area.subgoals.map((subgoal) => subgoal.id))
    .slice(0, 12)
    .join(', ');

/**
 * The plan's targets with the board's rows of Mål applied: a row of a plan target replaces it (or strikes it, Typ
 * Struket), a row of its own adds one to the delmål it names. Every problem names the row and the column; a row with a
 * problem changes nothing (the plan's target, if any, still counts).
 */
export function boardTargets(plan: Plan, rows: readonly (readonly unknown[])[]): BoardTargets {
  const index = indexPlan(plan);
  const problems: GoalProblem[] = [];
  const boardRows = new Map<number, BoardRow>();
  const struck = new Set<string>();
  const replaced = new Map<string, { target: Target; place: Place }>();
  const added: { target: Target; place: Place }[] = [];
  const taken = new Set<string>(index.targets.keys());
  const claimed = new Set<string>();
  const pending: { at: number; subgoalId: string; place: Place; fields: Record<string, unknown>; text: string }[] = [];

  rows.forEach((cells, at) => {
    if (!isBoardRow(cells)) return;
    const problem = (key: GoalKey, message: string) => problems.push({ row: at, key, message });
    const id = cell(cells, 'id');
    const own = id === '' ? undefined : index.targets.get(id);
    const placeholder = id === '' ? undefined : index.subgoals.get(lower(id));
    const typedSubgoal = cell(cells, 'subgoal');
    const subgoal = typedSubgoal === '' ? undefined : index.subgoals.get(lower(typedSubgoal));
    const place: Place | undefined = subgoal?.place ?? (typedSubgoal === '' ? own?.place : undefined);
    const area = place ? (plan.areas[place.area]?.title ?? '') : '';
    const row: BoardRow = { id, area, state: 'unreadable' };
    boardRows.set(at, row);
    if (id !== '' && claimed.has(lower(id))) {
      problem('id', `ID "${id}" finns redan på en annan rad i Mål: töm cellen, så får raden ett eget ID.`);
      return;
    }
    if (id !== '') claimed.add(lower(id));
    const kindText = cell(cells, 'kind');
    if (NOT_COUNTED.has(lower(kindText))) {
      // A delmål's own row without a target stays what it was, its words the board's; any other row counts nowhere.
      row.state = placeholder && !own && lower(kindText) !== lower(STRUCK_KIND.sv) ? 'counted' : 'struck';
      if (own) struck.add(id);
      return;
    }
    if (!place) {
      problem(
        'subgoal',
        typedSubgoal === ''
          ? `Delmål saknas: skriv vilket delmål målet hör till (${known(plan)}).`
          : `Delmålet "${typedSubgoal}" finns inte i planen: skriv ett av planens delmål (${known(plan)}).`,
      );
      return;
    }
    const kind = KINDS_BY_LABEL.get(lower(kindText));
    if (!kind) {
      problem(
        'kind',
        kindText === ''
          ? `Typ saknas: välj en typ i listan (${GOAL_KIND_CHOICES.join(', ')}).`
          : `Typen "${kindText}" finns inte: välj en typ i listan (${GOAL_KIND_CHOICES.join(', ')}).`,
      );
      return;
    }
    const period = cell(cells, 'period');
    const periods = goalPeriodChoices(plan.year);
    if (
      kind !== 'share' &&
      period !== '' &&
      !(kind === 'cadence' ? periods : periods.slice(0, 1)).includes(lower(period))
    ) {
      problem(
        'period',
        kind === 'cadence'
          ? `Perioden "${period}" går inte att läsa: välj ${periods.join(', ')}.`
          : `Perioden "${period}" är inte planåret: ${TARGET_KIND_LABELS[kind].sv.toLowerCase()} räknas över ${plan.year}; skriv ${plan.year} eller lämna tomt.`,
      );
      return;
    }
    const words: Words = {
      value: cell(cells, 'targetValue'),
      unit: cell(cells, 'unit') || (own ? targetUnit(own.target) : ''),
      period,
      goal: cell(cells, 'goal'),
    };
    const read = readWords(kind, words, plan.year);
    if ('problem' in read) {
      problem(read.key, read.problem);
      return;
    }
    // The board's own phrase in Mål names the target; a plan phrase the board left as it was, the words just read.
    const text = words.goal !== '' && words.goal !== own?.target.text ? words.goal : read.text;
    if (own) {
      const target = Target.safeParse({ ...read.fields, id, source: own.target.source, text });
      if (!target.success) {
        problem('targetValue', `Målvärdet "${words.value}" går inte att räkna med: skriv ett positivt tal.`);
        return;
      }
      replaced.set(id, { target: target.data, place });
      row.state = 'counted';
      return;
    }
    pending.push({ at, subgoalId: placeholder?.id ?? subgoal?.id ?? '', place, fields: read.fields, text });
    if (id !== '') taken.add(id);
  });

  // New rows get ids of their own after the plan's and the typed ones: U2.S1, U2.S2 …
  for (const entry of pending) {
    const row = boardRows.get(entry.at) as BoardRow;
    let id = row.id;
    for (let n = 1; id === '' || (id !== row.id && taken.has(id)); n++) id = `${entry.subgoalId}.S${n}`;
    taken.add(id);
    const target = Target.safeParse({ ...entry.fields, id, source: entry.subgoalId, text: entry.text });
    if (!target.success) {
      problems.push({
        row: entry.at,
        key: 'targetValue',
        message: 'Målvärdet går inte att räkna med: skriv ett positivt tal.',
      });
      continue;
    }
    row.id = id;
    row.state = 'counted';
    added.push({ target: target.data, place: entry.place });
  }
  problems.sort((a, b) => a.row - b.row);
  return { plan: correctedPlan(plan, index, struck, replaced, added), problems, rows: boardRows };
}

/** The plan with struck targets left out, corrected ones in their place (or moved), added ones after the plan's. */
function correctedPlan(
  plan: Plan,
  index: Indexes,
  struck: ReadonlySet<string>,
  replaced: ReadonlyMap<string, { target: Target; place: Place }>,
  added: readonly { target: Target; place: Place }[],
): Plan {
  if (struck.size === 0 && replaced.size === 0 && added.length === 0) return plan;
  const extra = new Map<string, Target[]>();
  const push = (place: Place, target: Target) =>
    extra.set(placeKey(place), [...(extra.get(placeKey(place)) ?? []), target]);
  for (const [id, { target, place }] of replaced) {
    const from = index.targets.get(id)?.place;
    if (from && placeKey(from) !== placeKey(place)) push(place, target);
  }
  for (const { target, place } of added) push(place, target);
  const targetsAt = (place: Place, targets: readonly Target[]): Target[] => [
    ...targets.flatMap((target) => {
      if (struck.has(target.id)) return [];
      const correction = replaced.get(target.id);
      if (!correction) return [target];
      return placeKey(correction.place) === placeKey(place) ? [correction.target] : [];
    }),
    ...(extra.get(placeKey(place)) ?? []),
  ];
  return {
    ...plan,
    areas: plan.areas.map(
      (area, a): Area => ({
        ...area,
        overallGoal: {
          ...area.overallGoal,
          targets: targetsAt({ area: a, subgoal: undefined }, area.overallGoal.targets),
        },
        subgoals: area.subgoals.map((subgoal, s) => ({
          ...subgoal,
          targets: targetsAt({ area: a, subgoal: s }, subgoal.targets),
        })),
      }),
    ),
  };
}
