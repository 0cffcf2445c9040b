// The register's sheets by the names the board knows them: the column definitions in sheets/ and every message that
// points the board at a sheet ("för in valresultatet i bladet Mätvärden") take the name from here.
export const SHEET_NAMES = {
  goals: 'Mål',
  activities: 'Aktiviteter',
  log: 'Logg',
  branches: 'Partiföreningar',
  recorded: 'Mätvärden',
  members: 'Medlemmar',
  connections: 'Kopplingar',
  report: 'Rapport',
  /** The hidden sheet holding the imported plan and the dropdowns' lists. */
  plan: '_plan',
} as const;
