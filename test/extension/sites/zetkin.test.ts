// Zetkin page detection on real-shaped URLs, and the caller-view call count that reads numbers only.
import { describe, expect, it } from 'vitest';
import { callerAssignmentId, detect, finishedCallsToday } from '../../../extension/sites/zetkin.ts';

const Z = 'https://app.zetkin.org';

describe('zetkin detect', () => {
  it.each([
    [`${Z}/organize/1/projects/7/callassignments/42`, 'zetkin.callassignment'],
    [`${Z}/organize/1/projects/7/callassignments/42/callers`, 'zetkin.callassignment'],
    [`${Z}/organize/1/projects/7/callassignments/42/conversation?tab=1`, 'zetkin.callassignment'],
    [`${Z}/organize/1/campaigns/7/callassignments/42`, 'zetkin.callassignment'],
    [`${Z}/call/42`, 'zetkin.call'],
    [`${Z}/call/42/`, 'zetkin.call'],
    [`${Z}/organize/1/projects/7/surveys/9`, 'zetkin.survey'],
    [`${Z}/organize/1/projects/7/surveys/9/submissions`, 'zetkin.survey'],
    [`${Z}/organize/1/projects/7/events/311`, 'zetkin.event'],
    [`${Z}/organize/1/projects/7/events/311/participants`, 'zetkin.event'],
    [`${Z}/organize/1/projects/calendar/events/311`, 'zetkin.event'],
    [`${Z}/o/1/events/311`, 'zetkin.event'],
    [`${Z}/organize/1/projects/7/areaassignments/5/map`, 'zetkin.canvass'],
    [`${Z}/organize/1/projects/7/canvassassignments/5`, 'zetkin.canvass'],
    [`${Z}/canvass/5`, 'zetkin.canvass'],
    [`${Z}/organize/1/suborgOverview`, 'zetkin.suborg'],
  ])('%s → %s', (url, expected) => {
    expect(detect(url)).toBe(expected);
  });

  it.each([
    `${Z}/`,
    `${Z}/organize/1`,
    `${Z}/organize/1/people/55`,
    `${Z}/organize/1/projects/7/callassignments`,
    `${Z}/organize/1/projects/7/surveys`,
    `${Z}/call`,
    `${Z}/my`,
    'https://example.org/call/42',
    'https://app.zetkin.org.evil.example/call/42',
    'not a url',
  ])('%s is not a page type', (url) => {
    expect(detect(url)).toBeNull();
  });
});

describe('callerAssignmentId', () => {
  it('reads the assignment id of the caller view only', () => {
    expect(callerAssignmentId(`${Z}/call/42`)).toBe(42);
    expect(callerAssignmentId(`${Z}/organize/1/projects/7/callassignments/42`)).toBeNull();
    expect(callerAssignmentId('https://example.org/call/42')).toBeNull();
  });
});

describe('finishedCallsToday', () => {
  const today = new Date('2024-05-14T15:00:00Z');
  const call = (assignment_id: number, state: number, update_time: string) => ({
    assignment_id,
    state,
    update_time,
    target: { name: 'Anna Andersson', phone: '070-000 00 00' },
    notes: 'private',
  });

  it('counts finished calls of this assignment made today', () => {
    const calls = [
      call(42, 1, '2024-05-14T10:00:00'),
      call(42, 13, '2024-05-14T12:30:00.123'),
      call(42, 1, '2024-05-13T12:00:00'),
      call(42, 0, '2024-05-14T12:00:00'),
      call(41, 1, '2024-05-14T12:00:00'),
    ];
    expect(finishedCallsToday(calls, 42, today)).toBe(2);
  });

  it('gives 0 for anything that is not a list of calls', () => {
    expect(finishedCallsToday({ error: 'unauthorized' }, 42, today)).toBe(0);
    expect(finishedCallsToday([null, 'x', { assignment_id: 42 }], 42, today)).toBe(0);
  });
});
