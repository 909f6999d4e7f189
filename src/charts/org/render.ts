/**
 * Stateless SVG templates of the org chart, mapping a layout (layout/index.ts) to
 * markup. No DOM access and no state: the element and the server-side renderer
 * (@lit-labs/ssr) both call these. Interaction is by event delegation on the element, using the
 * `data-id` and `data-action` attributes written here.
 */
import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { ORG_LINK_LABELS, ORG_UI } from './words.js';
import type { Locale, LinkType } from '../../data/types.js';
import { ORG_DIRECTED_LINKS, type OrgChartLayout, type OrgLinkLayout, type OrgNodeLayout } from './layout/index.js';
import type { Point } from './layout/route.js';
import { cssProps, type CSSProps } from '../../kit/css-props.js';

/** The pan and zoom of the drawing: content is scaled by `k`, then moved by (`tx`, `ty`). */
export interface OrgView {
  k: number;
  tx: number;
  ty: number;
  /** Size of the visible viewport in px. */
  width: number;
  height: number;
}

/** Options of {@link renderOrgChartSvg}. */
export interface RenderOrgChartOptions {
  layout: OrgChartLayout;
  view: OrgView;
  locale: Locale;
  /** Accessible name of each body (see describe.ts). */
  names: ReadonlyMap<string, string>;
  /** Label of the tree. */
  label: string;
  /** Language of the labels in the data (`lang` of the document). */
  lang?: string;
  /** Id of an element describing the keyboard use (aria-describedby). */
  describedBy?: string;
  /** The body with tabindex=0 (roving tabindex). */
  activeId?: string;
  selectedId?: string;
  /** Bodies matching the search, highlighted. */
  matches?: ReadonlySet<string>;
  /**
   * Bodies that have just appeared (their parent was expanded): they grow out of their
   * parent's box, by CSS transitions that reduced motion turns off. Empty on a first drawing.
   */
  entering?: ReadonlySet<string>;
}

/** An SVG path through the points. */
export function toPathData(points: readonly Point[]): string {
  return points.map((p, i) => `${i ? 'L' : 'M'}${p[0]} ${p[1]}`).join('');
}

/** The dash pattern of each link type: a line style, so the type never rests on colour alone. */
export const ORG_LINK_DASHES: Readonly<Record<LinkType, string>> = {
  cooperation: '7 4',
  'joint-secretariat': 'none',
  jurisdiction: '12 3 2 3',
  advice: '2 3',
  other: '14 5',
};

function renderToggle(node: OrgNodeLayout, layout: OrgChartLayout): SVGTemplateResult | typeof nothing {
  if (node.childCount === 0) return nothing;
  const topDown = layout.orientation === 'top-down';
  const r = layout.metrics.toggleRadius;
  const cx = topDown ? node.width / 2 : node.width;
  const cy = topDown ? node.height : node.height / 2;
  // + when collapsed, − when expanded; the shape, not colour, tells the state.
  const d = node.expanded ? `M${cx - 4} ${cy}h8` : `M${cx - 4} ${cy}h8M${cx} ${cy - 4}v8`;
  return svg`<g class="toggle" data-action="toggle"><circle cx=${cx} cy=${cy} r=${r}></circle><path d=${d}></path></g>`;
}

/**
 * The inline style placing a box: its translation, and for a box that has just appeared the
 * place it grows from (its parent's box, read by `@starting-style` in the element's styles).
 */
function placeStyle(node: OrgNodeLayout, layout: OrgChartLayout, entering: boolean): CSSProps {
  const base = { transform: `translate(${node.x}px,${node.y}px)` };
  const parent = entering && node.parentId ? layout.byId.get(node.parentId) : undefined;
  if (!parent) return base;
  const topDown = layout.orientation === 'top-down';
  const fx = topDown ? parent.x + (parent.width - node.width) / 2 : parent.x + parent.width - node.width;
  const fy = topDown ? parent.y + parent.height - node.height : parent.y + (parent.height - node.height) / 2;
  return { ...base, '--_from': `translate(${Math.round(fx)}px,${Math.round(fy)}px) scale(0.4)` };
}

