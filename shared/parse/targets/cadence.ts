// Cadence: something at least N times per period, "minst ett ordförandemöte i kvartalet", "två träffar per termin".
import { isYear, qualifierBefore, tokenNumber } from '../numbers.ts';
import { sentenceAround } from '../tokens.ts';
import { namesEveryBranch } from './coverage.ts';
import { limitsSpan, periodNear } from './periods.ts';
import { type Found, isFree, type Passage } from './reading.ts';
import { isReferenceOrRange, readUnit } from './units.ts';

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
    const period = periodNear(tokens, qualifier.start, unit.end);
    if (!period) return;
    const [sentenceStart, sentenceEnd] = sentenceAround(tokens, index);
    if (limitsSpan(tokens, sentenceStart, sentenceEnd) || namesEveryBranch(tokens, sentenceStart, sentenceEnd)) return;
    const from = Math.min(qualifier.start, period.start);
    const to = Math.max(unit.end, period.end);
    if (!isFree(passage, from, to)) return;
    found.push({ from, to, reading: { kind: 'cadence', min: value, per: period.per, unit: unit.text } });
  });
  return found;
}
