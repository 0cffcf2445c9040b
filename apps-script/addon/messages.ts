// Every string the add-on shows a person, Swedish first with English alongside; the add-on shows `sv`.

export type Message = { readonly sv: string; readonly en: string };

/** The text shown to the board (the add-on is Swedish). */
export function sv(message: Message): string {
  return message.sv;
}

export const MENU = {
  title: { sv: 'Målkoll', en: 'Målkoll' },
  importPlan: { sv: 'Importera verksamhetsplan…', en: 'Import plan…' },
  updateResults: { sv: 'Uppdatera utfall', en: 'Update results' },
  yearReport: { sv: 'Rapport för året', en: 'Year report' },
  quarterReport: { sv: 'Kvartalsrapport…', en: 'Quarter report…' },
  branchReport: { sv: 'Rapport per partiförening', en: 'Report per branch' },
  reviewRegister: { sv: 'Granska registret', en: 'Review the register' },
  archiveYear: { sv: 'Arkivera år…', en: 'Archive year…' },
  writeNarrative: { sv: 'Skriv verksamhetsberättelse…', en: 'Write annual report…' },
  showOverview: { sv: 'Visa översikt', en: 'Show overview' },
  inviteMember: { sv: 'Bjud in medlem…', en: 'Invite member…' },
  revokeMember: { sv: 'Återkalla medlem…', en: 'Revoke member…' },
  checkInstallation: { sv: 'Kontrollera installationen', en: 'Check the installation' },
} as const satisfies Record<string, Message>;

