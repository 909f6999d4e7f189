import { createIssue, type Issue } from './issues.js';
import { describeValue } from './read.js';
import type { BudgetUnit } from './types.js';

/** A parsed amount: exact yen, and whether it was written as 内数 (`13.5億円の内数`). */
export interface Amount {
  yen: number;
  partOf: boolean;
}

export type AmountResult = { ok: true; value: Amount } | { ok: false; issue: Issue };

/** Powers of ten of the Japanese multipliers, largest first. */
const MULTIPLIERS: ReadonlyArray<readonly [string, number]> = [
  ['兆', 12],
  ['億', 8],
  ['百万', 6],
  ['万', 4],
  ['千', 3],
];

const UNIT_EXPONENT: Readonly<Record<BudgetUnit, number>> = {
  円: 0,
  千円: 3,
  百万円: 6,
  億円: 8,
  兆円: 12,
};

/** 10^0 … 10^22, all exact doubles. */
const POWERS_OF_TEN = Array.from({ length: 23 }, (_, i) => Number(`1e${i}`));

const TOKEN = /^(\d+(?:\.\d+)?)(兆|億|百万|万|千)?/;

/**
 * Exact `decimal × 10^exponent`: the decimal string is shifted, never multiplied as a float,
 * so `49.1`億 is exactly 4,910,000,000.
 */
function scaleDecimal(decimal: string, exponent: number): number {
  const [whole = '0', fraction = ''] = decimal.split('.');
  return Number(`${whole}${fraction}e${exponent - fraction.length}`);
}

/**
 * Reads an amount as a slide writes it, into yen: a number in the document's unit, or a string
 * such as `49.1億円`, `456,320千円`, `1兆2,345億円`, `4億5,632万円`, `0.7億円`, `13.5億円の内数`.
 * Full-width digits and commas are accepted; a leading minus or ▲/△ makes it negative (the
 * caller decides whether that is allowed). Never throws.
 */
export function parseAmount(input: unknown, options: { unit: BudgetUnit; path: string }): AmountResult {
  const { unit, path } = options;
  const unreadable = (): AmountResult => ({
    ok: false,
    issue: createIssue('amount-unreadable', path, { value: describeValue(input) }),
  });
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) return unreadable();
    const negative = input < 0;
    const yen = scaleNumber(Math.abs(input), UNIT_EXPONENT[unit]);
    return { ok: true, value: { yen: negative ? -yen : yen, partOf: false } };
  }
  if (typeof input !== 'string') return unreadable();

  let s = input.normalize('NFKC').replace(/[\s,]/g, '');
  let partOf = false;
  if (s.endsWith('の内数')) {
    partOf = true;
    s = s.slice(0, -'の内数'.length);
  }
  let negative = false;
  if (/^[-−▲△]/.test(s)) {
    negative = true;
    s = s.slice(1);
  }
  const explicitYen = s.endsWith('円');
  if (explicitYen) s = s.slice(0, -1);
  if (s === '') return unreadable();

  let yen = 0;
  let lastExponent = Infinity;
  let tokens = 0;
  let lastDigits = '';
  while (s.length > 0) {
    const m = TOKEN.exec(s);
    if (!m) return unreadable();
    const [all, digits = '', multiplier] = m;
    const exponent = multiplier ? MULTIPLIERS.find(([k]) => k === multiplier)![1] : 0;
    if (exponent >= lastExponent) return unreadable();
    lastExponent = exponent;
    lastDigits = digits;
    yen += scaleDecimal(digits, exponent);
    tokens += 1;
    s = s.slice(all.length);
  }
  // Without 円, only a lone bare number is an amount, in the document's unit: a multiplier
  // needs its 円 (`49.1億` is not an amount), and `4億5632` mixes the two.
  if (!explicitYen) {
    if (tokens > 1 || lastExponent > 0) return unreadable();
    yen = scaleDecimal(lastDigits, UNIT_EXPONENT[unit]);
  }
  return { ok: true, value: { yen: negative ? -yen : yen, partOf } };
}

/**
 * `value × 10^exponent` for a finite non-negative number, shifted in decimal from its shortest
 * exponent form (`1e-21` → `1e-13`, `1e21` → `1e29`), so that tiny amounts stay non-zero (and
 * are reported as fractions) and huge ones stay huge (and are reported as too large).
 */
function scaleNumber(value: number, exponent: number): number {
  // Fast path: when the float product, rounded to a whole number below 2^50, divides back to
  // `value`, it is the exact decimal shift (below 2^50, whole numbers 1 apart divided by
  // 10^exponent are over 4 ulps apart, so only one of them can divide back to `value`; and
  // the shortest decimal of `value` shifted is then whole too, and is that one). The product
  // itself is often a hair off (0.3 × 10^8 = 30000000.000000004): rounded, most amounts a
  // slide writes (49.1億円) take this path, not the string one below.
  if (exponent >= 0 && exponent <= 22) {
    const scale = POWERS_OF_TEN[exponent]!;
    const product = Math.round(value * scale);
    if (product < 2 ** 50 && product / scale === value) return product;
  }
  const [mantissa = '0', power = '0'] = value.toExponential().split('e');
  return scaleDecimal(mantissa, exponent + Number(power));
}

