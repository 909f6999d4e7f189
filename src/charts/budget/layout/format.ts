/** How the treemap writes amounts and changes. Pure. */
import type { Locale } from '../../../data/types.js';
import { formatYen } from '../../../format/number.js';

/** Writes an amount in yen the one way a chart writes amounts. */
export type AmountFormat = (yen: number) => string;

/** An amount for a drawn label: exact below 1兆円, rounded to the 億 above (ja); en as formatYen. */
export function compactYen(yen: number, locale: Locale): string {
  if (locale === 'ja' && Math.abs(yen) >= 1e12) return formatYen(Math.round(yen / 1e8) * 1e8, { locale });
  return formatYen(yen, { locale });
}

/** Formats a year-on-year difference: ja `+2.1億円` / `▲0.3億円` (the slides' minus), en `+¥210 million` / `−¥30 million`. */
export function formatChange(difference: number, locale: Locale): string {
  const text = formatYen(Math.abs(difference), { locale });
  if (difference === 0) return text;
  if (difference > 0) return `+${text}`;
  return locale === 'ja' ? `▲${text}` : `\u2212${text}`;
}
