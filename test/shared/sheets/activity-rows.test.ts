// Aktiviteter rows as the reports count them: the dropdown's status words and the deadline the board set.
import { describe, expect, it } from 'vitest';
import { readActivityStates } from '../../../shared/sheets/activity-rows.ts';

const dayOf = (instant: Date) => instant.toISOString().slice(0, 10);

describe('activity states', () => {
  it('reads each status word, English too, and the deadline as a day; anything else has not started', () => {
    const rows = [
      ['U2.1', 'U2', 'ordförandemöte', 'Kim', 'Klar', '', '', ''],
      ['U2.2', 'U2', 'ansvarig', '', 'pågår', new Date('2024-04-30T00:00:00Z'), '', ''],
      ['U2.3', 'U2', 'höstkonferens', '', 'Dropped', '2024-10-01', '', ''],
      ['U2.4', 'U2', 'sammanträden', '', '', 'snart', '', ''],
      ['', 'U2', 'rad utan id', '', 'Klar', '', '', ''],
    ];
    expect(readActivityStates(rows, dayOf)).toEqual([
      { id: 'U2.1', status: 'done' },
      { id: 'U2.2', status: 'in_progress', deadline: '2024-04-30' },
      { id: 'U2.3', status: 'dropped', deadline: '2024-10-01' },
      { id: 'U2.4', status: 'not_started' },
    ]);
  });
});
