// Extension figures: the popup's JavaScript size and its time to interactive in headless Chromium, connected to the
// real local web app with the code it printed, as a member opening it would wait for it.
import { launchExtension, optionsPath, popupPath } from '../e2e/support/browser.ts';
import { builtManifest, gzipBytes, scriptsOf } from '../e2e/support/built-extension.ts';
import { startWebApp, THIS_YEAR } from '../e2e/support/web-app.ts';
import type { Figure } from './measure.ts';

const RUNS = 7;

export async function bench(): Promise<Figure[]> {
  const popupBytes = gzipBytes(scriptsOf(builtManifest.action.default_popup));
  const [browser, webApp] = await Promise.all([launchExtension(), startWebApp({ year: THIS_YEAR })]);
  try {
    const options = await browser.openExtensionPage(optionsPath);
    await options.locator('[data-malkoll="connection-code"]').fill(webApp.demoCode);
    await options.locator('[data-malkoll="connect"]').click();
    await options.locator('[data-malkoll="connection-status"]').filter({ hasText: 'Demo Medlem' }).waitFor();
    await options.close();

    const samples: number[] = [];
    for (let run = 0; run <= RUNS; run++) {
      const popup = await browser.openExtensionPage(popupPath);
      // Interactive: the delmål a member clicks are on screen; measured from the page's own navigation start.
      await popup.locator('[data-malkoll="subgoal"]').first().waitFor();
      const interactiveAt = await popup.evaluate(() => performance.now());
      if (run > 0) samples.push(interactiveAt);
      await popup.close();
    }
    samples.sort((a, b) => a - b);
    return [
      { name: 'popup JavaScript, gzipped', value: Math.round(popupBytes / 102.4) / 10, unit: 'KB', budget: '≤ 20 KB' },
      {
        name: 'popup time to interactive (median, connected)',
        value: Math.round(samples[Math.floor(samples.length / 2)] ?? 0),
        unit: 'ms',
      },
    ];
  } finally {
    await Promise.all([browser.close(), webApp.close()]);
  }
}
