// A small hand-built plan for the row-logic tests, shaped like the parser's output for the seed plan.
import type { Plan } from '../../../shared/model/plan.ts';

export function smallPlan(): Plan {
  return {
    title: 'Verksamhetsplan 2024',
    organisation: 'Vänsterpartiet Västernorrland',
    year: 2024,
    intro: '',
    areas: [
      {
        id: 'P',
        title: 'Det parlamentariska arbetet',
        intro: '',
        overallGoal: {
          text: 'Över 10 % i regionvalet',
          targets: [
            {
              id: 'P.M1',
              source: 'P',
              text: 'över 10% i valresultat',
              kind: 'share',
              percent: 10,
              election: 'regionvalet 2026',
            },
          ],
        },
        subgoals: [
          {
            id: 'P1',
            number: 1,
            title: 'Synas på flera fronter',
            description: '',
            owner: 'DS',
            activities: [{ id: 'P1.1', text: 'stödja regionens förtroendevalda', owner: '' }],
            targets: [],
          },
          {
            id: 'P3',
            number: 3,
            title: 'Över 8 % i EU-valet',
            description: '',
            owner: 'DS',
            activities: [
              { id: 'P3.1', text: 'ta det samordnade ansvaret', owner: '' },
              { id: 'P3.2', text: 'jobba för att varje partiförening utser en valledare', owner: '' },
            ],
            targets: [
              {
                id: 'P3.M1',
                source: 'P3',
                text: 'över 8% i valresultat',
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
          },
        ],
      },
      {
        id: 'U',
        title: 'Det utomparlamentariska arbetet',
        intro: '',
        overallGoal: { text: 'Byta regering', targets: [] },
        subgoals: [
          {
            id: 'U3',
            number: 3,
            title: 'Cirka 15 debattartiklar',
            description: '',
            owner: '',
            activities: [{ id: 'U3.1', text: '=HYPERLINK("http://evil")', owner: 'Distriktsstyrelsen' }],
            targets: [
              {
                id: 'U3.M1',
                source: 'U3',
                text: 'cirka 15 debattartiklar',
                kind: 'count',
                target: 15,
                unit: 'debattartiklar',
                approximate: true,
              },
            ],
          },
          {
            id: 'U5',
            number: 5,
            title: 'Prioriterade områden',
            description: '',
            owner: '',
            activities: [{ id: 'U5.1', text: 'en utbildning inom respektive område', owner: '' }],
            targets: [
              {
                id: 'U5.M1',
                source: 'U5',
                text: 'Facklig politisk, Feministisk',
                kind: 'categories',
                categories: ['Facklig politisk', 'Feministisk'],
              },
              {
                id: 'U5.M2',
                source: 'U5',
                text: 'studieansvarig',
                kind: 'coverage',
                roles: ['studieansvarig', 'valledare'],
              },
            ],
          },
        ],
      },
    ],
  };
}
