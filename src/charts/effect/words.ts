/** Words of the effect chart's element, one typed table per locale. */
import type { Locale } from '../../data/types.js';

/** Words of the effect chart around its drawing. */
export const EFFECT_UI = {
  ja: { marks: 'データ', note: '※' },
  // ※ is a Japanese convention; English notes are shown as written.
  en: { marks: 'Data', note: '' },
} as const;

/** The words of one locale. */
export type EffectUiWords = (typeof EFFECT_UI)[Locale];
