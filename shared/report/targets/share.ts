// Share targets ("över 8 % i EU-valet"): the latest election result the board recorded in Mätvärden.
import { formatNumber } from '../../format.ts';
import { dayToIso } from '../../model/calendar.ts';
import { SHEET_NAMES } from '../../model/sheet-names.ts';
import { type ReportContext, type RowFields, readings } from '../context.ts';
import type { TargetOf } from '../match.ts';

/** Share: the latest recorded result must be over the threshold. */
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
  return {
    value: latest.value,
    expected: target.percent,
    percent: (latest.value / target.percent) * 100,
    status: latest.value > target.percent ? 'done' : 'not_met',
    result: `${formatNumber(latest.value)} %`,
    detail: `Utfall ${formatNumber(latest.value)} % (${dayToIso(latest.day)}) mot målet över ${formatNumber(target.percent)} % i ${target.election}.`,
  };
}
