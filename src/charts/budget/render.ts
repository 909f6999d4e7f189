/**
 * Stateless SVG templates of a budget treemap, from a `TreemapLayout`. Shared by the element
 * and server-side rendering (@lit-labs/ssr): no DOM access, no event bindings (the element
 * delegates events from the `data-key` attributes), no binding inside `<title>`.
 *
 * Tree semantics: the `<svg>` is an ARIA tree; each cell is a `treeitem` (level 1 holds a
 * `group` of its level-2 cells and reference marks); names are handed in (describe.ts). The drawn text sits in a separate layer hidden from assistive technology (the
 * names already say it all; text inside a treeitem would have to match its name).
 */
import { nothing, svg, type SVGTemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Locale } from '../../data/types.js';
import type { ChangeTone, TreemapCell, TreemapLayout, TreemapRef } from './layout/index.js';
import { drawsText, MARK_CELL } from './layout/cell.js';
import { laterCode } from './layout/later.js';
import { REF_GLYPHS } from './layout/refs.js';
import type { SliverKey } from './layout/sliver-key.js';

/** Options of {@link renderTreemapSvg}. */
export interface RenderTreemapOptions {
  readonly layout: TreemapLayout;
  readonly locale: Locale;
  /** Accessible name of the whole tree. */
  readonly label: string;
  /** Accessible name of each cell and reference mark, by key (describe.ts). */
  readonly names: ReadonlyMap<string, string>;
  /** The key of the cell that takes Tab focus (roving tabindex); none focusable when absent. */
  readonly activeKey?: string;
  /** Item id to highlight (the original of a hovered or focused 再掲 mark). */
  readonly highlightId?: string;
  /** Prefix for ids inside the SVG (patterns), unique per chart on a page. */
  readonly idPrefix?: string;
  /** Drawn on top of the cells (focus ring, highlight of a 再掲 original). */
  readonly overlay?: SVGTemplateResult;
}

/** An item's place among its siblings in the tree: `aria-posinset`, `aria-setsize`. */
type Place = readonly [posinset: number, setsize: number];

/** The options as the cells are drawn: with places when some siblings are not elements (batched). */
interface DrawOptions extends RenderTreemapOptions {
  readonly places?: ReadonlyMap<string, Place>;
}

/** Number of pillar colours / patterns; pillars beyond cycle. */
export const TREEMAP_SERIES = 8;

/** The series number (1..8) of a pillar index. */
export function seriesOf(pillar: number): number {
  return (pillar % TREEMAP_SERIES) + 1;
}

/**
 * Pattern shapes per series, for print and forced colours (colour never carries meaning alone):
 * lines at different angles, dots, cross-hatching. None is at 45°: that angle is the 補正 hatch.
 * Change tones: vertical lines for an increase, horizontal for a decrease, closer as the change
 * grows; dots for no previous figure; none for no change.
 */
function patternDefs(p: string): SVGTemplateResult {
  const line = (id: number | string, angle: number, gap: number) => svg`
    <pattern id="${p}pat-${id}" width="${gap}" height="${gap}" patternUnits="userSpaceOnUse" patternTransform="rotate(${angle})">
      <line x1="0" y1="0" x2="0" y2="${gap}" class="pattern-stroke"></line>
    </pattern>`;
  return svg`
    <defs>
      ${line(1, 60, 9)}
      ${line(2, -45, 8)}
      ${line(3, 0, 7)}
      ${line(4, 90, 7)}
      <pattern id="${p}pat-5" width="8" height="8" patternUnits="userSpaceOnUse">
        <circle cx="4" cy="4" r="1.3" class="pattern-fill"></circle>
      </pattern>
      <pattern id="${p}pat-6" width="8" height="8" patternUnits="userSpaceOnUse">
        <path d="M0 0L8 8M8 0L0 8" class="pattern-stroke"></path>
      </pattern>
      ${line(7, 30, 10)}
      <pattern id="${p}pat-8" width="10" height="10" patternUnits="userSpaceOnUse">
        <rect x="3" y="3" width="3" height="3" class="pattern-fill"></rect>
      </pattern>
      ${line('up-1', 0, 10)}${line('up-2', 0, 6)}${line('up-3', 0, 3.5)}
      ${line('down-1', 90, 10)}${line('down-2', 90, 6)}${line('down-3', 90, 3.5)}
      <pattern id="${p}pat-none" width="8" height="8" patternUnits="userSpaceOnUse">
        <circle cx="4" cy="4" r="1" class="pattern-fill"></circle>
      </pattern>
      <pattern id="${p}hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="6" height="6" class="hatch-bg"></rect>
        <line x1="0" y1="0" x2="0" y2="6" class="hatch-stroke"></line>
      </pattern>
    </defs>`;
}

