import type { MessageTable } from './types.js';

const q = (v: unknown) => `「${String(v)}」`;
/** Yen with digit grouping, for messages: `1,350,000,000円`. */
const yen = (v: unknown) => `${Number(v).toLocaleString('en-US')}円`;
const measure = {
  ja: (key: unknown) => (key === 'supplementary' ? '補正（supplementary）' : key === 'previous' ? '前年度（previous）' : String(key)),
};

/** Messages for issues raised by the budget parser (`parseBudget`). */
export const budgetMessages: MessageTable = {
  'relist-unknown': {
    ja: (p) => `項目${q(p.id)}の再掲元${q(p.relistOf)}が見つかりません`,
    en: (p) => `item "${p.id}" re-lists "${p.relistOf}", which does not exist`,
  },
  'relist-self': {
    ja: (p) => `項目${q(p.id)}が自分自身を再掲しています`,
    en: (p) => `item "${p.id}" re-lists itself`,
  },
  'relist-nested': {
    ja: (p) => `項目${q(p.id)}が自分の上位または下位の項目${q(p.relistOf)}を再掲しています`,
    en: (p) => `item "${p.id}" re-lists "${p.relistOf}", which contains it or is inside it`,
  },
  'relist-part-of': {
    ja: (p) => `項目${q(p.id)}の再掲元${q(p.relistOf)}は内数で、金額が計上されていません`,
    en: (p) => `item "${p.id}" re-lists "${p.relistOf}", a part-of (内数) item that counts no money`,
  },
  'relist-cycle': {
    ja: (p) => `再掲が循環しています（${p.ids}）`,
    en: (p) => `the re-listings form a cycle (${p.ids})`,
  },
  'relist-with-part-of': {
    ja: (p) => `項目${q(p.id)}に再掲（relistOf）と内数（partOf）の両方が指定されています`,
    en: (p) => `item "${p.id}" has both relistOf (再掲) and partOf (内数)`,
  },
  'part-of-with-amount': {
    ja: (p) => `内数の項目${q(p.id)}に独自の金額があります（内数は金額を持ちません）`,
    en: (p) => `part-of (内数) item "${p.id}" also has an amount of its own`,
  },
  'part-of-conflict': {
    ja: (p) => `内数の元の金額が食い違っています（amount: ${yen(p.amount)}、partOf: ${yen(p.partOf)}）`,
    en: (p) => `the part-of amounts disagree (amount: ${yen(p.amount)}, partOf: ${yen(p.partOf)})`,
  },
  'part-of-not-allowed': {
    ja: (p) => `${measure.ja(p.key)}に内数${q(p.value)}は使えません`,
    en: (p) => `${p.key} cannot be a part-of (内数) amount ("${p.value}")`,
  },
  'amount-fraction': {
    ja: (p) => `金額${q(p.value)}が1円未満の端数を含みます`,
    en: (p) => `amount "${p.value}" is not a whole number of yen`,
  },
  'amount-too-large': {
    ja: (p) => `金額${q(p.value)}が大きすぎます（正確に計算できる上限は約9,007兆円）`,
    en: (p) => `amount "${p.value}" is too large to add up exactly (the limit is about 9,007兆円)`,
  },
  'too-deep': {
    ja: (p) => (p.id === undefined ? '' : `組織${q(p.id)}の`) + `入れ子が深すぎます（${p.max}階層まで）`,
    en: (p) => (p.id === undefined ? '' : `body "${p.id}" is `) + `nested too deeply (at most ${p.max} levels)`,
  },
  'total-too-large': {
    ja: (p) => `${measure.ja(p.key === 'amount' ? '金額' : p.key)}の合計が大きすぎます（正確に計算できる上限は約9,007兆円、合計 ${yen(p.total)}）`,
    en: (p) => `the ${p.key} figures add up to more than can be summed exactly (the limit is about 9,007兆円; total ${yen(p.total)})`,
  },
};
