/**
 * The org chart on PowerPoint slides, drawn as the chart draws it: boxes as editable text boxes,
 * the tree's lines and the typed links along the layout's own routes (an attached connector where
 * the route is a straight line between facing sides, so it follows a moved box; a freeform line
 * otherwise, drawn alike in PowerPoint and LibreOffice), link
 * labels where the layout places them, lanes as bands. See {@link planOrgDeck} for what goes on
 * which slide.
 */
import type PptxGenJS from 'pptxgenjs';
import { LINK_TYPES, type LinkType, type Locale, type OrganizationDocument } from '../../data/types.js';
import type { ConnectorSpec, PolylineSpec, RectSite } from '../../export/pptx-connectors.js';
import { ACCENT, BORDER, MUTED, place, pt, TEXT, type Area, type Slide, type SlideContext, type SlideDrawing, type SlideModel, type SlidePart } from '../../export/pptx-kit.js';
import { createApproxMeasure, type MeasureText } from '../../kit/text.js';
import { ORG_DIRECTED_LINKS, type OrgEdgeLayout, type OrgNodeLayout } from './layout/types.js';
import { fitOrgSlide, type OrgSlideFit } from './slide.js';
import { indexOrganization } from './tree-index.js';
import { formatOrgRole, joinOrgWords, ORG_LINK_LABELS, ORG_UI } from './words.js';

/** The slide's type size, layout px (as `preset="slide"`): names 23, roles 20, badges 18; down to 18 to fit. */
const SLIDE_BASE_PX = 20;

/** Layout px per inch when a layout px is a point: text of 18 px is 18 pt. */
export const ORG_POINT_PX_PER_IN = 72;
/**
 * Layout px per inch of the CLI's `--slide` page (1920 px across the 13.333 in slide): the chart as
 * the page draws it, a layout px half a point (its 18 px floor is 9 pt, the same share of the
 * slide's height as 18 px of a 1080 px page).
 */
export const ORG_PAGE_PX_PER_IN = 144;

/** Line styles of the typed links (the chart's legend: 連携 dashed, 共同事務局 double, 所管 dash-dot with an arrow). */
const LINK_STYLE: Readonly<Record<LinkType, Pick<PolylineSpec, 'dash'>>> = {
  cooperation: { dash: 'dash' },
  'joint-secretariat': {},
  jurisdiction: { dash: 'dashDot' },
  advice: { dash: 'sysDash' },
  other: {},
};

/** Stroke widths, layout px (the chart's styles: tree lines 1.5, links 2, a double line 6 across). */
const EDGE_PX = 1.5;
const LINK_PX = 2;
const DOUBLE_PX = 6;

/**
 * Latin letters in the deck's font (Meiryo, whose Latin letters are Verdana-wide; LibreOffice
 * draws them in DejaVu Sans) run about a sixth wider than in Noto Sans JP: measured so, a box's
 * alias line (「AMED, Japan Agency for …」) keeps the layout's line breaks on the slide.
 */
const LATIN_EXTRA = 0.16;

function widenLatin(measure: MeasureText): MeasureText {
  return (text) => {
    const latin = text.replace(/[^\u0020-\u024f]/g, '');
    return measure(text) + (latin ? LATIN_EXTRA * measure(latin) : 0);
  };
}

/** One slide of the deck: a part of the document, laid out to fit. */
export interface OrgDeckSlide {
  doc: OrganizationDocument;
  fit: OrgSlideFit;
  /** Layout px per inch on this slide ({@link ORG_POINT_PX_PER_IN} or {@link ORG_PAGE_PX_PER_IN}). */
  pxPerIn: number;
  /** `overview`: the whole organisation; `under`: the subtrees of a body the overview folds; `roles`: boxes whose roles and notes the overview leaves off. */
  kind: 'overview' | 'under' | 'roles';
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
  return pickBodies(doc, keep, new Set(rootIds));
}

/** The bodies of `doc` in `keep` (a body whose parent is left out, or in `roots`, becomes a root); links with both ends kept. */
function pickBodies(doc: OrganizationDocument, keep: ReadonlySet<string>, roots: ReadonlySet<string> = new Set()): OrganizationDocument {
  return {
    ...doc,
    bodies: doc.bodies
      .filter((b) => keep.has(b.id))
      .map((b) => (b.parent !== undefined && (roots.has(b.id) || !keep.has(b.parent)) ? { ...b, parent: undefined } : b)),
    links: doc.links.filter((l) => keep.has(l.from) && keep.has(l.to)),
  };
}

