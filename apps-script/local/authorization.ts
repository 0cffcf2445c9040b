// What each service call needs to be authorised, from the "Authorization" section of its page in Google's reference,
// and Google's rules for using it: a scope the manifest does not ask for is never granted, and a simple trigger
// (AuthMode.LIMITED) may touch only the spreadsheet it is bound to and whatever needs no authorisation.
import type { Context } from './context.ts';
import { MESSAGES, ScriptException } from './errors.ts';

const AUTH = 'https://www.googleapis.com/auth';
const SHEETS_CURRENT = `${AUTH}/spreadsheets.currentonly`;
const SHEETS = `${AUTH}/spreadsheets`;
const DOCS_CURRENT = `${AUTH}/documents.currentonly`;
const DOCS = `${AUTH}/documents`;
const CONTAINER_UI = `${AUTH}/script.container.ui`;
const EMAIL = `${AUTH}/userinfo.email`;

/** Any one of these scopes authorises the call; an empty list means it needs no authorisation. */
type Scopes = readonly string[];
const NONE: Scopes = [];
/** The bound spreadsheet: "spreadsheets.currentonly or spreadsheets" (developers.google.com/apps-script/reference/spreadsheet). */
const BOUND_SHEET: Scopes = [SHEETS_CURRENT, SHEETS];

interface ClassRule {
  /** What every method of the class needs, unless `methods` says otherwise. */
  all: Scopes;
  methods?: Record<string, Scopes>;
}

/**
 * Per class (by its Apps Script name). Every Spreadsheet-service class works on the bound spreadsheet; opening another
 * file needs the full scope (reference/spreadsheet/spreadsheet-app#openById, reference/document/document-app#openById).
 * Ui.alert, prompt and menus list no scope, dialogs and sidebars need script.container.ui (reference/base/ui).
 * HtmlService, ContentService, PropertiesService, LockService, CacheService, Utilities, Logger and ScriptApp's
 * getService/getScriptId list none (reference/html, content, properties, lock, cache, utilities, script).
 */
const RULES: Record<string, ClassRule> = {
  SpreadsheetApp: {
    all: BOUND_SHEET,
    methods: { getUi: NONE, openById: [SHEETS], openByUrl: [SHEETS], open: [SHEETS], create: [SHEETS] },
  },
  Spreadsheet: { all: BOUND_SHEET },
  Sheet: { all: BOUND_SHEET },
  Range: { all: BOUND_SHEET },
  NamedRange: { all: BOUND_SHEET },
  Protection: { all: BOUND_SHEET },
  DataValidation: { all: BOUND_SHEET },
  DataValidationBuilder: { all: BOUND_SHEET },
  BooleanCondition: { all: BOUND_SHEET },
  ConditionalFormatRule: { all: BOUND_SHEET },
  ConditionalFormatRuleBuilder: { all: BOUND_SHEET },
  EmbeddedChart: { all: BOUND_SHEET },
  EmbeddedChartBuilder: { all: BOUND_SHEET },
  EmbeddedBarChartBuilder: { all: BOUND_SHEET },
  EmbeddedColumnChartBuilder: { all: BOUND_SHEET },
  EmbeddedLineChartBuilder: { all: BOUND_SHEET },
  ContainerInfo: { all: BOUND_SHEET },
  DocumentApp: {
    all: [DOCS],
    methods: { getActiveDocument: [DOCS_CURRENT, DOCS], getUi: NONE },
  },
  Document: { all: [DOCS_CURRENT, DOCS] },
  // Every element of a Doc: "documents.currentonly or documents" (reference/document/body, paragraph, list-item …).
  Body: { all: [DOCS_CURRENT, DOCS] },
  Paragraph: { all: [DOCS_CURRENT, DOCS] },
  ListItem: { all: [DOCS_CURRENT, DOCS] },
  Text: { all: [DOCS_CURRENT, DOCS] },
  Table: { all: [DOCS_CURRENT, DOCS] },
  TableRow: { all: [DOCS_CURRENT, DOCS] },
  TableCell: { all: [DOCS_CURRENT, DOCS] },
  Ui: {
    all: NONE,
    methods: { showSidebar: [CONTAINER_UI], showModalDialog: [CONTAINER_UI], showModelessDialog: [CONTAINER_UI] },
  },
  // reference/base/session: getActiveUser and getEffectiveUser need userinfo.email.
  Session: { all: NONE, methods: { getActiveUser: [EMAIL], getEffectiveUser: [EMAIL] } },
};

/** The scopes any one of which authorises `Class.method`. */
export function scopesFor(key: string): Scopes {
  const dot = key.indexOf('.');
  const rule = RULES[key.slice(0, dot)];
  if (!rule) return NONE;
  return rule.methods?.[key.slice(dot + 1)] ?? rule.all;
}

/**
 * Refuses a call the running execution may not make, with Google's exception: in LIMITED only the bound spreadsheet
 * and what needs no authorisation ("They can't access services that require authorization … They can modify the file
 * they are bound to", developers.google.com/apps-script/guides/triggers#restrictions); in FULL what a granted scope
 * covers. The host's own calls (authMode null) are not checked.
 */
export function authorizeCall(ctx: Context, key: string): void {
  const mode = ctx.execution.authMode;
  if (mode === null) return;
  const scopes = scopesFor(key);
  if (scopes.length === 0) return;
  const allowed =
    mode === 'LIMITED'
      ? scopes.includes(SHEETS_CURRENT)
      : mode === 'FULL' && (ctx.grantedScopes === null || scopes.some((scope) => ctx.grantedScopes?.has(scope)));
  if (!allowed) throw new ScriptException(MESSAGES.permission(key, scopes));
}
