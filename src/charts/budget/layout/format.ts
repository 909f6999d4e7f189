/**
 * How the treemap writes amounts: one format per chart, chosen from the data (never 「4億5,632万円」
 * beside 「0.7億円」), and the year-on-year change in it. Pure.
 *
 * The rule (ja), from the budget's amounts (declared, counted, 補正, 前年度, 内数):
 * - every amount a whole tenth of 1億円 (as slides write them): 億円 with one decimal
 *   (`49.1億円`, `0.4億円`); 1兆円 and more in 兆 and 億 (`5兆3,712億円`);
 * - else, the largest 1億円 or more: 億円 with as many decimals as the amount needs, up to four
 *   (`4.5632億円`, `0.7億円`);
 * - else 万円, rounded to the 万 (`4,999万円`, `300万円`); under 1万円 in yen.
 * en: one scale for the chart from the largest amount (`¥456.32 million` beside `¥70 million`,
 * not `¥0.07 billion`), every digit down to the 万円 as the ja figures keep them (`¥0.45632 billion`);
 * where every amount is a tenth of 1億円 (as slides write them) the decimals of a tenth as well, as ja
 * keeps `20.0億円` (`¥2.00 billion` beside `¥2.81 billion`, `¥8.22 billion` beside `¥0.40 billion`);
 * drawn labels at most four decimals ({@link drawnAmount}), a cell too narrow for the zeros without them.
 */
import type { BudgetSummary } from '../../../data/budget-summary.js';
import type { Locale } from '../../../data/types.js';
import { formatYen, MINUS_SIGN, plain, plainInScale } from '../../../format/number.js';

/** Writes an amount in yen the one way a chart writes amounts. */
export type AmountFormat = (yen: number) => string;

/** The units a chart's amounts can be written in. */
export const AMOUNT_UNITS = ['億円-tenths', '億円', '万円', '円', 'trillion', 'billion', 'million', 'yen'] as const;
export type AmountUnit = (typeof AMOUNT_UNITS)[number];

const OKU = 1e8;
const MAN = 1e4;
const CHO = 1e12;

/**
 * Every non-zero amount of a budget the chart may write (totals, each item's declared, counted,
 * 補正 and previous amounts, 内数 parts), looked at in one pass without listing them: the largest
 * (as a magnitude, 0 when none), and whether there is one and every one is a whole tenth of
 * 1億円, as slides write them (`20.0億円`).
 */
function amountsOf(summary: BudgetSummary): { largest: number; tenths: boolean } {
  let largest = 0;
  let tenths: boolean | undefined;
  const see = (v: number) => {
    if (!Number.isFinite(v) || v === 0) return;
    const a = Math.abs(v);
    if (a > largest) largest = a;
    if (tenths !== false) tenths = Math.round(a / (OKU / 10)) * (OKU / 10) === a;
  };
  see(summary.totals.amount.counted);
  see(summary.totals.supplementary.counted);
  for (const s of summary.items.values()) {
    see(s.amount.gross);
    see(s.amount.counted);
    see(s.supplementary.gross);
    see(s.previous.gross);
    if (s.partOf?.amount !== undefined) see(s.partOf.amount);
  }
  return { largest, tenths: tenths === true };
}

/** The unit one chart writes its amounts in (see the rule at the top of this file). */
export function chooseAmountUnit(summary: BudgetSummary, locale: Locale): AmountUnit {
  const { largest, tenths } = amountsOf(summary);
  if (locale === 'en') return largest >= CHO ? 'trillion' : largest >= 1e9 ? 'billion' : largest >= 1e6 ? 'million' : 'yen';
  if (tenths) return '億円-tenths';
  if (largest >= OKU) return '億円';
  return largest >= MAN ? '万円' : '円';
}

const EN_SCALE = { trillion: [CHO, ' trillion'], billion: [1e9, ' billion'], million: [1e6, ' million'], yen: [1, ''] } as const;