/** Words of the deck's further slides and notes. */
const DECK_WORDS: Readonly<
  Record<Locale, { others: (name: string) => string; roles: string; continued: string; slide: (n: number) => string; sep: string }>
> = {
  ja: {
    others: (name) => `${name}ほか`,
    roles: '役職・注記',
    continued: 'このスライドに入らない内容は次のスライドにあります。',
    slide: (n) => `スライド${n}`,
    sep: '：',
  },
  en: {
    others: (name) => `${name} and others`,
    roles: 'Roles and notes',
    continued: 'What this slide leaves out is on the following slides.',
    slide: (n) => `Slide ${n}`,
    sep: ': ',
  },
};

/**
 * The deck: what goes on which slide. The whole organisation on the first slide, always: with
 * every box whole at 18 pt or more (a layout px a point) when it fits; else as the CLI's
 * `--slide` page draws it (a layout px half a point, {@link ORG_PAGE_PX_PER_IN}), the same
 * arrangement, routes and labels. Further slides only for what that overview cannot hold at the
 * page's 18 px floor: the subtrees of the bodies it folds (「…の下」, whole boxes), then the boxes
 * whose roles and notes it leaves off (「役職・注記」). Every slide is drawn at the overview's
 * scale and type size, so a name is one size on every slide. Pure: runs in Node.
 */
export function planOrgDeck(full: OrganizationDocument, c: Pick<SlideContext, 'area' | 'locale' | 'measureAt'>): OrgDeckSlide[] {
  const measure = widenLatin(c.measureAt?.(14) ?? createApproxMeasure(14));
  const words = DECK_WORDS[c.locale];
  const index = indexOrganization(full);
  const sizeAt = (pxPerIn: number) => ({ width: Math.floor(c.area.w * pxPerIn), height: Math.floor(c.area.h * pxPerIn) });
  const fitAt = (doc: OrganizationDocument, pxPerIn: number, fontSize: number, collapse: boolean) =>
    fitOrgSlide({ doc, ...sizeAt(pxPerIn), fontSize, measure, measureSize: 14, locale: c.locale, collapse });

  // Everything whole, a layout px a point.
  const large = fitAt(full, ORG_POINT_PX_PER_IN, SLIDE_BASE_PX, false);
  if (large.fits && !large.lean) return [{ doc: full, fit: large, pxPerIn: ORG_POINT_PX_PER_IN, kind: 'overview' }];
  // The --slide page.
  const pxPerIn = ORG_PAGE_PX_PER_IN;
  const overview = fitAt(full, pxPerIn, SLIDE_BASE_PX, true);
  const slides: OrgDeckSlide[] = [{ doc: full, fit: overview, pxPerIn, kind: 'overview' }];
  const size = overview.fontSize;
  /** A fit of `doc` at the overview's type size with every box whole, or undefined. */
  const whole = (doc: OrganizationDocument) => {
    const fit = fitAt(doc, pxPerIn, size, false);
    return fit.fits && !fit.lean && fit.fontSize === size ? fit : undefined;
  };
  const numbered = (from: number) => {
    const added = slides.slice(from);
    if (added.length > 1) added.forEach((s, i) => (s.heading = `${s.heading}（${i + 1}/${added.length}）`));
  };

  /** A heading for a slide of subtrees: their roots' names, or the first and "and others". */
  const rootsHeading = (ids: readonly string[]) => {
    const names = ids.map((id) => index.byId.get(id)!.name);
    return names.length <= 2 ? (c.locale === 'ja' ? names.join('・') : joinOrgWords(names, ORG_UI[c.locale])) : words.others(names[0]!);
  };
  /**
   * The subtrees of the bodies the overview folds, each with its root (the folded box), whole, in
   * the overview's order, as many to a slide as it holds; one too large alone is drawn as an
   * overview of its own, whose folded bodies follow in turn.
   */
  const folded = overview.layout.nodes.filter((n) => overview.collapsed.has(n.id) && n.childCount > 0).map((n) => n.id);
  while (folded.length) {
    const group = [folded.shift()!];
    let fit = whole(subsetOrganization(full, group));
    if (!fit) {
      const doc = subsetOrganization(full, group);
      const own = fitAt(doc, pxPerIn, size, true);
      slides.push({ doc, fit: own, pxPerIn, kind: 'under', heading: rootsHeading(group) });
      const more = own.layout.nodes.filter((n) => own.collapsed.has(n.id) && n.childCount > 0).map((n) => n.id);
      // A body whose children cannot be drawn under it even folded: each child's subtree follows.
      if (more.length === 0 && own.layout.nodes.length === 1) more.push(...(index.children.get(group[0]!) ?? []).map((k) => k.id));
      folded.unshift(...more);
      continue;
    }
    for (;;) {
      const next = folded[0];
      const tried = next === undefined ? undefined : whole(subsetOrganization(full, [...group, next]));
      if (!tried) break;
      fit = tried;
      group.push(folded.shift()!);
    }
    slides.push({ doc: subsetOrganization(full, group), fit, pxPerIn, kind: 'under', heading: rootsHeading(group) });
  }

  // Boxes drawn without their roles and notes (a lean fit), on 役職・注記 slides, whole.
  const onWhole = new Set(slides.filter((s) => !s.fit.lean).flatMap((s) => s.fit.layout.nodes.map((n) => n.id)));
  const leftOff = index.order
    .filter((b) => b.roles.length > 0 || b.notes.length > 0)
    .filter((b) => !onWhole.has(b.id) && slides.some((s) => s.fit.lean && s.fit.layout.byId.has(b.id)))
    .map((b) => b.id);
  const rolesFrom = slides.length;
  while (leftOff.length) {
    const group = [leftOff.shift()!];
    let fit = whole(pickBodies(full, new Set(group)));
    for (;;) {
      const next = leftOff[0];
      const tried = next === undefined || !fit ? undefined : whole(pickBodies(full, new Set([...group, next])));
      if (!tried) break;
      fit = tried;
      group.push(leftOff.shift()!);
    }
    // One box too large even alone: the fit that comes closest (smaller type, or its roles in the notes).
    const doc = pickBodies(full, new Set(group));
    slides.push({ doc, fit: fit ?? fitAt(doc, pxPerIn, size, false), pxPerIn, kind: 'roles', heading: words.roles });
  }
  numbered(rolesFrom);
  return slides;
}

