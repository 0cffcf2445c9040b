// Deterministic, realistic plan text of any size, for benchmarks and the CLI's demos.

const AREA_TITLES = [
  'Det parlamentariska arbetet',
  'Det utomparlamentariska arbetet',
  'Organisering och medlemmar',
  'Studier och bildning',
  'Kommunikation och opinion',
  'Facklig kamp',
  'Feministiskt arbete',
  'Klimat och miljö',
];
const PLACES = ['Sundsvall', 'Härnösand', 'Örnsköldsvik', 'Kramfors', 'Sollefteå', 'Timrå', 'Ånge'];
const ROLES = ['valledare', 'studieansvarig', 'medlemsansvarig', 'kassör', 'kontaktperson'];
const PERIODS = ['i veckan', 'i månaden', 'i kvartalet', 'per termin', 'varje år'];
const SUBGOAL_TITLES: Array<(n: number, place: string) => string> = [
  (n) => `Vi ska få cirka ${10 + (n % 20)} debattartiklar publicerade under året`,
  (n) => `Distriktet ska hålla minst ett medlemsmöte ${PERIODS[n % PERIODS.length]}`,
  (n) => `Varje partiförening utser en ${ROLES[n % ROLES.length]}`,
  (_n, place) => `Vi ska öka antalet medlemmar i ${place}`,
  (n) => `Vi ska till regionvalet 2026 få över ${5 + (n % 10)} % i valresultat`,
  () => 'Fortsatt prioritera områdena: ”Bostad” ”Vård och omsorg” samt ”Skola”',
  (_n, place) => `Vi ska synas på flera fronter i ${place}`,
];
const ACTIVITIES: Array<(n: number, place: string) => string> = [
  (_n, place) => `stödja våra förtroendevalda i ${place} i det parlamentariska arbetet`,
  (n) => `Distriktsstyrelsen ska anordna minst ${2 + (n % 3)} utbildningar för nya medlemmar`,
  () => 'göra gemensamma utspel och artiklar med vår riksdagsledamot',
  (_n, place) => `Regiongruppen ska besöka arbetsplatser i ${place} och lyssna på de anställda`,
  (n) => `Anordna minst en träff ${PERIODS[n % PERIODS.length]} för att samordna arbetet i distriktet`,
];
const BULLETS = ['·', '·', '•', '-', '*'];
const SUBGOALS_PER_AREA = 5;

function pick<T>(list: readonly T[], index: number): T {
  return list[index % list.length] as T;
}

function subgoalText(n: number, number: number): string[] {
  const place = pick(PLACES, n * 3);
  const lines = ['', `Delmål ${number}: ${pick(SUBGOAL_TITLES, n)(n, place)}`];
  if (n % 3 === 0) lines.push(`Det här är viktigt för att vi ska vara en tydlig kraft i ${place}.`);
  const activityCount = n % 6;
  if (activityCount > 0) {
    lines.push('', n % 2 === 0 ? 'Aktiviteter:    Under verksamhetsåret ska DS:' : 'Aktiviteter:');
    for (let index = 0; index < activityCount; index++) {
      lines.push(`${pick(BULLETS, n + index)} ${pick(ACTIVITIES, n + index)(n + index, place)}`);
    }
  }
  return lines;
}

/** A plan with `subgoalCount` delmål, five per area, in the shape and wording of a real verksamhetsplan. */
export function generatePlanText(subgoalCount: number): string {
  const lines = [
    'VERKSAMHETSPLAN FÖR VÄNSTERPARTIET VÄSTERNORRLAND 2024',
    '',
    'Inledning',
    'Vänsterpartiet Västernorrland ska vara en tydlig motkraft mot högern i hela länet.',
  ];
  for (let n = 0; n < subgoalCount; n++) {
    const areaIndex = Math.floor(n / SUBGOALS_PER_AREA);
    if (n % SUBGOALS_PER_AREA === 0) {
      const title = pick(AREA_TITLES, areaIndex);
      const round = Math.floor(areaIndex / AREA_TITLES.length);
      lines.push(
        '',
        '',
        round === 0 ? title : `${title} i ${pick(PLACES, round)} ${round}`,
        '',
        `Området samlar arbetet som partiföreningarna och distriktet gör tillsammans under verksamhetsåret.`,
        '',
        `Övergripande mål: Vi ska till valet 2026 få över ${8 + (areaIndex % 5)}% i valresultat i regionvalet.`,
      );
    }
    lines.push(...subgoalText(n, (n % SUBGOALS_PER_AREA) + 1));
  }
  return `${lines.join('\n')}\n`;
}
