// Parser figures: the seed plan, a generated 2,000-delmål plan, and a plan of 100 lines of 99,000 characters.
import { generatePlanText } from '../../shared/parse/generate.ts';
import { parsePlan } from '../../shared/parse/index.ts';
import { SEED_TEXT } from '../support/seed.ts';
import { type Figure, medianMs } from './measure.ts';

const LONG_LINE_LENGTH = 99_000;
const LONG_LINES = 100;
const NUMBERS_AND_WORDS = ['15', 'debattartiklar', 'och', 'minst', '3', 'möten', 'i', 'månaden', '12', '%', 'varje'];

/** A plan whose activities are lines of 99,000 characters full of numbers, as a flattened table pasted as text. */
function longLinePlan(): string {
  let line = '';
  for (let index = 0; line.length < LONG_LINE_LENGTH; index++) {
    line += `${NUMBERS_AND_WORDS[(index * 7) % NUMBERS_AND_WORDS.length]} `;
  }
  const activity = `· ${line.slice(0, LONG_LINE_LENGTH - 2)}`;
  const head = ['Verksamhetsplan 2024', '', 'Området', '', 'Övergripande mål: A', '', 'Delmål 1: B', 'Aktiviteter:'];
  return [...head, ...Array.from({ length: LONG_LINES }, () => activity)].join('\n');
}

export async function bench(): Promise<Figure[]> {
  const large = generatePlanText(2000);
  const long = longLinePlan();
  return [
    { name: 'parse seed plan', value: medianMs(50, () => parsePlan(SEED_TEXT)), unit: 'ms', budget: '< 100 ms' },
    {
      name: 'parse generated 2,000-delmål plan',
      value: medianMs(9, () => parsePlan(large)),
      unit: 'ms',
      budget: '< 100 ms',
    },
    {
      name: 'parse plan of 100 lines of 99,000 characters',
      value: medianMs(9, () => parsePlan(long)),
      unit: 'ms',
      budget: '< 100 ms',
    },
  ];
}
