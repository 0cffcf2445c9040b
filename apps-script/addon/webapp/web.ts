// The web app's entry points: doPost answers the extension's JSON envelope, doGet a status page with no data on it.
import { handlePost } from '../../../shared/webapp/handle.ts';
import { sv, WEBAPP_TEXT } from '../messages.ts';
import { activeBook } from '../register/sheet-io.ts';
import { sheetStore } from './store.ts';

export function doPost(event: GoogleAppsScript.Events.DoPost): GoogleAppsScript.Content.TextOutput {
  const body = event?.postData?.contents;
  const response = handlePost(
    typeof body === 'string' ? body : undefined,
    sheetStore(activeBook(), new Date()),
    new Date(),
  );
  return ContentService.createTextOutput(JSON.stringify(response)).setMimeType(ContentService.MimeType.JSON);
}

export function doGet(): GoogleAppsScript.HTML.HtmlOutput {
  const title = sv(WEBAPP_TEXT.statusTitle);
  const page = `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1><p>${sv(WEBAPP_TEXT.statusBody)}</p></body></html>`;
  return HtmlService.createHtmlOutput(page).setTitle(title);
}
