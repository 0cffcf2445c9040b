// Human-readable Swedish/English wording of a target and a plan's size, shared by the CLI summary, the import
// dialog, the Mål sheet and the reports.
import { formatNumber } from '../format.ts';
import type { Language } from './language.ts';
import type { Plan, Subgoal } from './plan.ts';
import type { CadencePeriod, Target } from './target.ts';

const PERIOD_WORDS: Record<CadencePeriod, { sv: string; en: string }> = {
  week: { sv: 'i veckan', en: 'per week' },
  month: { sv: 'i månaden', en: 'per month' },
  quarter: { sv: 'i kvartalet', en: 'per quarter' },
  term: { sv: 'per termin', en: 'per term' },
  year: { sv: 'per år', en: 'per year' },
};

export const TARGET_KIND_LABELS: Record<Target['kind'], { sv: string; en: string }> = {
  count: { sv: 'Antal', en: 'Count' },
  cadence: { sv: 'Regelbundenhet', en: 'Cadence' },
  coverage: { sv: 'Täckning', en: 'Coverage' },
  share: { sv: 'Valresultat', en: 'Vote share' },
  trend: { sv: 'Trend', en: 'Trend' },
  categories: { sv: 'Områden', en: 'Categories' },
};

/** A cadence period as a noun, singular and plural ("per kvartal", "2 av 4 kvartal"). */
const PERIOD_NOUN_FORMS: Record<CadencePeriod, { one: string; many: string }> = {
  week: { one: 'vecka', many: 'veckor' },
  month: { one: 'månad', many: 'månader' },
  quarter: { one: 'kvartal', many: 'kvartal' },
  term: { one: 'termin', many: 'terminer' },
  year: { one: 'år', many: 'år' },
};

/** "kvartal", "veckor": the period's noun for one or for several (Swedish). */
export function periodNoun(period: CadencePeriod, form: 'one' | 'many'): string {
  return PERIOD_NOUN_FORMS[period][form];
}

/** The period word of a cadence ("i kvartalet"). */
export function periodWord(period: CadencePeriod, language: Language = 'sv'): string {
  return PERIOD_WORDS[period][language];
}

/** The measurable promise in one short phrase, e.g. "≈ 15 debattartiklar" or "minst 1 ordförandemöte i kvartalet". */
export function describeTarget(target: Target, language: Language = 'sv'): string {
  const sv = language === 'sv';
  switch (target.kind) {
    case 'count':
      return `${target.approximate ? (sv ? 'cirka ' : 'about ') : ''}${formatNumber(target.target)} ${target.unit}`;
    case 'cadence':
      return `${sv ? 'minst' : 'at least'} ${formatNumber(target.min)} ${target.unit} ${periodWord(target.per, language)}`;
    case 'coverage':
      return `${sv ? 'varje partiförening har' : 'every branch has'} ${target.roles.join(sv ? ' och ' : ' and ')}`;
    case 'share':
      return `${sv ? 'över' : 'over'} ${formatNumber(target.percent)} % ${sv ? 'i' : 'in'} ${target.election}`;
    case 'trend':
      return `${target.direction === 'up' ? (sv ? 'öka' : 'increase') : sv ? 'minska' : 'decrease'} ${target.metric}`;
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
export function displayTitle(plan: Pick<Plan, 'title' | 'organisation' | 'year'>): string {
  const shouted = plan.title === plan.title.toUpperCase() && /\p{Lu}{2}/u.test(plan.title);
  if (!shouted) return plan.title;
  return plan.organisation ? `Verksamhetsplan ${plan.year} – ${plan.organisation}` : `Verksamhetsplan ${plan.year}`;
}

export type PlanCounts = { areas: number; subgoals: number; activities: number; targets: number };

/** How much a plan holds; its measurable targets include those of each area's overall goal. */
export function planCounts(plan: Plan): PlanCounts {
  const subgoals = plan.areas.flatMap((area) => area.subgoals);
  return {
    areas: plan.areas.length,
    subgoals: subgoals.length,
    activities: subgoals.reduce((sum, subgoal) => sum + subgoal.activities.length, 0),
    targets:
      plan.areas.reduce((sum, area) => sum + area.overallGoal.targets.length, 0) +
      subgoals.reduce((sum, subgoal) => sum + subgoal.targets.length, 0),
  };
}
