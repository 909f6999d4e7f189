/**
 * The last few layouts of one chart, by the collapsed bodies they were made with: a reader who
 * opens a body and closes it again (or closes it and opens it again) comes back to a layout made
 * a moment ago, and gets that same layout again instead of laying the chart out anew (half the
 * work of an expand or collapse of a large chart, issue 13). Made only for a reader's expand or
 * collapse that keeps the arrangement (layout/keep.ts): the element empties it whenever the
 * chart is laid out afresh (another document, size, font, locale, collapsed depth, expand or
 * collapse all, 「全体を表示」) and never uses it on a slide (which fits its own drawing each time).
 * A layout is never changed once made (render.ts keeps its spatial index by identity), so one
 * can be drawn again as it is. Pure: no DOM.
 */

/** What a layout depends on besides the collapsed bodies: a remembered one is used only for the same (compared by identity). */
export interface OrgLayoutMemoInputs {
  readonly doc: unknown;
  readonly width: number;
  readonly height: number | undefined;
  readonly orientation: string;
  readonly locale: string;
  readonly measure: unknown;
  readonly fontSize: number;
}

/** How many layouts, and boxes in all, the memo keeps at most. */
export interface OrgLayoutMemoLimits {
  layouts: number;
  boxes: number;
}

export const ORG_LAYOUT_MEMO_LIMITS: Readonly<OrgLayoutMemoLimits> = { layouts: 4, boxes: 20_000 };

interface Entry<L> {
  inputs: OrgLayoutMemoInputs;
  collapsed: ReadonlySet<string>;
  layout: L;
  boxes: number;
}

const INPUT_KEYS: readonly (keyof OrgLayoutMemoInputs)[] = ['doc', 'width', 'height', 'orientation', 'locale', 'measure', 'fontSize'];

const sameInputs = (a: OrgLayoutMemoInputs, b: OrgLayoutMemoInputs): boolean => INPUT_KEYS.every((k) => Object.is(a[k], b[k]));

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false;
  for (const id of a) if (!b.has(id)) return false;
  return true;
}

/**
 * The most recent layouts (newest first), each with a copy of the collapsed bodies it was made
 * with. Holds at most `limits.layouts` layouts and `limits.boxes` boxes in all (the oldest go
 * first; a layout larger than that alone is not kept).
 */
export class OrgLayoutMemo<L extends { readonly nodes: readonly unknown[] }> {
  private entries: Entry<L>[] = [];

  constructor(private readonly limits: Readonly<OrgLayoutMemoLimits> = ORG_LAYOUT_MEMO_LIMITS) {}

  /** How many layouts are kept. */
  get size(): number {
    return this.entries.length;
  }

  /** The layout made for these inputs and exactly these collapsed bodies, if it is still kept (it becomes the newest). */
  get(inputs: OrgLayoutMemoInputs, collapsed: ReadonlySet<string>): L | undefined {
    const i = this.entries.findIndex((e) => sameInputs(e.inputs, inputs) && sameSet(e.collapsed, collapsed));
    if (i < 0) return undefined;
    const [entry] = this.entries.splice(i, 1);
    this.entries.unshift(entry!);
    return entry!.layout;
  }

  /**
   * Keeps `layout`, made for `inputs` and `collapsed` (copied: the caller may change its set
   * afterwards). Layouts for other inputs go (they are not drawn again before the chart is laid
   * out afresh); so does an older one for the same collapsed bodies.
   */
  add(inputs: OrgLayoutMemoInputs, collapsed: ReadonlySet<string>, layout: L): void {
    // A layout drawn again (just found by `get` for these bodies) becomes the newest as it is: no
    // new copy of a set of thousands of collapsed bodies (10,000 bodies: about 3,000).
    const same = this.entries.findIndex((e) => e.layout === layout);
    const entry = this.entries[same];
    if (entry && sameInputs(entry.inputs, inputs) && sameSet(entry.collapsed, collapsed)) {
      this.entries = [entry, ...this.entries.filter((e) => e !== entry && sameInputs(e.inputs, inputs))];
      return;
    }
    this.entries = this.entries.filter((e) => sameInputs(e.inputs, inputs) && !sameSet(e.collapsed, collapsed) && e.layout !== layout);
    const boxes = layout.nodes.length;
    if (boxes > this.limits.boxes || this.limits.layouts < 1) return;
    this.entries.unshift({ inputs, collapsed: new Set(collapsed), layout, boxes });
    let total = 0;
    let keep = 0;
    while (keep < this.entries.length && keep < this.limits.layouts && total + this.entries[keep]!.boxes <= this.limits.boxes) total += this.entries[keep++]!.boxes;
    this.entries.length = keep;
  }

