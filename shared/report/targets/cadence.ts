// Cadence targets ("minst ett ordförandemöte i kvartalet", "ett ordförandemöte varannan månad"): one tick per period
// of the year, met, missed or open.
import { formatNumber, joinSwedish } from '../../format.ts';
import { dayToIso, periodSpans, type Span } from '../../model/calendar.ts';
import { periodNoun, periodWord } from '../../model/describe.ts';
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
import { type DatedAction, matchingActions, type TargetOf, type TargetPlace } from '../match.ts';

/**
 * The periods a cadence is checked in: "varannan månad" joins every two months into one period, "varannan vecka" every
 * two weeks from the year's first (a run left over at the year's end is shorter, and named by its one period).
 */
function cadenceSpans(year: number, target: TargetOf<'cadence'>): Span[] {
  const spans = periodSpans(year, target.per);
  const every = target.every ?? 1;
  if (every === 1) return spans;
  const joined: Span[] = [];
  for (let start = 0; start < spans.length; start += every) {
    const first = spans[start] as Span;
    const last = spans[Math.min(start + every, spans.length) - 1] as Span;
    const label = first === last ? first.label : `${first.label}–${last.label}`;
    joined.push({ label, first: first.first, last: last.last });
  }
  return joined;
}

/** The ticks of `actions` (the target's, or one member's or partiförening's of them) over the cadence's periods. */
export function cadenceTicks(
  context: ReportContext,
  actions: readonly DatedAction[],
  target: TargetOf<'cadence'>,
): PeriodTick[] {
  const spans = cadenceSpans(context.plan.year, target);
  const periodOfDay = new Int32Array(context.daysInYear);
  spans.forEach((span, index) => {
    periodOfDay.fill(index, span.first - context.year.first, span.last - context.year.first + 1);
  });
  const values = spans.map(() => 0);
  for (const { action, day } of actions) {
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
  const periods = cadenceTicks(context, matchingActions(context.index, place), target);
  const met = periods.filter((tick) => tick.state === 'met').length;
  const missed = periods.filter((tick) => tick.state === 'missed');
  const closedBefore = dayToIso(context.closedBefore);
  const closed = periods.filter((tick) => tick.last < closedBefore).length;
  const status: TargetStatus =
    met === periods.length ? 'done' : missed.length > 0 ? (context.yearOver ? 'not_met' : 'behind') : 'on_track';
  const missedText = missed.length > 0 ? `; missat: ${joinSwedish(missed.map((tick) => tick.label))}` : '';
  // "varannan månad" is checked in two-month periods: they are periods, not months.
  const noun = target.every ? 'perioder' : periodNoun(target.per, periods.length === 1 ? 'one' : 'many');
  const forecast = cadenceForecast(context, periods, closedBefore, noun);
  return {
    value: met,
    expected: closed,
    percent: (met / periods.length) * 100,
    status,
    result: `${formatNumber(met)} av ${formatNumber(periods.length)} ${noun}`,
    detail: `Minst ${formatNumber(target.min)} ${target.unit} ${target.every ? periodWord(target.per, 'sv', target.every) : `per ${periodNoun(target.per, 'one')}`}: ${met} av ${periods.length} uppfyllda${missedText}.`,
    ...(forecast ? { forecast } : {}),
    periods,
  };
}