export const IMPORT = {
  dialogTitle: { sv: 'Importera verksamhetsplan', en: 'Import plan' },
  intro: {
    sv: 'Klistra in verksamhetsplanens text, eller ange adressen till ett Google-dokument med planen.',
    en: "Paste the plan's text, or give the address of a Google Doc holding it.",
  },
  textLabel: { sv: 'Planens text', en: 'Plan text' },
  urlLabel: { sv: 'eller Google-dokumentets adress', en: "or the Google Doc's address" },
  previewButton: { sv: 'Läs planen', en: 'Read the plan' },
  confirmButton: { sv: 'Skapa eller uppdatera bladen', en: 'Create or update the sheets' },
  closeButton: { sv: 'Stäng', en: 'Close' },
  working: { sv: 'Arbetar…', en: 'Working…' },
  found: { sv: 'Det här hittades i planen:', en: 'This is what the plan holds:' },
  errorsHeading: { sv: 'Planen kunde inte läsas:', en: 'The plan could not be read:' },
  areas: { sv: 'Områden', en: 'Areas' },
  subgoals: { sv: 'Delmål', en: 'Sub-goals' },
  activities: { sv: 'Aktiviteter', en: 'Activities' },
  targets: { sv: 'Mätbara mål', en: 'Measurable targets' },
  line: { sv: 'rad', en: 'line' },
  noSource: {
    sv: 'Klistra in planens text eller ange ett dokuments adress.',
    en: "Paste the plan's text or give a document's address.",
  },
  badDocUrl: {
    sv: 'Adressen går inte till ett Google-dokument (den ska börja med https://docs.google.com/document/).',
    en: 'The address is not a Google Doc (it should start with https://docs.google.com/document/).',
  },
  docUnreadable: {
    sv: 'Dokumentet kunde inte öppnas. Kontrollera adressen och att du har läsrätt.',
    en: 'The document could not be opened. Check the address and that you may read it.',
  },
  docEmpty: {
    sv: 'Dokumentet är tomt. Kontrollera att adressen går till dokumentet med planen.',
    en: 'The document is empty. Check that the address leads to the document holding the plan.',
  },
  yearLabel: { sv: 'Planens år', en: "The plan's year" },
  yearHint: {
    sv: 'Fyll i om planen inte själv anger sitt år (t.ex. 2025). Ett år här gäller före planens eget.',
    en: 'Fill in when the plan does not give its year itself (e.g. 2025). A year here takes precedence over the plan’s own.',
  },
  badYear: {
    sv: '”{year}” är inget årtal. Skriv planens år med fyra siffror i fältet Planens år, t.ex. 2025, eller lämna fältet tomt.',
    en: '"{year}" is not a year. Write the plan\'s year in four digits in the field The plan\'s year, e.g. 2025, or leave it empty.',
  },
  noYear: {
    sv: 'Planen anger inget år. Skriv året i fältet Planens år ovan (t.ex. 2025) och läs planen igen, eller skriv året i planens rubrik, t.ex. ”Verksamhetsplan 2025”.',
    en: 'The plan gives no year. Write the year in the field The plan\'s year above (e.g. 2025) and read the plan again, or put it in the plan\'s heading, e.g. "Verksamhetsplan 2025".',
  },
  near: { sv: 'vid', en: 'at' },
  overallGoal: { sv: 'Övergripande mål', en: 'Overall goal' },
  readAs: { sv: 'Så här blir raderna i bladet Mål:', en: 'This is how the rows in the Mål sheet will read:' },
  noTargets: {
    sv: 'Inget mätbart mål hittades – delmålet får en rad utan målvärde.',
    en: 'No measurable target found – the sub-goal gets a row without a target value.',
  },
  unsure: { sv: 'Osäker', en: 'Unsure' },
  unsureCount: {
    sv: 'Målkoll var osäker på {count} av målen (markerade Osäker nedan). Kontrollera dem.',
    en: 'Målkoll was unsure of {count} of the targets (marked Unsure below). Check them.',
  },
  correctHint: {
    sv: 'Blev något fel eller saknas ett mål? Rätta i bladet Mål efter inläsningen: ändra Målvärde, Typ eller Period på raden, eller lägg till en rad för delmålet. Dina rättelser behålls när planen importeras igen – planens text behöver inte skrivas om.',
    en: 'Something wrong, or a target missing? Correct it in the Mål sheet after the import: change Målvärde, Typ or Period on the row, or add a row for the sub-goal. Your corrections are kept when the plan is imported again – the plan text need not be rewritten.',
  },
  done: {
    sv: 'Planen "{title}" är inläst: {goals} målrader och {activities} aktiviteter ({added} nya, {removed} borttagna ur planen). Kör Uppdatera utfall för att räkna om.',
    en: 'The plan "{title}" is imported: {goals} target rows and {activities} activities ({added} new, {removed} removed from the plan). Run Update results to recompute.',
  },
  newYear: {
    sv: 'Planen gäller {year}, så bladen Mål, Aktiviteter och Mätvärden börjar om. Förra årets blad heter nu "Mål {previous}", "Aktiviteter {previous}" och "Mätvärden {previous}". Logg behåller raderna från {previous} tills du väljer Målkoll → Arkivera år….',
    en: 'The plan is for {year}, so the Mål, Aktiviteter and Mätvärden sheets start afresh. Last year\'s sheets are now called "Mål {previous}", "Aktiviteter {previous}" and "Mätvärden {previous}". Logg keeps the rows from {previous} until you choose Målkoll → Archive year….',
  },
  boardRowsKept: {
    sv: '{count} rader i Mål är styrelsens egna (Ursprung Styrelsen) och behåller sina ord; välj Planen i Ursprung för att låta planen skriva om en rad.',
    en: "{count} Mål rows are the board's own (Ursprung Styrelsen) and keep their words; choose Planen in Ursprung to let the plan rewrite a row.",
  },
} as const satisfies Record<string, Message>;

export const COMMON = {
  noPlan: {
    sv: 'Ingen verksamhetsplan är inläst. Välj Målkoll → Importera verksamhetsplan… först.',
    en: 'No plan is imported. Choose Målkoll → Import plan… first.',
  },
  skippedRows: {
    sv: '{count} rader i Logg kunde inte läsas och räknades inte. Kör Granska registret för att se dem.',
    en: '{count} Logg rows could not be read and were not counted. Run Review the register to see them.',
  },
} as const satisfies Record<string, Message>;

