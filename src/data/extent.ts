/**
 * The least and greatest of some numbers, as d3-array's `min`, `max`, `minIndex` and `maxIndex`
 * count them (`null`, `undefined` and `NaN` skipped; `undefined` or -1 when none is left). Here
 * instead of d3-array, whose module brings about 1 kB of other code into every bundle.
 */

type Value = number | null | undefined;

function pick<T>(values: Iterable<T>, valueOf: ((d: T, i: number) => Value) | undefined, better: (a: number, b: number) => boolean): { value: number | undefined; index: number } {
  let value: number | undefined;
  let index = -1;
  let i = -1;
  for (const d of values) {
    i++;
    const v = valueOf ? valueOf(d, i) : (d as Value);
    if (v == null || Number.isNaN(v)) continue;
    if (value === undefined || better(v, value)) {
      value = v;
      index = i;
    }
  }
  return { value, index };
}

const less = (a: number, b: number) => a < b;
const greater = (a: number, b: number) => a > b;

/** The least number, or `undefined` when there is none. */
export function min(values: Iterable<Value>): number | undefined;
export function min<T>(values: Iterable<T>, valueOf: (d: T, i: number) => Value): number | undefined;
export function min<T>(values: Iterable<T>, valueOf?: (d: T, i: number) => Value): number | undefined {
  return pick(values, valueOf, less).value;
}

/** The greatest number, or `undefined` when there is none. */
export function max(values: Iterable<Value>): number | undefined;
export function max<T>(values: Iterable<T>, valueOf: (d: T, i: number) => Value): number | undefined;
export function max<T>(values: Iterable<T>, valueOf?: (d: T, i: number) => Value): number | undefined {
  return pick(values, valueOf, greater).value;
}

/** The index of the first least number, or -1 when there is none. */
export function minIndex(values: Iterable<Value>): number {
  return pick(values, undefined, less).index;
}

/** The index of the first greatest number, or -1 when there is none. */
export function maxIndex(values: Iterable<Value>): number {
  return pick(values, undefined, greater).index;
}
