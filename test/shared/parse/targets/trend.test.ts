// Trends with how much ("med 5 %"), with the amount before the verb, in the definite plural, and compared with today.
import { describe, expect, it } from 'vitest';
import { readings, titleTargets } from '../helpers.ts';

describe('trend targets', () => {
  it('reads a magnitude in percent or in the metric’s own unit', () => {
    expect(readings(titleTargets('Öka medlemsantalet med 5 %'))).toEqual([
      { kind: 'trend', direction: 'up', metric: 'medlemsantalet', by: { amount: 5, percent: true } },
    ]);
    expect(readings(titleTargets('medlemsantalet ska öka med 3 procent'))).toEqual([
      { kind: 'trend', direction: 'up', metric: 'medlemsantalet', by: { amount: 3, percent: true } },
    ]);
    expect(readings(titleTargets('Öka antalet prenumeranter på nyhetsbrevet med 200'))).toEqual([
      { kind: 'trend', direction: 'up', metric: 'prenumeranter på nyhetsbrevet', by: { amount: 200, percent: false } },
    ]);
  });

  it('reads platforms joined by "och", people in the definite plural and a comparison with today', () => {
    expect(readings(titleTargets('Öka antalet följare på TikTok och Instagram'))).toEqual([
      { kind: 'trend', direction: 'up', metric: 'följare på TikTok och Instagram' },
    ]);
    expect(readings(titleTargets('Öka följarna på Instagram genom korta klipp'))).toEqual([
      { kind: 'trend', direction: 'up', metric: 'följarna på Instagram' },
    ]);
    expect(readings(titleTargets('ha fler medlemmar under 35 år än i dag'))).toEqual([
      { kind: 'trend', direction: 'up', metric: 'medlemmar under 35 år' },
    ]);
    expect(readings(titleTargets('Minska antalet pappersutskick till medlemmarna'))).toEqual([
      { kind: 'trend', direction: 'down', metric: 'pappersutskick till medlemmarna' },
    ]);
    expect(readings(titleTargets('Öka andelen kvinnor bland våra kandidater'))).toEqual([
      { kind: 'trend', direction: 'up', metric: 'kvinnor bland våra kandidater' },
    ]);
    expect(readings(titleTargets('Vi ska öka andelen medlemmar som läser nyhetsbrevet'))).toEqual([
      { kind: 'trend', direction: 'up', metric: 'medlemmar som läser nyhetsbrevet' },
    ]);
    expect(readings(titleTargets('Höja organisationsgraden på arbetsplatserna'))).toEqual([
      { kind: 'trend', direction: 'up', metric: 'organisationsgraden' },
    ]);
  });

  it('reads no trend from what happened', () => {
    expect(titleTargets('Fler hushåll än tidigare hör av sig till oss')).toEqual([]);
    expect(titleTargets('Hyrorna höjdes med över 5 procent förra året')).toEqual([]);
  });
});
