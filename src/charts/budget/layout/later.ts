/**
 * Layout and drawing code only some views need, loaded on first use with the chart's lazy chunk
 * (lazy.ts provides it; docs/size.md), so a page that never asks for them never loads them: an
 * every-level view (`min-cell-area="0"`: its tiling, its small cells worded on first use, their
 * batch paths), change mode's key (`mode="change"`) and the bar form (a flat budget of a few
 * items, form.ts). The element waits for that chunk before laying out such a view (for the bar
 * form, known only from the data, it shows `loading` until the chunk is there); on the server it
 * is loaded before rendering (src/ssr); a Node caller laying out such a view loads it first
 * (`await budgetLazy.load()`, charts/budget/index.ts; `policy-charts` itself, the file drawings
 * and the decks bring the bar form along).
 */
import type { HierarchyNode } from 'd3-hierarchy';
import type { nothing, SVGTemplateResult } from 'lit';
import type { ContainerHeader } from './cell-label.js';
import type { ChangeKey, ChangeTone } from './change.js';
import type { TreemapMetrics } from './metrics.js';
import type { LaidNode, TileViewOptions } from './tile.js';
import type { LayoutBarsOptions } from './bars.js';
import type { TreemapCell, TreemapContext } from './types.js';
import type { ViewNode } from './view.js';

/** What those views add to the eager layout and drawing. */
export interface LaterCode {
  /** Squarifies every level of the view (tile-later.ts). */
  tileEveryLevel(root: HierarchyNode<ViewNode>, width: number, height: number, metrics: TreemapMetrics, headerHeight: TileViewOptions['headerHeight']): LaidNode[];
  /** The cells of the view, the small ones worded on first use when there are many (lazy-cell.ts). */
  makeCells(ctx: TreemapContext, nodes: readonly LaidNode[], headers: ReadonlyMap<string, ContainerHeader>): TreemapCell[];
  /** The batched small cells in one path per fill (batches.ts); `prefix` is the drawing's id prefix. */
  renderBatches(cells: readonly TreemapCell[], prefix: string): SVGTemplateResult | typeof nothing;
  /** Lays out change mode's key under the chart (change-key.ts). */
  layoutChangeKey(ctx: TreemapContext, options: { top: number; width: number; tones: ReadonlySet<ChangeTone> }): ChangeKey | undefined;
  /** Lays out the bar form (bars.ts). */
  layoutBars(ctx: TreemapContext, options: LayoutBarsOptions): { cells: TreemapCell[]; height: number };
  /** Draws change mode's key (../change-key.ts). */
  renderChangeKey(key: ChangeKey, prefix: string, fontSize: number): SVGTemplateResult;
}

const code: Partial<LaterCode> = {};

/**
 * Makes the code available: all of it from lazy.ts, when the chunk is evaluated; the bar form's
 * from the file drawings (file.ts, pptx.ts), which are loaded on first use themselves.
 */
export function provideLaterCode(loaded: Partial<LaterCode>): void {
  Object.assign(code, loaded);
}

/** Whether one function of the code is there (loaded, or brought along by the caller). */
export function hasLaterCode(name: keyof LaterCode): boolean {
  return code[name] !== undefined;
}

/** One function of the code; throws when a caller lays out such a view without loading it first (a bug). */
export function laterCode<K extends keyof LaterCode>(name: K): LaterCode[K] {
  const f = code[name];
  if (!f) throw new Error(`treemap: ${name} before its code is loaded: await budgetLazy.load() first`);
  return f;
}