/** The side of `box` a route's end point lies on, when it lies on one (within half a px). */
function siteAt(box: { x: number; y: number; width: number; height: number }, [x, y]: readonly [number, number]): RectSite | undefined {
  const near = (a: number, b: number) => Math.abs(a - b) <= 0.5;
  if (near(x, box.x + box.width / 2) && near(y, box.y)) return 'top';
  if (near(x, box.x + box.width / 2) && near(y, box.y + box.height)) return 'bottom';
  if (near(y, box.y + box.height / 2) && near(x, box.x)) return 'left';
  if (near(y, box.y + box.height / 2) && near(x, box.x + box.width)) return 'right';
  return undefined;
}

/** The route without repeated or straight-through points. */
function corners(points: ReadonlyArray<readonly [number, number]>): Array<readonly [number, number]> {
  const out: Array<readonly [number, number]> = [];
  for (const p of points) {
    const last = out[out.length - 1];
    if (last && Math.abs(last[0] - p[0]) < 0.01 && Math.abs(last[1] - p[1]) < 0.01) continue;
    const before = out[out.length - 2];
    if (before && last && ((before[0] === last[0] && last[0] === p[0]) || (before[1] === last[1] && last[1] === p[1]))) out.pop();
    out.push(p);
  }
  return out;
}

/**
 * A tree line as an attached connector, when its route is straight between the midpoints of
 * facing sides (本部 → 推進会議): every application draws that one line where the layout does,
 * and it follows a moved box. Undefined otherwise: an elbow (a drop from a bus, a line hung from a
 * trunk) is a freeform line through the layout's points, since LibreOffice routes an attached
 * elbow connector (`bentConnector3`) its own way, ignoring its bend: the drops from one bus then
 * left it at two heights (review R10-6-4).
 */
function edgeConnector(edge: OrgEdgeLayout, from: OrgNodeLayout, to: OrgNodeLayout): Pick<ConnectorSpec, 'fromSite' | 'toSite' | 'bend'> | undefined {
  const route = corners(edge.points);
  if (route.length !== 2) return undefined;
  const fromSite = siteAt(from, route[0]!);
  const toSite = siteAt(to, route[1]!);
  const down = fromSite === 'bottom' && toSite === 'top';
  const across = fromSite === 'right' && toSite === 'left';
  if (!fromSite || !toSite || !(down || across)) return undefined;
  return route[0]![down ? 0 : 1] === route[1]![down ? 0 : 1] ? { fromSite, toSite, bend: 0.5 } : undefined;
}