export const RESULTS = {
  done: { sv: 'Utfallet är uppdaterat för {count} målrader.', en: 'Results are updated for {count} target rows.' },
  roleColumns: {
    sv: 'Partiföreningar har fått en kolumn för varje roll som styrelsens mål i Mål frågar efter: {columns}. Fyll i dem per partiförening.',
    en: 'Partiföreningar has a column for each role the board’s targets in Mål ask for: {columns}. Fill them in per branch.',
  },
  appointed: {
    sv: '{roles} som medlemmar loggat som utsedda är ifyllda i bladet Partiföreningar.',
    en: '{roles} members logged as appointed are filled in on the Partiföreningar sheet.',
  },
  corrections: {
    sv: 'Styrelsens egna rader i Mål räknas: {counted} rättade eller tillagda mål, {struck} strukna.',
    en: "The board's own rows in Mål count: {counted} corrected or added targets, {struck} struck.",
  },
  unreadable: {
    sv: '{count} av styrelsens rader i Mål kan inte läsas och är markerade med en anteckning som säger vad som är fel. Tills dess räknas raden inte (ett mål ur planen räknas med planens ord).',
    en: "{count} of the board's rows in Mål cannot be read and are marked with a note saying what is wrong. Until then the row does not count (a target of the plan counts as the plan words it).",
  },
} as const satisfies Record<string, Message>;

export const UPGRADE = {
  done: {
    sv: 'Registret är uppdaterat: Mål har fått kolumnerna Prognos, Enhet och Ursprung och Framsteg i procent, och Logg visar typerna med svenska namn och har fått kolumnen Roll. Styrelsen kan nu rätta, lägga till och stryka mål direkt i Mål: raden blir styrelsens egen och skrivs inte över av nästa import.',
    en: "The register is updated: Mål has the columns Prognos, Enhet and Ursprung and Framsteg in percent, and Logg shows the kinds by their Swedish names and has a Roll column. The board can now correct, add and strike targets in Mål itself: the row becomes the board's own and no import overwrites it.",
  },
} as const satisfies Record<string, Message>;

export const REPORTS = {
  written: { sv: '{title} är skriven i bladet {sheet}.', en: '{title} is written to the sheet {sheet}.' },
  asOf: { sv: 'Per', en: 'As of' },
  chartData: { sv: 'Diagramdata', en: 'Chart data' },
  quarterTitle: { sv: 'Kvartalsrapport', en: 'Quarter report' },
  quarterPrompt: { sv: 'Vilket kvartal? Skriv t.ex. {example}.', en: 'Which quarter? Write e.g. {example}.' },
} as const satisfies Record<string, Message>;

export const REVIEW = {
  clean: { sv: 'Registret är granskat: alla {rows} rader i Logg är giltiga.', en: 'All {rows} Logg rows are valid.' },
  flagged: {
    sv: 'Registret är granskat: {invalid} av {rows} rader i Logg har fel. Cellerna är markerade och har en anteckning som säger vad som är fel.',
    en: '{invalid} of {rows} Logg rows have problems. The cells are marked and carry a note saying what is wrong.',
  },
  goalsFlagged: {
    sv: '{count} av styrelsens egna rader i Mål kan inte läsas. Cellerna är markerade och har en anteckning som säger vad som är fel och vad du kan skriva i stället. Tills dess räknas raden inte (ett mål ur planen räknas med planens ord).',
    en: "{count} of the board's own Mål rows cannot be read. The cells are marked and carry a note saying what is wrong and what to write instead. Until then the row does not count (a target of the plan counts as the plan words it).",
  },
  unknownSubgoalAfterImport: {
    sv: '{count} rader i Logg pekar på delmål som inte finns i planen. De är markerade, inte borttagna.',
    en: '{count} Logg rows point at sub-goals the plan does not have. They are marked, not deleted.',
  },
} as const satisfies Record<string, Message>;

