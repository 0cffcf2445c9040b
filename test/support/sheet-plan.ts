// A small plan for the row-logic tests, written like the seed and read by the parser: two areas, four delmål, a
// vote share, a count, coverage, categories and an activity that looks like a formula.
import type { Plan } from '../../shared/model/plan.ts';
import { planFromText } from './plan-text.ts';

const SMALL_PLAN_TEXT = `Verksamhetsplan för Vänsterpartiet Västernorrland 2024

Det parlamentariska arbetet

Övergripande mål: Över 10 % i regionvalet 2026

Delmål 1: Synas på flera fronter
Aktiviteter: Under verksamhetsåret ska DS:
· stödja regionens förtroendevalda

Delmål 3: Över 8 % i EU-valet 2024
Aktiviteter: Under verksamhetsåret ska DS:
· ta det samordnade ansvaret
· jobba för att varje partiförening utser en valledare

Det utomparlamentariska arbetet

Övergripande mål: Byta regering

Delmål 3: Cirka 15 debattartiklar
Aktiviteter: Distriktsstyrelsen ska:
· =HYPERLINK("http://evil")

Delmål 5: Prioriterade områden: ”Facklig politisk” och ”Feministisk”
Varje partiförening ska ha en studieansvarig och en valledare.
Aktiviteter:
· en utbildning inom respektive område
`;

/** A fresh copy on every call, so a test may change it. */
export function smallPlan(): Plan {
  return planFromText(SMALL_PLAN_TEXT);
}