/** Draws one slide: lanes, boxes, lines along the layout's routes, link labels; returns its lines and notes. */
function drawOrgSlide(part: OrgDeckSlide, full: OrganizationDocument, c: SlideContext, target: { slide: Slide; area: Area }): SlidePart {
  const { font } = c;
  const slide = target.slide;
  const { layout, lean } = part.fit;
  const p = place(target.area, layout.bounds.width, layout.bounds.height, 1 / part.pxPerIn);
  const M = layout.metrics;
  const X = (px: number) => p.ox + px * p.k;
  const Y = (px: number) => p.oy + px * p.k;
  const EMU = 914400;
  const emu = ([x, y]: readonly [number, number]) => ({ x: X(x) * EMU, y: Y(y) * EMU });
  const linePt = (px: number) => Math.round(px * p.k * 72 * 100) / 100;
  for (const lane of layout.lanes) {
    // One shape per lane: its outline (an L or a step where its parts differ), points relative to the shape.
    const points = lane.outline.flatMap((ring) => [
      ...ring.map(([x, y], i) => ({ x: (x - lane.x) * p.k, y: (y - lane.y) * p.k, ...(i === 0 ? { moveTo: true } : {}) })),
      { close: true as const },
    ]);
    slide.addShape('custGeom' as PptxGenJS.SHAPE_NAME, {
      x: X(lane.x), y: Y(lane.y), w: lane.width * p.k, h: lane.height * p.k, points,
      fill: { color: 'F5F6F7' }, line: { color: 'A0A0A0', width: linePt(1), dashType: 'sysDot' }, objectName: `lane ${lane.lane.id}`,
    });
    const band = M.laneHeader * p.k;
    const s = lane.label.strip;
    // The name as the web draws it (shortened where the band has no room), starting where it does (past a stem in the strip).
    slide.addText(lane.label.text ?? lane.lane.name, {
      x: lane.label.vertical ? X(s.x) : X(lane.label.x - 2), y: Y(s.y), w: lane.label.vertical ? band : s.width * p.k, h: lane.label.vertical ? s.height * p.k : band,
      fontFace: font, fontSize: pt(M.badgeSize, p), bold: true, color: MUTED, valign: 'top', align: 'left', margin: pt(2, p),
      vert: lane.label.vertical ? 'eaVert' : 'horz', objectName: `lane label ${lane.lane.id}`,
    });
  }
  for (const node of layout.nodes) {
    // One paragraph a line of the box, each as far below the last as the layout puts it (baselines).
    const runs: PptxGenJS.TextProps[] = [
      { text: node.badge.text, options: { fontSize: pt(M.badgeSize, p), color: MUTED, breakLine: true, lineSpacing: pt(M.badgeHeight, p) } },
    ];
    let baseline = M.padding + M.badgeHeight;
    for (const line of node.lines) {
      const name = line.kind === 'name';
      const size = name ? M.nameSize : M.textSize;
      runs.push({
        text: line.text,
        options: { fontSize: pt(size, p), bold: name, color: name ? TEXT : MUTED, breakLine: true, lineSpacing: pt(Math.max(size * 1.1, line.y - baseline + size * 0.2), p) },
      });
      baseline = line.y + size * 0.2;
    }
    for (const count of node.counts) runs.push({ text: count.text, options: { fontSize: pt(M.textSize, p), color: ACCENT, breakLine: true } });
    const pad = pt(M.padding, p);
    slide.addText(runs, {
      x: X(node.x), y: Y(node.y), w: node.width * p.k, h: node.height * p.k,
      shape: c.pptx.ShapeType.rect, fill: { color: 'FFFFFF' }, line: { color: BORDER, width: linePt(1.5) },
      fontFace: font, valign: 'top', align: 'left', margin: [pad, 0, 0, pad * 0.6],
      objectName: `box ${node.id}`,
    });
    // Children on later slides: ⊕ on the bottom edge, as the chart's toggle.
    if (node.childCount > 0 && !node.expanded) {
      const r = M.toggleRadius * 1.4;
      slide.addText('+', {
        x: X(node.x + node.width / 2 - r), y: Y(node.y + node.height - r), w: 2 * r * p.k, h: 2 * r * p.k,
        shape: c.pptx.ShapeType.ellipse, fill: { color: 'FFFFFF' }, line: { color: BORDER, width: linePt(1.5) },
        fontFace: font, fontSize: pt(M.badgeSize, p), bold: true, color: TEXT, align: 'center', valign: 'middle', margin: 0,
        objectName: `more ${node.id}`,
      });
    }
  }
  const connectors: ConnectorSpec[] = [];
  const polylines: PolylineSpec[] = [];
  for (const edge of layout.edges) {
    const from = layout.byId.get(edge.from)!;
    const to = layout.byId.get(edge.to)!;
    const label = `${from.body.name} → ${to.body.name}`;
    const style = { color: '555555', width: linePt(EDGE_PX), label };
    const attached = edgeConnector(edge, from, to);
    if (attached) connectors.push({ from: `box ${edge.from}`, to: `box ${edge.to}`, ...attached, ...style });
    else polylines.push({ name: `edge ${edge.from} - ${edge.to}`, points: edge.points.map(emu), ...style });
  }
  for (const link of layout.links) {
    const from = layout.byId.get(link.from)!;
    const to = layout.byId.get(link.to)!;
    const double = link.type === 'joint-secretariat';
    const label = `${link.label}${ORG_UI[c.locale].colon}${from.body.name} → ${to.body.name}`;
    polylines.push({
      name: `link ${link.id}`, points: link.points.map(emu), color: ACCENT, width: linePt(double ? DOUBLE_PX : LINK_PX), ...LINK_STYLE[link.type],
      arrow: link.directed, ovalStart: link.collapsedFrom, ovalEnd: link.collapsedTo && !link.directed, label,
    });
    // A double line as the chart draws it: a white line down the middle of a wide one (LibreOffice
    // draws a compound line as one wide line).
    if (double) polylines.push({ name: `link ${link.id} inner`, points: link.points.map(emu), color: 'FFFFFF', width: linePt(DOUBLE_PX / 3), label });
    if (link.labelBox) {
      const b = link.labelBox;
      const text = link.labelShort ?? link.label;
      const size = pt(M.textSize, p);
      // Upright, as the chart draws it: kana and kanji stacked one above the next (a paragraph a
      // character, set a character's height apart: LibreOffice lays East Asian vertical text,
      // eaVert, on its side, R11-4-6); a Latin word lies on its side, turned clockwise.
      const stacked = link.labelVertical === true && !/[A-Za-z]/.test(text);
      slide.addText(stacked ? [...text].map((ch) => ({ text: ch, options: { breakLine: true } })) : text, {
        x: X(b.x), y: Y(b.y), w: b.width * p.k, h: b.height * p.k, fontFace: font, fontSize: size,
        color: ACCENT, bold: true, align: 'center', valign: 'middle', margin: 0, fill: { color: 'FFFFFF' }, wrap: false,
        ...(stacked ? { lineSpacing: size } : {}),
        vert: link.labelVertical && !stacked ? 'vert' : 'horz', objectName: `label ${[link.id, ...(link.labelAlso ?? [])].join(' ')}`,
      });
    }
  }
  // The notes: roles and notes the boxes leave off and names a box shortens, in full; the links
  // from this slide's bodies to bodies on other slides.
  const ui = ORG_UI[c.locale];
  const index = indexOrganization(full);
  const shortened = new Set(layout.nodes.filter((n) => n.truncated || n.counts.length > 0).map((n) => n.id));
  const notes = index.order
    .filter((b) => layout.byId.has(b.id) && (shortened.has(b.id) || (lean && (b.roles.length > 0 || b.notes.length > 0))))
    .flatMap((b) => [`■ ${b.aliases.length ? `${b.name}（${joinOrgWords(b.aliases, ui)}）` : b.name}`, ...b.roles.map((r) => formatOrgRole(r, ui)), ...b.notes]);
  const name = (id: string) => index.byId.get(id)?.name ?? id;
  const drawnLinks = new Set(layout.links.flatMap((l) => l.links));
  for (const link of full.links) {
    if (drawnLinks.has(link) || !(layout.byId.has(link.from) || layout.byId.has(link.to))) continue;
    notes.push(`${ORG_LINK_LABELS[c.locale][link.type]}${ui.colon}${name(link.from)} → ${name(link.to)}`);
  }
  // Over the lanes' bands, under the boxes (as the chart draws them).
  return { connectors, polylines, notes, linesBeneath: 'box ' };
}

