import type { Locale } from '../data/types.js';

const formatters = new Map<string, Intl.NumberFormat>();

/** BCP 47 tags used for Intl per supported locale (region pinned so output does not drift). */
const INTL_TAGS: Readonly<Record<Locale, string>> = { ja: 'ja-JP', en: 'en-US' };

/**
 * Returns a cached `Intl.NumberFormat`: formatters are expensive to build and charts format
 * hundreds of labels per layout.
 */
export function getNumberFormat(locale: Locale, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.NumberFormat(INTL_TAGS[locale], options);
    formatters.set(key, format);
  }
  return format;
}
