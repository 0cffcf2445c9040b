// @vitest-environment happy-dom
// The in-page button: lives in a shadow root, logs on click, shows a toast whose "ändra" opens the entry.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type LogOutcome, mountWidget } from '../../../extension/content/widget.ts';

const strings = { button: 'Logga i Målkoll', edit: 'ändra' };
const shadow = () => document.querySelector('[data-malkoll="host"]')?.shadowRoot;
const part = (name: string) => shadow()?.querySelector<HTMLElement>(`[data-malkoll="${name}"]`);

afterEach(() => {
  document.documentElement.querySelector('[data-malkoll="host"]')?.remove();
});

describe('page widget', () => {
  it('shows the button only while the page can be logged, outside the page’s own DOM tree', () => {
    const widget = mountWidget(
      document,
      strings,
      async () => ({ ok: true, message: '' }),
      () => {},
    );
    expect(part('log-button')).toBeUndefined();
    widget.setVisible(true);
    expect(part('log-button')?.textContent).toBe('Logga i Målkoll');
    expect(document.body.textContent).not.toContain('Logga i Målkoll');
    widget.setVisible(false);
    expect(shadow()).toBeUndefined();
  });

  it('logs on click and offers “ändra” for the logged entry', async () => {
    const onEdit = vi.fn();
    let finish: (outcome: LogOutcome) => void = () => {};
    const widget = mountWidget(document, strings, () => new Promise((resolve) => (finish = resolve)), onEdit);
    widget.setVisible(true);
    part('log-button')?.click();
    expect((part('log-button') as HTMLButtonElement).disabled).toBe(true);
    finish({ ok: true, message: 'Loggat: U1 Medlemsorganisering', id: 'abc' });
    await vi.waitFor(() => expect(shadow()?.querySelector('[role="status"]')?.textContent).toContain('Loggat: U1'));
    expect((part('log-button') as HTMLButtonElement).disabled).toBe(false);
    part('toast-edit')?.click();
    expect(onEdit).toHaveBeenCalledWith('abc');
  });

  it('shows why logging failed, without “ändra”', async () => {
    const widget = mountWidget(
      document,
      strings,
      async () => ({ ok: false, message: 'Målkoll är inte anslutet.' }),
      () => {},
    );
    widget.setVisible(true);
    part('log-button')?.click();
    await vi.waitFor(() => expect(shadow()?.querySelector('[role="status"]')?.textContent).toContain('inte anslutet'));
    expect(part('toast-edit')?.hidden).toBe(true);
  });
});
