// What the register shows for one target, in words for the verksamhetsberättelse: "12 av cirka 15 debattartiklar
// (80 %)", "valledare i 3 av 5 partiföreningar (saknas i Timrå och Ånge)", or "inget registrerat" when nothing was.
import { formatNumber, joinSwedish } from '../format.ts';
import { periodNoun } from '../model/describe.ts';
import type { TargetStatus } from '../model/target-status.ts';
import type { ProgressRow } from './context.ts';
import type { TargetOf } from './match.ts';

export const NOTHING_RECORDED = 'inget registrerat';

/** How the target stands, as a few words after its outcome; nothing for a target nothing was recorded for. */
export const STATUS_WORDS: Record<TargetStatus, string> = {
  done: 'uppnått',
  not_met: 'inte uppnått',
  behind: 'efter takten',
  on_track: 'i fas',
  open: 'pågår',
  no_data: '',
};

const percent = (row: ProgressRow) => (row.percent === null ? '' : ` (${formatNumber(row.percent, 0)} %)`);

function countOutcome(row: ProgressRow, target: TargetOf<'count'>, perCategory: boolean): string {
  if (!row.value) return NOTHING_RECORDED;
  // Per category the row's own words say which categories are done and which are missing.
  if (perCategory) return row.detail.replace(/\.$/, '');
  return `${formatNumber(row.value)} av ${formatNumber(target.target)}${percent(row)}`;
}

function cadenceOutcome(row: ProgressRow, target: TargetOf<'cadence'>): string {
  const periods = row.periods ?? [];
  if (periods.every((tick) => tick.value === 0)) return NOTHING_RECORDED;
  const met = periods.filter((tick) => tick.state === 'met').length;
  const missed = periods.filter((tick) => tick.state === 'missed').map((tick) => tick.label);
  const missedText = missed.length > 0 ? `; inte i ${joinSwedish(missed)}` : '';
  return `minst ${formatNumber(target.min)} ${target.unit} under ${met} av ${periods.length} ${periodNoun(target.per, 'many')}${missedText}`;
}

function coverageOutcome(row: ProgressRow): string {
  const gaps = row.missing ?? [];
  if (gaps.length === 0) return 'inga partiföreningar registrerade';
  if (gaps.every((gap) => gap.filled === 0)) {
    const branches = gaps[0]?.branches ?? 0;
    return branches === 1
      ? `${NOTHING_RECORDED} i distriktets enda partiförening`
      : `${NOTHING_RECORDED} i någon av de ${branches} partiföreningarna`;
  }
  return gaps
    .map((gap) => {
      const missing = gap.missing.length > 0 ? ` (saknas i ${joinSwedish(gap.missing)})` : '';
      const noun = gap.branches === 1 ? 'partiförening' : 'partiföreningar';
      return `${gap.role} i ${gap.filled} av ${gap.branches} ${noun}${missing}`;
    })
    .join('; ');
}

function trendOutcome(row: ProgressRow, target: TargetOf<'trend'>): string {
  if (row.value === null) return NOTHING_RECORDED;
  const trend = row.trend;
  if (!trend) return `${formatNumber(row.value)} ${target.metric}, ett enda värde registrerat`;
  return `från ${formatNumber(trend.first)} (${trend.firstAt}) till ${formatNumber(trend.latest)} (${trend.latestAt})`;
}

function categoriesOutcome(row: ProgressRow): string {
  const matrix = row.matrix;
  if (!matrix || matrix.rows.every((line) => line.counts.every((count) => count === 0))) return NOTHING_RECORDED;
  return matrix.rows
    .map((line) => {
      const done = matrix.columns.flatMap((column, at) => {
        const count = line.counts[at] ?? 0;
        return count > 0 ? [`${column.label.toLowerCase()} ${formatNumber(count)}`] : [];
      });
      return `${line.category}: ${done.length > 0 ? done.join(', ') : NOTHING_RECORDED}`;
    })
    .join('; ');
}

function levelOutcome(row: ProgressRow, target: TargetOf<'level'>): string {
  if (row.value === null) return NOTHING_RECORDED;
  return `${formatNumber(row.value)}${target.percent ? ' %' : ` ${target.unit}`}`;
}

/** The register's figures for the target of `row`; `perCategory` for a count due in each of a delmål's categories. */
export function targetOutcome(row: ProgressRow, perCategory: boolean): string {
  const target = row.target;
  if (!target) return row.value ? `${formatNumber(row.value)} registrerat` : NOTHING_RECORDED;
  // An amount due by each person or unit on their own: the row's words say how many have reached it, and who.
  if ((target.kind === 'count' || target.kind === 'cadence') && target.each) {
    return row.status === 'no_data' || !row.value ? NOTHING_RECORDED : row.detail.replace(/\.$/, '');
  }
  switch (target.kind) {
    case 'count':
      return countOutcome(row, target, perCategory);
    case 'cadence':
      return cadenceOutcome(row, target);
    case 'coverage':
      return coverageOutcome(row);
    case 'share':
      return row.value === null ? NOTHING_RECORDED : `${formatNumber(row.value)} %`;
    case 'trend':
      return trendOutcome(row, target);
    case 'level':
      return levelOutcome(row, target);
    case 'categories':
      return categoriesOutcome(row);
  }
}
