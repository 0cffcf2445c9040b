// Count: a number of things over the plan year, "cirka 15 debattartiklar", "minst en utbildning för respektive område".
import { isYear, qualifierBefore, tokenNumber } from '../numbers.ts';
import type { Token } from '../tokens.ts';
import { factualTokens } from './facts.ts';
import { distributiveGroup, dueBy } from './groups.ts';
import { endsClause, periodAt, periodNear } from './periods.ts';
import { type Found, FUNCTION_WORDS, isFree, type Passage, perSentence } from './reading.ts';
import { isReferenceOrRange, readUnit, type Unit } from './units.ts';

const PER_EACH = new Set(['respektive', 'varje']);
const PER_EACH_WINDOW = 8;
/** Periods a cadence cannot hold ("varannan vecka", "per dag"): an amount with one of these is no yearly count either. */
const UNREADABLE_PERIOD = /^(?:varannan|vartannat|dag|dagen|dagligen)$/u;
const UNREADABLE_PERIOD_WINDOW = 6;

function hasUnreadablePeriod(tokens: readonly Token[], from: number): boolean {
  for (let at = from; at < from + UNREADABLE_PERIOD_WINDOW && !endsClause(tokens[at]); at++) {
    if (UNREADABLE_PERIOD.test((tokens[at] as Token).lower)) return true;
  }
  return false;
}

/** "två gånger under året": how often over the plan year, when the plan names nothing else to count. */
function timesThisYear(tokens: readonly Token[], index: number): Unit | undefined {
  const times = tokens[index];
  if (times?.lower !== 'gång' && times?.lower !== 'gånger') return undefined;
  const under = tokens[index + 1]?.lower === 'under';
  const year = tokens[index + 2]?.lower;
  return under && (year === 'året' || year === 'verksamhetsåret')
    ? { text: times.text, head: times.lower, end: index + 1 }
    : undefined;
}

/** "… för respektive område" → " per område", so a per-category amount is not mistaken for a total. */
function perEach(tokens: readonly Token[], from: number): { suffix: string; end: number } | undefined {
  for (let at = from; at < from + PER_EACH_WINDOW && !endsClause(tokens[at]); at++) {
    const noun = tokens[at + 1];
    const isEach = PER_EACH.has((tokens[at] as Token).lower) && periodAt(tokens, at) === undefined;
    if (isEach && noun?.kind === 'word' && !FUNCTION_WORDS.has(noun.lower)) {
      return { suffix: ` per ${noun.lower}`, end: at + 2 };
    }
  }
  return undefined;
}

/**
 * A count needs a qualifier ("minst", "cirka", "fler än" …) or a number above one: a bare "en"/"ett"/"1" is an article
 * or a date ("1 maj"). A bare number in a sentence that states a fact ("Idag har vi 500 medlemmar") is no target.
 * Numbers after "de", "dessa" … or before a definite plural ("de 15 debattartiklarna") refer to a count made elsewhere
 * and are skipped, as are years, dates, money and durations.
 */
export function readCounts(passage: Passage): Found[] {
  const { text, tokens } = passage;
  const found: Found[] = [];
  let factual: Uint8Array | undefined;
  const group = perSentence(passage, (start, end) => distributiveGroup(tokens, start, end));
  for (const index of passage.numbers) {
    const token = tokens[index] as Token;
    const value = tokenNumber(token);
    if (value === undefined || value <= 0 || passage.claimed[index]) continue;
    const qualifier = qualifierBefore(tokens, index);
    if (qualifier.kind === 'ceiling' || (qualifier.kind === 'none' && (value === 1 || isYear(token)))) continue;
    if (isReferenceOrRange(tokens, qualifier.start)) continue;
    const unit = readUnit(text, tokens, index + 1, false) ?? timesThisYear(tokens, index + 1);
    if (!unit || /na$/u.test(unit.head) || hasUnreadablePeriod(tokens, unit.end)) continue;
    factual ??= factualTokens(passage);
    if (factual[index]) continue;
    // A period the cadence reader left ("två möten i månaden under hösten") makes it no yearly count either; one a
    // cadence took belongs to that cadence ("en artikel i månaden och två krönikor").
    const period = periodNear(tokens, qualifier.start, unit.end);
    if (period && isFree(passage, period.start, period.end)) continue;
    const due = dueBy(group(index), index);
    if (due.blocked) continue;
    const each = perEach(tokens, unit.end);
    const to = each ? each.end : unit.end;
    if (!isFree(passage, qualifier.start, to)) continue;
    found.push({
      from: qualifier.start,
      to,
      reading: {
        kind: 'count',
        target: value,
        unit: unit.text + (each?.suffix ?? ''),
        approximate: qualifier.kind === 'approximate',
        ...(due.each === undefined ? {} : { each: due.each }),
      },
    });
  }
  return found;
}
