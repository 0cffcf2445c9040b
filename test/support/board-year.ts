// A district board's year in the seed register, typed and logged as the board and members would: a few actions,
// activities marked done and struck with a comment, two partiföreningar, the EU result and two follower counts.
import type { Action } from '../../shared/model/action.ts';
import { type AddOn, logActions, type, typeRow, withSeed } from './add-on.ts';
import { makeAction } from './report-fixtures.ts';

/** Members' actions: four debate articles (one Feministisk), two chair meetings, one training (Facklig politisk). */
export const BOARD_YEAR_ACTIONS: readonly Action[] = [
  makeAction({ at: '2024-02-10T10:00:00Z', subgoal: 'U3', kind: 'article.published', branch: 'Sundsvall' }),
  makeAction({
    at: '2024-03-12T10:00:00Z',
    subgoal: 'U3',
    kind: 'article.published',
    category: 'Feministisk',
    branch: 'Sundsvall',
  }),
  makeAction({
    at: '2024-05-02T10:00:00Z',
    subgoal: 'U3',
    kind: 'article.published',
    quantity: 2,
    branch: 'Härnösand',
  }),
  makeAction({
    at: '2024-02-20T18:00:00Z',
    subgoal: 'U2',
    activity: 'U2.1',
    kind: 'meeting.held',
    branch: 'Sundsvall',
  }),
  makeAction({
    at: '2024-05-20T18:00:00Z',
    subgoal: 'U2',
    activity: 'U2.1',
    kind: 'meeting.held',
    branch: 'Sundsvall',
  }),
  makeAction({
    at: '2024-04-10T18:00:00Z',
    subgoal: 'U5',
    activity: 'U5.2',
    kind: 'education.held',
    category: 'Facklig politisk',
    branch: 'Härnösand',
  }),
];

/** The seed register after the board's year: what the verksamhetsberättelse and the overview are written from. */
export async function boardYear(): Promise<AddOn> {
  const addOn = await withSeed();
  logActions(addOn, BOARD_YEAR_ACTIONS);
  // Aktiviteter, as the board follows them up: P1.1 done, P1.3 struck with a comment, U2.3 under way with a deadline.
  type(addOn, "'Aktiviteter'!E2", 'Klar');
  type(addOn, "'Aktiviteter'!E4", 'Struken');
  type(addOn, "'Aktiviteter'!H4", 'Kampanjen ställdes in centralt');
  type(addOn, "'Aktiviteter'!E21", 'Pågår');
  type(addOn, "'Aktiviteter'!F21", '2024-10-15');
  // Mål: the board's comment on U3.M1 (cirka 15 debattartiklar).
  type(addOn, "'Mål'!L9", 'Flera artiklar refuserades under valrörelsen');
  typeRow(addOn, 'Partiföreningar', 2, ['Sundsvall', '', 'Kim', 'V Sundsvall', 'Bo', 'Cia']);
  typeRow(addOn, 'Partiföreningar', 3, ['Härnösand', '', '', '', '', 'Dan']);
  typeRow(addOn, 'Mätvärden', 2, ['2024-06-09', 'P3.M1', '8,4', 'EU-valet']);
  typeRow(addOn, 'Mätvärden', 3, ['2024-01-05', 'P1.4.M1', '1200', 'Facebooksidan']);
  typeRow(addOn, 'Mätvärden', 4, ['2024-11-30', 'P1.4.M1', '1350', 'Facebooksidan']);
  return addOn;
}
