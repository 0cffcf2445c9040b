// --today: a clock on another Stockholm day whose time of day runs on.
import { describe, expect, it } from 'vitest';
import { clockOn, dayOf } from '../../../apps-script/host/clock.ts';

describe('clockOn', () => {
  it('reads the day given and keeps running', async () => {
    const clock = clockOn('2024-06-15');
    expect(dayOf(clock)).toBe('2024-06-15');
    const first = clock();
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(clock()).toBeGreaterThan(first);
    expect(
      Math.abs(clock() - Date.now() - (Date.parse('2024-06-15') - Date.parse(new Date().toISOString().slice(0, 10)))),
    ).toBeLessThan(2 * 86_400_000);
  });

  it('refuses what is no date, naming the option', () => {
    expect(() => clockOn('2024-02-30')).toThrow('--today ska vara ett datum som ÅÅÅÅ-MM-DD, inte "2024-02-30".');
    expect(() => clockOn('igår', '--as-of')).toThrow('--as-of ska vara ett datum som ÅÅÅÅ-MM-DD, inte "igår".');
  });
});
