// A hand-built Plan mirroring shared/examples/verksamhetsplan-2024.txt (with the targets the parser reads), and builders for actions and branches.
import type { Action } from '../../../shared/model/action.ts';
import type { Branch } from '../../../shared/model/branch.ts';
import { type Activity, Plan, type Subgoal } from '../../../shared/model/plan.ts';
import type { Target } from '../../../shared/model/target.ts';

const activities = (subgoalId: string, owner: string, texts: string[]): Activity[] =>
  texts.map((text, index) => ({ id: `${subgoalId}.${index + 1}`, text, owner }));

function subgoal(
  id: string,
  title: string,
  owner: string,
  texts: string[],
  targets: Target[] = [],
  description = '',
): Subgoal {
  return {
    id,
    number: Number(id.slice(1)),
    title,
    description,
    owner,
    activities: activities(id, owner, texts),
    targets,
  };
}

export const seedPlan: Plan = Plan.parse({
  title: 'Verksamhetsplan för Vänsterpartiet Västernorrland 2024',
  organisation: 'Vänsterpartiet Västernorrland',
  year: 2024,
  intro: 'Nyliberalismen har i decennier präglat den politiska debatten, ekonomin och samhällsutvecklingen.',
  areas: [
    {
      id: 'P',
      title: 'Det parlamentariska arbetet',
      intro: 'Vänsterpartiet är den enda tydliga oppositionen till vänster om den styrande majoriteten i regionen.',
      overallGoal: {
        text: 'Vi ska till valet 2026 få över 10% i valresultat i regionvalet och nationellt ska vi byta ut den högernationalistiska regeringen.',
        targets: [
          {
            id: 'P.M1',
            source: 'P',
            text: 'få över 10% i valresultat i regionvalet',
            kind: 'share',
            percent: 10,
            election: 'regionvalet 2026',
          },
        ],
      },
      subgoals: [
        subgoal(
          'P1',
          'Vi ska i vår oppositionsroll synas på flera fronter i hela regionen',
          'DS',
          [
            'stödja regionens förtroendevalda i det parlamentariska arbetet',
            'arbeta enligt Vänsterpartiets kommunikationsplan',
            'delta i nationella Regionkampanjen',
            'fortsatt öka antalet följare på Facebooksidan och fortsätta utveckla arbetet med att synas på övrig tillgängliga kanaler',
            'sträva efter att profilera fler av våra företrädare i regionen',
          ],
          [
            {
              id: 'P1.4.M1',
              source: 'P1.4',
              text: 'öka antalet följare på Facebooksidan',
              kind: 'trend',
              direction: 'up',
              metric: 'följare på Facebooksidan',
            },
          ],
        ),
        subgoal(
          'P2',
          'Vi ska från regionalt- och lokalt perspektiv peka på regeringens och Sverigedemokraternas passivitet inför de problem som människor drabbas av',
          'DS',
          [
            'stödja vår riksdagsledamot i det parlamentariska arbetet',
            'vara länken mellan partistyrelsen och partiets föreningar',
            'göra gemensamma utspel/artiklar med vår riksdagsledamot',
            'göra gemensamma utspel/artiklar med tex partiföreningsordförande och andra distriktsordförande',
            'sträva efter att lokalt profilera vår riksdagsledamot',
          ],
        ),
        subgoal(
          'P3',
          'Vi ska till EU-valet 2024 få över 8% i valresultat i Västernorrland',
          'DS',
          [
            'ta det samordnade ansvaret i EU-valrörelsen',
            'jobba för att varje partiförening utser en valledare i föreningen och lägger upp en egen valplanering',
            'stödja Västernorrlands EU-kandidat i den lokala valrörelsen i distriktet',
          ],
          [
            {
              id: 'P3.M1',
              source: 'P3',
              text: 'få över 8% i valresultat i Västernorrland',
              kind: 'share',
              percent: 8,
              election: 'EU-valet 2024',
            },
            {
              id: 'P3.2.M1',
              source: 'P3.2',
              text: 'varje partiförening utser en valledare',
              kind: 'coverage',
              roles: ['valledare'],
            },
          ],
        ),
      ],
    },
    {
      id: 'U',
      title: 'Det utomparlamentariska arbetet',
      intro: 'Det utomparlamentariska arbetet är helt avgörande för att vi kunna genomföra förändringar.',
      overallGoal: { text: 'Vi ska vid valet 2026 byta ut den högernationalistiska regeringen', targets: [] },
      subgoals: [
        subgoal(
          'U1',
          'Att under verksamhetsåret 2024 fokusera på medlemsorganisering och medlemsaktivering',
          '',
          [
            'Distriktsstyrelsen ska genomgå en utbildning från Zetkin om hur man bäst organiserar medlemmar och föra den informationen vidare till partiföreningarna',
            'Distriktsstyrelsen ska utse ansvariga för att organisera distriktets Zetkin',
            'Alla partiföreningar ska rekommenderas ha en egen underorganisation i Zetkin och minst en person som ansvarar för den',
            'Distriktet ska tillsammans med partiföreningarna slutföra medlemsenkäten och medlemsringningarna',
          ],
          [
            {
              id: 'U1.3.M1',
              source: 'U1.3',
              text: 'Alla partiföreningar ska rekommenderas ha en egen underorganisation i Zetkin och minst en person som ansvarar för den',
              kind: 'coverage',
              roles: ['zetkin-underorganisation', 'zetkin-ansvarig'],
            },
          ],
        ),
        subgoal(
          'U2',
          'Distriktet ska ta det stödjande ansvaret för att hålla länets partiföreningar aktiva',
          '',
          [
            'Distriktsstyrelsen ska anordna minst ett ordförandemöte i kvartalet för att samordna arbetet i distriktet',
            'I enlighet med partiets centrala verksamhetsplan vara länken mellan partiet centralt och partiets föreningar, samt utse en ansvarig som leder arbetet och redovisar informationen från partiet central',
            'Anordna en Höstkonferens där medlemsaktivering är det centrala temat',
            'Uppmuntra ordföringar (eller en ersättare) i partiföreningarna att delta på distriktsstyrelsens sammanträden',
          ],
          [
            {
              id: 'U2.1.M1',
              source: 'U2.1',
              text: 'minst ett ordförandemöte i kvartalet',
              kind: 'cadence',
              min: 1,
              per: 'quarter',
              unit: 'ordförandemöte',
            },
          ],
        ),
        subgoal(
          'U3',
          'Att distriktsstyrelsen tillsammans med regiongruppen under verksamhetsåret 2024 får cirka 15 debattartiklar publicerade',
          '',
          ['Distriktsstyrelsen och regiongruppen tar ansvar för att få debattartiklar skrivna och publicerade'],
          [
            {
              id: 'U3.M1',
              source: 'U3',
              text: 'cirka 15 debattartiklar publicerade',
              kind: 'count',
              target: 15,
              unit: 'debattartiklar',
              approximate: true,
            },
          ],
        ),
        subgoal(
          'U4',
          'Distriktet ska så gott som möjligt möjliggöra studier för medlemmarnas politiska utveckling',
          '',
          [
            'att stötta partiföreningarna i att kartlägga utbildningsbehov för sina medlemmar',
            'arbeta för att en studieansvarig utses i varje partiförening',
            'arbeta för att en studieansvarig/kommitté utses i distriktet',
          ],
          [
            {
              id: 'U4.2.M1',
              source: 'U4.2',
              text: 'en studieansvarig utses i varje partiförening',
              kind: 'coverage',
              roles: ['studieansvarig'],
            },
          ],
        ),
        subgoal(
          'U5',
          'Fortsatt prioritera områdena: ”Facklig politisk” ”Feministisk” ”Antirasistisk” samt ”Miljö och klimat”',
          '',
          [
            'Utse ansvariga personer från distriktsstyrelsen för utvecklingen av de fyra prioriterade områden, vilka ska redovisa sitt arbete fortlöpande',
            'Anordna minst en utbildning, föreläsning eller webbinarium för våra medlemmar inom respektive område',
            'Skapa minst en debattartikel under året för respektive område, ingår i de 15 debattartiklarna ovan',
            'Ansvariga för område ”Facklig politisk” och ”Feministisk” ska samverka med centrala nätverken för respektive område, och ”Antirasistisk” respektive ”Miljö och Klimat” bör söka liknande grupperingar för samarbete i partiet',
          ],
          [
            {
              id: 'U5.M1',
              source: 'U5',
              text: '”Facklig politisk” ”Feministisk” ”Antirasistisk” samt ”Miljö och klimat”',
              kind: 'categories',
              categories: ['Facklig politisk', 'Feministisk', 'Antirasistisk', 'Miljö och klimat'],
            },
          ],
          'Detta är områden som särskilt behöver uppmärksammas i samhället idag om vi ska stävja den högervridning SD och regeringen vill att Sverige ska fortsätta ta.',
        ),
      ],
    },
  ],
});

let counter = 0;

/** An action as the web app stores it; every call gets a fresh uuid. */
export function makeAction(fields: Partial<Action> & Pick<Action, 'at' | 'subgoal' | 'kind'>): Action {
  counter += 1;
  return {
    id: `00000000-0000-4000-8000-${counter.toString(16).padStart(12, '0')}`,
    quantity: 1,
    member: 'Testmedlem',
    ...fields,
  };
}

export function makeBranch(name: string, roles: Record<string, string> = {}): Branch {
  return { id: name.toLowerCase().replace(/\W+/g, '-'), name, roles };
}
