/**
 * The part of d3-hierarchy the layouts use: `hierarchy`, the tidy `tree` (Buchheim et al.'s
 * Reingold–Tilford) and the squarified `treemap`, ported from d3-hierarchy 3.1 (ISC licence,
 * Copyright 2010-2026 Mike Bostock) with the same arithmetic in the same order, so positions are
 * identical (test/unit/hierarchy.test.ts compares them with d3-hierarchy's on random trees).
 * d3's node prototype carries fourteen methods, all in every bundle; these nodes carry the five
 * the layouts call. About 1 kB gzipped less for each chart that lays out a tree.
 */

/** A node of a hierarchy, as d3-hierarchy's `HierarchyNode` (the methods the layouts use). */
export interface HierarchyNode<T> {
  data: T;
  /** 0 for the root. */
  depth: number;
  /** 0 for leaves; the greatest distance to a descendant leaf otherwise. */
  height: number;
  parent: this | null;
  /** Absent on leaves (never an empty array). */
  children?: this[];
  /** Set by {@link HierarchyNode.sum}. */
  value?: number;
  /** Sets `value` from the leaves up: `valueOf(data)` plus the children's values. */
  sum(valueOf: (data: T) => number): this;
  /** Calls `callback` on every node, breadth first. */
  each(callback: (node: this) => void): this;
  /** Calls `callback` on every node, each before its children (pre-order). */
  eachBefore(callback: (node: this) => void): this;
  /** Calls `callback` on every node, each after its children (post-order). */
  eachAfter(callback: (node: this) => void): this;
  /** Every node, breadth first. */
  descendants(): this[];
}

/** A node laid out by {@link tree}. */
export interface HierarchyPointNode<T> extends HierarchyNode<T> {
  x: number;
  y: number;
}

/** A node laid out by {@link treemap}. */
export interface HierarchyRectangularNode<T> extends HierarchyNode<T> {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

interface Walkable {
  children?: Walkable[] | null;
}

function eachBefore<N extends Walkable>(root: N, callback: (node: N) => void): void {
  const nodes = [root];
  let node: N | undefined;
  while ((node = nodes.pop())) {
    callback(node);
    const children = node.children as N[] | null | undefined;
    if (children) for (let i = children.length - 1; i >= 0; --i) nodes.push(children[i]!);
  }
}

function eachAfter<N extends Walkable>(root: N, callback: (node: N) => void): void {
  const nodes = [root];
  const next: N[] = [];
  let node: N | undefined;
  while ((node = nodes.pop())) {
    next.push(node);
    const children = node.children as N[] | null | undefined;
    if (children) for (const child of children) nodes.push(child);
  }
  while ((node = next.pop())) callback(node);
}

class Node<T> {
  depth = 0;
  height = 0;
  parent: this | null = null;
  children?: this[];
  value?: number;
  constructor(public data: T) {}

  sum(valueOf: (data: T) => number): this {
    return this.eachAfter((node) => {
      let sum = +valueOf(node.data) || 0;
      const children = node.children;
      if (children) for (let i = children.length - 1; i >= 0; --i) sum += children[i]!.value!;
      node.value = sum;
    });
  }

  each(callback: (node: this) => void): this {
    for (const node of this.descendants()) callback(node);
    return this;
  }

  eachBefore(callback: (node: this) => void): this {
    eachBefore(this, callback);
    return this;
  }

  eachAfter(callback: (node: this) => void): this {
    eachAfter(this, callback);
    return this;
  }

