// --today: a clock on another Stockholm day whose time of day runs on.
import { describe, expect, it, vi } from 'vitest';
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

  it('lands on the day given at any hour, across summer time', () => {
    vi.useFakeTimers();
    try {
      // 23:30 in Stockholm in winter is 00:30 the next day in summer time if only whole days are added.
      vi.setSystemTime(new Date('2026-12-01T22:30:00Z'));
      expect(dayOf(clockOn('2024-06-15'))).toBe('2024-06-15');
      // 00:30 in summer is 23:30 the day before in winter time.
      vi.setSystemTime(new Date('2026-06-30T22:30:00Z'));
      expect(dayOf(clockOn('2024-12-15'))).toBe('2024-12-15');
    } finally {
      vi.useRealTimers();
    }
  });

  it('refuses what is no date, naming the option', () => {
    expect(() => clockOn('2024-02-30')).toThrow('--today ska vara ett datum som ÅÅÅÅ-MM-DD, inte "2024-02-30".');
    expect(() => clockOn('igår', '--as-of')).toThrow('--as-of ska vara ett datum som ÅÅÅÅ-MM-DD, inte "igår".');
  });
});
