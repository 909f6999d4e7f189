/**
 * The org chart on PowerPoint slides: boxes with text, joined by connectors attached to them
 * (so an author can move a box and the lines follow), with no text under 18 pt. What fits one
 * slide is drawn on one (whole boxes, else boxes without roles and notes, which go to the
 * notes); a larger organisation is split over several slides (see {@link planOrgSlides}).
 */
import type PptxGenJS from 'pptxgenjs';
import type { LinkType, Locale, OrganizationDocument } from '../../data/types.js';
import type { ConnectorSpec, RectSite } from '../../export/pptx-connectors.js';
import { ACCENT, BORDER, MUTED, place, pt, TEXT, type Area, type Slide, type SlideContext, type SlideDrawing, type SlideModel, type SlidePart } from '../../export/pptx-kit.js';
import { createApproxMeasure } from '../../kit/text.js';
import { fitOrgSlide, type OrgSlideFit } from './slide.js';
import { indexOrganization } from './tree-index.js';
import { formatOrgRole, joinOrgWords, ORG_LINK_LABELS, ORG_UI } from './words.js';

/** Type size of the boxes on a slide, pt (= layout px): names 23 pt, roles 20 pt, badges 18 pt; down to 18 pt to fit. */
const SLIDE_BASE_PT = 20;

const LINK_STYLE: Readonly<Record<LinkType, Pick<ConnectorSpec, 'dash' | 'double' | 'arrow'>>> = {
  cooperation: { dash: 'dash' },
  'joint-secretariat': { double: true },
  jurisdiction: { dash: 'dashDot', arrow: true },
  advice: { dash: 'sysDash', arrow: true },
  other: { arrow: true },
};

/** The side of `box` nearest to `point` (where a routed line leaves or enters it). */
function nearestSite(box: { x: number; y: number; width: number; height: number }, point: readonly [number, number]): RectSite {
  const [x, y] = point;
  const d: Array<[RectSite, number]> = [
    ['top', Math.abs(y - box.y)],
    ['bottom', Math.abs(y - (box.y + box.height))],
    ['left', Math.abs(x - box.x)],
    ['right', Math.abs(x - (box.x + box.width))],
  ];
  return d.sort((a, b) => a[1] - b[1])[0]![0];
}

/** One slide's worth of the organisation: a part of the document, laid out to fit. */
interface OrgPart {
  doc: OrganizationDocument;
  fit: OrgSlideFit;
  /** What the slide shows, after the deck's title (none on the first slide). */
  heading?: string;
}

/** The part of `doc` made of the subtrees of `rootIds` (those bodies become roots); links with both ends inside. */
function subsetOrganization(doc: OrganizationDocument, rootIds: readonly string[]): OrganizationDocument {
  const index = indexOrganization(doc);
  const keep = new Set<string>();
  const visit = (id: string) => {
    keep.add(id);
    for (const child of index.children.get(id) ?? []) visit(child.id);
  };
  rootIds.forEach(visit);
  const roots = new Set(rootIds);
  return {
    ...doc,
    bodies: doc.bodies.filter((b) => keep.has(b.id)).map((b) => (roots.has(b.id) && b.parent !== undefined ? { ...b, parent: undefined } : b)),
    links: doc.links.filter((l) => keep.has(l.from) && keep.has(l.to)),
  };
}

const OTHERS: Readonly<Record<Locale, (name: string) => string>> = {
  ja: (name) => `${name}ほか`,
  en: (name) => `${name} and others`,
};

const UNDER: Readonly<Record<Locale, (name: string) => string>> = {
  ja: (name) => `${name}の下`,
  en: (name) => `under ${name}`,
};

/**
 * Splits the organisation into slides on which it fits at 18 pt or more (1 layout px = 1 pt,
 * type 20 down to 18 px; src/charts/org/slide.ts): the whole when it fits; else the roots packed
 * in order onto as few slides as hold them whole; a tree too large for a slide as an overview
 * of its upper levels, followed by the subtrees of its collapsed bodies (each again whole,
 * packed or as an overview). A body whose children are on later slides shows ⊕ on its box.
 */