  descendants(): this[] {
    const out: this[] = [];
    let next: this[] = [this];
    do {
      const current = next.reverse();
      next = [];
      let node: this | undefined;
      while ((node = current.pop())) {
        out.push(node);
        if (node.children) next.push(...node.children);
      }
    } while (next.length);
    return out;
  }
}

/** The hierarchy of `data`, with `children(d)` giving each datum's children. */
export function hierarchy<T>(data: T, children: (d: T) => Iterable<T> | null | undefined): HierarchyNode<T> {
  const root = new Node(data);
  const nodes = [root];
  let node: Node<T> | undefined;
  while ((node = nodes.pop())) {
    const kids = children(node.data);
    const list = kids ? Array.from(kids) : [];
    if (list.length > 0) {
      const made = list.map((d) => new Node(d));
      node.children = made;
      for (let i = made.length - 1; i >= 0; --i) {
        const child = made[i]!;
        child.parent = node;
        child.depth = node.depth + 1;
        nodes.push(child);
      }
    }
  }
  return root.eachBefore((n) => {
    let height = 0;
    let at: Node<T> | null = n;
    do at.height = height;
    while ((at = at.parent) && at.height < ++height);
  });
}

/* ---------------------------------------------------------------- tree ---------------- */

interface TreeNode {
  _: HierarchyPointNode<unknown>;
  parent: TreeNode | null;
  children: TreeNode[] | null;
  /** Default ancestor. */
  A: TreeNode | null;
  /** Ancestor. */
  a: TreeNode;
  /** Preliminary x. */
  z: number;
  /** Modifier. */
  m: number;
  /** Change. */
  c: number;
  /** Shift. */
  s: number;
  /** Thread. */
  t: TreeNode | null;
  /** Index among its siblings. */
  i: number;
}

function treeNode(node: HierarchyPointNode<unknown> | null, i: number): TreeNode {
  const t = { _: node!, parent: null, children: null, A: null, z: 0, m: 0, c: 0, s: 0, t: null, i } as unknown as TreeNode;
  t.a = t;
  return t;
}

const nextLeft = (v: TreeNode): TreeNode | null => (v.children ? v.children[0]! : v.t);
const nextRight = (v: TreeNode): TreeNode | null => (v.children ? v.children[v.children.length - 1]! : v.t);

/** A tidy tree layout, as d3-hierarchy's `tree()` with `nodeSize` (the layouts' only mode). */
export interface TreeLayout<T> {
  (root: HierarchyNode<T>): HierarchyPointNode<T>;
  nodeSize(size: [number, number]): this;
  separation(separation: (a: HierarchyPointNode<T>, b: HierarchyPointNode<T>) => number): this;
}

/** d3-hierarchy's `tree()`: a node-link tree with Buchheim et al.'s linear-time algorithm. */
export function tree<T>(): TreeLayout<T> {
  let separation = (a: HierarchyPointNode<T>, b: HierarchyPointNode<T>): number => (a.parent === b.parent ? 1 : 2);
  let dx = 1;
  let dy = 1;
  const sep = (a: TreeNode, b: TreeNode) => separation(a._ as HierarchyPointNode<T>, b._ as HierarchyPointNode<T>);

  function firstWalk(v: TreeNode): void {
    const children = v.children;
    const siblings = v.parent!.children!;
    const w = v.i ? siblings[v.i - 1]! : null;
    if (children) {
      let shift = 0;
      let change = 0;
      for (let i = children.length - 1; i >= 0; --i) {
        const c = children[i]!;
        c.z += shift;
        c.m += shift;
        shift += c.s + (change += c.c);
      }
      const midpoint = (children[0]!.z + children[children.length - 1]!.z) / 2;
      if (w) {
        v.z = w.z + sep(v, w);
        v.m = v.z - midpoint;
      } else v.z = midpoint;
    } else if (w) v.z = w.z + sep(v, w);
    v.parent!.A = apportion(v, w, v.parent!.A || siblings[0]!);
  }

  function apportion(v: TreeNode, w: TreeNode | null, ancestor: TreeNode): TreeNode {
    if (w) {
      let vip: TreeNode | null = v;
      let vop = v;
      let vim: TreeNode | null = w;
      let vom = vip.parent!.children![0]!;
      let sip = vip.m;
      let sop = vop.m;
      let sim = vim.m;
      let som = vom.m;
      for (;;) {
        vim = nextRight(vim!);
        vip = nextLeft(vip!);
        if (!vim || !vip) break;
        vom = nextLeft(vom)!;
        vop = nextRight(vop)!;
        vop.a = v;
        const shift = vim.z + sim - vip.z - sip + sep(vim, vip);
        if (shift > 0) {
          const wm = vim.a.parent === v.parent ? vim.a : ancestor;
          const change = shift / (v.i - wm.i);
          v.c -= change;
          v.s += shift;
          wm.c += change;
          v.z += shift;
          v.m += shift;
          sip += shift;
          sop += shift;
        }
        sim += vim.m;
        sip += vip.m;
        som += vom.m;
        sop += vop.m;
      }
      if (vim && !nextRight(vop)) {
        vop.t = vim;
        vop.m += sim - sop;
      }
      if (vip && !nextLeft(vom)) {
        vom.t = vip;
        vom.m += sip - som;
        ancestor = v;
      }
    }
    return ancestor;
  }

  const layout = ((root: HierarchyNode<T>) => {
    const laid = root as HierarchyPointNode<T>;
    const t = treeNode(laid as HierarchyPointNode<unknown>, 0);
    const nodes = [t];
    let node: TreeNode | undefined;
    while ((node = nodes.pop())) {
      const children = node._.children;
      if (children) {
        node.children = children.map((c, i) => {
          const child = treeNode(c, i);
          child.parent = node!;
          return child;
        });
        for (let i = node.children.length - 1; i >= 0; --i) nodes.push(node.children[i]!);
      }
    }
    (t.parent = treeNode(null, 0)).children = [t];
    eachAfter(t, firstWalk);
    t.parent.m = -t.z;
    eachBefore(t, (v) => {
      v._.x = v.z + v.parent!.m;
      v.m += v.parent!.m;
    });
    laid.eachBefore((n) => {
      n.x *= dx;
      n.y = n.depth * dy;
    });
    return laid;
  }) as TreeLayout<T>;
  layout.nodeSize = (size) => {
    [dx, dy] = [+size[0], +size[1]];
    return layout;
  };
  layout.separation = (f) => {
    separation = f;
    return layout;
  };
  return layout;
}

/* ------------------------------------------------------------- treemap ---------------- */

interface Tileable {
  children?: { value?: number; x0: number; y0: number; x1: number; y1: number }[];
  value?: number;
}

/** How a treemap divides a node's rectangle among its children. */
export type TreemapTile = (node: Tileable, x0: number, y0: number, x1: number, y1: number) => void;

function dice(parent: Tileable, x0: number, y0: number, x1: number, y1: number): void {
  const k = parent.value && (x1 - x0) / parent.value;
  for (const node of parent.children!) {
    node.y0 = y0;
    node.y1 = y1;
    node.x0 = x0;
    node.x1 = x0 += node.value! * k!;
  }
}

function slice(parent: Tileable, x0: number, y0: number, x1: number, y1: number): void {
  const k = parent.value && (y1 - y0) / parent.value;
  for (const node of parent.children!) {
    node.x0 = x0;
    node.x1 = x1;
    node.y0 = y0;
    node.y1 = y0 += node.value! * k!;
  }
}

const PHI = (1 + Math.sqrt(5)) / 2;

/** d3-hierarchy's `treemapSquarify`: rows of cells as close to the golden ratio as they come. */
export const treemapSquarify: TreemapTile = (parent, x0, y0, x1, y1) => {
  const nodes = parent.children!;
  const n = nodes.length;
  let value = parent.value!;
  let i0 = 0;
  let i1 = 0;
  while (i0 < n) {
    const dx = x1 - x0;
    const dy = y1 - y0;
    let sumValue: number;
    // The next non-empty node.
    do sumValue = nodes[i1++]!.value!;
    while (!sumValue && i1 < n);
    let minValue = sumValue;
    let maxValue = sumValue;
    const alpha = Math.max(dy / dx, dx / dy) / (value * PHI);
    let beta = sumValue * sumValue * alpha;
    let minRatio = Math.max(maxValue / beta, beta / minValue);
    // Keep adding nodes while the aspect ratio holds or improves.
    for (; i1 < n; ++i1) {
      const nodeValue = nodes[i1]!.value!;
      sumValue += nodeValue;
      if (nodeValue < minValue) minValue = nodeValue;
      if (nodeValue > maxValue) maxValue = nodeValue;
      beta = sumValue * sumValue * alpha;
      const newRatio = Math.max(maxValue / beta, beta / minValue);
      if (newRatio > minRatio) {
        sumValue -= nodeValue;
        break;
      }
      minRatio = newRatio;
    }
    const row: Tileable = { value: sumValue, children: nodes.slice(i0, i1) };
    if (dx < dy) dice(row, x0, y0, x1, value ? (y0 += (dy * sumValue) / value) : y1);
    else slice(row, x0, y0, value ? (x0 += (dx * sumValue) / value) : x1, y1);
    value -= sumValue;
    i0 = i1;
  }
};

type Padding<T> = number | ((node: HierarchyRectangularNode<T>) => number);

/** A treemap layout, as d3-hierarchy's `treemap()` (the settings the layouts use). */
export interface TreemapLayout<T> {
  (root: HierarchyNode<T>): HierarchyRectangularNode<T>;
  tile(tile: TreemapTile): this;
  size(size: [number, number]): this;
  round(round: boolean): this;
  paddingInner(padding: Padding<T>): this;
  paddingOuter(padding: Padding<T>): this;
  paddingTop(padding: Padding<T>): this;
  paddingRight(padding: Padding<T>): this;
  paddingBottom(padding: Padding<T>): this;
  paddingLeft(padding: Padding<T>): this;
}

/** d3-hierarchy's `treemap()`. */
export function treemap<T>(): TreemapLayout<T> {
  type R = HierarchyRectangularNode<T>;
  const zero = () => 0;
  const fn = (p: Padding<T>): ((node: R) => number) => (typeof p === 'function' ? p : () => +p);
  let tile: TreemapTile = treemapSquarify;
  let round = false;
  let dx = 1;
  let dy = 1;
  let paddingStack = [0];
  let inner: (node: R) => number = zero;
  let top: (node: R) => number = zero;
  let right: (node: R) => number = zero;
  let bottom: (node: R) => number = zero;
  let left: (node: R) => number = zero;

  const position = (node: R): void => {
    let p = paddingStack[node.depth]!;
    let x0 = node.x0 + p;
    let y0 = node.y0 + p;
    let x1 = node.x1 - p;
    let y1 = node.y1 - p;
    if (x1 < x0) x0 = x1 = (x0 + x1) / 2;
    if (y1 < y0) y0 = y1 = (y0 + y1) / 2;
    node.x0 = x0;
    node.y0 = y0;
    node.x1 = x1;
    node.y1 = y1;
    if (node.children) {
      p = paddingStack[node.depth + 1] = inner(node) / 2;
      x0 += left(node) - p;
      y0 += top(node) - p;
      x1 -= right(node) - p;
      y1 -= bottom(node) - p;
      if (x1 < x0) x0 = x1 = (x0 + x1) / 2;
      if (y1 < y0) y0 = y1 = (y0 + y1) / 2;
      tile(node as Tileable, x0, y0, x1, y1);
    }
  };

  const layout = ((root: HierarchyNode<T>) => {
    const r = root as R;
    r.x0 = r.y0 = 0;
    r.x1 = dx;
    r.y1 = dy;
    r.eachBefore(position);
    paddingStack = [0];
    if (round) {
      r.eachBefore((n) => {
        n.x0 = Math.round(n.x0);
        n.y0 = Math.round(n.y0);
        n.x1 = Math.round(n.x1);
        n.y1 = Math.round(n.y1);
      });
    }
    return r;
  }) as TreemapLayout<T>;
  layout.tile = (t) => ((tile = t), layout);
  layout.size = (s) => ((dx = +s[0]), (dy = +s[1]), layout);
  layout.round = (x) => ((round = !!x), layout);
  layout.paddingInner = (p) => ((inner = fn(p)), layout);
  layout.paddingTop = (p) => ((top = fn(p)), layout);
  layout.paddingRight = (p) => ((right = fn(p)), layout);
  layout.paddingBottom = (p) => ((bottom = fn(p)), layout);
  layout.paddingLeft = (p) => ((left = fn(p)), layout);
  layout.paddingOuter = (p) => layout.paddingTop(p).paddingRight(p).paddingBottom(p).paddingLeft(p);
  return layout;
}
