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
