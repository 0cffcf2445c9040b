// The address an entry is logged with: http(s) only, no fragment or tracking, short enough, and on Zetkin's caller
// view (whose address Zetkin rewrote to /call) the assignment the page's content script saw.
import { describe, expect, it } from 'vitest';
import { loggableUrl, pageAddress, subgoalTitle } from '../../../extension/background/logging.ts';

describe('the logged address', () => {
  it('keeps http(s) pages without their fragment or the site’s tracking, and drops anything else', () => {
    expect(loggableUrl('https://www.st.nu/debatt/1#kommentarer')).toBe('https://www.st.nu/debatt/1');
    expect(loggableUrl('https://www.facebook.com/x/posts/1?__cft__[0]=AZW&__tn__=R')).toBe(
      'https://www.facebook.com/x/posts/1',
    );
    expect(loggableUrl('chrome://extensions/')).toBeUndefined();
    expect(loggableUrl('javascript:alert(1)')).toBeUndefined();
    expect(loggableUrl(undefined)).toBeUndefined();
    const long = `https://www.st.nu/debatt/1?${'x'.repeat(3000)}`;
    expect(loggableUrl(long)).toBe('https://www.st.nu/debatt/1');
  });

  it('names the call assignment on Zetkin’s caller view, and only there', () => {
    expect(pageAddress('https://app.zetkin.org/call', 42)).toBe('https://app.zetkin.org/call/42');
    expect(pageAddress('https://app.zetkin.org/call?assignment=42', 42)).toBe('https://app.zetkin.org/call/42');
    expect(pageAddress('https://app.zetkin.org/call', undefined)).toBe('https://app.zetkin.org/call');
    expect(pageAddress('https://app.zetkin.org/organize/1/projects/7/surveys/9', 42)).toBe(
      'https://app.zetkin.org/organize/1/projects/7/surveys/9',
    );
  });

  it('names a delmål by id and title for the popup, and by id alone when the plan lacks it', () => {
    const plan = { areas: [{ subgoals: [{ id: 'U3', title: 'Debattartiklar' }] }] } as Parameters<
      typeof subgoalTitle
    >[0];
    expect(subgoalTitle(plan, 'U3')).toBe('U3 Debattartiklar');
    expect(subgoalTitle(plan, 'Z9')).toBe('Z9');
  });
});
