// Amounts due by each person or unit on their own ("Varje fullmäktigeledamot ska hålla ett öppet möte per termin"):
// never summed over the organisation, so one busy member cannot meet a target meant for each of them.
import { formatCount, formatNumber, joinSwedish } from '../../format.ts';
import { describeTarget } from '../../model/describe.ts';
import { completionStatus, type ReportContext, type RowFields } from '../context.ts';
import { type DatedAction, matchingActions, sumQuantity, type TargetOf, type TargetPlace } from '../match.ts';
import { cadenceTicks } from './cadence.ts';

type EachTarget = TargetOf<'count' | 'cadence'> & { each: NonNullable<TargetOf<'count'>['each']> };

/**
 * Actions are grouped by the member who logged them, or by their partiförening for a unit of the organisation; the
 * row counts those that have met the amount (no period missed so far, for a cadence). Units are judged against the
 * register's partiföreningar; people have no roster, so their row stays open.
 */
export function eachFields(context: ReportContext, place: TargetPlace, target: EachTarget): RowFields {
  const { each } = target;
  const groups = new Map<string, DatedAction[]>();
  for (const dated of matchingActions(context.index, place)) {
    const key = each.kind === 'branch' ? (dated.action.branch ?? '') : dated.action.member;
    if (key === '') continue;
    const group = groups.get(key);
    if (group) group.push(dated);
    else groups.set(key, [dated]);
  }
  const met = [...groups]
    .filter(([, actions]) =>
      target.kind === 'count'
        ? sumQuantity(actions) >= target.target
        : !cadenceTicks(context, actions, target).some((tick) => tick.state === 'missed'),
    )
    .map(([name]) => name)
    .sort();
  const roster = each.kind === 'branch' && context.branches.length > 0 ? context.branches.length : undefined;
  const names = met.length > 0 ? ` (${joinSwedish(met)})` : '';
  return {
    value: met.length,
    expected: roster ?? null,
    percent: roster ? (met.length / roster) * 100 : null,
    status: roster ? completionStatus(context, met.length, roster) : groups.size === 0 ? 'no_data' : 'open',
    result: roster
      ? `${formatNumber(met.length)} av ${formatCount(roster, 'partiförening', 'partiföreningar')}`
      : `${formatNumber(met.length)} har nått det`,
    detail: `Gäller varje ${each.unit} för sig: ${met.length}${roster ? ` av ${roster}` : ''} har nått ${describeTarget({ ...target, each: undefined })}${names}.`,
  };
}
