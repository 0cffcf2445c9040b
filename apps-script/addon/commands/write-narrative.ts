// Målkoll → Skriv verksamhetsberättelse…: the year in prose from the register, as a new Google Doc the board edits
// before the årsmöte; `malkoll narrative` prints the same text (composeNarrative).
import { html } from '../../../shared/html.ts';
import { buildNarrative, type Narrative } from '../../../shared/report/narrative.ts';
import { COMMON, MENU, NARRATIVE, say, sv } from '../messages.ts';
import { activeBook } from '../register/sheet-io.ts';
import { readNarrativeInput, today } from '../register/workbook-input.ts';
import { writeNarrativeDoc } from '../reports/narrative-doc.ts';
import { prompt, runFromMenu } from '../ui.ts';
import { withTheirInput } from '../user-error.ts';
import type { MenuItem } from './menu-item.ts';

export const WRITE_NARRATIVE_ITEM: MenuItem = { label: MENU.writeNarrative, handler: 'menuWriteNarrative' };

export type NarrativeOptions = { asOf?: string };
export type ComposedNarrative = { narrative: Narrative; message: string };
export type WrittenNarrative = ComposedNarrative & { url: string; name: string };

/** The verksamhetsberättelse as of `asOf` (default today), without writing anything. */
export function composeNarrative(options: NarrativeOptions = {}): ComposedNarrative {
  const { input, skipped } = readNarrativeInput(activeBook(), options.asOf || undefined);
  const narrative = withTheirInput(() => buildNarrative(input));
  return { narrative, message: skipped > 0 ? say(COMMON.skippedRows, { count: skipped }) : '' };
}

/** Composes the verksamhetsberättelse and writes it to a new Doc in the board member's Drive. */
export function writeNarrative(options: NarrativeOptions = {}): WrittenNarrative {
  const composed = composeNarrative(options);
  const doc = writeNarrativeDoc(composed.narrative);
  const name = doc.getName();
  const lines = [say(NARRATIVE.written, { name }), composed.message].filter(Boolean);
  return { ...composed, url: doc.getUrl(), name, message: lines.join('\n') };
}

/** The new Doc's address as a link that opens in a new tab (an alert cannot hold a link). */
function writtenDialog(written: WrittenNarrative): GoogleAppsScript.HTML.HtmlOutput {
  const page = html`<!doctype html><html lang="sv"><body style="font-family:Arial,sans-serif;font-size:14px">
<p>${written.message}</p>
<p><a href="${written.url}" target="_blank" rel="noopener">${sv(NARRATIVE.open)}</a></p>
<p>${sv(NARRATIVE.address)}<br><input readonly value="${written.url}" style="width:100%" onclick="this.select()"></p>
</body></html>`;
  return HtmlService.createHtmlOutput(page.markup).setWidth(480).setHeight(220);
}

export function menuWriteNarrative(): void {
  runFromMenu(() => {
    const answer = prompt(sv(NARRATIVE.title), say(NARRATIVE.prompt, { today: today() }));
    if (answer === null) return null;
    const written = writeNarrative({ asOf: answer });
    SpreadsheetApp.getUi().showModalDialog(writtenDialog(written), sv(NARRATIVE.title));
    return null;
  });
}
