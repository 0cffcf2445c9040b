// A board's year in the seed register, as the command tests set it up: logged articles and meetings, two branches,
// an EU result; and the charts on a report sheet as the board sees them.
import type { Action } from '../../shared/model/action.ts';
import { type AddOn, logActions, shown, type, typeRow, withSeed } from './add-on.ts';

let counter = 0;
export function action(fields: Partial<Action> & Pick<Action, 'at' | 'subgoal' | 'kind'>): Action {
  counter += 1;
  return {
    id: `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`,
    quantity: 1,
    member: 'Ada',
    branch: 'Sundsvall',
    ...fields,
  };
}

/** The seed plan with four debate articles, two chair meetings, a recorded EU result and two partiföreningar. */
export async function boardYear(): Promise<AddOn> {
  const addOn = await withSeed();
  logActions(addOn, [
    action({ at: '2024-02-10T10:00:00Z', subgoal: 'U3', kind: 'article.published' }),
    action({ at: '2024-03-12T10:00:00Z', subgoal: 'U3', kind: 'article.published', category: 'Feministisk' }),
    action({ at: '2024-05-02T10:00:00Z', subgoal: 'U3', kind: 'article.published', quantity: 2, branch: 'Härnösand' }),
    action({ at: '2024-02-20T18:00:00Z', subgoal: 'U2', activity: 'U2.1', kind: 'meeting.held' }),
    action({ at: '2024-05-20T18:00:00Z', subgoal: 'U2', activity: 'U2.1', kind: 'meeting.held' }),
  ]);
  typeRow(addOn, 'Partiföreningar', 2, ['Sundsvall', '', 'Kim']);
  typeRow(addOn, 'Partiföreningar', 3, ['Härnösand']);
  typeRow(addOn, 'Mätvärden', 2, ['2024-06-09', 'P3.M1', '8,4', 'EU-valet']);
  return addOn;
}

export type ChartSeen = { type: string; options: Record<string, unknown>; data: string[][] };

/** The charts on a report sheet with their options and the cells each one draws, as they show. */
export function charts(addOn: AddOn, sheetName: string): ChartSeen[] {
  const sheet = addOn.runtime.workbook.sheetByName(sheetName);
  const cells = shown(addOn, sheetName);
  return (sheet?.charts ?? []).map((chart) => {
    const [range] = chart.ranges;
    const data = range
      ? cells
          .slice(range.row - 1, range.row - 1 + range.numRows)
          .map((row) => row.slice(range.column - 1, range.column - 1 + range.numColumns))
      : [];
    return { type: chart.chartType, options: chart.options, data };
  });
}

/**
 * The same year followed up as the board does before the årsmöte: a training in Facklig politisk, Aktiviteter marked
 * (P1.1 done, P1.3 struck with a comment, U2.3 under way with a deadline), a comment on U3.M1 in Mål, and two follower
 * counts in Mätvärden. What the verksamhetsberättelse and the overview are written from.
 */
export async function followedUpYear(): Promise<AddOn> {
  const addOn = await boardYear();
  logActions(addOn, [
    action({
      at: '2024-04-10T18:00:00Z',
      subgoal: 'U5',
      activity: 'U5.2',
      kind: 'education.held',
      category: 'Facklig politisk',
      branch: 'Härnösand',
    }),
  ]);
  type(addOn, "'Aktiviteter'!E2", 'Klar');
  type(addOn, "'Aktiviteter'!E4", 'Struken');
  type(addOn, "'Aktiviteter'!H4", 'Kampanjen ställdes in centralt');
  type(addOn, "'Aktiviteter'!E21", 'Pågår');
  type(addOn, "'Aktiviteter'!F21", '2024-10-15');
  // Mål row 9 is U3.M1 (cirka 15 debattartiklar); L is Kommentar.
  type(addOn, "'Mål'!L9", 'Flera artiklar refuserades under valrörelsen');
  typeRow(addOn, 'Mätvärden', 3, ['2024-01-05', 'P1.4.M1', '1200', 'Facebooksidan']);
  typeRow(addOn, 'Mätvärden', 4, ['2024-11-30', 'P1.4.M1', '1350', 'Facebooksidan']);
  return addOn;
}
