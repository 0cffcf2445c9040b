// Reads the plan year and the organisation from the title line.

const YEAR = /(?<!\d)(19\d\d|2\d\d\d)(?!\d)/u;
const PLAN_WORD = /^verksamhetsplan(?:en)?$/iu;
const YEAR_PART = /^(?:\d{4}(?:[-–/]\d{2,4})?|år|året|verksamhetsåret)$/iu;
const FILLER = /^(?:för|[-–—:,/])$/iu;
const LOWER_CASE_WORDS = new Set(['i', 'och', 'för', 'på', 'av', 'till', 'med']);

export function yearFromTitle(title: string): number | undefined {
  const match = YEAR.exec(title);
  return match ? Number(match[1]) : undefined;
}

function properCase(word: string): string {
  const lower = word.toLowerCase();
  if (LOWER_CASE_WORDS.has(lower)) return lower;
  return lower.replace(/(^|-)(\p{L})/gu, (_match, dash: string, letter: string) => dash + letter.toUpperCase());
}

/**
 * "VERKSAMHETSPLAN FÖR VÄNSTERPARTIET VÄSTERNORRLAND 2024" → "Vänsterpartiet Västernorrland". The title must contain the
 * word "verksamhetsplan"; what is left without it, the year and "för" is the organisation. All-caps titles are
 * proper-cased. '' when nothing with a capital letter is left.
 */
export function organisationFromTitle(title: string): string {
  const words = title.split(' ');
  if (!words.some((word) => PLAN_WORD.test(word))) return '';
  const kept = words
    .map((word) => word.replace(/^[:,–—-]+|[:,]+$/gu, ''))
    .filter((word) => word !== '' && !PLAN_WORD.test(word) && !YEAR_PART.test(word) && !FILLER.test(word));
  if (kept.length === 0) return '';
  const allCaps = title === title.toUpperCase();
  const organisation = (allCaps ? kept.map(properCase) : kept).join(' ');
  return /^\p{Lu}/u.test(organisation) ? organisation : '';
}