  /** Forgets every layout. */
  clear(): void {
    this.entries = [];
  }
}

/** How many drawn layouts, layouts made ahead in all, and boxes in all {@link OrgLayoutsAhead} keeps at most. */
export const ORG_LAYOUTS_AHEAD_LIMITS = { from: 3, layouts: 24, boxes: 20_000 } as const;

interface AheadGroup<L> {
  inputs: OrgLayoutMemoInputs;
  /** The drawn layout they were made from (each keeps its arrangement). */
  from: L;
  /** The bodies collapsed in `from` (a copy, shared by every layout of the group). */
  collapsed: ReadonlySet<string>;
  /** Per collapsed body: the layout with it opened. */
  open: Map<string, L>;
}

/**
 * Layouts made ahead (in idle time) for the expands a reader can make next: per drawn layout, the
 * layout with one of its collapsed bodies opened. Kept for the last few drawn layouts (a reader who
 * opens a body and closes it again is back at the first, whose layouts ahead are still good), the
 * collapsed bodies copied once per drawn layout (10,000 bodies: about 3,000 ids), not once per
 * layout ahead. Pure: no DOM.
 */
export class OrgLayoutsAhead<L extends { readonly nodes: readonly unknown[] }> {
  private groups: AheadGroup<L>[] = [];

  constructor(private readonly limits: { readonly from: number; readonly layouts: number; readonly boxes: number } = ORG_LAYOUTS_AHEAD_LIMITS) {}

  /** How many layouts ahead are kept. */
  get size(): number {
    return this.groups.reduce((n, g) => n + g.open.size, 0);
  }

  /** Whether the layout of `from` with body `id` opened is kept (made for `inputs`). */
  has(inputs: OrgLayoutMemoInputs, from: L, id: string): boolean {
    return this.group(inputs, from)?.open.has(id) === true;
  }

  /**
   * The layout made ahead from `from` for exactly these collapsed bodies (one of `from`'s opened),
   * if it is kept; `from`'s layouts then become the newest.
   */
  get(inputs: OrgLayoutMemoInputs, from: L, collapsed: ReadonlySet<string>): L | undefined {
    const group = this.group(inputs, from);
    if (!group || collapsed.size !== group.collapsed.size - 1) return undefined;
    for (const [id, layout] of group.open) {
      if (collapsed.has(id)) continue;
      // The one body opened: every other body collapsed then is collapsed now (sizes equal).
      for (const c of collapsed) if (!group.collapsed.has(c)) return undefined;
      this.groups = [group, ...this.groups.filter((g) => g !== group)];
      return layout;
    }
    return undefined;
  }

  /**
   * Keeps `layout`: `from` (made for `inputs`, with bodies `collapsed`, copied if new) with body
   * `id` opened. Layouts for other inputs go; so do the oldest drawn layouts' beyond the limits.
   */
  add(inputs: OrgLayoutMemoInputs, from: L, collapsed: ReadonlySet<string>, id: string, layout: L): void {
    let group = this.group(inputs, from);
    this.groups = this.groups.filter((g) => g !== group && sameInputs(g.inputs, inputs));
    group ??= { inputs, from, collapsed: new Set(collapsed), open: new Map() };
    group.open.set(id, layout);
    this.groups.unshift(group);
    // The newest first; a layout beyond the limits goes with every older one.
    let layouts = 0;
    let boxes = 0;
    const kept: AheadGroup<L>[] = [];
    for (const g of this.groups.slice(0, this.limits.from)) {
      for (const [k, l] of [...g.open].reverse()) {
        if (layouts + 1 > this.limits.layouts || boxes + l.nodes.length > this.limits.boxes) g.open.delete(k);
        else {
          layouts++;
          boxes += l.nodes.length;
        }
      }
      if (g.open.size) kept.push(g);
    }
    this.groups = kept;
  }

  /** Forgets every layout ahead. */
  clear(): void {
    this.groups = [];
  }

  private group(inputs: OrgLayoutMemoInputs, from: L): AheadGroup<L> | undefined {
    return this.groups.find((g) => g.from === from && sameInputs(g.inputs, inputs));
  }
}
