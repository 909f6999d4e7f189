/**
 * The small cells of an every-level view drawn in batch paths (render.ts draws the rest);
 * loaded on first use with the every-level code (layout/later.ts).
 */
import { nothing, svg, type SVGTemplateResult } from 'lit';
import type { TreemapCell } from './layout/index.js';
import { seriesOf, toneHasPattern } from './render.js';

/**
 * The small cells of an every-level view of many cells (`cell.batched`): one path per fill and
 * pattern, and one for the hatched 補正 parts, instead of an element per cell. Hidden from
 * assistive technology (the tree, the focused cell and the table name them); the pointer finds
 * them through the element's spatial index (`data-batch`).
 */
export function renderBatches(cells: readonly TreemapCell[], p: string): SVGTemplateResult | typeof nothing {
  if (cells.length === 0) return nothing;
  const fills = new Map<string, string[]>();
  const patterns = new Map<string, string[]>();
  const hatch: string[] = [];
  const box = (r: { x: number; y: number; width: number; height: number }) =>
    `M${round2(r.x)} ${round2(r.y)}h${round2(r.width)}v${round2(r.height)}h${round2(-r.width)}z`;
  const add = (map: Map<string, string[]>, key: string, d: string) => {
    const list = map.get(key);
    if (list) list.push(d);
    else map.set(key, [d]);
  };
  for (const c of cells) {
    const d = box(c);
    const series = seriesOf(c.pillar);
    add(fills, c.changeTone ? `tone-${c.changeTone}` : `series-${series}`, d);
    const pattern = c.changeTone ? (toneHasPattern(c.changeTone) ? `pat-${c.changeTone}` : undefined) : `pat-${series}`;
    if (pattern) add(patterns, pattern, d);
    if (c.supplementaryRect) hatch.push(box(c.supplementaryRect));
  }
  return svg`<g class="batch" data-batch="" aria-hidden="true">${[...fills].map(([fill, ds]) => svg`<path class="area ${fill}" d="${ds.join('')}"></path>`)}${[
    ...patterns,
  ].map(([pattern, ds]) => svg`<path class="pattern" fill="url(#${p}${pattern})" d="${ds.join('')}"></path>`)}${
    hatch.length > 0 ? svg`<path class="supp" fill="url(#${p}hatch)" d="${hatch.join('')}"></path>` : nothing
  }</g>`;
}

function round2(v: number): number {
  return Math.round(v * 100) / 100;
}