/**
 * Decimals an English scale keeps for a chart whose amounts are all tenths of 1億円: `20.0億円` is
 * `¥2.00 billion` beside `¥2.81 billion`, not `¥2 billion` (the slide's precision, one way for the
 * chart); 0 where that would pass the four decimals a drawn label keeps (a trillion) or the scale is the yen.
 */
export function tenthsDigits(unit: AmountUnit): number {
  if (unit !== 'trillion' && unit !== 'billion' && unit !== 'million') return 0;
  const digits = Math.max(0, Math.round(Math.log10(EN_SCALE[unit][0] / (OKU / 10))));
  return digits <= 4 ? digits : 0;
}

/** `text` (a decimal) with at least `min` decimals. */
function padDecimals(text: string, min: number): string {
  if (min <= 0) return text;
  const [whole, fraction = ''] = text.split('.');
  return fraction.length >= min ? text : `${whole}.${fraction.padEnd(min, '0')}`;
}

/**
 * The formatter of a unit: exact amounts (the drawn labels round 兆 amounts with {@link drawnAmount});
 * English with at least `minDigits` decimals of its scale.
 */
export function amountFormat(unit: AmountUnit, locale: Locale, minDigits = 0): AmountFormat {
  const withSign = (yen: number, text: string) => (yen < 0 ? `${MINUS_SIGN}${text}` : text);
  switch (unit) {
    case '億円-tenths':
      return (yen) => formatYen(yen, { locale });
    case '億円':
      return (yen) => (Math.abs(yen) >= CHO ? formatYen(yen, { locale }) : withSign(yen, `${plain(Math.abs(yen) / OKU, locale, 1, 4)}億円`));
    case '万円':
      return (yen) => (Math.abs(yen) < MAN && yen !== 0 ? formatYen(yen, { locale }) : withSign(yen, `${plain(Math.round(Math.abs(yen) / MAN), locale, 0, 0)}万円`));
    case '円':
      return (yen) => formatYen(yen, { locale });
    default: {
      const [scale, word] = EN_SCALE[unit];
      // Every digit down to the 万円 (`¥0.45632 billion`, not `¥0.4563 billion`), as the Japanese
      // figures keep them; a drawn label (drawnAmount) keeps four decimals, as a ja label rounds 兆 to the 億.
      const exact: AmountFormat = (yen) => withSign(yen, unit === 'yen' ? `¥${plain(Math.abs(yen), locale, 0, 0)}` : `¥${padDecimals(plainInScale(Math.abs(yen), scale, locale), minDigits)}${word}`);
      labelFormats.set(exact, (yen) => withSign(yen, `¥${plain(Math.abs(yen) / scale, locale, minDigits, 4)}${word}`));
      if (minDigits > 0) compactFormats.set(exact, (yen) => withSign(yen, `¥${plain(Math.abs(yen) / scale, locale, 0, 4)}${word}`));
      return exact;
    }
  }
}

/** The shorter form of an English format for drawn labels (four decimals of the scale). */
const labelFormats = new WeakMap<AmountFormat, AmountFormat>();
/** Its shortest form, without the decimals kept for the chart's precision (`¥2 billion`): a narrow cell's last resort. */
const compactFormats = new WeakMap<AmountFormat, AmountFormat>();

const formats = new WeakMap<BudgetSummary, Partial<Record<Locale, AmountFormat>>>();

/** The chart's amount format for a budget (chosen once per summary and locale). */
export function chartAmountFormat(summary: BudgetSummary, locale: Locale): AmountFormat {
  let byLocale = formats.get(summary);
  if (!byLocale) formats.set(summary, (byLocale = {}));
  return (byLocale[locale] ??= chartFormat(summary, locale));
}

function chartFormat(summary: BudgetSummary, locale: Locale): AmountFormat {
  const unit = chooseAmountUnit(summary, locale);
  return amountFormat(unit, locale, locale === 'en' && amountsOf(summary).tenths ? tenthsDigits(unit) : 0);
}

/**
 * An amount for a drawn label: as `format`, with 1兆円 and more rounded to the 億 (ja), and at
 * most four decimals of the chart's scale (en: `¥0.3918 trillion`; the text, the table and the
 * accessible names keep `¥0.39178 trillion`).
 */
