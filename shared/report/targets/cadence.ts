// Cadence targets ("minst ett ordförandemöte i kvartalet"): one tick per period of the year, met, missed or open.
import { joinSwedish } from '../../format.ts';
import { dayToIso, periodSpans } from '../../model/calendar.ts';
import type { TargetStatus } from '../../model/target-status.ts';
import type { PeriodState, PeriodTick, ReportContext, RowFields } from '../context.ts';
import { matchingActions, type TargetOf, type TargetPlace } from '../match.ts';

const PERIOD_WORDS: Record<TargetOf<'cadence'>['per'], string> = {
  week: 'vecka',
  month: 'månad',
  quarter: 'kvartal',
  term: 'termin',
  year: 'år',
};

function cadenceTicks(context: ReportContext, place: TargetPlace, target: TargetOf<'cadence'>): PeriodTick[] {
  const spans = periodSpans(context.plan.year, target.per);
  const periodOfDay = new Int32Array(context.daysInYear);
  spans.forEach((span, index) => {
    periodOfDay.fill(index, span.first - context.year.first, span.last - context.year.first + 1);
  });
  const values = spans.map(() => 0);
  for (const { action, day } of matchingActions(context.index, place)) {
    const period = periodOfDay[day - context.year.first] ?? 0;
    values[period] = (values[period] ?? 0) + action.quantity;
  }
  return spans.map((span, index) => {
    const value = values[index] ?? 0;
    const state: PeriodState = value >= target.min ? 'met' : span.last < context.closedBefore ? 'missed' : 'open';
    return {
      label: span.label,
      first: dayToIso(span.first),
      last: dayToIso(span.last),
      value,
      min: target.min,
      state,
      started: span.first <= context.asOfDay,
    };
  });
}

/** Cadence: one tick per period; behind as soon as a period has ended without the minimum. */
export function cadenceFields(context: ReportContext, place: TargetPlace, target: TargetOf<'cadence'>): RowFields {
  const periods = cadenceTicks(context, place, target);
  const met = periods.filter((tick) => tick.state === 'met').length;
  const missed = periods.filter((tick) => tick.state === 'missed');
  const closedBefore = dayToIso(context.closedBefore);
  const closed = periods.filter((tick) => tick.last < closedBefore).length;
  const status: TargetStatus =
    met === periods.length ? 'done' : missed.length > 0 ? (context.yearOver ? 'not_met' : 'behind') : 'on_track';
  const missedText = missed.length > 0 ? `; missat: ${joinSwedish(missed.map((tick) => tick.label))}` : '';
  return {
    value: met,
    expected: closed,
    percent: (met / periods.length) * 100,
    status,
    detail: `Minst ${target.min} ${target.unit} per ${PERIOD_WORDS[target.per]}: ${met} av ${periods.length} uppfyllda${missedText}.`,
    periods,
  };
}
