/**
 * A static spatial index of rectangles (a uniform grid of buckets), to find what a viewport
 * shows without testing every item: charts draw only what intersects the visible area.
 * Pure: runs in Node. Built once per layout; a search costs the cells it covers plus the items
 * in them.
 */

/** An axis-aligned rectangle. */
export interface IndexRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Whether two rectangles overlap or touch. */
export function rectsIntersect(a: IndexRect, b: IndexRect): boolean {
  return a.x <= b.x + b.width && b.x <= a.x + a.width && a.y <= b.y + b.height && b.y <= a.y + a.height;
}

/** The smallest rectangle holding every point. */
export function boundsOfPoints(points: readonly (readonly [number, number])[]): IndexRect {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const [x, y] of points) {
    if (x < x0) x0 = x;
    if (y < y0) y0 = y;
    if (x > x1) x1 = x;
    if (y > y1) y1 = y;
  }
  return x0 > x1 ? { x: 0, y: 0, width: 0, height: 0 } : { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/**
 * The rectangle round `rects` (`{0,0,0,0}` for none), in one pass: no spread into `Math.min`,
 * which throws past about 100,000 arguments (an all-open drawing of a large organisation).
 */
export function boundsOfRects(rects: Iterable<IndexRect>): IndexRect {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const r of rects) {
    if (r.x < x0) x0 = r.x;
    if (r.y < y0) y0 = r.y;
    if (r.x + r.width > x1) x1 = r.x + r.width;
    if (r.y + r.height > y1) y1 = r.y + r.height;
  }
  return x0 > x1 ? { x: 0, y: 0, width: 0, height: 0 } : { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/** Most cells along one side of the grid (bounds the memory a degenerate layout can take). */
const MAX_CELLS_PER_SIDE = 1024;

/**
 * Items by their rectangles. `search(rect)` returns the items whose rectangle intersects
 * `rect`, each once, in the order they were given (so drawing order is kept).
 */
export class SpatialIndex<T> {
  private readonly items: readonly T[];
  private readonly rects: IndexRect[];
  private readonly x0: number;
  private readonly y0: number;
  private readonly cell: number;
  private readonly cols: number;
  private readonly rows: number;
  private readonly buckets = new Map<number, number[]>();
  /** Items too large for the grid (spanning many cells): tested on every search. */
  private readonly large: number[] = [];
  private readonly seen: Uint32Array;
  private stamp = 0;

  /**
   * @param cellSize side of a grid cell; by default about twice the mean item size, so an
   * item covers few cells and a cell holds few items.
   */
  constructor(items: readonly T[], rectOf: (item: T) => IndexRect, cellSize?: number) {
    this.items = items;
    this.rects = items.map(rectOf);
    this.seen = new Uint32Array(items.length);
    let x0 = Infinity;
    let y0 = Infinity;
    let x1 = -Infinity;
    let y1 = -Infinity;
    let sum = 0;
    for (const r of this.rects) {
      x0 = Math.min(x0, r.x);
      y0 = Math.min(y0, r.y);
      x1 = Math.max(x1, r.x + r.width);
      y1 = Math.max(y1, r.y + r.height);
      sum += Math.max(r.width, r.height);
    }
    if (!(x0 <= x1)) {
      x0 = y0 = 0;
      x1 = y1 = 1;
    }
    const span = Math.max(x1 - x0, y1 - y0, 1);
    const mean = this.rects.length ? sum / this.rects.length : span;
    const size = cellSize && cellSize > 0 ? cellSize : Math.max(1, 2 * mean);
    this.cell = Math.max(size, span / MAX_CELLS_PER_SIDE);
    this.x0 = x0;
    this.y0 = y0;
    this.cols = Math.max(1, Math.ceil((x1 - x0) / this.cell) + 1);
    this.rows = Math.max(1, Math.ceil((y1 - y0) / this.cell) + 1);
    this.rects.forEach((r, i) => {
      const [c0, c1, r0, r1] = this.cellRange(r);
      // A long link across the whole chart would sit in thousands of cells: test it always.
      if ((c1 - c0 + 1) * (r1 - r0 + 1) > 64) {
        this.large.push(i);
        return;
      }
      for (let row = r0; row <= r1; row++) {
        for (let col = c0; col <= c1; col++) {
          const key = row * this.cols + col;
          const bucket = this.buckets.get(key);
          if (bucket) bucket.push(i);
          else this.buckets.set(key, [i]);
        }
      }
    });
  }

  /** How many items the index holds. */
  get size(): number {
    return this.items.length;
  }

  /** The items whose rectangles intersect `rect` (touching counts), in the order given. */
  search(rect: IndexRect): T[] {
    if (++this.stamp === 0xffffffff) {
      this.seen.fill(0);
      this.stamp = 1;
    }
    const stamp = this.stamp;
    const found: number[] = [];
    const test = (i: number) => {
      if (this.seen[i] === stamp) return;
      this.seen[i] = stamp;
      if (rectsIntersect(this.rects[i]!, rect)) found.push(i);
    };
    const [c0, c1, r0, r1] = this.cellRange(rect);
    if ((c1 - c0 + 1) * (r1 - r0 + 1) > this.buckets.size) {
      // Larger than the occupied grid: walk the buckets instead of the cells.
      for (const bucket of this.buckets.values()) for (const i of bucket) test(i);
    } else {
      for (let row = r0; row <= r1; row++) {
        for (let col = c0; col <= c1; col++) {
          const bucket = this.buckets.get(row * this.cols + col);
          if (bucket) for (const i of bucket) test(i);
        }
      }
    }
    for (const i of this.large) test(i);
    found.sort((a, b) => a - b);
    return found.map((i) => this.items[i]!);
  }

  /** Columns and rows of the cells a rectangle covers, clamped to the grid. */
  private cellRange(r: IndexRect): [number, number, number, number] {
    const clamp = (v: number, max: number) => Math.max(0, Math.min(max, v));
    const c0 = clamp(Math.floor((r.x - this.x0) / this.cell), this.cols - 1);
    const c1 = clamp(Math.floor((r.x + r.width - this.x0) / this.cell), this.cols - 1);
    const r0 = clamp(Math.floor((r.y - this.y0) / this.cell), this.rows - 1);
    const r1 = clamp(Math.floor((r.y + r.height - this.y0) / this.cell), this.rows - 1);
    return [c0, c1, r0, r1];
  }
}

/** One number per grid cell; a rare collision only adds candidates, which are tested anyway. */
const gridKey = (col: number, row: number): number => col * 8_388_608 + row;

/**
 * A growing spatial index: rectangles are added one at a time (a router's obstacles, labels
 * placed so far) and found by the rectangle they may meet, without testing every one. A uniform
 * grid of `cell` px; a rectangle covering more than 64 cells is tested on every search. Pure.
 */
export class RectGrid<T extends IndexRect> {
  private readonly items: T[] = [];
  private readonly buckets = new Map<number, number[]>();
  private readonly large: number[] = [];
  private seen = new Uint32Array(64);
  private stamp = 0;

  /**
   * One grid that lives as long as the class. An instance's shape is kept only by live instances
   * (V8 holds the transitions to it weakly), and the grids a layout makes are all dead at the
   * next full garbage collection: their shape went with them, and the optimised code of every
   * method that embedded it was thrown away (Chromium's --trace-deopt: "embedded weak objects
   * cleared"), to be compiled again by the next layout (an expand after the bench's GC).
   */
  static readonly keepsShape: RectGrid<IndexRect> = new RectGrid();

  constructor(private readonly cell = 256) {}

  /** How many rectangles were added. */
  get size(): number {
    return this.items.length;
  }

  /** Adds a rectangle. */
  add(item: T): void {
    const i = this.items.push(item) - 1;
    if (i >= this.seen.length) {
      const grown = new Uint32Array(this.seen.length * 2);
      grown.set(this.seen);
      this.seen = grown;
    }
    const [c0, c1, r0, r1] = this.cellRange(item);
    if ((c1 - c0 + 1) * (r1 - r0 + 1) > 64) {
      this.large.push(i);
      return;
    }
    for (let row = r0; row <= r1; row++) {
      for (let col = c0; col <= c1; col++) {
        const key = gridKey(col, row);
        const bucket = this.buckets.get(key);
        if (bucket) bucket.push(i);
        else this.buckets.set(key, [i]);
      }
    }
  }

  /** Adds every rectangle of a list. */
  addAll(items: Iterable<T>): void {
    for (const item of items) this.add(item);
  }

  /**
   * Calls `visit` once for each rectangle that intersects `rect` (touching counts), in no set
   * order; `visit` returning true stops the search.
   */
  forEachIntersecting(rect: IndexRect, visit: (item: T) => boolean | void): void {
    if (++this.stamp === 0xffffffff) {
      this.seen.fill(0);
      this.stamp = 1;
    }
    const stamp = this.stamp;
    const test = (i: number): boolean => {
      if (this.seen[i] === stamp) return false;
      this.seen[i] = stamp;
      const item = this.items[i]!;
      return rectsIntersect(item, rect) && visit(item) === true;
    };
    for (const i of this.large) if (test(i)) return;
    const [c0, c1, r0, r1] = this.cellRange(rect);
    if ((c1 - c0 + 1) * (r1 - r0 + 1) > this.buckets.size) {
      for (const bucket of this.buckets.values()) for (const i of bucket) if (test(i)) return;
      return;
    }
    for (let row = r0; row <= r1; row++) {
      for (let col = c0; col <= c1; col++) {
        const bucket = this.buckets.get(gridKey(col, row));
        if (bucket) for (const i of bucket) if (test(i)) return;
      }
    }
  }

  private cellRange(r: IndexRect): [number, number, number, number] {
    const c = this.cell;
    return [Math.floor(r.x / c), Math.floor((r.x + r.width) / c), Math.floor(r.y / c), Math.floor((r.y + r.height) / c)];
  }
}