function renderLabel(cell: TreemapCell): SVGTemplateResult | typeof nothing {
  const label = cell.label;
  if (!label) return nothing;
  if (cell.figureLabel) return svg`${renderLines(cell, label, 'name')}${renderLines(cell, cell.figureLabel, 'figure')}`;
  const nameLines = cell.container ? label.lines.length : (label.nameLines ?? label.lines.length);
  return svg`<text class="label label-${cell.kind}" x="${label.x}" y="${label.y}" font-size="${label.fontSize}" data-full-text="${label.fullText ?? nothing}">${label.lines.map(
    (line, i) =>
      svg`<tspan x="${label.x}" dy="${i === 0 ? 0 : label.lineHeight}" class="${i < nameLines ? 'name' : 'figure'}">${line}</tspan>`,
  )}</text>`;
}

/** A bar row's name or figures, every line of one class. */
function renderLines(cell: TreemapCell, label: NonNullable<TreemapCell['label']>, kind: 'name' | 'figure'): SVGTemplateResult {
  return svg`<text class="label label-${cell.kind} label-bar" x="${label.x}" y="${label.y}" font-size="${label.fontSize}">${label.lines.map(
    (line, i) => svg`<tspan x="${label.x}" dy="${i === 0 ? 0 : label.lineHeight}" class="${kind}">${line}</tspan>`,
  )}</text>`;
}

/**
 * The key of the cells too thin for a label (layout/sliver-key.ts): each one's letter in the
 * cell where it fits, and its name and figures under the drawing.
 */
function renderSliverKey(key: SliverKey): SVGTemplateResult {
  const entryText = (e: SliverKey['entries'][number]) =>
    e.lines.map((line, i) => {
      const dy = i === 0 ? 0 : key.lineHeight;
      // The letter of the first line in bold, as in the cell.
      if (i === 0 && e.letter && line.startsWith(`${e.letter} `)) return svg`<tspan x="${e.x}" dy="${dy}" class="key-title">${e.letter}</tspan><tspan>${line.slice(e.letter.length)}</tspan>`;
      // A bulleted line's next lines stand past its bullet.
      return svg`<tspan x="${i > 0 && e.hang ? e.x + e.hang : e.x}" dy="${dy}">${line}</tspan>`;
    });
  return svg`<g class="sliver-key" aria-hidden="true">
    ${key.entries.map((e) => (e.marker ? svg`<text class="label sliver-letter" x="${e.marker.x}" y="${e.marker.y}" font-size="${key.fontSize}" text-anchor="middle">${e.letter}</text>` : nothing))}
    ${key.title ? svg`<text class="key-text key-title" x="${key.title.x}" y="${key.title.y}" font-size="${key.fontSize}">${key.title.text}</text>` : nothing}
    ${key.restTitle ? svg`<text class="key-text key-title" x="${key.restTitle.x}" y="${key.restTitle.y}" font-size="${key.fontSize}">${key.restTitle.text}</text>` : nothing}
    ${key.entries.map((e) => svg`<text class="key-text" x="${e.x}" y="${e.y}" font-size="${key.fontSize}">${entryText(e)}</text>`)}
  </g>`;
}

