// Målkoll → Kontrollera installationen as the board sees it: on a fresh spreadsheet every part is missing with its fix;
// once the plan is in, the web app deployed and a member invited, everything is in place.
import { describe, expect, it } from 'vitest';
import { dayToIso, stockholmDay } from '../../../../shared/model/calendar.ts';
import { decodeConnectionCode } from '../../../../shared/webapp/connection-code.ts';
import {
  type AddOn,
  DEPLOYED_URL,
  installCheckLines,
  inviteFromMenu,
  openAddOn,
  recordDeployment,
  withSeed,
} from '../../../support/add-on.ts';

const SCOPE_LINES = [
  'Målkoll ber Google om de här behörigheterna (appsscript.json):',
  'läsa och skriva det här kalkylarket (spreadsheets.currentonly)',
  'visa Målkolls dialogrutor i kalkylarket (importen, anslutningskoden, den här kontrollen) (script.container.ui)',
  'läsa en verksamhetsplan i ett Google-dokument när du importerar den, och skriva verksamhetsberättelsen som ett nytt Google-dokument (Google har ingen smalare behörighet för det) (documents)',
  'Google frågar var och en första gången den väljer ett Målkoll-menyval. Webbappen använder godkännandet från den som driftsatte den: ber en ny version om fler behörigheter, ska den personen välja ett Målkoll-menyval och godkänna dem.',
];

describe('Kontrollera installationen', () => {
  it('is the last item of the Målkoll menu', () => {
    const { runtime } = openAddOn();
    const items = runtime.ui.menus.find((menu) => menu.name === 'Målkoll')?.items ?? [];
    expect(items.slice(-2)).toEqual([
      { separator: true },
      { caption: 'Kontrollera installationen', functionName: 'menuCheckInstallation' },
    ]);
  });

  it('on a fresh spreadsheet shows every part missing, each with how to fix it', () => {
    const lines = installCheckLines(openAddOn());
    expect(lines).toEqual([
      'Det här behöver Målkoll för att fungera. Det som saknas har en åtgärd.',
      'Webbappen som medlemmarna loggar till: Åtgärda',
      'Ingen driftsatt webbapp är registrerad, så Bjud in medlem… kan inte ge ut några anslutningskoder.',
      'Så här: Webbappen som medlemmarnas tillägg loggar till är inte driftsatt än, så det finns ingen adress att ge ut i en anslutningskod. Den som installerade Målkoll kör npm run deploy på sin dator (README, "Deploying to a real Google Sheet"): det driftsätter webbappen och skriver in dess adress här. Välj sedan Bjud in medlem… igen.',
      'Behörigheter: Klart',
      ...SCOPE_LINES,
      'Medlemmar: Åtgärda',
      'Ingen medlem är inbjuden än.',
      'Så här: Välj Målkoll → Bjud in medlem… och ge anslutningskoden till medlemmen.',
      'Gränsen per medlem: Klart',
      'Ingen medlem har stoppats av gränsen (60 förfrågningar i minuten, 500 åtgärder om dagen).',
      'Verksamhetsplanen: Åtgärda',
      'Ingen verksamhetsplan är inläst.',
      'Så här: Välj Målkoll → Importera verksamhetsplan… och klistra in planen.',
    ]);
  });

  it('shows all in place once the plan is in, the web app deployed and a member invited and connected', async () => {
    const addOn = await withSeed();
    recordDeployment(addOn);
    const code = inviteFromMenu(addOn, 'Kim');
    expect(decodeConnectionCode(code)?.url).toBe(DEPLOYED_URL);
    inviteFromMenu(addOn, 'Alva');
    addOn.runtime.ui.respond({ button: 'OK', text: 'Alva' });
    addOn.runtime.ui.clickMenuItem('Målkoll', 'Återkalla medlem…');
    const build = checkInstallationBuild(addOn);
    const today = dayToIso(stockholmDay(Date.now()));
    const before = installCheckLines(addOn);
    expect(before.slice(0, 5)).toEqual([
      'Det här behöver Målkoll för att fungera. Det som saknas har en åtgärd.',
      'Webbappen som medlemmarna loggar till: Klart',
      `Adress: ${DEPLOYED_URL}`,
      `malkoll serve på den här datorn, sedan ${today} (bygge ${build}).`,
      `Menyerna kör bygge ${build}.`,
    ]);
    expect(before).toContain('Aktiva medlemmar: 1. Återkallade: 1. Aktiva som inte har anslutit tillägget än: 1.');
    // Kim's extension connects: the snapshot request stamps Senast använd.
    const token = decodeConnectionCode(code)?.token ?? '';
    addOn.bundle.webApp({ method: 'POST', body: JSON.stringify({ v: 1, op: 'snapshot', token }) });
    const after = installCheckLines(addOn);
    expect(after).toContain('Medlemmar: Klart');
    expect(after).toContain('Aktiva medlemmar: 1. Återkallade: 1. Aktiva som inte har anslutit tillägget än: 0.');
    expect(after.slice(-3)).toEqual([
      'Verksamhetsplanen: Klart',
      '"Verksamhetsplan 2024 – Vänsterpartiet Västernorrland" (2024): 8 delmål, 29 aktiviteter och 11 mätbara mål.',
      // Inviting Kim added Kim's partiförening.
      '1 partiförening i Partiföreningar.',
    ]);
    expect(after.filter((line) => line.endsWith(': Åtgärda'))).toEqual([]);
  });
});

/** The build id the bundle carries, read through the entry point the CLI and preview may call. */
function checkInstallationBuild(addOn: AddOn): string {
  const { checks } = addOn.bundle.call('checkInstallation') as { checks: { details: string[] }[] };
  return checks[0]?.details.find((line) => line.startsWith('Menyerna kör bygge '))?.slice(19, 31) ?? '';
}
