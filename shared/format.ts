// Swedish text formatting without Intl (Apps Script, the extension and Node must print the same text).

/** Rounds to at most `decimals` decimals, as a number (for table cells). */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/** "1 234,5": space between thousands, decimal comma, at most `decimals` decimals, no trailing zeros. */
export function formatNumber(value: number, decimals = 1): string {
  const rounded = roundTo(value, decimals);
  const sign = rounded < 0 ? '−' : '';
  const [whole = '0', fraction] = String(Math.abs(rounded)).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
  return fraction ? `${sign}${grouped},${fraction}` : `${sign}${grouped}`;
}

/** "a, b och c". */
export function joinSwedish(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} och ${items[items.length - 1]}`;
}

/** Echoing someone's text in a message is helpful up to a point. */
export function shorten(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** "1 partiförening", "4 partiföreningar": a number with its noun in the form the number takes. */
export function formatCount(count: number, one: string, many: string): string {
  return `${formatNumber(count)} ${count === 1 ? one : many}`;
}
