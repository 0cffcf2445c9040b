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
