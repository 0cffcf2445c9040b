// `--today` for `malkoll serve` and the CLI: the local runtime's clock moved to another day (the time of day runs on),
// so the whole product runs as on that day. Both the add-on and the web app read dates through the runtime's clock.
import { dayToIso, isoDateToDay, stockholmDay } from '../../shared/model/calendar.ts';
import { UsageError } from './usage-error.ts';

const MS_PER_DAY = 86_400_000;
const MS_PER_HOUR = 3_600_000;

/** A clock on `day` (YYYY-MM-DD, Stockholm) from now on; a usage error when `day` is no date. */
export function clockOn(day: string, flag = '--today'): () => number {
  const target = isoDateToDay(day);
  if (Number.isNaN(target)) throw new UsageError([`${flag} ska vara ett datum som ÅÅÅÅ-MM-DD, inte "${day}".`]);
  const now = Date.now();
  let shifted = now + (target - stockholmDay(now)) * MS_PER_DAY;
  // Whole days apart, one side may be in summer time and the other not: late in the evening (or just after midnight)
  // the same UTC time is then on the next (or the previous) Stockholm day. An hour's step puts it on the day given.
  if (stockholmDay(shifted) > target) shifted -= MS_PER_HOUR;
  else if (stockholmDay(shifted) < target) shifted += MS_PER_HOUR;
  const offset = shifted - now;
  return () => Date.now() + offset;
}

/** The Stockholm day a clock reads now. */
export function dayOf(now: () => number): string {
  return dayToIso(stockholmDay(now()));
}
