// Gives each area a short unique letter id from its title: "Det parlamentariska arbetet" → "P".

const SKIPPED_LEADING_WORDS = new Set(['det', 'den', 'de']);
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
/** Used when a title has no letter that fits an id, e.g. "2025". */
const FALLBACK_LETTER = 'O';

const ASCII_LETTERS = /^[A-Za-z]*$/;

/** Upper-case id letters of a word: Å, Ä and Ö stay, other accented letters lose their accent, the rest is dropped. */
function idLetters(word: string): string {
  if (ASCII_LETTERS.test(word)) return word.toUpperCase();
  let letters = '';
  for (const char of word.toUpperCase()) {
    if ((char >= 'A' && char <= 'Z') || 'ÅÄÖ'.includes(char)) letters += char;
    else if (char > '\u007f') {
      const base = char.normalize('NFD').charAt(0);
      if (base >= 'A' && base <= 'Z') letters += base;
    }
  }
  return letters;
}

function significantWords(title: string): string[] {
  const words = title
    .split(' ')
    .map(idLetters)
    .filter((word) => word !== '');
  let first = 0;
  while (first < words.length - 1 && SKIPPED_LEADING_WORDS.has((words[first] as string).toLowerCase())) first++;
  return words.slice(first);
}

/** Letters-only suffixes A, B, … Z, AA, AB, …: ids stay letters so a delmål id (`P1`) can never be read two ways. */
function letterSuffix(ordinal: number): string {
  let suffix = '';
  for (let rest = ordinal; rest > 0; rest = Math.floor((rest - 1) / ALPHABET.length)) {
    suffix = ALPHABET.charAt((rest - 1) % ALPHABET.length) + suffix;
  }
  return suffix;
}

/**
 * Ids in area order. Each area takes the first free id among: the initial of its first significant word (skipping a
 * leading Det/Den/De), the initials of its first two, three … significant words, longer prefixes of its first
 * significant word, and finally that initial with a letter suffix (A, B, … AA …). Deterministic, so re-parsing a
 * rendered plan gives the same ids.
 */
export function assignAreaIds(titles: readonly string[]): string[] {
  const used = new Set<string>();
  const nextSuffix = new Map<string, number>();
  return titles.map((title) => {
    const words = significantWords(title);
    const firstWord = words[0] ?? FALLBACK_LETTER;
    const initial = firstWord.charAt(0);
    const candidates: string[] = [];
    for (let count = 1; count <= words.length; count++) {
      candidates.push(
        words
          .slice(0, count)
          .map((word) => word.charAt(0))
          .join(''),
      );
    }
    for (let length = 1; length <= firstWord.length; length++) candidates.push(firstWord.slice(0, length));
    let id = candidates.find((candidate) => !used.has(candidate));
    let ordinal = nextSuffix.get(initial) ?? 1;
    while (id === undefined) {
      const candidate = initial + letterSuffix(ordinal++);
      if (!used.has(candidate)) id = candidate;
    }
    nextSuffix.set(initial, ordinal);
    used.add(id);
    return id;
  });
}