/**
 * The legend, as the chart's: a sample of each line style the slide draws and its name, in the
 * title row right of the title, right-aligned, when it fits there (else the notes name the styles).
 */
function drawOrgLegend(part: OrgDeckSlide, c: SlideContext, drawn: SlidePart): void {
  const { layout } = part.fit;
  const ui = ORG_UI[c.locale];
  const types = LINK_TYPES.filter((type) => layout.links.some((l) => l.type === type));
  const entries: Array<{ key: LinkType | 'tree' | 'into-collapsed'; label: string }> = [
    ...(layout.edges.length ? [{ key: 'tree' as const, label: ui.treeEdge }] : []),
    ...types.map((type) => ({ key: type, label: ORG_LINK_LABELS[c.locale][type] })),
    ...(layout.links.some((l) => l.collapsedFrom || l.collapsedTo) ? [{ key: 'into-collapsed' as const, label: ui.intoCollapsed }] : []),
  ];
  if (entries.length === 0) return;
  const k = 1 / part.pxPerIn;
  const size = Math.round(layout.metrics.textSize * k * 72 * 10) / 10;
  const measure = createApproxMeasure(size);
  // Inches: a sample 32 layout px long, its gap, the label (measured generously), the gap to the next.
  const sample = 32 * k;
  const gap = 6 * k;
  const widths = entries.map((e) => sample + gap + (measure(e.label) * 1.15) / 72 + 18 * k);
  const room = c.titleRoom;
  const sum = (from: number, to: number) => widths.slice(from, to).reduce((a, b) => a + b, 0);
  // One row; else two (the first half above), when the row holds two lines of the legend's type.
  const half = Math.ceil(entries.length / 2);
  const lineH = (size * 1.3) / 72;
  const rows = !room ? 0 : sum(0, entries.length) <= room.w ? 1 : Math.max(sum(0, half), sum(half, entries.length)) <= room.w && 2 * lineH <= room.h ? 2 : 0;
  if (!room || rows === 0) {
    drawn.notes.push(entries.map((e) => e.label).join(' / '));
    return;
  }
  const EMU = 914400;
  const rowOf = (i: number) => (rows === 2 && i >= half ? 1 : 0);
  const rowStart = (row: number) => room.x + room.w - (rows === 1 ? sum(0, entries.length) : row === 0 ? sum(0, half) : sum(half, entries.length));
  let x = rowStart(0);
  for (const [i, e] of entries.entries()) {
    const row = rowOf(i);
    if (i > 0 && row !== rowOf(i - 1)) x = rowStart(row);
    const mid = rows === 1 ? room.y + room.h / 2 : room.y + room.h / 2 + (row - 0.5) * lineH;
    const points = [{ x: x * EMU, y: mid * EMU }, { x: (x + sample) * EMU, y: mid * EMU }];
    const label = `${ui.legend}: ${e.label}`;
    const width = Math.round((e.key === 'joint-secretariat' ? DOUBLE_PX : e.key === 'tree' ? EDGE_PX : LINK_PX) * k * 72 * 100) / 100;
    const style =
      e.key === 'tree' ? { color: '555555' } : e.key === 'into-collapsed' ? { color: ACCENT, dash: 'dash' as const, ovalEnd: true } : { color: ACCENT, ...LINK_STYLE[e.key], arrow: ORG_DIRECTED_LINKS.has(e.key) };
    drawn.polylines!.push({ name: `legend ${e.key}`, points, width, label, ...style });
    if (e.key === 'joint-secretariat') drawn.polylines!.push({ name: `legend ${e.key} inner`, points, color: 'FFFFFF', width: width / 3, label });
    c.slide.addText(e.label, {
      x: x + sample + gap, y: mid - lineH / 2, w: widths[i]! - sample - gap, h: lineH, fontFace: c.font, fontSize: size, color: TEXT,
      valign: 'middle', align: 'left', margin: 0, wrap: false, objectName: `legend label ${e.key}`,
    });
    x += widths[i]!;
  }
}

function drawOrganization(full: OrganizationDocument, c: SlideContext): SlideDrawing {
  const [first, ...rest] = planOrgDeck(full, c);
  const words = DECK_WORDS[c.locale];
  const drawn = drawOrgSlide(first!, full, c, { slide: c.slide, area: c.area });
  drawOrgLegend(first!, c, drawn);
  // The overview's notes say which slides carry what it leaves out.
  if (rest.length) drawn.notes.unshift(words.continued, ...rest.map((s, i) => `${words.slide(i + 2)}${words.sep}${s.heading ?? ''}`), '');
  const more = rest.map((part) => drawOrgSlide(part, full, c, c.addSlide(part.heading ?? '')));
  return { ...drawn, ...(more.length ? { more } : {}) };
}

/** The org chart's slide drawer. */
export const orgSlide: SlideModel<OrganizationDocument> = { type: 'organization', draw: drawOrganization };
