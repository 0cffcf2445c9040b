// Cadence: something at least N times per period, "minst ett ordförandemöte i kvartalet", "två träffar per termin".
import { isYear, qualifierBefore, tokenNumber } from '../numbers.ts';
import { type Period, periodAt } from './periods.ts';
import { type Found, isFree, isPunctuation, type Passage } from './reading.ts';
import { isReferenceOrRange, readUnit } from './units.ts';

/** How far from the number a period may stand: "minst ett möte med varje partiförening per år". */
const PERIOD_AFTER_WINDOW = 5;
const PERIOD_BEFORE_WINDOW = 4;

export function readCadences(passage: Passage): Found[] {
  const { text, tokens } = passage;
  const found: Found[] = [];
  tokens.forEach((token, index) => {
    const value = tokenNumber(token);
    if (value === undefined || !Number.isInteger(value) || value < 1 || passage.claimed[index]) return;
    const qualifier = qualifierBefore(tokens, index);
    if (qualifier.kind === 'ceiling' || (qualifier.kind === 'none' && isYear(token))) return;
    if (isReferenceOrRange(tokens, qualifier.start)) return;
    const unit = readUnit(text, tokens, index + 1, true);
    if (!unit) return;
    let period: (Period & { start: number }) | undefined;
    for (let at = unit.end; !period && at < unit.end + PERIOD_AFTER_WINDOW && !isPunctuation(tokens[at]); at++) {
      const after = periodAt(tokens, at);
      if (after) period = { ...after, start: at };
    }
    for (let at = qualifier.start - 1; !period && at >= qualifier.start - PERIOD_BEFORE_WINDOW; at--) {
      if (isPunctuation(tokens[at])) break;
      const before = periodAt(tokens, at);
      if (before && before.end <= qualifier.start) period = { ...before, start: at };
    }
    if (!period) return;
    const from = Math.min(qualifier.start, period.start);
    const to = Math.max(unit.end, period.end);
    if (!isFree(passage, from, to)) return;
    found.push({ from, to, reading: { kind: 'cadence', min: value, per: period.per, unit: unit.text } });
  });
  return found;
}
