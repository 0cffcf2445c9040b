// Trend targets ("öka antalet följare", "öka medlemsantalet med 5 %"): the first and the latest value the board
// recorded in Mätvärden.
import { formatNumber } from '../../format.ts';
import { dayToIso } from '../../model/calendar.ts';
import { SHEET_NAMES } from '../../model/sheet-names.ts';
import { type ReportContext, type RowFields, readings } from '../context.ts';
import type { TargetOf } from '../match.ts';

/** A trend is done once the value moved the planned way, by the planned amount when the plan names one. */
function trendDone(target: TargetOf<'trend'>, first: number, change: number): boolean {
  const moved = target.direction === 'up' ? change : -change;
  if (!target.by) return moved > 0;
  const needed = target.by.percent ? (Math.abs(first) * target.by.amount) / 100 : target.by.amount;
  return moved > 0 && moved >= needed;
}

/** Trend: compares the first and the latest recorded value. */
export function trendFields(context: ReportContext, target: TargetOf<'trend'>): RowFields {
  const values = readings(context, target);
  const first = values[0];
  const latest = values[values.length - 1];
  if (!first || !latest) {
    return {
      value: null,
      expected: null,
      percent: null,
      status: 'no_data',
      result: '',
      detail: `Inga värden registrerade för ${target.metric}: för in dem i bladet ${SHEET_NAMES.recorded} med Mål-ID ${target.id}.`,
    };
  }
  if (values.length === 1) {
    return {
      value: first.value,
      expected: null,
      percent: null,
      status: 'open',
      result: `${formatNumber(first.value)} (${dayToIso(first.day)})`,
      detail: `${formatNumber(first.value)} ${target.metric} (${dayToIso(first.day)}); ett värde till behövs för att se förändringen.`,
    };
  }
  const change = latest.value - first.value;
  const done = trendDone(target, first.value, change);
  const signed = `${change > 0 ? '+' : ''}${formatNumber(change)}`;
  return {
    value: latest.value,
    expected: null,
    percent: done ? 100 : 0,
    status: done ? 'done' : context.yearOver ? 'not_met' : 'behind',
    result: `${formatNumber(latest.value)} (${signed} sedan ${dayToIso(first.day)})`,
    detail: `${target.metric}: från ${formatNumber(first.value)} (${dayToIso(first.day)}) till ${formatNumber(latest.value)} (${dayToIso(latest.day)}), ${signed}.`,
    trend: {
      first: first.value,
      firstAt: dayToIso(first.day),
      latest: latest.value,
      latestAt: dayToIso(latest.day),
      change,
    },
  };
}
