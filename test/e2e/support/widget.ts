// The in-page button and toast as a member meets them. They live in a closed shadow root, which no page script (and
// no Playwright locator) can enter, so the tests look inside through DevTools (DOM.getDocument with pierce, as the
// Elements panel does) and click with real mouse input at the part's place on screen.
import type { Page } from 'playwright-core';

type DomNode = {
  nodeId: number;
  nodeType: number;
  nodeName: string;
  nodeValue: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
};

export type WidgetPart = { text: string; hidden: boolean; nodeId: number };

const attribute = (node: DomNode, name: string) => {
  const attributes = node.attributes ?? [];
  const at = attributes.indexOf(name);
  return at >= 0 && at % 2 === 0 ? attributes[at + 1] : undefined;
};

function* walk(node: DomNode): Generator<DomNode> {
  yield node;
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) yield* walk(child);
}

const textOf = (node: DomNode): string =>
  [...walk(node)]
    .filter((each) => each.nodeType === 3)
    .map((each) => each.nodeValue)
    .join('');

/** The parts of the page's widget by their data-malkoll name, as the browser holds them now. */
export async function widgetParts(page: Page): Promise<{ parts: Map<string, WidgetPart>; shadowRoots: string[] }> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const parts = new Map<string, WidgetPart>();
    const shadowRoots: string[] = [];
    for (const node of walk(root)) {
      const name = attribute(node, 'data-malkoll');
      if (name === 'host') {
        for (const shadow of node.shadowRoots ?? [])
          shadowRoots.push((shadow as { shadowRootType?: string }).shadowRootType ?? '');
      }
      if (!name || parts.has(name)) continue;
      parts.set(name, { text: textOf(node), hidden: attribute(node, 'hidden') !== undefined, nodeId: node.nodeId });
    }
    return { parts, shadowRoots };
  } finally {
    await cdp.detach();
  }
}

export async function widgetPart(page: Page, name: string): Promise<WidgetPart | undefined> {
  return (await widgetParts(page)).parts.get(name);
}

/** The toast's words as the member reads them, or null while no toast is shown. */
export async function toastText(page: Page): Promise<string | null> {
  const { parts } = await widgetParts(page);
  const toast = parts.get('toast');
  return toast && !toast.hidden ? (parts.get('toast-text')?.text ?? '') : null;
}

/** Clicks a part of the widget as a member does: the mouse at the middle of it, which the browser marks trusted. */
export async function clickWidget(page: Page, name: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
    const node = [...walk(root)].find((each) => attribute(each, 'data-malkoll') === name);
    if (!node) throw new Error(`No ${name} in the page's widget`);
    const { model } = (await cdp.send('DOM.getBoxModel', { nodeId: node.nodeId })) as { model: { border: number[] } };
    const [x1 = 0, y1 = 0, , , x3 = 0, y3 = 0] = model.border;
    await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
  } finally {
    await cdp.detach();
  }
}

/** Whether the page shows the log button now. */
export async function hasLogButton(page: Page): Promise<boolean> {
  return (await widgetParts(page)).parts.has('log-button');
}
