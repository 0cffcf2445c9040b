// A small hand-made plan for the pure web app tests: two delmål, activities, and a categories target.
import type { Plan } from '../../shared/model/plan.ts';

export const SMALL_PLAN: Plan = {
  title: 'Verksamhetsplan för testdistriktet 2024',
  organisation: 'Testdistriktet',
  year: 2024,
  intro: '',
  areas: [
    {
      id: 'U',
      title: 'Det utomparlamentariska arbetet',
      intro: '',
      overallGoal: { text: 'Vi ska växa', targets: [] },
      subgoals: [
        {
          id: 'U3',
          number: 3,
          title: 'Cirka 15 debattartiklar publicerade',
          description: '',
          owner: '',
          activities: [{ id: 'U3.1', text: 'Skriva debattartiklar', owner: '' }],
          targets: [],
        },
        {
          id: 'U5',
          number: 5,
          title: 'Prioritera områdena',
          description: '',
          owner: '',
          activities: [
            { id: 'U5.1', text: 'Utse ansvariga', owner: '' },
            { id: 'U5.2', text: 'Anordna utbildning', owner: '' },
          ],
          targets: [
            {
              id: 'U5.M1',
              source: 'U5',
              text: '”Facklig politisk” ”Feministisk”',
              kind: 'categories',
              categories: ['Facklig politisk', 'Feministisk'],
            },
          ],
        },
      ],
    },
  ],
};
