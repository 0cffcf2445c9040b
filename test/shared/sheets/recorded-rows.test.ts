// Mätvärden rows → recorded values for share and trend targets; incomplete rows are reported by sheet row.
import { describe, expect, it } from 'vitest';
import { readRecorded } from '../../../shared/sheets/recorded-rows.ts';

describe('Mätvärden', () => {
  it('reads complete rows and reports incomplete ones', () => {
    const { values, invalid } = readRecorded(
      [
        [new Date('2024-06-09T12:00:00Z'), 'P3.M1', 7.9, 'EU-valet'],
        ['2024-03-01', 'P.M1', '8,5', ''],
        ['', '', '', ''],
        ['2024-04-01', 'U1.M1', 'många', ''],
        ['2024-05-01', '', 3, ''],
      ],
      2,
    );
    expect(values).toEqual([
      { targetId: 'P3.M1', at: '2024-06-09T12:00:00.000Z', value: 7.9 },
      { targetId: 'P.M1', at: '2024-03-01T12:00:00.000Z', value: 8.5 },
    ]);
    expect(invalid).toEqual([5, 6]);
  });
});
