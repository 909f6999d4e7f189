/** Words of the treemap's drawing and header, per locale (the accessible names' own words are in ../words.ts). */
import type { Locale } from '../../../data/types.js';
import { localeTable } from '../../../kit/locale-table.js';

/** `5%` from 0.05: the key's bounds are whole percents. */
export const pc = (share: number) => `${Math.round(share * 100)}%`;
export type Tone = 'down-3' | 'down-2' | 'down-1' | 'same' | 'up-1' | 'up-2' | 'up-3' | 'none';

/** Localised words of the treemap. */
export const TREEMAP_TEXT = localeTable({
  total: (a: string) => `合計 ${a}（再掲・内数を除く）`,
  reconcile: (d: string, r: string, c: string, rest: string) =>
    `記載額の計 ${d} − うち再掲 ${r}${rest ? ` − ${rest}` : ''} = 計上額 ${c}`,
  reconcileRest: (a: string) => `記載額と内訳の差 ${a}`,
  topRelist: (r: string, c: string) => `うち再掲 ${r} → 計上 ${c}`,
  topItemsFolded: (n: number) => `全${n}項目の記載額（スライドの金額）`,
  topItemsMore: (n: number) => `ほか${n}項目の記載額（スライドの金額）`,
  topItemsSlideMore: (n: number) => `ほか${n}項目（表にも記載）`,
  notStated: '金額の記載なし',
  supplementaryTotal: (a: string) => `補正 ${a}（当初とは別枠）`,
  others: (n: number) => `他${n}件`,
  unitemised: '内訳の記載なし',
  supplementary: '補正（内訳の記載なし）',
  budget: '予算全体',
  supp: (a: string) => `補正 ${a}`,
  relist: (a: string) => `再掲 ${a}`,
  partOf: (a: string) => `${a}の内数`,
  partOfUnknown: '内数',
  zero: (a: string) => `${a}`,
  noFigure: '金額の記載なし',
  more: (n: number) => `+${n}件`,
  relistOf: (name: string) => `再掲（計上先: ${name}）`,
  partlyRelisted: (g: string, r: string) => `一部再掲（記載額 ${g} のうち ${r} は他の項目で計上）`,
  mismatch: (d: string, c: string) => `記載額 ${d} と内訳の計 ${c} が一致しません`,
  suppMismatch: (d: string, c: string) => `補正の記載額 ${d} と内訳の補正の計 ${c} が一致しません`,
  change: (a: string) => `前年度比 ${a}`,
  noChange: '前年度と同額',
  noPrevious: '前年度の記載なし',
  sep: '、',
  changeKeyTitle: '前年度比',
  changeTone: (tone: Tone, [a, b]: readonly [number, number]) =>
    ({
      'down-3': `▲${pc(b)}以上`,
      'down-2': `▲${pc(a)}〜${pc(b)}`,
      'down-1': `▲${pc(a)}未満`,
      same: '増減なし',
      'up-1': `+${pc(a)}未満`,
      'up-2': `+${pc(a)}〜${pc(b)}`,
      'up-3': `+${pc(b)}以上`,
      none: '前年度の記載なし',
    })[tone],
  suppDrawn: (a: string) => `補正 ${a}（斜線の計、当初とは別枠）`,
  suppDisagree: (declared: string, drawn: string, items: string) =>
    `補正の記載額の計 ${declared} と斜線（内訳の補正）の計 ${drawn} が一致しません。${items}`,
  suppDisagreeItem: (name: string, d: string, c: string) => `「${name}」は補正 ${d} と記載、内訳の補正の計は ${c}`,
  andMore: (n: number) => `ほか${n}件`,
  sliverKeyTitle: '図に名前を書けない区画・項目',
  sliverKeyRestTitle: '図で名前が切れる・省かれる項目',
  sliverKeyBullet: '・',
  sliverOf: (parent: string, name: string) => `${parent}：${name}`,
  sliverKeyMore: (n: number) => `ほか${n}件（表に記載）`,
  sentenceEnd: '。',
});

/** The words of one locale. */
export type TreemapWords = (typeof TREEMAP_TEXT)[Locale];
