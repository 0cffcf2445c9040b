// Remembers what reading a text gave, for one plan: plans repeat lines under many delmål (the same activity, lead-in
// or "Följa upp i styrelsen" in every section), and a pure reading of a text is the same wherever the text stands.

/**
 * `read`, computed once per distinct text (it never gives undefined); the map lives as long as the returned function,
 * one parse.
 */
export function oncePerText<T extends NonNullable<unknown>>(read: (text: string) => T): (text: string) => T {
  // Keyed by the text itself, whose hash the string keeps once computed.
  const known = new Map<string, T>();
  return (text) => {
    let value = known.get(text);
    if (value === undefined) {
      value = read(text);
      known.set(text, value);
    }
    return value;
  };
}