function renderMismatchMark(cell: TreemapCell): SVGTemplateResult | typeof nothing {
  if (!cell.mismatch || cell.width < MARK_CELL || cell.height < MARK_CELL) return nothing;
  // A circled ≠ ("does not equal"): not the slides' ▲, which means a decrease.
  const x = cell.x + cell.width - 16;
  const y = cell.y + 2;
  return svg`<g class="mismatch-mark" transform="translate(${x} ${y})">
    <circle cx="7" cy="7" r="7"></circle><path class="neq" d="M3.5 5.2h7M3.5 8.8h7M8.8 2.8L5.2 11.2"></path></g>`;
}

export function toneHasPattern(tone: ChangeTone): boolean {
  return tone !== 'same';
}

function renderRef(ref: TreemapRef, options: DrawOptions, level: number): SVGTemplateResult {
  const active = options.activeKey === ref.key;
  const place = options.places?.get(ref.key);
  return svg`<g
    role="treeitem"
    class="ref ref-${ref.kind}"
    data-key="${ref.key}"
    aria-level="${level}"
    aria-label="${options.names.get(ref.key) ?? ref.name}"
    aria-posinset="${place?.[0] ?? nothing}"
    aria-setsize="${place?.[1] ?? nothing}"
    tabindex="${active ? 0 : -1}"
  >
    <rect class="ref-box" x="${ref.x}" y="${ref.y}" width="${ref.width}" height="${ref.height}" rx="3"></rect>
  </g>`;
}

function renderRefText(ref: TreemapRef, fontSize: number): SVGTemplateResult {
  // Baseline a little above the chip's bottom: about a quarter of the size below it is descent.
  const bottom = ref.y + ref.height - Math.round(fontSize / 3);
  // After the room for its letter in the key, where it has one (the letter is drawn with the key's).
  if (!ref.lines) return svg`<text class="ref-text" x="${ref.x + 6 + (ref.keyed ?? 0)}" y="${bottom}" font-size="${fontSize}">${refGlyph(ref)}${ref.text}</text>`;
  // A wrapped mark: one line a row, the last on the chip's bottom row.
  const row = (ref.height + 3) / ref.lines.length;
  const lines = ref.lines;
  const x = ref.x + 6 + (ref.keyed ?? 0);
  return svg`<text class="ref-text" x="${x}" y="${bottom - (lines.length - 1) * row}" font-size="${fontSize}">${lines.map(
    (line, i) => svg`<tspan x="${x}" dy="${i === 0 ? 0 : row}">${i === 0 ? refGlyph(ref) : ''}${line}</tspan>`,
  )}</text>`;
}

function refGlyph(ref: TreemapRef): string {
  return REF_GLYPHS[ref.kind];
}

/** The part of a cell left of (or above) its hatched 補正 strip. */
export function initialPart(cell: TreemapCell, strip: { x: number; y: number; width: number; height: number }): { x: number; y: number; width: number; height: number } {
  if (strip.height >= cell.height) return { x: cell.x, y: cell.y, width: Math.max(0, strip.x - cell.x), height: cell.height };
  return { x: cell.x, y: cell.y, width: cell.width, height: Math.max(0, strip.y - cell.y) };
}