/** The count of links into a collapsed box's subtree that are not drawn as lines. */
function renderFoldedBadge(node: OrgNodeLayout, layout: OrgChartLayout): SVGTemplateResult | typeof nothing {
  const M = layout.metrics;
  const b = node.foldedBadge;
  if (!b) return nothing;
  return svg`<g class="folded"><rect x=${b.x} y=${b.y} width=${b.width} height=${b.height} rx="3"></rect><text
    x=${b.x + b.width / 2}
    y=${b.y + b.height / 2 + M.badgeSize * 0.36}
  >${b.text}</text></g>`;
}

function renderBox(node: OrgNodeLayout, layout: OrgChartLayout, selected: boolean, matched: boolean, entering: boolean): SVGTemplateResult {
  const { width, height } = node;
  const M = layout.metrics;
  const cls = `box${matched ? ' match' : ''}${selected ? ' selected' : ''}${entering ? ' entering' : ''}`;
  // data-lane: the body's own lane from the data ('' for none), read by the layout lint's lane rule.
  return svg`<g class=${cls} data-kind=${node.body.kind} data-lane=${node.body.lane ?? ''} style=${cssProps(placeStyle(node, layout, entering))}>
    <rect class="frame" width=${width} height=${height} rx="4"></rect>
    ${matched ? svg`<rect class="match-mark" x="3" y="3" width=${width - 6} height=${height - 6} rx="3"></rect>` : nothing}
    <rect class="badge" x=${M.padding} y=${M.padding} width=${node.badge.width} height=${M.badgeHeight} rx="9"></rect>
    <text class="badge-text" x=${M.padding + node.badge.width / 2} y=${M.padding + M.badgeHeight / 2 + M.badgeSize * 0.36}>${node.badge.text}</text>
    ${node.lines.map((l) => svg`<text class=${l.kind} x=${l.x} y=${l.y}>${l.text}</text>`)}
    ${node.counts.map(
      (c) => svg`<g class="count"><rect x=${c.x} y=${c.y} width=${c.width} height=${c.height} rx="11"></rect><text x=${c.x + 10} y=${c.y + c.height / 2 + M.textSize * 0.36}>${c.text} ▸</text></g>`,
    )}
    ${renderFoldedBadge(node, layout)}
  </g>`;
}

/**
 * The interactive part of a box, inside its treeitem: a transparent hit area, the count and
 * toggle buttons' hit areas, the selection and focus rings. It holds no text, so the treeitem's
 * accessible name is all a screen reader hears (the visible text is drawn, hidden, below it).
 */
function renderHit(node: OrgNodeLayout, layout: OrgChartLayout, selected: boolean, entering: boolean): SVGTemplateResult {
  const { width, height } = node;
  return svg`<g class=${entering ? 'hit entering' : 'hit'} style=${cssProps(placeStyle(node, layout, entering))}>
    <rect class="hit-area" width=${width} height=${height} rx="4"></rect>
    ${node.counts.map((c) => svg`<rect class="hit-area" data-action="details" x=${c.x} y=${c.y} width=${c.width} height=${c.height}></rect>`)}
    ${node.foldedBadge
      ? svg`<rect class="hit-area" data-action="details" x=${node.foldedBadge.x} y=${node.foldedBadge.y} width=${node.foldedBadge.width} height=${node.foldedBadge.height}></rect>`
      : nothing}
    ${selected ? svg`<rect class="selected-ring" x="-3" y="-3" width=${width + 6} height=${height + 6} rx="6"></rect>` : nothing}
    <rect class="focus-ring" x="-5" y="-5" width=${width + 10} height=${height + 10} rx="7"></rect>
    ${renderToggle(node, layout)}
  </g>`;
}

/** Ids of the line-end markers, defined once in each chart's `<defs>`. */
const MARKER = { arrow: 'org-arrow', arrowOpen: 'org-arrow-open', open: 'org-open-end' } as const;

/**
 * The end markers of a link: an arrowhead at `to` for a directed type (所管), a hollow one when
 * `to` stands for a collapsed subtree, and a hollow circle at an undirected collapsed end.
 */
function markersOf(l: OrgLinkLayout): { start?: string; end?: string } {
  const end = l.directed ? (l.collapsedTo ? MARKER.arrowOpen : MARKER.arrow) : l.collapsedTo ? MARKER.open : undefined;
  return { start: l.collapsedFrom ? `url(#${MARKER.open})` : undefined, end: end ? `url(#${end})` : undefined };
}

