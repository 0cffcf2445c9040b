// axe-core in the browser tests. The extension's pages forbid inline scripts (script-src 'self'), which blocks
// addScriptTag; evaluating the source through DevTools is not subject to the page's CSP and leaves it as it ships.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export type AxeViolation = { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] };

/** Every axe violation on the page as it is now (all of axe's rules, WCAG 2 A and AA and its best practices). */
export async function axeViolations(page: Page): Promise<{ id: string; help: string; targets: string[] }[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const found = await (
      window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> } }
    ).axe.run(document, { resultTypes: ['violations'] });
    return found.violations;
  });
  return violations.map((violation) => ({
    id: violation.id,
    help: violation.help,
    targets: violation.nodes.map((node) => JSON.stringify(node.target)),
  }));
}
