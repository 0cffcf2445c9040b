// The README's path with the plan `npm start` imports (the example plan, for a year that is over), and the popup,
// options page and toast as every member needs them: no axe violations, readable type, from 300 px wide, the language
// they chose, a visible shortcut, pressed and named buttons.
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGE_STRINGS } from '../support/page-strings.ts';
import { axeViolations } from './support/axe.ts';
import { type ExtensionBrowser, launchExtension, optionsPath, popupPath } from './support/browser.ts';
import { EXAMPLE_YEAR, startWebApp, THIS_YEAR, type WebApp } from './support/web-app.ts';
import { clickWidget, hasLogButton, toastText } from './support/widget.ts';

/** The example plan's year, or (should this run in that very year) the year before: a year that is over. */
const PLAN_YEAR = EXAMPLE_YEAR < THIS_YEAR ? EXAMPLE_YEAR : THIS_YEAR - 1;
const DELIVERY = { timeout: 25_000, interval: 250 };

let browser: ExtensionBrowser;
let webApp: WebApp;

beforeAll(async () => {
  [browser, webApp] = await Promise.all([launchExtension(), startWebApp({ year: PLAN_YEAR })]);
  await browser.setSendDelay(300);
});

afterAll(async () => {
  await Promise.all([browser?.close(), webApp?.close()]);
});

async function openPopup(width = 380): Promise<Page> {
  const popup = await browser.openExtensionPage(popupPath);
  await popup.setViewportSize({ width, height: 900 });
  await popup.locator('[data-malkoll="queue-count"]').waitFor();
  return popup;
}

/** The smallest font size of any shown element with text of its own, open shadow roots included. */
const smallestText = (page: Page) =>
  page.evaluate(() => {
    let smallest = Number.POSITIVE_INFINITY;
    const visit = (root: Document | ShadowRoot) => {
      for (const element of root.querySelectorAll<HTMLElement>('*')) {
        if (element.shadowRoot) visit(element.shadowRoot);
        const ownText = [...element.childNodes].some((node) => node.nodeType === 3 && node.textContent?.trim());
        if (!ownText || element.getClientRects().length === 0 || element.closest('head')) continue;
        smallest = Math.min(smallest, Number.parseFloat(getComputedStyle(element).fontSize));
      }
    };
    visit(document);
    return smallest;
  });

describe('the example plan, as `npm start` serves it', { timeout: 60_000 }, () => {
  it('connects with the printed code, and needs no permission for the local address', async () => {
    const options = await browser.openExtensionPage(optionsPath);
    expect(await axeViolations(options)).toEqual([]);
    await options.locator('[data-malkoll="connection-code"]').fill(webApp.demoCode);
    await options.locator('[data-malkoll="connect"]').click();
    await expect
      .poll(() => options.locator('[data-malkoll="connection-status"]').textContent(), DELIVERY)
      .toContain(`Ansluten till Verksamhetsplan ${PLAN_YEAR} – Vänsterpartiet Västernorrland som Demo Medlem`);
    // Focus stays on the button pressed.
    expect(await options.evaluate(() => document.activeElement?.getAttribute('data-malkoll'))).toBe('connect');
    expect(await axeViolations(options)).toEqual([]);
    expect(await smallestText(options)).toBeGreaterThanOrEqual(13);
    await options.close();
  });

  it('says on the page that the plan’s year is over, and logs nothing', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://app.zetkin.org/organize/1/projects/7/callassignments/42');
    await expect.poll(() => hasLogButton(page)).toBe(true);
    await clickWidget(page, 'log-button');
    await expect
      .poll(() => toastText(page))
      .toBe(
        `Planen gäller ${PLAN_YEAR}, men i dag är det ${THIS_YEAR}. Logga med ett datum under ${PLAN_YEAR} under ”mer…” i Målkoll, eller be styrelsen läsa in planen för ${THIS_YEAR}.`,
      );
    await page.waitForTimeout(1500);
    expect(await webApp.actions()).toEqual([]);
    await page.close();
  });

  it('logs from the popup with a day of the plan’s year, which the member chooses', async () => {
    const popup = await openPopup();
    expect(await popup.locator('[data-malkoll="plan-year"]').textContent()).toBe(
      `Planen gäller ${PLAN_YEAR}: välj ett delmål och ett datum under ${PLAN_YEAR}.`,
    );
    // A delmål opens "mer…" for a date rather than logging today, which the plan does not cover.
    await popup.locator('[data-malkoll="subgoal"][data-subgoal="U3"]').last().click();
    const date = popup.locator('form.fold [name="date"]');
    expect(await date.inputValue()).toBe('');
    expect([await date.getAttribute('min'), await date.getAttribute('max')]).toEqual([
      `${PLAN_YEAR}-01-01`,
      `${PLAN_YEAR}-12-31`,
    ]);
    expect(await popup.locator('form.fold [name="subgoal"]').inputValue()).toBe('U3');
    // The chosen delmål is pressed; the others are not.
    expect(await popup.locator('[data-malkoll="subgoal"][data-subgoal="U3"]').last().getAttribute('aria-pressed')).toBe(
      'true',
    );
    expect(await popup.locator('[data-malkoll="subgoal"][data-subgoal="U1"]').last().getAttribute('aria-pressed')).toBe(
      'false',
    );
    await popup.locator('[data-malkoll="fold-submit"]').click();
    expect(await popup.locator('[data-malkoll="problem"]').allTextContents()).toEqual(['Välj ett datum.']);
    expect(await popup.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('date');
    expect(await axeViolations(popup)).toEqual([]);
    await date.fill(`${PLAN_YEAR}-05-02`);
    await popup.locator('[data-malkoll="fold-submit"]').click();
    await expect.poll(() => popup.locator('[data-malkoll="flash"]').textContent()).toMatch(/^Loggat: U3 /);
    await expect
      .poll(() => webApp.actions(), DELIVERY)
      .toEqual([expect.objectContaining({ subgoal: 'U3', at: expect.stringMatching(`^${PLAN_YEAR}-05-02`) })]);
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();
  });
});

