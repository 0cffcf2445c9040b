// A board's plan as a Google Doc — Title, Heading 1 sections, a numbered list of goals, bullets with a nested bullet
// and a table with an activity list in a cell — built through the local runtime's DocumentApp as the board builds it in
// Docs, and the same plan as the text a board pastes.
import type { Runtime } from '../../apps-script/local/index.ts';

/** The plan as text: what the Doc below says, written as plain text with bullets, numbers and tab-separated rows. */
export const PLAN_DOC_TEXT = `Verksamhetsplan 2025
Vänsterpartiet Norrtälje
Antagen av årsmötet 2025-02-20

Organisation

Mål:
1. Vi ska vara 400 medlemmar vid årets slut.
2. Varje lokalavdelning ska ha en kontaktperson.

Aktiviteter:
• Ringa alla nya medlemmar.
  • Bjuda in dem till ett medlemsmöte.
• Hålla fyra medlemsmöten under året.

Kommunikation

Mål:
1. Vi ska synas mer i lokalmedia.

Aktiviteter:
• Skriva minst 10 insändare under året.
• Lägga upp minst två inlägg i veckan på Facebook.

Handlingsplan

Mål\tAktivitet\tAnsvarig\tKlart
Fler aktiva medlemmar\tAktivistträffar tillsammans med Ung Vänster\tStyrelsen\tMars
\tStudiecirkel om organisering\tStudieansvarig\tMars
Minst 40 procent av medlemmarna ska ha deltagit i en aktivitet\tMedlemsenkät\tOrganisatören\tJuni
`;

/** The Doc's address as the board copies it from the browser. */
export function docAddress(id: string): string {
  return `https://docs.google.com/document/d/${id}/edit`;
}

/** Builds the plan as a Doc in the runtime's Drive, as a board writes it in Google Docs; returns its address. */
export function buildPlanDoc(runtime: Runtime): string {
  const { DocumentApp } = runtime;
  const { GlyphType, ParagraphHeading } = DocumentApp;
  const doc = DocumentApp.create('Verksamhetsplan 2025');
  const body = doc.getBody();
  const title = body.getChild(0).asParagraph();
  title.setText('Verksamhetsplan 2025');
  title.setHeading(ParagraphHeading.TITLE);
  body.appendParagraph('Vänsterpartiet Norrtälje').setHeading(ParagraphHeading.SUBTITLE);
  body.appendParagraph('Antagen av årsmötet 2025-02-20');

  body.appendParagraph('Organisation').setHeading(ParagraphHeading.HEADING1);
  body.appendParagraph('Mål:');
  body.appendListItem('Vi ska vara 400 medlemmar vid årets slut.').setGlyphType(GlyphType.NUMBER);
  body.appendListItem('Varje lokalavdelning ska ha en kontaktperson.');
  body.appendParagraph('Aktiviteter:');
  body.appendListItem('Ringa alla nya medlemmar.');
  body.appendListItem('Bjuda in dem till ett medlemsmöte.').setNestingLevel(1).setGlyphType(GlyphType.HOLLOW_BULLET);
  body.appendListItem('Hålla fyra medlemsmöten under året.').setNestingLevel(0).setGlyphType(GlyphType.BULLET);

  body.appendParagraph('Kommunikation').setHeading(ParagraphHeading.HEADING1);
  body.appendParagraph('Mål:');
  body.appendListItem('Vi ska synas mer i lokalmedia.').setGlyphType(GlyphType.NUMBER);
  body.appendParagraph('Aktiviteter:');
  body.appendListItem('Skriva minst 10 insändare under året.');
  body.appendListItem('Lägga upp minst två inlägg i veckan på Facebook.');
  // An empty paragraph, as boards leave them between sections.
  body.appendParagraph('');

  body.appendParagraph('Handlingsplan').setHeading(ParagraphHeading.HEADING1);
  const table = body.appendTable([
    ['Mål', 'Aktivitet', 'Ansvarig', 'Klart'],
    ['Fler aktiva medlemmar', 'Aktivistträffar tillsammans med Ung Vänster', 'Styrelsen', 'Mars'],
    ['Minst 40 procent av medlemmarna ska ha deltagit i en aktivitet', 'Medlemsenkät', 'Organisatören', 'Juni'],
  ]);
  // Two activities in one cell, as a list; their owners one per line in the next cell.
  const activities = table.getCell(1, 1);
  activities.getChild(0).asParagraph().setText('');
  activities.appendListItem('Aktivistträffar tillsammans med Ung Vänster');
  activities.appendListItem('Studiecirkel om organisering');
  activities.removeChild(activities.getChild(0));
  table.getCell(1, 2).appendParagraph('Studieansvarig');
  doc.saveAndClose();
  return docAddress(doc.getId());
}
