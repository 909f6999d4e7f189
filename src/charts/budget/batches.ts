/**
 * The small cells of an every-level view drawn in batch paths (render.ts draws the rest);
 * loaded on first use with the every-level code (layout/later.ts).
 */
import { nothing, svg, type SVGTemplateResult } from 'lit';
import type { TreemapCell } from './layout/index.js';
import { initialPart, seriesOf, toneHasPattern } from './render.js';

/** The paths of one level: fills, patterns and hatched 補正 parts, each list of subpaths by class. */
interface Layer {
  readonly fills: Map<string, string[]>;
  readonly patterns: Map<string, string[]>;
  readonly hatch: string[];
}

/**
 * The small cells of an every-level view of many cells (`cell.batched`): one path per fill and
 * pattern, and one for the hatched 補正 parts, instead of an element per cell. Hidden from
 * assistive technology (the tree, the focused cell and the table name them); the pointer finds
 * them through the element's spatial index (`data-batch`).
 *
 * Drawn as the elements would be (render.ts `renderCell`): level by level, so a cell is painted
 * over its parent whatever their fills (change mode gives them different tones); a cell whose
 * outline the styles set by kind or level (a level-1 cell, 補正 and unitemised cells) in a
 * group of those classes, so the same rules apply; a 補正 cell hatched whole.
 */
export function renderBatches(cells: readonly TreemapCell[], p: string): SVGTemplateResult | typeof nothing {
  if (cells.length === 0) return nothing;
  const layers: Layer[] = [];
  const add = (map: Map<string, string[]>, key: string, d: string) => {
    const list = map.get(key);
    if (list) list.push(d);
    else map.set(key, [d]);
  };
  for (const c of cells) {
    const layer = (layers[c.level] ??= { fills: new Map(), patterns: new Map(), hatch: [] });
    // A leaf with hatched 補正 fills only its initial part, as its element would.
    const d = box(c.supplementaryRect ? initialPart(c, c.supplementaryRect) : c);
    const series = seriesOf(c.pillar);
    // What `.kind-x > .area` and `.level-1 > .area` style: the cell's classes on a group around the path.
    const group = c.level === 1 || c.kind !== 'item' ? `kind-${c.kind} level-${c.level}` : '';
    add(layer.fills, `${group}|${c.changeTone ? `tone-${c.changeTone}` : `series-${series}`}`, d);
    const pattern = c.changeTone ? (toneHasPattern(c.changeTone) ? `pat-${c.changeTone}` : undefined) : `pat-${series}`;
    if (pattern) add(layer.patterns, pattern, d);
    if (c.kind === 'supplementary') layer.hatch.push(box(c));
    if (c.supplementaryRect) layer.hatch.push(box(c.supplementaryRect));
  }
  return svg`<g class="batch" data-batch="" aria-hidden="true">${Array.from(layers, (layer) => renderLayer(layer, p))}</g>`;
}

function renderLayer(layer: Layer | undefined, p: string): SVGTemplateResult | typeof nothing {
  if (!layer) return nothing;
  return svg`${[...layer.fills].map(([key, ds]) => {
    const [group, fill] = key.split('|') as [string, string];
    const path = svg`<path class="area ${fill}" d="${ds.join('')}"></path>`;
    return group ? svg`<g class="${group}">${path}</g>` : path;
  })}${[...layer.patterns].map(([pattern, ds]) => svg`<path class="pattern" fill="url(#${p}${pattern})" d="${ds.join('')}"></path>`)}${
    layer.hatch.length > 0 ? svg`<path class="supp" fill="url(#${p}hatch)" d="${layer.hatch.join('')}"></path>` : nothing
  }`;
}

/** A rectangle as a closed subpath, clockwise like the outline of a `<rect>`. */
function box(r: { x: number; y: number; width: number; height: number }): string {
  return `M${round2(r.x)} ${round2(r.y)}h${round2(r.width)}v${round2(r.height)}h${round2(-r.width)}z`;
}

function round2(v: number): number {
  return Math.round(v * 100) / 100;
}
