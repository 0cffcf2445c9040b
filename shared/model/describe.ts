// Human-readable Swedish/English wording of a target and a plan's size, shared by the CLI summary, the import
// dialog, the Mål sheet and the reports.
import { formatNumber } from '../format.ts';
import type { Language } from './language.ts';
import type { Plan, Subgoal } from './plan.ts';
import { planTargets } from './plan-index.ts';
import type { CadencePeriod, Target } from './target.ts';

type Words = { sv: string; en: string };

const PERIOD_WORDS: Record<CadencePeriod, Words> = {
  week: { sv: 'i veckan', en: 'per week' },
  month: { sv: 'i månaden', en: 'per month' },
  quarter: { sv: 'i kvartalet', en: 'per quarter' },
  term: { sv: 'per termin', en: 'per term' },
  year: { sv: 'per år', en: 'per year' },
};
/**
 * The period nouns after "varannan"/"var tredje", with the neuter ones that take "vartannat", and their Swedish plural
 * ("2 av 4 kvartal", "40 av 52 veckor").
 */
const PERIOD_NOUNS: Record<CadencePeriod, Words & { neuter: boolean; svMany: string }> = {
  week: { sv: 'vecka', en: 'week', neuter: false, svMany: 'veckor' },
  month: { sv: 'månad', en: 'month', neuter: false, svMany: 'månader' },
  quarter: { sv: 'kvartal', en: 'quarter', neuter: true, svMany: 'kvartal' },
  term: { sv: 'termin', en: 'term', neuter: false, svMany: 'terminer' },
  year: { sv: 'år', en: 'year', neuter: true, svMany: 'år' },
};
const NTH: Record<number, Words> = {
  3: { sv: 'tredje', en: 'third' },
  4: { sv: 'fjärde', en: 'fourth' },
  5: { sv: 'femte', en: 'fifth' },
  6: { sv: 'sjätte', en: 'sixth' },
};

export const TARGET_KIND_LABELS: Record<Target['kind'], Words> = {
  count: { sv: 'Antal', en: 'Count' },
  cadence: { sv: 'Regelbundenhet', en: 'Cadence' },
  coverage: { sv: 'Täckning', en: 'Coverage' },
  share: { sv: 'Valresultat', en: 'Vote share' },
  trend: { sv: 'Trend', en: 'Trend' },
  level: { sv: 'Nivå', en: 'Level' },
  categories: { sv: 'Områden', en: 'Categories' },
};

/** "kvartal", "veckor": the period's Swedish noun for one or for several. */
export function periodNoun(period: CadencePeriod, form: 'one' | 'many'): string {
  const noun = PERIOD_NOUNS[period];
  return form === 'one' ? noun.sv : noun.svMany;
}

/** The period word of a cadence ("i kvartalet"), or its interval ("varannan månad", "var tredje månad"). */
export function periodWord(period: CadencePeriod, language: Language = 'sv', every?: number): string {
  if (every === undefined) return PERIOD_WORDS[period][language];
  const noun = PERIOD_NOUNS[period];
  if (language === 'en') return `every ${every === 2 ? 'other' : (NTH[every]?.en ?? `${every}th`)} ${noun.en}`;
  if (every === 2) return `${noun.neuter ? 'vartannat' : 'varannan'} ${noun.sv}`;
  return `var ${NTH[every]?.sv ?? `${every}:e`} ${noun.sv}`;
}

/**
 * "minst" or "över" for a vote share or a level. A share's bound is the first word of its phrase, which the share
 * reader always starts at the qualifier: the schema has no field for it, so shares read before bounds were kept
 * compare equal. A share that says neither is "över", as it was always shown.
 */
export function targetBound(target: Extract<Target, { kind: 'share' | 'level' }>): 'minst' | 'över' | undefined {
  if (target.kind === 'level') return target.bound;
  return /^(?:minst|åtminstone)(?!\p{L})/iu.test(target.text) ? 'minst' : 'över';
}

const BOUND_WORDS: Record<'minst' | 'över', Words> = {
  minst: { sv: 'minst', en: 'at least' },
  över: { sv: 'över', en: 'over' },
};

/** " för varje fullmäktigeledamot" when the amount is due by each of them on their own. */
function eachWords(each: { unit: string } | undefined, language: Language): string {
  if (each === undefined) return '';
  return language === 'sv' ? ` för varje ${each.unit}` : ` for each ${each.unit}`;
}