export const ARCHIVE = {
  title: { sv: 'Arkivera år', en: 'Archive year' },
  prompt: {
    sv: 'Vilket år ska flyttas från Logg till ett eget blad? Skriv året, t.ex. {example}.',
    en: 'Which year should move from Logg to a sheet of its own? Write the year, e.g. {example}.',
  },
  badYear: { sv: 'Skriv ett år med fyra siffror, t.ex. 2024.', en: 'Write a four-digit year, e.g. 2024.' },
  nothing: { sv: 'Logg har inga rader från {year}.', en: 'Logg has no rows from {year}.' },
  done: {
    sv: '{count} rader från {year} är flyttade till bladet "{sheet}". Planen och övriga rader är kvar.',
    en: '{count} rows from {year} moved to the sheet "{sheet}". The plan and the other rows stay.',
  },
} as const satisfies Record<string, Message>;

export const NARRATIVE = {
  title: { sv: 'Skriv verksamhetsberättelse', en: 'Write annual report' },
  prompt: {
    sv: 'Verksamhetsberättelsen skrivs ur registret som ett nytt Google-dokument i din Drive, med läget i dag ({today}). Tryck OK, eller skriv först ett annat datum (ÅÅÅÅ-MM-DD).',
    en: 'The annual report is written from the register as a new Google Doc in your Drive, as things stand today ({today}). Press OK, or first write another date (YYYY-MM-DD).',
  },
  written: {
    sv: 'Verksamhetsberättelsen "{name}" är skriven. Läs, rätta och komplettera den före årsmötet.',
    en: 'The annual report "{name}" is written. Read, correct and complete it before the annual meeting.',
  },
  open: { sv: 'Öppna dokumentet', en: 'Open the document' },
  address: { sv: 'Dokumentets adress:', en: "The document's address:" },
} as const satisfies Record<string, Message>;

export const OVERVIEW = {
  title: { sv: 'Målkoll – översikt', en: 'Målkoll – overview' },
  progress: { sv: 'Framsteg per delmål', en: 'Progress per sub-goal' },
  due: { sv: 'Att göra i {quarter}', en: 'Due in {quarter}' },
  dueThisQuarter: { sv: 'Att göra det här kvartalet', en: 'Due this quarter' },
  dueOutsideYear: { sv: 'Planens år {year} pågår inte i dag.', en: "The plan's year {year} is not running today." },
  nothingDue: { sv: 'Inget som förfaller det här kvartalet.', en: 'Nothing due this quarter.' },
  noTarget: { sv: 'Inget mätbart mål', en: 'No measurable target' },
  refresh: { sv: 'Uppdatera', en: 'Refresh' },
  updated: { sv: 'Uppdaterad', en: 'Updated' },
  asOf: { sv: 'Läget per', en: 'As of' },
  failed: { sv: 'Översikten kunde inte hämtas:', en: 'The overview could not be fetched:' },
  late: { sv: 'Försenad', en: 'Late' },
} as const satisfies Record<string, Message>;

export const SHEET_NOTES = {
  protectedWarning: {
    sv: 'Målkoll skriver i de här cellerna. Ändra i planen eller i de vita kolumnerna i stället.',
    en: 'Målkoll writes these cells. Change the plan or the white columns instead.',
  },
  lists: { sv: 'Listor', en: 'Lists' },
  planJson: { sv: 'Plan (JSON)', en: 'Plan (JSON)' },
  planSubgoals: { sv: 'Delmål', en: 'Sub-goals' },
  planCategories: { sv: 'Områden', en: 'Categories' },
  planRecordedTargets: { sv: 'Mål med mätvärden', en: 'Targets with recorded values' },
  planRoles: { sv: 'Roller', en: 'Roles' },
  planUnits: { sv: 'Enheter', en: 'Units' },
  goalKindHelp: {
    sv: 'Välj målets typ i listan, eller Struket för att styrelsen stryker målet. Raden blir styrelsens egen (Ursprung Styrelsen) och skrivs inte över av nästa import.',
    en: "Choose the target's kind from the list, or Struket to strike it. The row becomes the board's own (Ursprung Styrelsen) and no import overwrites it.",
  },
  goalPeriodHelp: {
    sv: 'Planåret, eller perioden ett regelbundet mål räknas i (per kvartal). För ett valresultat: valet, t.ex. EU-valet 2024.',
    en: 'The plan year, or the period a cadence counts in (per kvartal). For a vote share: the election, e.g. EU-valet 2024.',
  },
  goalUnitHelp: {
    sv: 'Vad som räknas eller mäts (debattartiklar, möten, medlemmar), rollerna för en täckning, eller områdena åtskilda med komma.',
    en: 'What is counted or measured (debattartiklar, möten, medlemmar), the roles of a coverage, or the categories separated by commas.',
  },
  goalOriginHelp: {
    sv: 'Styrelsen: radens mål är styrelsens eget och skrivs aldrig över. Planen: nästa import eller Uppdatera utfall skriver planens ord.',
    en: "Styrelsen: the row's target is the board's own and is never overwritten. Planen: the next import or Uppdatera utfall writes the plan's words.",
  },
  kindHelp: {
    sv: 'Välj vad som gjordes i listan. Det engelska namnet eller webbappens id (t.ex. article.published) går också att skriva.',
    en: 'Choose what was done from the list. The English name or the web app id (e.g. article.published) may be typed too.',
  },
} as const satisfies Record<string, Message>;

