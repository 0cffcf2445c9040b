// Tables of goals: which column of a header row ("Mål  Aktivitet  Ansvarig  Klart") holds what.

export type TableColumn = 'goal' | 'activity' | 'owner' | 'deadline';

const COLUMN_NAMES: ReadonlyMap<string, TableColumn> = new Map([
  ['mål', 'goal'],
  ['delmål', 'goal'],
  ['målsättning', 'goal'],
  ['aktivitet', 'activity'],
  ['aktiviteter', 'activity'],
  ['åtgärd', 'activity'],
  ['åtgärder', 'activity'],
  ['ansvarig', 'owner'],
  ['ansvariga', 'owner'],
  ['ansvar', 'owner'],
  ['vem', 'owner'],
  ['klart', 'deadline'],
  ['klart senast', 'deadline'],
  ['klart när', 'deadline'],
  ['deadline', 'deadline'],
  ['när', 'deadline'],
  ['senast', 'deadline'],
  ['tidplan', 'deadline'],
  ['tidpunkt', 'deadline'],
  ['datum', 'deadline'],
]);
const MIN_KNOWN_COLUMNS = 2;

/**
 * The meaning of each column when `cells` is a header row: at least two known column names, one of them the goal or
 * the activity. Unknown columns ("Kommentar") are kept as undefined so the others keep their place.
 */
export function tableColumns(cells: readonly string[]): Array<TableColumn | undefined> | undefined {
  const columns = cells.map((cell) => COLUMN_NAMES.get(cell.replace(/[:.]$/u, '').trim().toLowerCase()));
  const known = columns.filter((column) => column !== undefined);
  if (known.length < MIN_KNOWN_COLUMNS || new Set(known).size !== known.length) return undefined;
  return known.includes('goal') || known.includes('activity') ? columns : undefined;
}

/** One data row by column meaning; empty cells are left out. */
export function rowFields(
  columns: ReadonlyArray<TableColumn | undefined>,
  cells: readonly string[],
): Partial<Record<TableColumn, string>> {
  const fields: Partial<Record<TableColumn, string>> = {};
  columns.forEach((column, index) => {
    const cell = cells[index]?.trim() ?? '';
    if (column !== undefined && cell !== '') fields[column] = cell;
  });
  return fields;
}
