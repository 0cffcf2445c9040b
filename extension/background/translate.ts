// The worker's words in the member's chosen language, each catalogue loaded once.
import type { Language } from '../../shared/model/language.ts';
import { loadTranslator, type Translate } from '../i18n.ts';
import { readLanguage } from './store.ts';

const translators = new Map<Language, Promise<Translate>>();

export async function translate(): Promise<Translate> {
  const language = await readLanguage();
  let loaded = translators.get(language);
  if (!loaded) {
    loaded = loadTranslator(language);
    translators.set(language, loaded);
  }
  return loaded;
}