function renderLink(l: OrgLinkLayout): SVGTemplateResult {
  const d = toPathData(l.points);
  const m = markersOf(l);
  const cls = `link link-${l.type}${l.collapsedFrom || l.collapsedTo ? ' into-collapsed' : ''}`;
  if (l.type === 'joint-secretariat') {
    // A double line: a wide stroke with a narrower background-coloured stroke on top.
    return svg`<g class=${cls}><path class="double-outer" d=${d}></path><path class="double-inner" d=${d}></path><path
        class="marker-carrier" d=${d} marker-start=${m.start ?? nothing} marker-end=${m.end ?? nothing}></path></g>`;
  }
  return svg`<g class=${cls}><path d=${d} stroke-dasharray=${ORG_LINK_DASHES[l.type]} marker-start=${m.start ?? nothing} marker-end=${m.end ?? nothing}></path></g>`;
}

/** Marker shapes: filled arrow, hollow arrow, hollow circle; coloured by the styles (forced colours too). */
const markerDefs = svg`<defs>
  <marker id=${MARKER.arrow} viewBox="0 0 10 10" refX="10" refY="5" markerWidth="11" markerHeight="11" markerUnits="userSpaceOnUse" orient="auto-start-reverse">
    <path class="arrowhead" d="M0 0L10 5L0 10z"></path>
  </marker>
  <marker id=${MARKER.arrowOpen} viewBox="-1 -1 12 12" refX="10" refY="5" markerWidth="13" markerHeight="13" markerUnits="userSpaceOnUse" orient="auto-start-reverse">
    <path class="arrowhead-open" d="M0 0L10 5L0 10z"></path>
  </marker>
  <marker id=${MARKER.open} viewBox="0 0 12 12" refX="6" refY="6" markerWidth="11" markerHeight="11" markerUnits="userSpaceOnUse">
    <circle class="open-end" cx="6" cy="6" r="4.5"></circle>
  </marker>
</defs>`;

/**
 * The path of a tree connector again as a CSS `d` with a fixed command structure (M L L L), so
 * that the browser can move it smoothly when boxes shift (M L L L L for a leaf in a column); the `d` attribute stays for SVG
 * viewers that ignore CSS.
 */
function edgePathStyle(points: readonly Point[]): CSSProps {
  // A straight connector gets four points too; column connectors (compact) have five.
  const p = points.length >= 4 ? points : [points[0]!, points[0]!, points[points.length - 1]!, points[points.length - 1]!];
  return { d: `path('${toPathData(p)}')` };
}

/**
 * The chart as one `<svg>`: lanes, tree connectors, typed links, and the bodies as an ARIA
 * tree (`role="tree"` / `treeitem` / `group`, nested as the hierarchy is).
 */
