// Share targets ("över 8 % i EU-valet", "minst 30 procent i kommunvalet"): the latest election result the board
// recorded in Mätvärden.
import { formatNumber } from '../../format.ts';
import { dayToIso } from '../../model/calendar.ts';
import { targetBound } from '../../model/describe.ts';
import { SHEET_NAMES } from '../../model/sheet-names.ts';
import { type ReportContext, type RowFields, reaches, readings } from '../context.ts';
import type { TargetOf } from '../match.ts';

/** Share: the latest recorded result must reach the threshold ("minst") or pass it ("över"). */
export function shareFields(context: ReportContext, target: TargetOf<'share'>): RowFields {
  const recorded = readings(context, target);
  const latest = recorded[recorded.length - 1];
  if (!latest) {
    return {
      value: null,
      expected: target.percent,
      percent: null,
      status: 'no_data',
      result: '',
      detail: `Inget utfall registrerat för ${target.election}: för in valresultatet i bladet ${SHEET_NAMES.recorded} med Mål-ID ${target.id}.`,
    };
  }
  const bound = targetBound(target) ?? 'över';
  return {
    value: latest.value,
    expected: target.percent,
    percent: (latest.value / target.percent) * 100,
    status: reaches(latest.value, target.percent, bound) ? 'done' : 'not_met',
    result: `${formatNumber(latest.value)} %`,
    detail: `Utfall ${formatNumber(latest.value)} % (${dayToIso(latest.day)}) mot målet ${bound} ${formatNumber(target.percent)} % i ${target.election}.`,
  };
}
