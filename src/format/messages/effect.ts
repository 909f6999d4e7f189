import type { MessageTable } from './types.js';

const q = (v: unknown) => `「${String(v)}」`;

/** Messages for issues raised by the effect parser (src/data/effect.ts). */
export const effectMessages: MessageTable = {
  'effect-chart-unknown': {
    ja: (p) => `図の種類${q(p.value)}は使えません（proportions・change・magnitude のいずれか）`,
    en: (p) => `unknown chart "${p.value}" (expected proportions, change or magnitude)`,
  },
  'effect-share-unreadable': {
    ja: (p) => `${q(p.value)}を割合として読めません（0〜1 の数値か「76.4%」のように書きます）`,
    en: (p) => `cannot read "${p.value}" as a share (write a number in 0..1 or a percentage such as "76.4%")`,
  },
  'effect-share-range': {
    ja: (p) => `割合${q(p.value)}が 0〜1（0%〜100%）の範囲外です${p.hint ? `（百分率なら${q(p.hint)}のように書きます）` : ''}`,
    en: (p) => `share "${p.value}" is outside 0..1 (0%-100%)${p.hint ? ` (write a percentage as "${p.hint}")` : ''}`,
  },
  'effect-n-invalid': {
    ja: (p) => `n${q(p.value)}は正の整数である必要があります`,
    en: (p) => `n "${p.value}" must be a positive whole number`,
  },
  'effect-categories-sum': {
    ja: (p) => `内訳の割合の合計が${p.sum}%で、100%を超えています`,
    en: (p) => `the categories' shares add up to ${p.sum}%, over 100%`,
  },
  'effect-change-side-missing': {
    ja: (p) => `変化の${p.side === 'before' ? '前（before）' : '後（after）'}がありません`,
    en: (p) => `the change has no "${p.side}" value`,
  },
  'effect-value-unreadable': {
    ja: (p) => `${q(p.value)}を数値として読めません`,
    en: (p) => `cannot read "${p.value}" as a number`,
  },
  'effect-unit-mismatch': {
    ja: (p) => `値が「%」で書かれていますが、単位は${q(p.unit)}です`,
    en: (p) => `the value is written with "%" but the unit is "${p.unit}"`,
  },
  'effect-log-nonpositive': {
    ja: (p) =>
      `値${q(p.value)}は対数目盛に置けません（値の幅が${Number(p.ratio).toLocaleString('ja-JP')}倍あり対数目盛を使うため、0より大きい値が必要です）`,
    en: (p) =>
      `value ${p.value} cannot be placed on a log scale (the values span ${Number(p.ratio).toLocaleString('en-US')} times, so a log scale is used and every value must be above 0)`,
  },
};
