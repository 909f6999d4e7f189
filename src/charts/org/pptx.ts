/**
 * The org chart on a PowerPoint slide: boxes with text, joined by connectors attached to them
 * (so an author can move a box and the lines follow). Names are as large as the whole tree
 * allows (at most 1 pt a layout px); when that makes them smaller than {@link MIN_NAME_PT}, the
 * boxes carry kind, name and aliases only, and roles and notes go to the slide's notes.
 */
import type PptxGenJS from 'pptxgenjs';
import type { LinkType, OrganizationDocument } from '../../data/types.js';
import type { ConnectorSpec, RectSite } from '../../export/pptx-connectors.js';
import { ACCENT, BORDER, MUTED, place, pt, TEXT, type SlideContext, type SlideModel } from '../../export/pptx-kit.js';
import { createApproxMeasure } from '../../kit/text.js';
import { layoutOrgChart } from './layout/index.js';
import { ORG_UI } from './words.js';

/** Smallest name size on a slide before the boxes drop their role lines, pt. */
export const MIN_NAME_PT = 11;

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

function drawOrganization(full: OrganizationDocument, c: SlideContext) {
  const { slide, font } = c;
  // Lay out at the width that fills the area best for its aspect, then scale to fit.
  const fit = (doc: OrganizationDocument) =>
    [800, 1000, 1200, 1400, 1600]
      .map((width) => {
        const layout = layoutOrgChart({ doc, width, measure: createApproxMeasure(14), measureSize: 14, locale: c.locale });
        return { layout, p: place(c.area, layout.bounds.width, layout.bounds.height, 1 / 72) };
      })
      .reduce((best, next) => (next.p.k > best.p.k ? next : best));
  let chosen = fit(full);
  let lean = false;
  if (pt(chosen.layout.metrics.nameSize, chosen.p) < MIN_NAME_PT) {
    chosen = fit({ ...full, bodies: full.bodies.map((body) => ({ ...body, roles: [], notes: [] })) });
    lean = true;
  }
  const { layout, p } = chosen;
  const M = layout.metrics;
  const X = (px: number) => p.ox + px * p.k;
  const Y = (px: number) => p.oy + px * p.k;
  for (const lane of layout.lanes) {
    slide.addShape(c.pptx.ShapeType.rect, {
      x: X(lane.x), y: Y(lane.y), w: lane.width * p.k, h: lane.height * p.k,
      fill: { color: 'F5F6F7' }, line: { color: 'A0A0A0', width: 0.75, dashType: 'dash' }, objectName: `lane ${lane.lane.id}`,
    });
    const band = M.laneHeader * p.k;
    slide.addText(lane.lane.name, {
      x: X(lane.x), y: Y(lane.y), w: lane.label.vertical ? band : lane.width * p.k, h: lane.label.vertical ? lane.height * p.k : band,
      fontFace: font, fontSize: pt(M.textSize, p), color: MUTED, valign: 'top', align: 'left', margin: 1,
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
      slide.addText(link.label, {
        x: X(b.x), y: Y(b.y), w: b.width * p.k, h: b.height * p.k, fontFace: font, fontSize: pt(M.textSize * 0.85, p),
        color: ACCENT, bold: true, align: 'center', valign: 'middle', margin: 0, fill: { color: 'FFFFFF' }, objectName: `label ${link.id}`,
      });
    }
  }
  // Roles and notes (not on the boxes) and names a box shortens go into the notes in full.
  const shortened = new Set(layout.nodes.filter((n) => n.truncated || n.counts.length > 0).map((n) => n.id));
  const ui = ORG_UI[c.locale];
  const notes = full.bodies
    .filter((b) => shortened.has(b.id) || (lean && (b.roles.length > 0 || b.notes.length > 0)))
    .flatMap((b) => [
      `■ ${b.aliases.length ? `${b.name}（${b.aliases.join(ui.listSep)}）` : b.name}`,
      ...b.roles.map((r) => `${r.title}${ui.colon}${r.holders.join(ui.listSep)}`),
      ...b.notes,
    ]);
  return { connectors, notes };
}

/** The org chart's slide drawer. */
export const orgSlide: SlideModel<OrganizationDocument> = { type: 'organization', draw: drawOrganization };