function renderCell(
  cell: TreemapCell,
  children: readonly TreemapCell[],
  byParent: ReadonlyMap<string, readonly TreemapCell[]>,
  options: DrawOptions,
): SVGTemplateResult {
  const p = options.idPrefix ?? '';
  const series = seriesOf(cell.pillar);
  // Change mode: the tone of the change instead of the pillar's colour.
  // Bar form: the row is the cell (focus, pointer); the bar inside it is the drawn amount.
  // A leaf with hatched 補正 fills only its initial part: the label's box is that part.
  const bar = cell.bar ?? (cell.supplementaryRect ? initialPart(cell, cell.supplementaryRect) : cell);
  const fill = cell.changeTone ? `tone-${cell.changeTone}` : `series-${series}`;
  const pattern = cell.changeTone ? (toneHasPattern(cell.changeTone) ? `pat-${cell.changeTone}` : undefined) : `pat-${series}`;
  const active = options.activeKey === cell.key;
  const expanded = cell.container ? 'true' : cell.drill ? 'false' : undefined;
  const highlighted = options.highlightId !== undefined && cell.kind === 'item' && cell.id === options.highlightId;
  const groupSize = children.length + cell.refs.length;
  const classes = `cell kind-${cell.kind} level-${cell.level}${highlighted ? ' highlighted' : ''}${cell.mismatch ? ' has-mismatch' : ''}`;
  const name = options.names.get(cell.key) ?? cell.name;
  const place = options.places?.get(cell.key);
  const group = groupSize > 0 ? renderGroup(cell, children, byParent, options) : nothing;
  // Most cells are a fill and its pattern: one template of fixed shape, no part per missing piece
  // (the same elements as the general template below, which a page of many cells makes faster).
  if (pattern && !cell.bar && !cell.supplementaryRect && cell.kind !== 'supplementary') {
    return svg`<g role="treeitem" class="${classes}" data-key="${cell.key}" aria-level="${cell.level}" aria-label="${name}" aria-expanded="${expanded ?? nothing}" aria-posinset="${place?.[0] ?? nothing}" aria-setsize="${place?.[1] ?? nothing}" tabindex="${active ? 0 : -1}"><rect class="area ${fill}" x="${cell.x}" y="${cell.y}" width="${cell.width}" height="${cell.height}"></rect><rect class="pattern" fill="url(#${p}${pattern})" x="${cell.x}" y="${cell.y}" width="${cell.width}" height="${cell.height}"></rect>${group}</g>`;
  }
  return svg`<g
    role="treeitem"
    class="${classes}"
    data-key="${cell.key}"
    aria-level="${cell.level}"
    aria-label="${name}"
    aria-expanded="${expanded ?? nothing}"
    aria-posinset="${place?.[0] ?? nothing}"
    aria-setsize="${place?.[1] ?? nothing}"
    tabindex="${active ? 0 : -1}"
  >
    ${cell.bar ? svg`<rect class="row" x="${cell.x}" y="${cell.y}" width="${cell.width}" height="${cell.height}"></rect>` : nothing}
    <rect class="area ${fill}" x="${bar.x}" y="${bar.y}" width="${bar.width}" height="${bar.height}"></rect>
    ${pattern ? svg`<rect class="pattern" fill="url(#${p}${pattern})" x="${bar.x}" y="${bar.y}" width="${bar.width}" height="${bar.height}"></rect>` : nothing}
    ${
      cell.kind === 'supplementary'
        ? svg`<rect class="supp" fill="url(#${p}hatch)" x="${cell.x}" y="${cell.y}" width="${cell.width}" height="${cell.height}"></rect>`
        : nothing
    }
    ${
      cell.supplementaryRect
        ? svg`<rect class="supp" fill="url(#${p}hatch)" x="${cell.supplementaryRect.x}" y="${cell.supplementaryRect.y}" width="${cell.supplementaryRect.width}" height="${cell.supplementaryRect.height}"></rect>`
        : nothing
    }
    ${group}
  </g>`;
}

/** A cell's items and reference marks, one level down in the tree. */
function renderGroup(cell: TreemapCell, children: readonly TreemapCell[], byParent: ReadonlyMap<string, readonly TreemapCell[]>, options: DrawOptions): SVGTemplateResult {
  return svg`<g role="group">${children.map((c) => renderCell(c, byParent.get(c.key) ?? [], byParent, options))}${cell.refs.map((r) => renderRef(r, options, cell.level + 1))}</g>`;
}

const placesCache = new WeakMap<TreemapLayout, ReadonlyMap<string, Place>>();

