// Google's types in the runtime: its enums as objects of names, and compile-time checks of every class's signatures.

/** A Google enum as this runtime holds it: each member is its own name (`SpreadsheetApp.BooleanCriteria.CELL_EMPTY`). */
export function enumOf<T extends string>(names: readonly T[]): Readonly<Record<T, T>> {
  return Object.freeze(Object.fromEntries(names.map((n) => [n, n])) as Record<T, T>);
}

/**
 * Google's enums that scripts pass around here by member name (`'VALUE_IN_LIST'`), most specific first, each with the
 * names Google's reference documents beyond @types/google-apps-script 2.0.
 */
type Enums = [
  [typeof GoogleAppsScript.Spreadsheet.DataValidationCriteria, never],
  // developers.google.com/apps-script/reference/spreadsheet/boolean-criteria lists these two; @types does not yet.
  [typeof GoogleAppsScript.Spreadsheet.BooleanCriteria, 'DATE_NOT_EQUAL_TO' | 'TEXT_NOT_EQUAL_TO'],
  [typeof GoogleAppsScript.Spreadsheet.ProtectionType, never],
  [typeof GoogleAppsScript.Charts.ChartType, never],
  [typeof GoogleAppsScript.Charts.Position, never],
  [typeof GoogleAppsScript.Base.Button, never],
  [typeof GoogleAppsScript.Base.ButtonSet, never],
  [typeof GoogleAppsScript.Content.MimeType, never],
  [typeof GoogleAppsScript.HTML.XFrameOptionsMode, never],
  [typeof GoogleAppsScript.HTML.SandboxMode, never],
  [typeof GoogleAppsScript.Utilities.DigestAlgorithm, never],
  [typeof GoogleAppsScript.Utilities.MacAlgorithm, never],
  [typeof GoogleAppsScript.Utilities.Charset, never],
  [typeof GoogleAppsScript.Document.ParagraphHeading, never],
  [typeof GoogleAppsScript.Document.GlyphType, never],
  [typeof GoogleAppsScript.Document.ElementType, never],
];

/** A union of one Google enum's member names stands for that enum; any other string type stays as it is. */
type EnumOf<S extends string, Table = Enums> = [S] extends [never]
  ? never
  : Table extends [[infer E, infer Extra], ...infer Rest]
    ? [S] extends [keyof E | Extra]
      ? E[keyof E]
      : EnumOf<S, Rest>
    : S;

/** One of our types as Google's: our classes as the Google type each declares in `_google`, enum names as the enum. */
export type AsGoogle<T> = 0 extends 1 & T ? T : EnumOf<Extract<T, string>> | Mapped<Exclude<T, string>>;

type Mapped<T> = T extends (...args: infer A) => infer R
  ? (...args: { [I in keyof A]: AsGoogle<A[I]> }) => AsGoogle<R>
  : T extends { readonly _google: infer G }
    ? G
    : T extends readonly (infer E)[]
      ? AsGoogle<E>[]
      : T;

/** The methods a script can call: public, not the `_`-prefixed internals, not toString. */
type ScriptMethods<T> = {
  [K in keyof T]-?: K extends `_${string}` | 'toString'
    ? never
    : T[K] extends (...args: never[]) => unknown
      ? K
      : never;
}[keyof T];

/**
 * What `class X implements Google<X>` asks of X, whose `declare readonly _google` names its Google type: every method
 * a script can call on X exists there, and X's signature, read in Google's types, is one Google's declaration accepts
 * (all its overloads), so a signature that drifts is a compile error naming the method. `Unlike` lists methods whose
 * signature differs on purpose (each says why where it is declared); they must still exist in Google's type.
 */
export type Google<T extends { readonly _google: object }, Unlike extends ScriptMethods<T> = never> = {
  [K in ScriptMethods<T>]: K extends keyof T['_google']
    ? K extends Unlike
      ? T[K]
      : AsGoogle<T[K]> extends T['_google'][K]
        ? T[K]
        : T['_google'][K]
    : `${K & string} is not a method of Google's type`;
};

/** The global console's type (Apps Script's declaration merged with Node's), for the class named Console. */
export type GoogleConsole = Console;