export const ERRORS = {
  unexpected: {
    sv: 'Något gick fel: {message}',
    en: 'Something went wrong: {message}',
  },
} as const satisfies Record<string, Message>;

export const MEMBERS_TEXT = {
  inviteTitle: { sv: 'Bjud in medlem', en: 'Invite member' },
  namePrompt: { sv: 'Medlemmens namn:', en: "The member's name:" },
  branchPrompt: { sv: 'Medlemmens partiförening:', en: "The member's branch:" },
  branchPromptKnown: { sv: 'Medlemmens partiförening ({branches}):', en: "The member's branch ({branches}):" },
  nameMissing: { sv: 'Skriv medlemmens namn.', en: "Write the member's name." },
  nameField: { sv: 'Namnet', en: 'The name' },
  branchField: { sv: 'Partiföreningen', en: 'The branch' },
  branchMissing: { sv: 'Skriv medlemmens partiförening.', en: "Write the member's branch." },
  badText: {
    sv: '{what} får vara högst 200 tecken och inte innehålla kontrolltecken.',
    en: '{what} may be at most 200 characters, without control characters.',
  },
  branchAdded: {
    sv: 'Partiföreningen {branch} fanns inte i bladet Partiföreningar och är nu tillagd där.',
    en: 'The branch {branch} was not in the Partiföreningar sheet and is now added to it.',
  },
  notDeployed: {
    sv: 'Webbappen som medlemmarnas tillägg loggar till är inte driftsatt än, så det finns ingen adress att ge ut i en anslutningskod. Den som installerade Målkoll kör npm run deploy på sin dator (README, "Deploying to a real Google Sheet"): det driftsätter webbappen och skriver in dess adress här. Välj sedan Bjud in medlem… igen.',
    en: 'The web app the members\' extensions log to is not deployed yet, so there is no address to put in a connection code. Whoever installed Målkoll runs npm run deploy on their computer (README, "Deploying to a real Google Sheet"): it deploys the web app and records its address here. Then choose Invite member… again.',
  },
  codeIntro: {
    sv: 'Anslutningskod för {name} ({branch}). Ge den till medlemmen, som klistrar in den i Målkoll-tillägget.',
    en: 'Connection code for {name} ({branch}). Give it to the member, who pastes it into the Målkoll extension.',
  },
  codeOnce: {
    sv: 'Koden visas bara nu: Målkoll sparar den inte. Tappas den bort, återkalla medlemmen och bjud in igen.',
    en: 'The code is shown only now: Målkoll does not keep it. If it is lost, revoke the member and invite again.',
  },
  protectedWarning: {
    sv: 'Målkoll skriver i Medlemmar. Använd Målkoll → Bjud in medlem… och Återkalla medlem… i stället.',
    en: 'Målkoll writes Medlemmar. Use Målkoll → Invite member… and Revoke member… instead.',
  },
  revokeTitle: { sv: 'Återkalla medlem', en: 'Revoke member' },
  revokePrompt: {
    sv: 'Namnet på medlemmen vars anslutning ska återkallas:',
    en: 'The name of the member whose connection is to be revoked:',
  },
  revokeNone: { sv: 'Ingen aktiv medlem heter "{name}".', en: 'No active member is called "{name}".' },
  revoked: {
    sv: '{name} är återkallad ({count} st). Tillägget slutar fungera för medlemmen direkt.',
    en: '{name} is revoked ({count}). The extension stops working for the member at once.',
  },
} as const satisfies Record<string, Message>;

