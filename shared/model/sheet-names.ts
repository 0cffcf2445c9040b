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

/**
 * Where each report is kept, side by side: "Rapport 2024", "Rapport 2024 Q2", "Rapport partiföreningar 2024".
 * Regenerating a report replaces only its own sheet; a new year's reports get new names, so last year's stay.
 */
export const REPORT_SHEET_NAMES = {
  year: (year: number) => `${SHEET_NAMES.report} ${year}`,
  quarter: (year: number, quarter: number) => `${SHEET_NAMES.report} ${year} Q${quarter}`,
  branches: (year: number) => `${SHEET_NAMES.report} partiföreningar ${year}`,
};

/** True for a sheet a report was written to, including the one "Rapport" of registers made before reports had years. */
export function isReportSheet(name: string): boolean {
  return name === SHEET_NAMES.report || name.startsWith(`${SHEET_NAMES.report} `);
}
