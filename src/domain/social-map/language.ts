/**
 * The languages of the public pages: Dutch first, English for visitors who ask for it
 * (docs/rules/social-map.md). The visitor chooses with ?lang= or a link; a cookie remembers it.
 */
export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export function isLanguage(value: unknown): value is Language {
  return value === 'nl' || value === 'en';
}

/** The query's choice wins over the remembered one; Dutch when neither says anything. */
export function chooseLanguage(fromQuery: unknown, fromCookie: unknown): Language {
  if (isLanguage(fromQuery)) return fromQuery;
  if (isLanguage(fromCookie)) return fromCookie;
  return 'nl';
}

/** A text in both languages. */
export type Bilingual = Record<Language, string>;
