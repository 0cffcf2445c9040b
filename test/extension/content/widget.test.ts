// @vitest-environment happy-dom
// The in-page button: a closed shadow root first in the tab order, only the member's own clicks count, and a toast
// that says "Loggat" without the plan's words, offers ångra and ändra, asks before a second entry, leads to the
// settings when not connected, and stays while the member is on it.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mountWidget, type WidgetActions } from '../../../extension/content/widget.ts';
import type { LogResult } from '../../../extension/messages.ts';
import { PAGE_STRINGS } from '../../support/page-strings.ts';

const strings = PAGE_STRINGS;

const host = () => document.querySelector<HTMLElement>('[data-malkoll="host"]');
/** The widget is mounted with an open root in these tests only, so they can look inside. */
const part = (name: string) => host()?.shadowRoot?.querySelector<HTMLElement>(`[data-malkoll="${name}"]`);
const text = () => part('status')?.textContent;
/** What a member's real click is: an event the browser marks trusted (happy-dom has no such mark). */
function memberClicks(element: HTMLElement | null | undefined): void {
  const event = new MouseEvent('click', { bubbles: true, composed: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  element?.dispatchEvent(event);
}

function actions(log: (again: boolean) => Promise<LogResult>) {
  return {
    log: vi.fn(log),
    undo: vi.fn(async (_id: string) => true),
    edit: vi.fn((_id: string) => undefined),
    openOptions: vi.fn(() => undefined),
  };
}

const mount = (given: WidgetActions) => mountWidget(document, strings, given, { shadowMode: 'open' });

beforeEach(() => {
  document.body.innerHTML = '<a href="/x">Zetkins första länk</a>';
});
afterEach(() => {
  host()?.remove();
  vi.useRealTimers();
});

describe('page widget', () => {
  it('is a closed root on pages, first in the tab order, and only while the page can be logged', () => {
    const widget = mountWidget(
      document,
      strings,
      actions(async () => ({ ok: false, message: '' })),
    );
    expect(host()).toBeNull();
    widget.setVisible(true);
    expect(host()?.shadowRoot).toBeNull();
    expect(document.body.firstElementChild).toBe(host());
    expect(document.body.textContent).not.toContain('Logga i Målkoll');
    widget.setVisible(false);
    expect(host()).toBeNull();
  });

  it('ignores a page script’s clicks and dispatched events', async () => {
    const given = actions(async () => ({ ok: true, id: 'abc', message: 'Loggat: U1 Medlemsorganisering' }));
    mount(given).setVisible(true);
    part('log-button')?.click();
    host()?.click();
    part('log-button')?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await Promise.resolve();
    expect(given.log).not.toHaveBeenCalled();
  });

  it('says “Loggat” without the delmål, and offers ångra and ändra for the entry', async () => {
    const given = actions(async () => ({ ok: true, id: 'abc', message: 'Loggat: U1 Medlemsorganisering' }));
    mount(given).setVisible(true);
    memberClicks(part('log-button'));
    await vi.waitFor(() => expect(text()).toBe('Loggat i Målkoll.'));
    expect(host()?.shadowRoot?.textContent).not.toContain('U1');
    expect(part('toast-undo')?.hidden).toBe(false);
    memberClicks(part('toast-edit'));
    expect(given.edit).toHaveBeenCalledWith('abc');
  });

  it('undoes from the toast and keeps focus on the button', async () => {
    const given = actions(async () => ({ ok: true, id: 'abc', message: '' }));
    mount(given).setVisible(true);
    memberClicks(part('log-button'));
    await vi.waitFor(() => expect(part('toast-undo')?.hidden).toBe(false));
    memberClicks(part('toast-undo'));
    await vi.waitFor(() => expect(text()).toBe('Ångrat: inget loggades.'));
    expect(given.undo).toHaveBeenCalledWith('abc');
    expect(part('toast-undo')?.hidden).toBe(true);
    expect(host()?.shadowRoot?.activeElement).toBe(part('log-button'));
  });

  it('asks before a second entry for the page today, and logs again only when the member says so', async () => {
    const given = actions(async (again) =>
      again ? { ok: true, id: 'b', message: '' } : { ok: false, why: 'already-today', message: 'Redan loggat …' },
    );
    mount(given).setVisible(true);
    memberClicks(part('log-button'));
    await vi.waitFor(() => expect(text()).toBe('Redan loggat …'));
    expect(part('toast-again')?.hidden).toBe(false);
    memberClicks(part('toast-again'));
    await vi.waitFor(() => expect(text()).toBe('Loggat i Målkoll.'));
    expect(given.log.mock.calls).toEqual([[false], [true]]);
  });

  it('leads to the settings in one click when Målkoll is not connected', async () => {
    const given = actions(async () => ({ ok: false, why: 'not-connected', message: 'Målkoll är inte anslutet.' }));
    mount(given).setVisible(true);
    memberClicks(part('log-button'));
    await vi.waitFor(() => expect(text()).toBe('Målkoll är inte anslutet.'));
    expect(part('toast-undo')?.hidden).toBe(true);
    memberClicks(part('toast-options'));
    expect(given.openOptions).toHaveBeenCalled();
  });

  it('says so in the member’s words when the worker does not answer', async () => {
    mount(actions(() => Promise.reject(new Error('port closed')))).setVisible(true);
    memberClicks(part('log-button'));
    await vi.waitFor(() => expect(text()).toBe('Målkoll svarade inte. Försök igen om en stund.'));
  });

  it('stays while hovered or focused, and goes a while after the member leaves it', async () => {
    vi.useFakeTimers();
    mount(actions(async () => ({ ok: true, id: 'abc', message: '' }))).setVisible(true);
    memberClicks(part('log-button'));
    await vi.waitFor(() => expect(part('toast')?.hidden).toBe(false));
    part('toast')?.dispatchEvent(new Event('pointerenter'));
    vi.advanceTimersByTime(60_000);
    expect(part('toast')?.hidden).toBe(false);
    part('toast')?.dispatchEvent(new Event('pointerleave'));
    part('toast-undo')?.focus();
    vi.advanceTimersByTime(60_000);
    expect(part('toast')?.hidden).toBe(false);
    part('log-button')?.focus();
    vi.advanceTimersByTime(7_000);
    expect(part('toast')?.hidden).toBe(false);
    vi.advanceTimersByTime(2_000);
    expect(part('toast')?.hidden).toBe(true);
  });

  it('puts itself back when the page’s framework removes it', () => {
    const widget = mount(actions(async () => ({ ok: false, message: '' })));
    widget.setVisible(true);
    host()?.remove();
    widget.setVisible(true);
    expect(host()).not.toBeNull();
  });
});