export function renderOrgChartSvg(options: RenderOrgChartOptions): TemplateResult {
  const { layout, view, names, activeId, selectedId, matches, entering, locale } = options;
  const M = layout.metrics;
  const nameOf = (node: OrgNodeLayout): string => {
    const name = names.get(node.id) ?? node.body.name;
    return node.foldedBadge ? `${name}${locale === 'ja' ? '。' : '. '}${ORG_UI[locale].foldedName(node.foldedBadge.count)}` : name;
  };
  const renderNode = (id: string): SVGTemplateResult => {
    const node = layout.byId.get(id)!;
    const selected = node.id === selectedId;
    return svg`<g
      role="treeitem"
      class="node"
      data-id=${node.id}
      tabindex=${node.id === activeId ? '0' : '-1'}
      aria-level=${node.depth + 1}
      aria-setsize=${node.setsize}
      aria-posinset=${node.posinset}
      aria-expanded=${node.childCount > 0 ? String(node.expanded) : nothing}
      aria-selected=${selected ? 'true' : 'false'}
      aria-label=${nameOf(node)}
    >${renderHit(node, layout, selected, entering?.has(node.id) ?? false)}${node.childIds.length
      ? svg`<g role="group">${repeat(node.childIds, (c) => c, renderNode)}</g>`
      : nothing}</g>`;
  };
  return html`<svg
    class="org"
    width=${view.width}
    height=${view.height}
    viewBox=${`0 0 ${view.width} ${view.height}`}
    role="none"
    lang=${options.lang ?? nothing}
    style=${cssProps({ '--_org-name-size': `${M.nameSize}px`, '--_org-text-size': `${M.textSize}px`, '--_org-badge-size': `${M.badgeSize}px` })}
  >
    ${markerDefs}
    <g class="viewport" transform=${`translate(${view.tx} ${view.ty}) scale(${view.k})`}>
      <g class="lanes" aria-hidden="true">
        ${layout.lanes.map(
          (l) => svg`<g class="lane" data-lane-band=${l.lane.id}><rect x=${l.x} y=${l.y} width=${l.width} height=${l.height} rx="6"></rect><text
            class=${l.label.vertical ? 'lane-label vertical' : 'lane-label'}
            x=${l.label.x}
            y=${l.label.y}
          >${l.lane.name}</text></g>`,
        )}
      </g>
      <g class="edges" aria-hidden="true">
        ${repeat(
          layout.edges,
          (e) => e.id,
          (e) => svg`<path class=${entering?.has(e.to) ? 'entering' : nothing} d=${toPathData(e.points)} style=${cssProps(edgePathStyle(e.points))}></path>`,
        )}
      </g>
      <g class="links" aria-hidden="true">${layout.links.map(renderLink)}</g>
      <g class="boxes" aria-hidden="true">
        ${repeat(layout.nodes, (n) => n.id, (n) => renderBox(n, layout, n.id === selectedId, matches?.has(n.id) ?? false, entering?.has(n.id) ?? false))}
      </g>
      <g role="tree" aria-label=${options.label} aria-describedby=${options.describedBy ?? nothing}>
        ${repeat(layout.rootIds, (id) => id, renderNode)}
      </g>
      <g class="link-labels" aria-hidden="true">
        ${layout.links.map((l) => {
          const box = l.labelBox;
          if (!box) return nothing;
          if (l.labelVertical) {
            return svg`<g class=${`link-label link-${l.type}`}><rect x=${box.x} y=${box.y} width=${box.width} height=${box.height} rx="3"></rect><text
              class="vertical"
              x=${box.x + box.width / 2}
              y=${box.y + 4}
            >${l.label}</text></g>`;
          }
          return svg`<g class=${`link-label link-${l.type}`}><rect x=${box.x} y=${box.y} width=${box.width} height=${box.height} rx="3"></rect><text
            x=${box.x + box.width / 2}
            y=${box.y + box.height / 2 + M.textSize * 0.36}
          >${l.label}</text></g>`;
        })}
      </g>
    </g>
  </svg>`;
}

/** A legend entry: a short sample of a line style and its name. */
export function renderOrgLegendSample(type: LinkType | 'tree' | 'into-collapsed' | 'folded'): TemplateResult {
  if (type === 'folded') {
    return html`<svg class="legend-sample" width="40" height="16" viewBox="0 0 40 16" aria-hidden="true"><g class="folded"><rect
          x="1" y="1" width="38" height="14" rx="3"></rect><text x="20" y="12">N</text></g></svg>`;
  }
  const arrow = type !== 'tree' && type !== 'into-collapsed' && ORG_DIRECTED_LINKS.has(type);
  const end = arrow ? 28 : 38;
  const line =
    type === 'tree'
      ? svg`<path class="edge-sample" d="M2 8H38"></path>`
      : type === 'into-collapsed'
        ? svg`<g class="link"><path d="M2 8H31" stroke-dasharray="7 4"></path><circle class="open-end" cx="34" cy="8" r="4.5"></circle></g>`
        : type === 'joint-secretariat'
          ? svg`<g class="link link-joint-secretariat"><path class="double-outer" d="M2 8H38"></path><path class="double-inner" d="M2 8H38"></path></g>`
          : svg`<g class=${`link link-${type}`}><path d=${`M2 8H${end}`} stroke-dasharray=${ORG_LINK_DASHES[type]}></path>${arrow
              ? svg`<path class="arrowhead" d="M28 3L38 8L28 13z"></path>`
              : nothing}</g>`;
  return html`<svg class="legend-sample" width="40" height="16" viewBox="0 0 40 16" aria-hidden="true">${line}</svg>`;
}

/** The name of a link type, for the legend. */
export function formatOrgLinkType(type: LinkType, locale: Locale): string {
  return ORG_LINK_LABELS[locale][type];
}
