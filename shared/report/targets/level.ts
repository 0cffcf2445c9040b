// Level targets ("400 medlemmar vid årets slut", "minst 75 % organisationsgrad"): the latest value the board recorded
// in Mätvärden against the value to reach by the end of the plan year.
import { formatNumber } from '../../format.ts';
import { dayToIso } from '../../model/calendar.ts';
import { describeTarget, targetBound } from '../../model/describe.ts';
import { SHEET_NAMES } from '../../model/sheet-names.ts';
import { type ReportContext, type RowFields, reaches, readings } from '../context.ts';
import type { TargetOf } from '../match.ts';

/** Level: done once the latest value reaches the level; until the year is over a value below it is still open. */
export function levelFields(context: ReportContext, target: TargetOf<'level'>): RowFields {
  const recorded = readings(context, target);
  const latest = recorded[recorded.length - 1];
  const goal = describeTarget(target);
  if (!latest) {
    return {
      value: null,
      expected: target.target,
      percent: null,
      status: 'no_data',
      result: '',
      detail: `Inget värde registrerat för ${goal}: för in det i bladet ${SHEET_NAMES.recorded} med Mål-ID ${target.id}.`,
    };
  }
  const done = reaches(latest.value, target.target, targetBound(target) ?? 'minst');
  return {
    value: latest.value,
    expected: target.target,
    percent: (latest.value / target.target) * 100,
    status: done ? 'done' : context.yearOver ? 'not_met' : 'open',
    result: `${formatNumber(latest.value)}${target.percent ? ' %' : ''} ${target.unit}`,
    detail: `${formatNumber(latest.value)}${target.percent ? ' %' : ''} (${dayToIso(latest.day)}) mot målet ${goal}.`,
  };
}
