// Level targets: a value to reach or hold by the end of the plan year, recorded by hand.
import { describe, expect, it } from 'vitest';
import { readings, titleTargets } from '../helpers.ts';

describe('level targets', () => {
  it('reads a stock at a point in time, after "vara"/"ha", and a trend raised to a value', () => {
    expect(readings(titleTargets('Nå 31 500 medlemmar i regionen vid årets slut'))).toEqual([
      { kind: 'level', target: 31500, unit: 'medlemmar', percent: false },
    ]);
    expect(readings(titleTargets('Vid årets slut ska vi vara minst 260 medlemmar'))).toEqual([
      { kind: 'level', target: 260, unit: 'medlemmar', percent: false, bound: 'minst' },
    ]);
    expect(readings(titleTargets('Öka antalet medlemmar till 420'))).toEqual([
      { kind: 'level', target: 420, unit: 'medlemmar', percent: false },
    ]);
    expect(readings(titleTargets('Antalet medlemmar ska öka till 1 200'))).toEqual([
      { kind: 'level', target: 1200, unit: 'medlemmar', percent: false },
    ]);
    expect(readings(titleTargets('Vi ska ha 400 medlemmar vid årets slut'))).toEqual([
      { kind: 'level', target: 400, unit: 'medlemmar', percent: false },
    ]);
  });

  it('reads a percentage with what it measures: after it, given for it, or as the subject', () => {
    expect(readings(titleTargets('Minst 75 % organisationsgrad på arbetsplatserna vid årets slut'))).toEqual([
      { kind: 'level', target: 75, unit: 'organisationsgrad', percent: true, bound: 'minst' },
    ]);
    expect(readings(titleTargets('Vi ska nå en organisationsgrad på minst 70 procent vid årets slut'))).toEqual([
      { kind: 'level', target: 70, unit: 'organisationsgrad', percent: true, bound: 'minst' },
    ]);
    expect(readings(titleTargets('Organisationsgraden ska vara över 80 procent vid årets slut'))).toEqual([
      { kind: 'level', target: 80, unit: 'organisationsgrad', percent: true, bound: 'över' },
    ]);
  });

  it('reads the value an amount subject should stand at, a one-word amount in its base form', () => {
    expect(readings(titleTargets('Antalet medlemmar ska uppgå till 900 vid årets slut'))).toEqual([
      { kind: 'level', target: 900, unit: 'medlemmar', percent: false },
    ]);
    expect(readings(titleTargets('Medlemsantalet ska vara 300 vid årets slut'))).toEqual([
      { kind: 'level', target: 300, unit: 'medlemsantal', percent: false },
    ]);
    expect(readings(titleTargets('Organisationsgraden ska öka till 70 procent'))).toEqual([
      { kind: 'level', target: 70, unit: 'organisationsgrad', percent: true },
    ]);
    const [held] = titleTargets('Organisationsgraden ska ligga på minst 80 procent');
    expect(held).toMatchObject({ kind: 'level', target: 80, unit: 'organisationsgrad', percent: true, bound: 'minst' });
    expect(held?.text).toBe('Organisationsgraden ska ligga på minst 80 procent');
  });

  it('is unsure of a level the plan gives no point in time', () => {
    const [target] = titleTargets('Vi ska ha 120 medlemmar i kretsen');
    expect(target).toMatchObject({ kind: 'level', target: 120 });
    expect(target?.unsure).toBe('Planen säger inte när värdet ska nås; Målkoll räknar med planårets slut.');
    expect(titleTargets('Nå 31 500 medlemmar vid årets slut')[0]?.unsure).toBeUndefined();
  });

  it('leaves recruits, facts, seat-less amounts and other counts to the count reader', () => {
    expect(readings(titleTargets('Vi ska värva 30 nya medlemmar vid årets slut'))).toEqual([
      { kind: 'count', target: 30, unit: 'nya medlemmar', approximate: false },
    ]);
    expect(titleTargets('Distriktet har idag drygt 6 000 medlemmar')).toEqual([]);
    expect(readings(titleTargets('Vi ska hålla fyra medlemsmöten'))).toEqual([
      { kind: 'count', target: 4, unit: 'medlemsmöten', approximate: false },
    ]);
  });
});