function planOrgSlides(full: OrganizationDocument, c: SlideContext): OrgPart[] {
  const measure = createApproxMeasure(14);
  const size = { width: Math.floor(c.area.w * 72), height: Math.floor(c.area.h * 72) };
  const index = indexOrganization(full);
  const fitOf = (doc: OrganizationDocument, collapse: boolean) =>
    fitOrgSlide({ doc, ...size, fontSize: SLIDE_BASE_PT, measure, measureSize: 14, locale: c.locale, collapse });
  const parts: OrgPart[] = [];
  const numbered = (heading: string | undefined, from: number) => {
    const added = parts.slice(from);
    if (heading !== undefined && added.length > 1) added.forEach((part, i) => (part.heading = `${heading}（${i + 1}/${added.length}）`));
  };

  /** Bodies in the subtree of each body. */
  const subtree = (id: string): string[] => [id, ...(index.children.get(id) ?? []).flatMap((k) => subtree(k.id))];
  /** Links between the subtree of `id` and the bodies of `group`. */
  const linksBetween = (id: string, group: ReadonlySet<string>) => {
    const own = new Set(subtree(id));
    return full.links.filter((l) => (own.has(l.from) && group.has(l.to)) || (own.has(l.to) && group.has(l.from))).length;
  };
  /** A heading for a slide of roots: their names, or the first and "and others". */
  const rootsHeading = (ids: readonly string[]) => {
    const names = ids.map((id) => index.byId.get(id)!.name);
    return names.length <= 2 ? (c.locale === 'ja' ? names.join('・') : joinOrgWords(names, ORG_UI[c.locale])) : OTHERS[c.locale](names[0]!);
  };

  /**
   * Packs the subtrees of `ids` onto slides, whole: each slide starts with the next that is left
   * and takes in those linked with it first (AMED with the ministries it has 所管 links with),
   * then the others in order, while the slide holds them. One that does not fit alone is a tree of its own.
   */
  const pack = (ids: readonly string[], heading: string | undefined) => {
    const from = parts.length;
    const left = [...ids];
    while (left.length) {
      const seed = left.shift()!;
      let fit = fitOf(subsetOrganization(full, [seed]), false);
      if (!fit.fits) {
        tree(seed, heading);
        continue;
      }
      const group = [seed];
      const members = new Set(subtree(seed));
      for (;;) {
        const order = left.map((id, i) => ({ id, i, links: linksBetween(id, members) })).sort((x, y) => y.links - x.links || x.i - y.i);
        // A few tries per addition: a slide that refuses the next few is full.
        const next = order.slice(0, 4).find(({ id }) => {
          const tried = fitOf(subsetOrganization(full, [...group, id]), false);
          if (tried.fits) fit = tried;
          return tried.fits;
        });
        if (!next) break;
        group.push(next.id);
        for (const b of subtree(next.id)) members.add(b);
        left.splice(left.indexOf(next.id), 1);
      }
      parts.push({ doc: subsetOrganization(full, group), fit, heading: heading ?? (parts.length ? rootsHeading(group) : undefined) });
    }
    numbered(heading, from);
  };

  /** A tree too large for one slide: an overview of its upper levels, then what it collapsed. */
  const tree = (id: string, heading: string | undefined) => {
    const doc = subsetOrganization(full, [id]);
    const fit = fitOf(doc, true);
    const kids = index.children.get(id) ?? [];
    if (!fit.fits || fit.depth === undefined || fit.depth <= 1 || kids.length === 0) {
      // Not even the body with its children fits: the body on its own slide (scaled if it must be),
      // then its children packed under its name.
      const alone = fitOf({ ...doc, bodies: doc.bodies.filter((b) => b.id === id), links: [] }, false);
      parts.push({ doc: { ...doc, bodies: doc.bodies.filter((b) => b.id === id), links: [] }, fit: alone, heading });
      if (kids.length) pack(kids.map((k) => k.id), UNDER[c.locale](index.byId.get(id)!.name));
      return;
    }
    parts.push({ doc, fit, heading });
    for (const node of fit.layout.nodes) {
      if (fit.collapsed.has(node.id) && (index.children.get(node.id)?.length ?? 0) > 0) pack(index.children.get(node.id)!.map((k) => k.id), UNDER[c.locale](node.body.name));
    }
  };

  const whole = fitOf(full, false);
  if (whole.fits) return [{ doc: full, fit: whole }];
  pack(
    index.roots.map((r) => r.id),
    undefined,
  );
  return parts;
}

