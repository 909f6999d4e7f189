/** The values the shared element's own attributes take (`status`, `theme`, `preset`), as `as const` arrays for stories and tests. */

/** The states every chart element goes through. */
export const CHART_STATUSES = ['empty', 'loading', 'error', 'ready'] as const;
export type ChartStatus = (typeof CHART_STATUSES)[number];

/** Allowed values of the `theme` attribute. */
export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

/** Type presets: `page` (the page's type, 14 px by default) or `slide` (20 px, for a 1920×1080 slide). */
export const PRESETS = ['page', 'slide'] as const;
/** A type preset. */
export type Preset = (typeof PRESETS)[number];
