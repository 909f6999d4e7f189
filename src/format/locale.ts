import type { Locale } from '../data/types.js';

/** Maps a BCP 47 tag to a supported locale: `en-GB` → `en`; anything else → `ja`. */
export function toLocale(tag: string | null | undefined): Locale {
  return tag && /^en\b/i.test(tag.trim()) ? 'en' : 'ja';
}

/** Options of {@link chooseContentLocale}. */
export interface ContentLocaleOptions {
  /** The element's own `lang` attribute (not an ancestor's), if any. */
  own?: string | null;
  /** The data document's `lang`, if any. */
  data?: string | null;
  /** The locale the element inherits from the page (closest `[lang]` ancestor, else `ja`). */
  inherited: Locale;
}

/**
 * The language a chart writes its sentences in (summary, drawn words, table): the element's own
 * `lang` when it has one; else the data document's `lang` when it is one the library speaks
 * (`ja`, `en`), so that English labels get English sentences on a Japanese page (never
 * 「EGFR mutation presentの response rateは…」); else the page's language.
 */
export function chooseContentLocale(options: ContentLocaleOptions): Locale {
  const { own, data, inherited } = options;
  if (own && own.trim()) return toLocale(own);
  if (data && /^(ja|en)\b/i.test(data.trim())) return toLocale(data);
  return inherited;
}