/** Draws one part on a slide: boxes, lane bands, link labels; returns its connectors and what its notes say. */
function drawOrgPart(part: OrgPart, full: OrganizationDocument, c: SlideContext, target: { slide: Slide; area: Area }): SlidePart {
  const { font } = c;
  const slide = target.slide;
  const { layout, lean } = part.fit;
  const p = place(target.area, layout.bounds.width, layout.bounds.height, 1 / 72);
  const M = layout.metrics;
  const X = (px: number) => p.ox + px * p.k;
  const Y = (px: number) => p.oy + px * p.k;
  for (const lane of layout.lanes) {
    // One shape per lane: its outline (an L or a step where its parts differ), points relative to the shape.
    const points = lane.outline.flatMap((ring) => [
      ...ring.map(([x, y], i) => ({ x: (x - lane.x) * p.k, y: (y - lane.y) * p.k, ...(i === 0 ? { moveTo: true } : {}) })),
      { close: true as const },
    ]);
    slide.addShape('custGeom' as PptxGenJS.SHAPE_NAME, {
      x: X(lane.x), y: Y(lane.y), w: lane.width * p.k, h: lane.height * p.k, points,
      fill: { color: 'F5F6F7' }, line: { color: 'A0A0A0', width: 0.75, dashType: 'dash' }, objectName: `lane ${lane.lane.id}`,
    });
    const band = M.laneHeader * p.k;
    const s = lane.label.strip;
    slide.addText(lane.lane.name, {
      x: X(s.x), y: Y(s.y), w: lane.label.vertical ? band : s.width * p.k, h: lane.label.vertical ? s.height * p.k : band,
      fontFace: font, fontSize: pt(M.badgeSize, p), color: MUTED, valign: 'top', align: 'left', margin: 1,
      vert: lane.label.vertical ? 'eaVert' : 'horz', objectName: `lane label ${lane.lane.id}`,
    });
  }
  for (const node of layout.nodes) {
    const runs: PptxGenJS.TextProps[] = [{ text: node.badge.text, options: { fontSize: pt(M.badgeSize, p), color: MUTED, breakLine: true } }];
    for (const line of node.lines) {
      const name = line.kind === 'name';
      runs.push({ text: line.text, options: { fontSize: pt(name ? M.nameSize : M.textSize, p), bold: name, color: name ? TEXT : MUTED, breakLine: true } });
    }
    for (const count of node.counts) runs.push({ text: count.text, options: { fontSize: pt(M.textSize, p), color: ACCENT, breakLine: true } });
    slide.addText(runs, {
      x: X(node.x), y: Y(node.y), w: node.width * p.k, h: node.height * p.k,
      shape: c.pptx.ShapeType.rect, fill: { color: 'FFFFFF' }, line: { color: BORDER, width: 1 },
      fontFace: font, valign: 'top', align: 'left', margin: Math.max(1, pt(M.padding, p) * 0.6), lineSpacingMultiple: 0.95,
      objectName: `box ${node.id}`,
    });
    // Children on later slides: ⊕ on the bottom edge, as the chart's toggle.
    if (node.childCount > 0 && !node.expanded) {
      const r = M.toggleRadius * 1.4;
      slide.addText('+', {
        x: X(node.x + node.width / 2 - r), y: Y(node.y + node.height - r), w: 2 * r * p.k, h: 2 * r * p.k,
        shape: c.pptx.ShapeType.ellipse, fill: { color: 'FFFFFF' }, line: { color: BORDER, width: 1 },
        fontFace: font, fontSize: pt(M.badgeSize, p), bold: true, color: TEXT, align: 'center', valign: 'middle', margin: 0,
        objectName: `more ${node.id}`,
      });
    }
  }
  const vertical = layout.orientation === 'top-down';
  const connectors: ConnectorSpec[] = layout.edges.map((edge) => {
    const from = layout.byId.get(edge.from)!;
    const to = layout.byId.get(edge.to)!;
    // The bus the layout draws between a parent and its children: where the elbow turns.
    const start = vertical ? from.y + from.height : from.x + from.width;
    const end = vertical ? to.y : to.x;
    const turn = edge.points.length > 2 ? (vertical ? edge.points[1]![1] : edge.points[1]![0]) : (start + end) / 2;
    return {
      from: `box ${edge.from}`, to: `box ${edge.to}`,
      fromSite: vertical ? 'bottom' : 'right', toSite: vertical ? 'top' : 'left',
      color: '555555', width: 1.25, bend: end === start ? 0.5 : (turn - start) / (end - start),
      label: `${from.body.name} → ${to.body.name}`,
    };
  });
  for (const link of layout.links) {
    const from = layout.byId.get(link.from)!;
    const to = layout.byId.get(link.to)!;
    connectors.push({
      from: `box ${link.from}`, to: `box ${link.to}`,
      fromSite: nearestSite(from, link.points[0]!), toSite: nearestSite(to, link.points[link.points.length - 1]!),
      color: ACCENT, width: link.type === 'joint-secretariat' ? 3 : 1.5, ...LINK_STYLE[link.type],
      label: `${link.label}: ${from.body.name} → ${to.body.name}`,
    });
    if (link.labelBox) {
      const b = link.labelBox;
      slide.addText(link.labelShort ?? link.label, {
        x: X(b.x), y: Y(b.y), w: b.width * p.k, h: b.height * p.k, fontFace: font, fontSize: pt(M.textSize, p),
        color: ACCENT, bold: true, align: 'center', valign: 'middle', margin: 0, fill: { color: 'FFFFFF' }, objectName: `label ${link.id}`,
      });
    }
  }
  // The notes: roles and notes the boxes leave off and names a box shortens, in full; the links
  // from this slide's bodies to bodies on other slides.
  const ui = ORG_UI[c.locale];
  const shortened = new Set(layout.nodes.filter((n) => n.truncated || n.counts.length > 0).map((n) => n.id));
  const notes = indexOrganization(full)
    .order.filter((b) => layout.byId.has(b.id) && (shortened.has(b.id) || (lean && (b.roles.length > 0 || b.notes.length > 0))))
    .flatMap((b) => [
      `■ ${b.aliases.length ? `${b.name}（${joinOrgWords(b.aliases, ui)}）` : b.name}`,
      ...b.roles.map((r) => formatOrgRole(r, ui)),
      ...b.notes,
    ]);
  const name = (id: string) => indexOrganization(full).byId.get(id)?.name ?? id;
  const drawnLinks = new Set(layout.links.flatMap((l) => l.links));
  for (const link of full.links) {
    if (drawnLinks.has(link) || !(layout.byId.has(link.from) || layout.byId.has(link.to))) continue;
    notes.push(`${ORG_LINK_LABELS[c.locale][link.type]}${ui.colon}${name(link.from)} → ${name(link.to)}`);
  }
  return { connectors, notes };
}

function drawOrganization(full: OrganizationDocument, c: SlideContext): SlideDrawing {
  const [first, ...rest] = planOrgSlides(full, c);
  const drawn = drawOrgPart(first!, full, c, { slide: c.slide, area: c.area });
  const more = rest.map((part) => drawOrgPart(part, full, c, c.addSlide(part.heading ?? '')));
  return { ...drawn, ...(more.length ? { more } : {}) };
}

/** The org chart's slide drawer. */
export const orgSlide: SlideModel<OrganizationDocument> = { type: 'organization', draw: drawOrganization };
