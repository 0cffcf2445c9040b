// Cadence: something at least N times per period, "minst ett ordförandemöte i kvartalet", "två träffar per termin",
// "ett ordförandemöte varannan månad", "Varje fullmäktigeledamot ska hålla ett öppet möte per termin".
import { isYear, qualifierBefore, tokenNumber } from '../numbers.ts';
import type { Token } from '../tokens.ts';
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
  let factual: Uint8Array | undefined;
  for (const index of passage.numbers) {
    const token = tokens[index] as Token;
    const value = tokenNumber(token);
    if (value === undefined || !Number.isInteger(value) || value < 1 || passage.claimed[index]) continue;
    const qualifier = qualifierBefore(tokens, index);
    if (qualifier.kind === 'ceiling' || (qualifier.kind === 'none' && isYear(token))) continue;
    if (isReferenceOrRange(tokens, qualifier.start)) continue;
    const unit = readUnit(text, tokens, index + 1, true);
    if (!unit) continue;
    const period = periodNear(tokens, qualifier.start, unit.end);
    if (!period) continue;
    factual ??= factualTokens(passage);
    if (factual[index]) continue;
    if (limited(index)) continue;
    const due = dueBy(group(index), index);
    if (due.blocked) continue;
    const from = Math.min(qualifier.start, period.start);
    const to = Math.max(unit.end, period.end);
    if (!isFree(passage, from, to)) continue;
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
  }
  return found;
}
