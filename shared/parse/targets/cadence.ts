// Cadence: something at least N times per period, "minst ett ordförandemöte i kvartalet", "två träffar per termin",
// "ett ordförandemöte varannan månad", "Varje fullmäktigeledamot ska hålla ett öppet möte per termin".
import { isYear, qualifierBefore, tokenNumber } from '../numbers.ts';
import { factualTokens } from './facts.ts';
import { distributiveGroup, dueBy } from './groups.ts';
import { limitsSpan, periodNear } from './periods.ts';
import { type Found, isFree, type Passage, perSentence } from './reading.ts';
import { isReferenceOrRange, readUnit } from './units.ts';

export function readCadences(passage: Passage): Found[] {
  const { text, tokens } = passage;
  const found: Found[] = [];
  const limited = perSentence(passage, (start, end) => limitsSpan(tokens, start, end));
  const group = perSentence(passage, (start, end) => distributiveGroup(tokens, start, end));
  let factual: Set<number> | undefined;
  tokens.forEach((token, index) => {
    const value = tokenNumber(token);
    if (value === undefined || !Number.isInteger(value) || value < 1 || passage.claimed[index]) return;
    const qualifier = qualifierBefore(tokens, index);
    if (qualifier.kind === 'ceiling' || (qualifier.kind === 'none' && isYear(token))) return;
    if (isReferenceOrRange(tokens, qualifier.start)) return;
    factual ??= factualTokens(passage);
    if (factual.has(index)) return;
    const unit = readUnit(text, tokens, index + 1, true);
    if (!unit) return;
    const period = periodNear(tokens, qualifier.start, unit.end);
    if (!period) return;
    if (limited(index)) return;
    const due = dueBy(group(index), index);
    if (due.blocked) return;
    const from = Math.min(qualifier.start, period.start);
    const to = Math.max(unit.end, period.end);
    if (!isFree(passage, from, to)) return;
    found.push({
      from,
      to,
      reading: {
        kind: 'cadence',
        min: value,
        per: period.per,
        ...(period.every === undefined ? {} : { every: period.every }),
        unit: unit.text,
        ...(due.each === undefined ? {} : { each: due.each }),
      },
    });
  });
  return found;
}
