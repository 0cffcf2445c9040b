// The OAuth scopes the add-on asks Google for, narrowest that work, each with what the board is told it is for: the
// build writes them into appsscript.json, Kontrollera installationen lists them, and the local runtime refuses a call
// none of them covers.
import { INSTALL_TEXT, type Message } from './messages.ts';

export type OAuthScope = { scope: string; purpose: Message };

/**
 * The bound spreadsheet only (spreadsheets.currentonly); dialogs and sidebars (script.container.ui; alerts, prompts and
 * menus need no scope); and `documents` because DocumentApp.openByUrl accepts no narrower scope — documents.readonly
 * is honoured by the Docs REST API, not by DocumentApp, and documents.currentonly covers only a document the script is
 * bound to (developers.google.com/apps-script/reference/document/document-app#openByUrl(String)); DocumentApp.create,
 * for the verksamhetsberättelse, needs exactly `documents` (…/document-app#create(String)). LockService,
 * PropertiesService, CacheService and Utilities need no scope.
 */
export const OAUTH_SCOPES: readonly OAuthScope[] = [
  { scope: 'https://www.googleapis.com/auth/spreadsheets.currentonly', purpose: INSTALL_TEXT.scopeSheet },
  { scope: 'https://www.googleapis.com/auth/script.container.ui', purpose: INSTALL_TEXT.scopeUi },
  { scope: 'https://www.googleapis.com/auth/documents', purpose: INSTALL_TEXT.scopeDocuments },
];
