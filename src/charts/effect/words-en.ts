/**
 * The effect chart's English words (words.ts and the shared element's), loaded on first use: by
 * the element before it draws in English (the page's language: the model's `english` part; the
 * data's: the element shows `loading` until they are there), statically by Node callers
 * (src/words-en.ts). A Japanese page of Japanese data never loads them (docs/size.md).
 */
import { provideEnglish } from '../../kit/locale-table.js';
import '../../kit/element/words-en.js';
import { CHANGE_WORDS, EFFECT_COMPARE_WORDS, EFFECT_NAMES, EFFECT_UI, MAGNITUDE_WORDS, PROPORTIONS_WORDS } from './words.js';

// ※ is a Japanese convention; English notes are shown as written.
provideEnglish(EFFECT_UI, { marks: 'Data', note: '' });

provideEnglish(PROPORTIONS_WORDS, {
  n: (n: string) => `n = ${n}`,
  unknown: 'unknown split',
  unknownOf: (names: string) => `${names} (unknown split)`,
  total: (v: string) => `total ${v}`,
  ci: (lo: string, hi: string) => `95% CI ${lo} to ${hi}`,
  difference: 'Difference',
  against: (first: string) => `vs ${first}:`,
  ratio: 'ratio',
  listSep: ', ',
  sep: '  ',
  axis: (measure: string) => measure,
  value: 'value',
  valueLine: (measure: string, v: string) => `thick line = ${measure} ${v}`,
});

provideEnglish(CHANGE_WORDS, {
  improved: 'improved',
  worsened: 'worsened',
  unchanged: 'no change',
  increase: 'increase',
  decrease: 'decrease',
  before: 'before',
  afterImproved: 'after (improved)',
  afterWorsened: 'after (worsened)',
  after: 'after',
  ownAxis: 'each item has its own scale',
});

provideEnglish(MAGNITUDE_WORDS, {
  log: 'Log scale (each gridline is 10 times the one before)',
  linear: '',
  unit: (u: string) => `Unit: ${u}`,
  derivedDot: 'Hollow dot = derived (not stated in the source, worked out from it)',
  derivedBar: 'Dashed bar = derived (not stated in the source, worked out from it)',
});

provideEnglish(EFFECT_NAMES, {
  sep: '; ',
  listSep: ', ',
  fromTo: (a: string, b: string) => `from ${a} to ${b}`,
  shownAs: (display: string, numeric: string) => `${display} (${numeric})`,
  derived: ' (derived: not stated in the source, worked out from it)',
});

provideEnglish(EFFECT_COMPARE_WORDS, {
  pair: (a: string, b: string, difference: string) => `${a} − ${b}: ${difference}`,
  heading: 'Differences between groups (first named − second named)',
  derivedPoint: 'Dashed ring, hollow marker = derived (not stated in the source, worked out from it)',
});

