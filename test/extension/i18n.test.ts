// The two catalogues: same keys and placeholders, and chrome.i18n's substitution rules.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Messages, translator } from '../../extension/i18n.ts';
import { LANGUAGES } from '../../shared/model/language.ts';

const catalogue = (language: string) =>
  JSON.parse(readFileSync(`extension/_locales/${language}/messages.json`, 'utf8')) as Messages;

describe('locales', () => {
  it('has every string in every language, with the same placeholders', () => {
    const shape = (messages: Messages) =>
      Object.fromEntries(Object.entries(messages).map(([key, entry]) => [key, Object.keys(entry.placeholders ?? {})]));
    const [first, ...others] = LANGUAGES.map(catalogue);
    for (const other of others) expect(shape(other)).toEqual(shape(first ?? {}));
  });

  it('substitutes named placeholders in either language', () => {
    expect(translator(catalogue('sv'))('connected', 'Verksamhetsplan 2024', 'Anna')).toBe(
      'Ansluten till Verksamhetsplan 2024 som Anna',
    );
    expect(translator(catalogue('en'))('connected', 'Plan 2024', 'Anna')).toBe('Connected to Plan 2024 as Anna');
  });

  it('leaves dollar signs in substituted text alone', () => {
    const translate = translator({
      price: { message: 'Pris: $AMOUNT$ $$', placeholders: { amount: { content: '$1' } } },
    });
    expect(translate('price' as never, '$1 kr')).toBe('Pris: $1 kr $');
  });
});