/** The measurable promise in one short phrase, e.g. "≈ 15 debattartiklar" or "minst 1 ordförandemöte i kvartalet". */
export function describeTarget(target: Target, language: Language = 'sv'): string {
  const sv = language === 'sv';
  switch (target.kind) {
    case 'count':
      return `${target.approximate ? (sv ? 'cirka ' : 'about ') : ''}${formatNumber(target.target)} ${target.unit}${eachWords(target.each, language)}`;
    case 'cadence':
      return `${sv ? 'minst' : 'at least'} ${formatNumber(target.min)} ${target.unit} ${periodWord(target.per, language, target.every)}${eachWords(target.each, language)}`;
    case 'coverage': {
      const unit = target.unit ?? (sv ? 'partiförening' : 'branch');
      return `${sv ? 'varje' : 'every'} ${unit} ${sv ? 'har' : 'has'} ${target.roles.join(sv ? ' och ' : ' and ')}`;
    }
    case 'share':
      return `${BOUND_WORDS[targetBound(target) ?? 'över'][language]} ${formatNumber(target.percent)} % ${sv ? 'i' : 'in'} ${target.election}`;
    case 'trend': {
      const verb = target.direction === 'up' ? (sv ? 'öka' : 'increase') : sv ? 'minska' : 'decrease';
      const by = target.by
        ? ` ${sv ? 'med' : 'by'} ${formatNumber(target.by.amount)}${target.by.percent ? ' %' : ''}`
        : '';
      return `${verb} ${target.metric}${by}`;
    }
    case 'level': {
      const bound = targetBound(target);
      const value = `${formatNumber(target.target)}${target.percent ? ' %' : ''}`;
      return `${bound ? `${BOUND_WORDS[bound][language]} ` : ''}${value} ${target.unit}`;
    }
    case 'categories':
      return target.categories.join(', ');
  }
}

/** What a target is about in a word or two: its unit, election, roles or metric ("debattartiklar", "EU-valet 2024"). */
function targetGist(target: Target): string {
  switch (target.kind) {
    case 'count':
    case 'cadence':
      return target.unit.replace(/ per \S+$/u, '');
    case 'coverage':
      return target.roles.join(' och ');
    case 'share':
      return target.election;
    case 'trend':
      return target.metric;
    case 'level':
      return target.unit;
    case 'categories':
      return 'prioriterade områden';
  }
}

/** Words a delmål's title opens with that say nothing about it ("Att …", "Vi ska …"). */
const TITLE_LEAD = /^(?:att|vi ska|distriktet ska|fortsatt)\s+/iu;
const SHORT_TITLE_WORDS = 4;

/**
 * A delmål named in a few words, for chart labels: its id and the gist of its first target ("U3 Debattartiklar",
 * "P3 EU-valet 2024"), or the first words of its title when it has no target.
 */
export function subgoalShortTitle(subgoal: Pick<Subgoal, 'id' | 'title' | 'targets'>): string {
  const [first] = subgoal.targets;
  const words = subgoal.title.replace(TITLE_LEAD, '').split(/\s+/u);
  const gist = first
    ? targetGist(first)
    : `${words.slice(0, SHORT_TITLE_WORDS).join(' ')}${words.length > SHORT_TITLE_WORDS ? ' …' : ''}`;
  return `${subgoal.id} ${gist.charAt(0).toUpperCase()}${gist.slice(1)}`;
}

/** The plan's name for people to read: an all-capitals title ("VERKSAMHETSPLAN FÖR …") is not shouted back at them. */
export function displayTitle(
  plan: Pick<Plan, 'title' | 'organisation' | 'year'> & Partial<Pick<Plan, 'years'>>,
): string {
  const shouted = plan.title === plan.title.toUpperCase() && /\p{Lu}{2}/u.test(plan.title);
  if (!shouted) return plan.title;
  const years = plan.years ? `${plan.years.from}–${plan.years.to}` : String(plan.year);
  return plan.organisation ? `Verksamhetsplan ${years} – ${plan.organisation}` : `Verksamhetsplan ${years}`;
}

export type PlanCounts = { areas: number; subgoals: number; activities: number; targets: number };

/** How much a plan holds; its measurable targets include those of each area's overall goal. */
export function planCounts(plan: Plan): PlanCounts {
  const subgoals = plan.areas.flatMap((area) => area.subgoals);
  return {
    areas: plan.areas.length,
    subgoals: subgoals.length,
    activities: subgoals.reduce((sum, subgoal) => sum + subgoal.activities.length, 0),
    targets: planTargets(plan).length,
  };
}
