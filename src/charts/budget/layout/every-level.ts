/**
 * The code only an every-level view (`min-cell-area="0"`) needs: its tiling, its small cells
 * worded on first use, and their drawing in batch paths. It comes with the chart's lazy chunk
 * (lazy.ts provides it; docs/size.md), so a page that never asks for every leaf never loads it.
 * The element waits for that chunk before laying out such a view; on the server it is loaded
 * before rendering (src/ssr); a Node caller laying out such a view loads it first
 * (`await budgetLazy.load()`, charts/budget/index.ts).
 */
import type { HierarchyNode } from 'd3-hierarchy';
import type { nothing, SVGTemplateResult } from 'lit';
import type { ContainerHeader } from './cell-label.js';
import type { TreemapMetrics } from './metrics.js';
import type { LaidNode, TileViewOptions } from './tile.js';
import type { TreemapCell, TreemapContext } from './types.js';
import type { ViewNode } from './view.js';

/** What the every-level view adds to the eager layout and drawing. */
export interface EveryLevelCode {
  /** Squarifies every level of the view (tile-every-level.ts). */
  tileEveryLevel(root: HierarchyNode<ViewNode>, width: number, height: number, metrics: TreemapMetrics, headerHeight: TileViewOptions['headerHeight']): LaidNode[];
  /** The cells of the view, the small ones worded on first use when there are many (lazy-cell.ts). */
  makeCells(ctx: TreemapContext, nodes: readonly LaidNode[], headers: ReadonlyMap<string, ContainerHeader>): TreemapCell[];
  /** The batched small cells in one path per fill (batches.ts); `prefix` is the drawing's id prefix. */
  renderBatches(cells: readonly TreemapCell[], prefix: string): SVGTemplateResult | typeof nothing;
}

let code: EveryLevelCode | undefined;

/** Makes the every-level code available (lazy.ts, when the chunk is evaluated). */
export function provideEveryLevel(loaded: EveryLevelCode): void {
  code = loaded;
}

/** The every-level code; throws when a caller lays out such a view without loading it first (a bug). */
export function everyLevelCode(): EveryLevelCode {
  if (!code) throw new Error('treemap: every-level view (min-cell-area 0) before its code is loaded: await budgetLazy.load() first');
  return code;
}