/** Every cell's and mark's place among its siblings: a parent's cells in order, then its marks (once per layout). */
function placesOf(layout: TreemapLayout): ReadonlyMap<string, Place> {
  const known = placesCache.get(layout);
  if (known) return known;
  const siblings = new Map<string | undefined, string[]>();
  const add = (parent: string | undefined, key: string) => {
    const list = siblings.get(parent);
    if (list) list.push(key);
    else siblings.set(parent, [key]);
  };
  for (const c of layout.cells) add(c.parentKey, c.key);
  for (const c of layout.cells) for (const r of c.refs) add(c.key, r.key);
  for (const r of layout.rootRefs) add(undefined, r.key);
  const places = new Map<string, Place>();
  for (const keys of siblings.values()) keys.forEach((key, i) => places.set(key, [i + 1, keys.length]));
  placesCache.set(layout, places);
  return places;
}

/**
 * The cells drawn as elements, and the batched ones (`cell.batched`) drawn in paths; the active
 * cell and its enclosing cells are always elements, so the keyboard can focus any cell.
 */
function splitBatched(cells: readonly TreemapCell[], activeKey: string | undefined): { drawn: readonly TreemapCell[]; batched: readonly TreemapCell[] } {
  if (!cells.some((c) => c.batched)) return { drawn: cells, batched: [] };
  const keep = new Set<string>();
  if (activeKey !== undefined) {
    const byKey = new Map(cells.map((c) => [c.key, c]));
    for (let c = byKey.get(activeKey); c; c = c.parentKey === undefined ? undefined : byKey.get(c.parentKey)) keep.add(c.key);
  }
  const drawn: TreemapCell[] = [];
  const batched: TreemapCell[] = [];
  for (const c of cells) (c.batched && !keep.has(c.key) ? batched : drawn).push(c);
  return { drawn, batched };
}

/**
 * The treemap as an SVG tree: pillar tints with per-pillar patterns (shown in print and forced
 * colours), or in change mode tones of the change with their key; hatched 補正, ≠ marks on
 * mismatches, reference marks for 再掲/内数.
 */
export function renderTreemapSvg(renderOptions: RenderTreemapOptions): SVGTemplateResult {
  const { layout } = renderOptions;
  const { drawn, batched } = splitBatched(layout.cells, renderOptions.activeKey);
  // With cells left out of the tree (batched), each item says its place among all its siblings.
  const options: DrawOptions = batched.length > 0 ? { ...renderOptions, places: placesOf(layout) } : renderOptions;
  const level1 = drawn.filter((c) => c.level === 1);
  const byParent = new Map<string, TreemapCell[]>();
  for (const c of drawn) {
    if (c.level < 2 || c.parentKey === undefined) continue;
    let list = byParent.get(c.parentKey);
    if (!list) byParent.set(c.parentKey, (list = []));
    list.push(c);
  }
  return svg`<svg
    role="tree"
    aria-label="${options.label}"
    width="${layout.width}"
    height="${layout.height}"
    viewBox="0 0 ${layout.width} ${layout.height}"
  >
    ${patternDefs(options.idPrefix ?? '')}
    ${repeat(
      level1,
      (c) => c.key,
      (c) => renderCell(c, byParent.get(c.key) ?? [], byParent, options),
    )}
    ${layout.rootRefs.map((r) => renderRef(r, options, 1))}${batched.length > 0 ? laterCode('renderBatches')(batched, options.idPrefix ?? '') : nothing}
    <g class="labels" aria-hidden="true">
      ${drawn.filter(drawsText).map((c) => svg`${renderLabel(c)}${renderMismatchMark(c)}${c.refs.map((r) => renderRefText(r, layout.fontSize))}`)}
      ${layout.rootRefs.map((r) => renderRefText(r, layout.fontSize))}
    </g>
    ${layout.changeKey ? laterCode('renderChangeKey')(layout.changeKey, options.idPrefix ?? '', layout.fontSize) : nothing}
    ${layout.sliverKey ? renderSliverKey(layout.sliverKey) : nothing}
    <g class="overlay" aria-hidden="true">${options.overlay ?? nothing}</g>
  </svg>`;
}
