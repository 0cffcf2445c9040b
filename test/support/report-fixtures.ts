// The seed plan as the parser reads it, and builders for logged actions and partiföreningar.
import type { Action } from '../../shared/model/action.ts';
import type { Branch } from '../../shared/model/branch.ts';
import type { Plan } from '../../shared/model/plan.ts';
import { parseSeed } from './seed.ts';

/** The real 2024 plan as the parser reads it. */
export const seedPlan: Plan = parseSeed();

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

/** A partiförening with every role the seed plan asks for filled. */
export const SUNDSVALL: Branch = {
  id: 'sundsvall',
  name: 'Sundsvall',
  roles: {
    valledare: 'Anna',
    'zetkin-underorganisation': 'V Sundsvall',
    'zetkin-ansvarig': 'Bo',
    studieansvarig: 'Cia',
  },
};

export function makeBranch(name: string, roles: Record<string, string> = {}): Branch {
  return { id: name.toLowerCase().replace(/\W+/g, '-'), name, roles };
}
