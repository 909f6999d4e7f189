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
  'effect-comparisons-chart': {
    ja: (p) => `comparisons は割合の図（proportions）でだけ使えます（この図は${q(p.chart)}）`,
    en: (p) => `comparisons applies to proportions charts only (this chart is "${p.chart}")`,
  },
  'effect-comparisons-invalid': {
    ja: (p) => `${q(p.value)}は使えません（"first"・"pairwise"、または [["群A", "群B"]] のような組の一覧）`,
    en: (p) => `"${p.value}" is not allowed (expected "first", "pairwise" or a list of pairs such as [["Group A", "Group B"]])`,
  },
  'effect-comparison-pair': {
    ja: () => '比べる組は2つの群の配列で書きます（例：["群A", "群B"]）',
    en: () => 'a comparison is an array of two groups (e.g. ["Group A", "Group B"])',
  },
  'effect-comparison-group': {
    ja: (p) => `ラベルが${q(p.value)}の群がありません（群のラベルか series の番号（0から）で書きます）`,
    en: (p) => `no group is labelled "${p.value}" (name a group by its label or its index in series, from 0)`,
  },
  'effect-comparison-ambiguous': {
    ja: (p) => `ラベルが${q(p.value)}の群が${p.count}つあります（series の番号（0から）で書きます）`,
    en: (p) => `${p.count} groups are labelled "${p.value}" (name the group by its index in series, from 0)`,
  },
  'effect-comparison-index': {
    ja: (p) => `群の番号${q(p.value)}がありません（0〜${Number(p.count) - 1}）`,
    en: (p) => `there is no group number ${p.value} (0 to ${Number(p.count) - 1})`,
  },
  'effect-comparison-same': {
    ja: (p) => `同じ群${q(p.value)}どうしは比べられません`,
    en: (p) => `a group ("${p.value}") cannot be compared with itself`,
  },
};
