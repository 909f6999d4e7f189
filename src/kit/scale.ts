/**
 * The two scales the effect charts use, linear (with `nice` and `ticks`) and log, in the few
 * lines they need instead of d3-scale (11.5 kB gzipped in a bundle for what is used here).
 * The arithmetic is d3's (d3-array `ticks`/`tickIncrement`, d3-scale `nice`, interpolation
 * `a * (1 - t) + b * t`), so positions and ticks are the numbers d3-scale gives; a unit test
 * compares them. Pure; runs in Node.
 */

/** A scale: call it with a value to get a position. */
export interface Scale {
  (value: number): number;
  /** The domain `[d0, d1]` as set (after `nice`, the widened one). */
  domain(): [number, number];
  /** The range `[r0, r1]`. */
  range(): [number, number];
}

/** A linear scale with d3's `nice` and `ticks`. */
export interface LinearScale extends Scale {
  /** A copy whose domain is widened to round tick values, as d3's `scale.nice(count)`. */
  nice(count?: number): LinearScale;
  /** About `count` round values inside the domain, as d3's `scale.ticks(count)`. */
  ticks(count?: number): number[];
}

const E10 = Math.sqrt(50);
const E5 = Math.sqrt(10);
const E2 = Math.sqrt(2);

function tickSpec(start: number, stop: number, count: number): [number, number, number] {
  const step = (stop - start) / Math.max(0, count);
  const power = Math.floor(Math.log10(step));
  const error = step / 10 ** power;
  const factor = error >= E10 ? 10 : error >= E5 ? 5 : error >= E2 ? 2 : 1;
  let i1: number;
  let i2: number;
  let inc: number;
  if (power < 0) {
    inc = 10 ** -power / factor;
    i1 = Math.round(start * inc);
    i2 = Math.round(stop * inc);
    if (i1 / inc < start) ++i1;
    if (i2 / inc > stop) --i2;
    inc = -inc;
  } else {
    inc = 10 ** power * factor;
    i1 = Math.round(start / inc);
    i2 = Math.round(stop / inc);
    if (i1 * inc < start) ++i1;
    if (i2 * inc > stop) --i2;
  }
  if (i2 < i1 && 0.5 <= count && count < 2) return tickSpec(start, stop, count * 2);
  return [i1, i2, inc];
}

/** d3-array's `ticks(start, stop, count)`. */
export function computeTicks(start: number, stop: number, count: number): number[] {
  if (!(count > 0)) return [];
  if (start === stop) return [start];
  const reverse = stop < start;
  const [i1, i2, inc] = reverse ? tickSpec(stop, start, count) : tickSpec(start, stop, count);
  if (!(i2 >= i1)) return [];
  const n = i2 - i1 + 1;
  const out: number[] = [];
  for (let i = 0; i < n; ++i) {
    const k = reverse ? i2 - i : i1 + i;
    out.push(inc < 0 ? k / -inc : k * inc);
  }
  return out;
}

/** d3-array's `tickIncrement(start, stop, count)` (negative: the inverse of a fractional step). */
export function computeTickIncrement(start: number, stop: number, count: number): number {
  return tickSpec(start, stop, count)[2];
}

/** `x ↦ (x − a) / (b − a)`, or 0.5 everywhere when a = b (as d3's `normalize`). */
function normalize(a: number, b: number): (x: number) => number {
  const span = b - a;
  return span ? (x) => (x - a) / span : () => (Number.isNaN(span) ? NaN : 0.5);
}

function makeScale(d: [number, number], r: [number, number], transform: (x: number) => number): (x: number) => number {
  let [d0, d1] = [transform(d[0]), transform(d[1])];
  let [r0, r1] = r;
  // As d3's bimap: a descending domain is flipped together with its range.
  if (d1 < d0) [d0, d1, r0, r1] = [d1, d0, r1, r0];
  const t = normalize(d0, d1);
  return (x) => {
    const u = t(transform(x));
    return r0 * (1 - u) + r1 * u;
  };
}

/** A linear scale from `domain` to `range`, as d3's `scaleLinear().domain(domain).range(range)`. */
export function scaleLinear(domain: readonly [number, number], range: readonly [number, number]): LinearScale {
  const d: [number, number] = [domain[0], domain[1]];
  const r: [number, number] = [range[0], range[1]];
  const map = makeScale(d, r, (x) => x);
  const scale = ((x: number) => map(x)) as LinearScale;
  scale.domain = () => [d[0], d[1]];
  scale.range = () => [r[0], r[1]];
  scale.ticks = (count = 10) => computeTicks(d[0], d[1], count);
  scale.nice = (count = 10) => scaleLinear(niceDomain(d, count), r);
  return scale;
}

/** d3-scale's `linear.nice(count)` on a two-value domain. */
function niceDomain(domain: readonly [number, number], count: number): [number, number] {
  const reversed = domain[1] < domain[0];
  let start = reversed ? domain[1] : domain[0];
  let stop = reversed ? domain[0] : domain[1];
  let prestep: number | undefined;
  for (let iter = 0; iter < 10; iter++) {
    const step = computeTickIncrement(start, stop, count);
    // d3 keeps the domain it had unless the step settles.
    if (step === prestep) return reversed ? [stop, start] : [start, stop];
    if (step > 0) {
      start = Math.floor(start / step) * step;
      stop = Math.ceil(stop / step) * step;
    } else if (step < 0) {
      start = Math.ceil(start * step) / step;
      stop = Math.floor(stop * step) / step;
    } else {
      break;
    }
    prestep = step;
  }
  return [domain[0], domain[1]];
}

/** A log scale from a positive `domain` to `range`, as d3's `scaleLog().domain(domain).range(range)`. */
export function scaleLog(domain: readonly [number, number], range: readonly [number, number]): Scale {
  const d: [number, number] = [domain[0], domain[1]];
  const r: [number, number] = [range[0], range[1]];
  const map = makeScale(d, r, Math.log);
  const scale = ((x: number) => map(x)) as Scale;
  scale.domain = () => [d[0], d[1]];
  scale.range = () => [r[0], r[1]];
  return scale;
}