export function drawnAmount(yen: number, format: AmountFormat, locale: Locale): string {
  if (locale === 'ja' && Math.abs(yen) >= CHO) return format(Math.round(yen / OKU) * OKU);
  return (labelFormats.get(format) ?? format)(yen);
}

/**
 * {@link drawnAmount} without the trailing zeros kept for the chart's precision (`¥2 billion` for
 * `¥2.00 billion`), or undefined where it is the same: for a cell too narrow for the longer one.
 */
export function compactDrawnAmount(yen: number, format: AmountFormat, locale: Locale): string | undefined {
  const compact = compactFormats.get(format);
  if (!compact || locale !== 'en') return undefined;
  const text = compact(yen);
  return text === drawnAmount(yen, format, locale) ? undefined : text;
}

/** An amount for a drawn label: exact below 1兆円, rounded to the 億 above (ja); en as formatYen. */
export function compactYen(yen: number, locale: Locale): string {
  return drawnAmount(yen, (v) => formatYen(v, { locale }), locale);
}

/**
 * Formats a year-on-year difference: ja `+2.1億円` / `▲0.3億円` (the slides' minus), en
 * `+¥210 million` / `−¥30 million`; in `format` when given (the chart's), else formatYen's.
 */
export function formatChange(difference: number, locale: Locale, format?: AmountFormat): string {
  const text = format ? format(Math.abs(difference)) : formatYen(Math.abs(difference), { locale });
  if (difference === 0) return text;
  if (difference > 0) return `+${text}`;
  return locale === 'ja' ? `▲${text}` : `${MINUS_SIGN}${text}`;
}

/** Characters a phrase's word cannot reach back over: spaces, brackets, commas. */
const PHRASE_STOP = /[\s（(「『」』）)、，,=＝−→]/u;
const CLOSING = /[」』）)]/u;
const HIRAGANA = /[\u3041-\u309f]/u;
/** Longest label (characters) held together with its amount. */
const PHRASE_LABEL_MAX = 10;

/**
 * The phrases of `text` that end with one of `figures`, each with the word before it (up to ten
 * characters, else the figure alone) (`うち再掲 18.0億円`, `計上額 82.2億円`, `re-listed ¥1.8 billion`): the header keeps them whole
 * (`keep` of kit/text.ts), so a line breaks before the label of an amount, never between them.
 */
export function figurePhrases(text: string, figures: readonly string[]): string[] {
  const out: string[] = [];
  for (const figure of figures) {
    if (!figure) continue;
    for (let at = text.indexOf(figure); at >= 0; at = text.indexOf(figure, at + figure.length)) {
      let start = at;
      if (text[start - 1] === ' ') {
        start--;
        while (start > 0 && !PHRASE_STOP.test(text[start - 1]!)) start--;
        // After a closing bracket the particle stays with the bracket (「…」は | 補正 1.3億円).
        if (start > 0 && CLOSING.test(text[start - 1]!)) while (start < at - 1 && HIRAGANA.test(text[start]!)) start++;
        // A long label (a quoted name) is not held to its amount: the phrase would not fit a phone's line.
        if (at - 1 - start > PHRASE_LABEL_MAX) start = at;
      }
      out.push(text.slice(start, at + figure.length));
    }
  }
  return out;
}

/** An amount as the chart writes it: `18.0億円`, `4,999万円`, `5兆3,712億円`, `▲1.7736億円`, `¥1.8 billion`. */
const AMOUNT = /[▲−+]?(?:[0-9][0-9,]*(?:\.[0-9]+)?兆)?[0-9][0-9,]*(?:\.[0-9]+)?(?:億|万|千)?円|[−+]?¥[0-9][0-9,]*(?:\.[0-9]+)?(?: (?:trillion|billion|million))?/gu;

/** {@link figurePhrases} of every amount written in `text` (for header lines made of words and amounts). */
export function amountPhrases(text: string): string[] {
  return figurePhrases(text, [...new Set(Array.from(text.matchAll(AMOUNT), (m) => m[0]))]);
}
