// Aktiviteter rows as the board leaves them: the dropdown's words in Swedish or English, deadlines as Stockholm days,
// an odd cell never hiding the activity.
import { describe, expect, it } from 'vitest';
import { readActivityRows } from '../../../shared/sheets/activity-rows.ts';

describe('readActivityRows', () => {
  it('reads status, deadline, comment and whether anyone edited the row', () => {
    // A date cell holds midnight Stockholm time: 2024-10-15 00:00 +02:00 is the 14th in UTC.
    const deadline = new Date('2024-10-14T22:00:00Z');
    const rows = readActivityRows([
      [
        'U2.3',
        'U2',
        'Anordna en Höstkonferens',
        'DS',
        'Pågår',
        deadline,
        new Date('2024-05-01T10:00:00Z'),
        'Lokal bokad',
      ],
      ['U2.4', 'U2', 'Uppmuntra ordförande', '', 'Ej påbörjad', '', '', ''],
      ['U3.1', 'U3', 'Debattartiklar', '', 'done', 'nästa vecka', '', ''],
      ['', '', 'rad utan id', '', 'Klar', '', '', ''],
      ['U5.1', 'U5', 'Utse ansvariga', '', 'kanske', '2024-03-01', '', ''],
    ]);
    expect(rows).toEqual([
      {
        id: 'U2.3',
        subgoalId: 'U2',
        text: 'Anordna en Höstkonferens',
        owner: 'DS',
        status: 'in_progress',
        deadline: '2024-10-15',
        touched: true,
        comment: 'Lokal bokad',
      },
      {
        id: 'U2.4',
        subgoalId: 'U2',
        text: 'Uppmuntra ordförande',
        owner: '',
        status: 'not_started',
        deadline: null,
        touched: false,
        comment: '',
      },
      {
        id: 'U3.1',
        subgoalId: 'U3',
        text: 'Debattartiklar',
        owner: '',
        status: 'done',
        deadline: null,
        touched: false,
        comment: '',
      },
      {
        id: 'U5.1',
        subgoalId: 'U5',
        text: 'Utse ansvariga',
        owner: '',
        status: undefined,
        deadline: '2024-03-01',
        touched: false,
        comment: '',
      },
    ]);
  });
});