export const CONNECTIONS_TEXT = {
  headerNote: {
    sv: 'Var hamnar det medlemmar loggar? En rad per sidtyp som tillägget känner igen, och en per åtgärdstyp (Sidtyp tom). Delmål och Aktivitet är förslaget tillägget visar; töm Delmål för att inte föreslå något. Raderna fylls först i utifrån planens ord.',
    en: "Where does what members log go? One row per page type the extension recognises, and one per action kind (Sidtyp empty). Delmål and Aktivitet are what the extension suggests; empty Delmål to suggest nothing. The rows start out from the plan's own words.",
  },
} as const satisfies Record<string, Message>;

export const WEBAPP_TEXT = {
  statusTitle: { sv: 'Målkoll webbapp', en: 'Målkoll web app' },
  statusBody: {
    sv: 'Webbappen är igång. Medlemmar loggar hit från Målkoll-tillägget med en anslutningskod från distriktsstyrelsen. Här visas inga uppgifter.',
    en: 'The web app is running. Members log here from the Målkoll extension with a connection code from the board. No data is shown here.',
  },
} as const satisfies Record<string, Message>;

/** Målkoll → Kontrollera installationen: what a working install needs, what is there and how to fix what is not. */
export const INSTALL_TEXT = {
  title: { sv: 'Kontrollera installationen', en: 'Check the installation' },
  intro: {
    sv: 'Det här behöver Målkoll för att fungera. Det som saknas har en åtgärd.',
    en: 'This is what Målkoll needs to work. What is missing comes with a fix.',
  },
  ok: { sv: 'Klart', en: 'Done' },
  missing: { sv: 'Åtgärda', en: 'Fix' },
  fix: { sv: 'Så här:', en: 'How:' },
  webAppTitle: { sv: 'Webbappen som medlemmarna loggar till', en: 'The web app members log to' },
  webAppMissing: {
    sv: 'Ingen driftsatt webbapp är registrerad, så Bjud in medlem… kan inte ge ut några anslutningskoder.',
    en: 'No deployed web app is recorded, so Invite member… cannot hand out connection codes.',
  },
  webAppAddress: { sv: 'Adress: {url}', en: 'Address: {url}' },
  webAppVersion: {
    sv: 'Driftsatt {date}: version {version} av koden (bygge {build}).',
    en: 'Deployed {date}: version {version} of the code (build {build}).',
  },
  webAppLocal: {
    sv: 'malkoll serve på den här datorn, sedan {date} (bygge {build}).',
    en: 'malkoll serve on this computer, since {date} (build {build}).',
  },
  webAppRunsAs: {
    sv: 'Webbappen kör som {user}, som driftsatte den.',
    en: 'The web app runs as {user}, who deployed it.',
  },
  codeBuild: { sv: 'Menyerna kör bygge {build}.', en: 'The menus run build {build}.' },
  webAppStale: {
    sv: 'Medlemmarnas webbapp kör en annan version av koden än menyerna, så det de loggar kan hamna i fel kolumner. Kör npm run deploy: den ger webbappen samma kod som menyerna och behåller adressen.',
    en: "The members' web app runs another version of the code than the menus, so what they log may land in the wrong columns. Run npm run deploy: it gives the web app the menus' code and keeps the address.",
  },
  scopesTitle: { sv: 'Behörigheter', en: 'Permissions' },
  scopesIntro: {
    sv: 'Målkoll ber Google om de här behörigheterna (appsscript.json):',
    en: 'Målkoll asks Google for these permissions (appsscript.json):',
  },
  scopesConsent: {
    sv: 'Google frågar var och en första gången den väljer ett Målkoll-menyval. Webbappen använder godkännandet från den som driftsatte den: ber en ny version om fler behörigheter, ska den personen välja ett Målkoll-menyval och godkänna dem.',
    en: 'Google asks each person the first time they choose a Målkoll menu item. The web app uses the approval of whoever deployed it: when a new version asks for more permissions, that person chooses a Målkoll menu item and approves them.',
  },
  scopeSheet: { sv: 'läsa och skriva det här kalkylarket', en: 'read and write this spreadsheet' },
  scopeUi: {
    sv: 'visa Målkolls dialogrutor i kalkylarket (importen, anslutningskoden, den här kontrollen)',
    en: "show Målkoll's dialogs in the spreadsheet (the import, the connection code, this check)",
  },
  scopeDocuments: {
    sv: 'läsa en verksamhetsplan i ett Google-dokument när du importerar den, och skriva verksamhetsberättelsen som ett nytt Google-dokument (Google har ingen smalare behörighet för det)',
    en: 'read a plan in a Google Doc when you import it, and write the annual report as a new Google Doc (Google offers no narrower permission for that)',
  },
  membersTitle: { sv: 'Medlemmar', en: 'Members' },
  membersNone: { sv: 'Ingen medlem är inbjuden än.', en: 'No member is invited yet.' },
  membersCount: {
    sv: 'Aktiva medlemmar: {active}. Återkallade: {revoked}. Aktiva som inte har anslutit tillägget än: {waiting}.',
    en: 'Active members: {active}. Revoked: {revoked}. Active ones who have not connected the extension yet: {waiting}.',
  },
  membersFix: {
    sv: 'Välj Målkoll → Bjud in medlem… och ge anslutningskoden till medlemmen.',
    en: 'Choose Målkoll → Invite member… and give the connection code to the member.',
  },
  budgetTitle: { sv: 'Gränsen per medlem', en: 'The limit per member' },
  budgetNone: {
    sv: 'Ingen medlem har stoppats av gränsen ({requests} förfrågningar i minuten, {actions} åtgärder om dagen).',
    en: 'No member has been stopped by the limit ({requests} requests a minute, {actions} actions a day).',
  },
  budgetMember: {
    sv: '{name} ({branch}) stoppades senast {date}. Minuter med för många förfrågningar: {minutes}. Dagar med för många åtgärder: {days}.',
    en: '{name} ({branch}) was last stopped on {date}. Minutes with too many requests: {minutes}. Days with too many actions: {days}.',
  },
  budgetFix: {
    sv: 'Låter det inte som medlemmens eget arbete kan anslutningskoden ha kommit på avvägar: välj Målkoll → Återkalla medlem… och bjud sedan in medlemmen igen.',
    en: "If that does not sound like the member's own work, the connection code may have gone astray: choose Målkoll → Revoke member… and then invite the member again.",
  },
  planTitle: { sv: 'Verksamhetsplanen', en: 'The plan' },
  planNone: { sv: 'Ingen verksamhetsplan är inläst.', en: 'No plan is imported.' },
  planSummary: {
    sv: '"{title}" ({year}): {subgoals} delmål, {activities} aktiviteter och {targets} mätbara mål.',
    en: '"{title}" ({year}): {subgoals} sub-goals, {activities} activities and {targets} measurable targets.',
  },
  planBranches: {
    sv: '{branches} i Partiföreningar.',
    en: '{branches} in Partiföreningar.',
  },
  planNoBranches: {
    sv: 'Partiföreningar listar inga partiföreningar än, så en medlem kan bjudas in med vilken partiförening som helst.',
    en: 'Partiföreningar lists no branches yet, so a member can be invited with any branch at all.',
  },
  planFix: {
    sv: 'Välj Målkoll → Importera verksamhetsplan… och klistra in planen.',
    en: 'Choose Målkoll → Import plan… and paste the plan.',
  },
} as const satisfies Record<string, Message>;

/** Fills `{name}` placeholders of the Swedish text. */
export function say(message: Message, values: Record<string, string | number> = {}): string {
  return message.sv.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
