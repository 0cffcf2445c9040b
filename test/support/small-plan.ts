// A small plan for the pure web app tests, written like the seed and read by the parser: two delmål with activities,
// a count and a categories target.
import type { Plan } from '../../shared/model/plan.ts';
import { planFromText } from './plan-text.ts';

const SMALL_PLAN_TEXT = `Verksamhetsplan för Testdistriktet 2024

Det utomparlamentariska arbetet

Övergripande mål: Vi ska växa

Delmål 3: Cirka 15 debattartiklar publicerade
Aktiviteter:
· Skriva debattartiklar

Delmål 5: Prioritera områdena ”Facklig politisk” ”Feministisk”
Aktiviteter:
· Utse ansvariga
· Anordna utbildning
`;

export const SMALL_PLAN: Plan = planFromText(SMALL_PLAN_TEXT);

/** An action a client may send for SMALL_PLAN: a training in U5's second activity, in one of its categories. */
export const SMALL_PLAN_ACTION = {
  id: '3b241101-e2bb-4255-8caa-4a9b5c1f2c3d',
  at: '2024-04-30T18:00:00+02:00',
  subgoal: 'U5',
  activity: 'U5.2',
  kind: 'education.held',
  quantity: 1,
  category: 'Feministisk',
  note: 'Studiecirkel',
};
