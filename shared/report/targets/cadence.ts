// Cadence targets ("minst ett ordförandemöte i kvartalet"): one tick per period of the year, met, missed or open.
import { formatNumber, joinSwedish } from '../../format.ts';
import { dayToIso, periodSpans } from '../../model/calendar.ts';
import { periodNoun } from '../../model/describe.ts';
import type { TargetStatus } from '../../model/target-status.ts';
import {
  type Forecast,
  forecasting,
  forecastOf,
  type PeriodState,
  type PeriodTick,
  type ReportContext,
  type RowFields,
} from '../context.ts';
import { matchingActions, type TargetOf, type TargetPlace } from '../match.ts';

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

/**
 * At the pace so far: the periods met, plus the periods still to come (the current one if not yet met) met as often
 * as the ended ones were. Nothing before the first period has ended.
 */
function cadenceForecast(
  context: ReportContext,
  periods: readonly PeriodTick[],
  closedBefore: string,
  unit: string,
): Forecast | undefined {
  const closed = periods.filter((tick) => tick.last < closedBefore);
  if (closed.length === 0 || !forecasting(context)) return undefined;
  const rate = closed.filter((tick) => tick.state === 'met').length / closed.length;
  const met = periods.filter((tick) => tick.state === 'met').length;
  const toCome = periods.filter((tick) => tick.state === 'open').length;
  return forecastOf(met + toCome * rate, periods.length, unit);
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
  const noun = periodNoun(target.per, periods.length === 1 ? 'one' : 'many');
  const forecast = cadenceForecast(context, periods, closedBefore, noun);
  return {
    value: met,
    expected: closed,
    percent: (met / periods.length) * 100,
    status,
    result: `${formatNumber(met)} av ${formatNumber(periods.length)} ${noun}`,
    detail: `Minst ${formatNumber(target.min)} ${target.unit} per ${periodNoun(target.per, 'one')}: ${met} av ${periods.length} uppfyllda${missedText}.`,
    ...(forecast ? { forecast } : {}),
    periods,
  };
}
