// Which delmål (and activity) each page type and action kind should default to, read from the plan's own words.
import { ACTION_KINDS, type ActionKindId } from './model/action.ts';
import { PAGE_TYPES } from './model/page.ts';
import type { Plan } from './model/plan.ts';
import type { Suggestion, Suggestions } from './wire.ts';

/** Letters only before the word, so "ringa" does not match inside "ordföringar". */
const wordStart = (stem: string) => new RegExp(`(?<!\\p{L})${stem}`, 'iu');
const within = (stem: string) => new RegExp(stem, 'i');

/**
 * Per kind, tiers of word patterns from most to least telling. Patterns match inside compounds
 * ("medlemsringningarna") unless they are word starts. The platform's own name comes last: an activity that merely
 * mentions Zetkin is a weaker hint than one about calling.
 */
const KIND_WORDS: Partial<Record<ActionKindId, readonly (readonly RegExp[])[]>> = {
  'zetkin.call': [[within('ringning'), within('ringpass'), wordStart('ringa')], [within('zetkin')]],
  'zetkin.survey': [[within('enkät')], [within('zetkin')]],
  'zetkin.event': [[within('evenemang'), wordStart('aktivitet'), within('konferens')], [within('zetkin')]],
  'zetkin.canvass': [[within('dörrknack')], [within('valrörelse'), within('valarbete')], [within('zetkin')]],
  'zetkin.suborg': [[within('underorganisation')]],
  'facebook.post': [[within('facebook'), within('sociala medier')]],
  'facebook.event': [[within('evenemang'), wordStart('aktivitet'), within('konferens')], [within('facebook')]],
  'article.published': [[within('debattartik')], [within('artikl'), within('artikel'), within('insändare')]],
  'meeting.held': [[within('möte'), within('sammanträde')]],
  'education.held': [[within('utbildning'), within('föreläsning'), within('webbinari'), wordStart('studie')]],
  'role.appointed': [
    [within('valledare'), within('studieansvarig')],
    [wordStart('utse'), within('ansvarig')],
  ],
};

type Candidate = { subgoal: string; activity: string | undefined; text: string };

/** Activities, then delmål (title and description): an activity that matches beats a delmål that matches. */
function candidatePools(plan: Plan): Candidate[][] {
  const subgoals = plan.areas.flatMap((area) => area.subgoals);
  return [
    subgoals.flatMap((subgoal) =>
      subgoal.activities.map((activity) => ({ subgoal: subgoal.id, activity: activity.id, text: activity.text })),
    ),
    subgoals.map((subgoal) => ({
      subgoal: subgoal.id,
      activity: undefined,
      text: `${subgoal.title}\n${subgoal.description}`,
    })),
  ];
}

/**
 * The first tier anything matches decides; within it activities before delmål, then the candidate matching the most
 * distinct patterns, then the earlier in the plan.
 */
function suggestFor(tiers: readonly (readonly RegExp[])[], pools: readonly Candidate[][]): Suggestion | undefined {
  for (const tier of tiers) {
    for (const pool of pools) {
      let best: Candidate | undefined;
      let bestScore = 0;
      for (const candidate of pool) {
        const score = tier.filter((pattern) => pattern.test(candidate.text)).length;
        if (score > bestScore) {
          best = candidate;
          bestScore = score;
        }
      }
      if (best) {
        return best.activity === undefined
          ? { subgoal: best.subgoal }
          : { subgoal: best.subgoal, activity: best.activity };
      }
    }
  }
  return undefined;
}

export function deriveSuggestions(plan: Plan): Suggestions {
  const pools = candidatePools(plan);
  const byKind: Suggestions['byKind'] = {};
  for (const { id } of ACTION_KINDS) {
    const tiers = KIND_WORDS[id];
    const suggestion = tiers && suggestFor(tiers, pools);
    if (suggestion) byKind[id] = suggestion;
  }
  const byPage: Suggestions['byPage'] = {};
  for (const page of PAGE_TYPES) {
    const suggestion = byKind[page.kind];
    if (suggestion) byPage[page.id] = { kind: page.kind, ...suggestion };
  }
  return { byPage, byKind };
}
