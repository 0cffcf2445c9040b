// Mätvärden rows → the recorded results reports use for share and trend targets.
import type { RecordedValue } from '../report/input.ts';
import { RECORDED } from './columns.ts';

/** Complete rows become recorded values; rows missing a date, a target id or a number are returned as invalid. */
export function readRecorded(rows: readonly (readonly unknown[])[], firstRow: number) {
  const values: RecordedValue[] = [];
  const invalid: number[] = [];
  rows.forEach((cells, at) => {
    const parsed = RECORDED.read(cells);
    if (parsed.success && parsed.data.at && parsed.data.targetId && parsed.data.value !== null) {
      values.push({ targetId: parsed.data.targetId, at: parsed.data.at.toISOString(), value: parsed.data.value });
    } else if (!cells.every((cell) => cell === '' || cell === null || cell === undefined)) {
      invalid.push(firstRow + at);
    }
  });
  return { values, invalid };
}
