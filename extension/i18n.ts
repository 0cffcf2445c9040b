// UI strings from _locales/<language>/messages.json, in the language the member chose (chrome.i18n only follows the browser).
import { LANGUAGES, type Language } from '../shared/model/language.ts';
import type catalog from './_locales/sv/messages.json';

export type MessageKey = keyof typeof catalog;
export type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
export type Translate = (key: MessageKey, ...substitutions: (string | number)[]) => string;

export function isLanguage(value: unknown): value is Language {
  return LANGUAGES.includes(value as Language);
}

/** chrome.i18n's substitution rules: `$NAME$` names a placeholder whose content may hold `$1`…`$9`; `$$` is a dollar. */
export function translator(messages: Messages): Translate {
  return (key, ...substitutions) => {
    const entry = messages[key];
    if (!entry) return key;
    const positional = (text: string) =>
      text.replace(/\$(\$|\d)/g, (_, index: string) =>
        index === '$' ? '$' : String(substitutions[Number(index) - 1] ?? ''),
      );
    return entry.message.replace(/\$([A-Za-z_@][A-Za-z0-9_@]*)\$|\$(\$|\d)/g, (whole, name?: string) => {
      if (name === undefined) return positional(whole);
      const placeholder = entry.placeholders?.[name.toLowerCase()];
      return placeholder ? positional(placeholder.content) : whole;
    });
  };
}

/** Loads the chosen language's catalogue from the extension's own files (extension pages and the worker). */
export async function loadTranslator(language: Language): Promise<Translate> {
  const response = await fetch(chrome.runtime.getURL(`_locales/${language}/messages.json`));
  return translator((await response.json()) as Messages);
}