describe('the popup, options page and toast for every member', { timeout: 60_000 }, () => {
  it('reads at 13 px or more, fits 300 px, shows the shortcut, and follows the member’s language', async () => {
    const popup = await openPopup(300);
    expect(await smallestText(popup)).toBeGreaterThanOrEqual(13);
    expect(await popup.evaluate(() => getComputedStyle(document.body).fontSize)).toBe('15px');
    expect(await popup.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);
    expect(await popup.locator('[data-malkoll="shortcut"]').textContent()).toBe('Kortkommando: Alt+Shift+L');
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('sv');
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();

    await browser.worker.evaluate(() => chrome.storage.local.set({ language: 'en' }));
    const english = await openPopup();
    expect(await english.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await english.locator('[data-malkoll="shortcut"]').textContent()).toBe('Shortcut: Alt+Shift+L');
    expect(await english.locator('[data-malkoll="page-type"]').textContent()).toBe('Other page');
    await english.close();
    await browser.worker.evaluate(() => chrome.storage.local.set({ language: 'sv' }));
  });

  it('has a toast with no axe violations in each of its states (rendered in an open root, which axe can see into)', async () => {
    // The shipped widget is a closed root, which axe cannot enter; the same code is mounted open on a plain page.
    const built = await build({
      configFile: false,
      logLevel: 'silent',
      build: {
        write: false,
        minify: false,
        lib: { entry: 'extension/content/widget.ts', formats: ['iife'], name: 'MalkollWidget' },
      },
    });
    const [output] = (Array.isArray(built) ? built : [built]).flatMap((result) =>
      'output' in result ? result.output : [],
    );
    const page = await browser.context.newPage();
    await page.setContent(
      '<!doctype html><html lang="sv"><head><title>Sida</title></head><body><main><h1>Sida</h1></main></body></html>',
    );
    await page.addScriptTag({ content: output && 'code' in output ? output.code : '' });
    await page.evaluate((strings) => {
      const answers: import('../../extension/messages.ts').LogResult[] = [
        { ok: true, id: 'a', message: '' },
        { ok: false, why: 'already-today', message: 'Redan loggat på den här sidan i dag. Logga igen?' },
        { ok: false, why: 'not-connected', message: 'Målkoll är inte anslutet.' },
      ];
      const widget = (window as unknown as { MalkollWidget: typeof import('../../extension/content/widget.ts') })
        .MalkollWidget;
      widget
        .mountWidget(
          document,
          strings,
          {
            log: async () => answers.shift() ?? { ok: false, message: '' },
            undo: async () => true,
            edit: () => undefined,
            openOptions: () => undefined,
          },
          { shadowMode: 'open' },
        )
        .setVisible(true);
    }, PAGE_STRINGS);
    const button = page.locator('[data-malkoll="log-button"]');
    expect(await axeViolations(page)).toEqual([]);
    for (const shown of [
      'Loggat i Målkoll.',
      'Redan loggat på den här sidan i dag. Logga igen?',
      'Målkoll är inte anslutet.',
    ]) {
      await button.click();
      await expect.poll(() => page.locator('[data-malkoll="toast-text"]').textContent()).toBe(shown);
      expect(await axeViolations(page)).toEqual([]);
      expect(await smallestText(page)).toBeGreaterThanOrEqual(13);
    }
    await page.close();
  });
});
