import type { Locale } from '../data/types.js';

/** Maps a BCP 47 tag to a supported locale: `en-GB` → `en`; anything else → `ja`. */
export function toLocale(tag: string | null | undefined): Locale {
  return tag && /^en\b/i.test(tag.trim()) ? 'en' : 'ja';
}
