/**
 * The typed lines of the one-column (`narrow`) arrangement: each runs right out of its boxes to a
 * track of its own in the gutter right of every box (links.ts draws them), or, when that line
 * would be longer than {@link ORG_STUB_NARROW} px (a phone screen or two: a reader cannot follow
 * it), it is drawn as badges instead: a chip at the bottom of each of its boxes naming the link,
 * the way to the other end and the body there (「共同事務局 ↓」「健康・医療戦略室」), which
 * takes the reader there. Lines of one kind going the same way from one box share a chip
 * (「共同事務局 ↓×2」 over one line per body). The boxes grow to hold their chips (the column
 * below moves down), and the gutter keeps tracks only for the lines still drawn. Pure.
 */
import type { Body, Locale, OrganizationDocument, OrgLink } from '../../../data/types.js';
import type { MeasureText } from '../../../kit/text.js';
import { formatOrgLinkLabel, ORG_LINK_LABELS, ORG_UI } from '../words.js';
import { chooseOrgBoxLimits, measureOrgBox, ORG_GUTTER_INSET, ORG_GUTTER_TRACK, ORG_NARROW_TRACKS, orgGutterWidth, orgHangIndent, scaleMeasure, wrapBoxLabel } from './box.js';
import { groupOrgLinks, type OrgLinkGroup } from './folded.js';
import type { OrgMetrics } from './metrics.js';
import type { Point, Rect } from './route.js';
import type { OrgLinkStub, OrgNodeLayout } from './types.js';
import type { OrgVisible } from './visible.js';
import { indexOrganization } from '../tree-index.js';

/** In the one-column arrangement, a typed line longer than this (px) is drawn as badges at its ends. */
export const ORG_STUB_NARROW = 800;

/**
 * Tracks in the gutter for lines spanning `spans` (y ranges): the first track whose lines do not
 * overlap the span (with room for a label's end), shorter lines nearer the boxes.
 */
export function assignOrgTracks(spans: ReadonlyArray<readonly [number, number]>): number[] {
  const order = spans.map((s, i) => ({ i, len: s[1] - s[0] })).sort((a, b) => a.len - b.len || a.i - b.i);
  const tracks: Array<Array<readonly [number, number]>> = [];
  const out: number[] = [];
  for (const { i } of order) {
    const [y0, y1] = spans[i]!;
    let k = tracks.findIndex((t) => t.every(([u, v]) => y1 + 6 < u || v + 6 < y0));
    if (k < 0) k = tracks.push([]) - 1;
    tracks[k]!.push([y0, y1]);
    out[i] = k;
  }
  return out;
}

/**
 * The least a box can be tall in the one-column arrangement (px): its kind badge, one line of
 * name, one line per alias list, role and note (a box wraps to more lines, never fewer).
 */
export function minOrgNarrowBoxHeight(body: Body, M: OrgMetrics): number {
  let h = 2 * M.padding + M.badgeHeight + M.gapAfterBadge + M.nameLine;
  if (body.aliases.length) h += M.textLine;
  h += body.roles.length * (M.gapBetweenParts + M.textLine);
  if (body.notes.length) h += M.gapBetweenParts + body.notes.length * M.textLine;
  return h;
}

/**
 * Tracks the one-column gutter needs, at most ORG_NARROW_TRACKS, known before any box is
 * measured: {@link assignOrgTracks} on the lines' spans in the column's order (box by box,
 * pre-order with satellites after children), two ends in one box counted as overlapping, so as
 * many tracks as the router takes or more. A line sure to be longer than {@link ORG_STUB_NARROW}
 * (the boxes between its ends are that tall at the least, {@link minOrgNarrowBoxHeight}) is
 * drawn as badges and takes no track.
 */
export function countOrgNarrowTracks(options: { doc: OrganizationDocument; visible: OrgVisible; collapsed: ReadonlySet<string>; metrics: OrgMetrics; boxes?: OrgNarrowBoxEstimate }): number {
  return planOrgNarrowTracks(options).tracks;
}

/**
 * What the one-column gutter keeps room for: its tracks ({@link countOrgNarrowTracks}), and the
 * links of the lines given one (the others are sure to be drawn as badges).
 */
export interface OrgNarrowTracks {
  tracks: number;
  tracked: ReadonlySet<OrgLink>;
}

/** {@link countOrgNarrowTracks}, with the links of the lines that take a track. */
export function planOrgNarrowTracks(options: { doc: OrganizationDocument; visible: OrgVisible; collapsed: ReadonlySet<string>; metrics: OrgMetrics; boxes?: OrgNarrowBoxEstimate }): OrgNarrowTracks {
  const { doc, visible, collapsed, metrics: M } = options;
  const { drawn } = groupOrgLinks(doc, visible.ids);
  const tracked = new Set<OrgLink>();
  if (!drawn.length) return { tracks: 0, tracked };
  const index = indexOrganization(doc);
  // Down the column at the boxes' least heights; a line short enough even so is measured again
  // with the boxes between its ends measured (only those: a 10,000-body chart measures a few).
  const heightOf = (body: Body) => minOrgNarrowBoxHeight(body, M);
  const measured = options.boxes ? estimateOrgNarrowBoxes(doc, visible, options.boxes, M) : undefined;
  const cache = new Map<number, number>();
  const order: Body[] = [];
  const at = new Map<string, number>();
  // The least y of each box's top, down the column.
  const top: number[] = [];
  let y = 0;
  const stack = index.roots.filter((b) => !visible.satelliteHost.has(b.id)).reverse();
  while (stack.length) {
    const body = stack.pop()!;
    at.set(body.id, at.size);
    top.push(y);
    order.push(body);
    y += heightOf(body);
    const next = [...(collapsed.has(body.id) ? [] : (index.children.get(body.id) ?? [])), ...(visible.satellitesOf.get(body.id) ?? [])];
    for (let i = next.length - 1; i >= 0; i--) stack.push(next[i]!);
  }
  top.push(y);
  const spans: Array<readonly [number, number]> = [];
  for (const g of drawn) {
    const [u, v] = [at.get(g.from) ?? 0, at.get(g.to) ?? 0];
    const [i, j] = [Math.min(u, v), Math.max(u, v)];
    // From the upper box's last end (6 px above its bottom) to the lower box's first (16 px below
    // its top), out of the boxes and back: the shortest such a line can be.
    let least = top[j]! + 16 - (top[i + 1]! - 6) + 2 * ORG_GUTTER_INSET;
    if (least > ORG_STUB_NARROW) continue;
    if (measured) {
      least = 22 + 2 * ORG_GUTTER_INSET;
      for (let k = i + 1; k < j && least <= ORG_STUB_NARROW; k++) {
        let h = cache.get(k);
        if (h === undefined) cache.set(k, (h = measured(order[k]!, index.depth.get(order[k]!.id) ?? 0)));
        least += h;
      }
      if (least > ORG_STUB_NARROW) continue;
    }
    spans.push([i * 100, j * 100]);
    for (const l of g.links) tracked.add(l);
  }
  if (!spans.length) return { tracks: 0, tracked };
  return { tracks: Math.min(ORG_NARROW_TRACKS, Math.max(...assignOrgTracks(spans)) + 1), tracked };
}

/**
 * What the column's boxes are measured with, for a closer estimate of their heights than
 * {@link minOrgNarrowBoxHeight}: the container's width, the text measure, and the width the lane
 * bands take beside the boxes.
 */
export interface OrgNarrowBoxEstimate {
  width: number;
  measure: MeasureText;
  measureSize: number;
  locale: Locale;
  bands: number;
}

/**
 * Each box's height measured as wide as the column lets it be with no gutter track (arrange.ts
 * narrows it for the tracks kept, so it is as tall or taller): a line the boxes between its ends
 * make longer than ORG_STUB_NARROW even so is drawn as badges. Where widened boxes would
 * make it shorter after all, the router runs it closer to the others within the room kept.
 */
function estimateOrgNarrowBoxes(doc: OrganizationDocument, visible: OrgVisible, o: OrgNarrowBoxEstimate, M: OrgMetrics): (body: Body, level: number) => number {
  const index = indexOrganization(doc);
  let depth = 0;
  for (const b of visible.order) depth = Math.max(depth, (index.depth.get(b.id) ?? 0) + (visible.satelliteHost.has(b.id) ? 1 : 0));
  const limits = chooseOrgBoxLimits({ width: o.width, arrangement: 'narrow', fontSize: M.fontSize, depth, reserve: o.bands });
  return (body, level) => {
    const maxWidth = Math.max(limits.minWidth, limits.maxWidth + (depth - level) * orgHangIndent('narrow'));
    const toggle = (index.children.get(body.id)?.length ?? 0) > 0 ? 'bottom' : undefined;
    return measureOrgBox({ body, minWidth: limits.minWidth, maxWidth, maxLines: 40, measure: o.measure, measureSize: o.measureSize, locale: o.locale, fontSize: M.fontSize, toggle }).height;
  };
}

/** A gutter route per line, and where the gutter's room ends (labels stay left of it). */
export interface OrgGutterRoutes {
  routes: Map<OrgLinkGroup, Point[]>;
  gutterEnd: number;
}

/**
 * Routes `groups` (in the data's order) down the gutter at `gutter`: each leaves its boxes to the
 * right, down the box's right edge from 16 px below its top, as far apart as the box allows
 * between 10 and 18 px (five arrowheads into AMED 10 px apart read as one), to a track of its own
 * ({@link assignOrgTracks}); more tracks than `room` run closer together within that room.
 */
export function routeOrgGutter(options: { groups: readonly OrgLinkGroup[]; boxes: ReadonlyMap<string, Rect>; gutter: number; room: number; textLine: number }): OrgGutterRoutes {
  const { groups, boxes, gutter, textLine } = options;
  const endsAt = new Map<string, number>();
  const endCount = new Map<string, number>();
  for (const g of groups) for (const id of [g.from, g.to]) endCount.set(id, (endCount.get(id) ?? 0) + 1);
  const endY = (id: string) => {
    const box = boxes.get(id)!;
    const nth = endsAt.get(id) ?? 0;
    endsAt.set(id, nth + 1);
    const n = endCount.get(id)!;
    const step = n > 1 ? Math.max(10, Math.min(18, Math.floor((box.height - 22) / (n - 1)))) : 10;
    return Math.round(box.y + Math.min(box.height - 6, 16 + step * nth));
  };
  const ends = groups.map((g) => [endY(g.from), endY(g.to)] as [number, number]);
  const tracks = assignOrgTracks(ends.map(([u, v]) => [Math.min(u, v), Math.max(u, v)] as const));
  // Then, within each box, the ends in the order that keeps its lines from crossing one another:
  // those going up first, the nearer track higher; then those going down, the further track higher.
  const atBox = new Map<string, Array<{ i: number; k: 0 | 1; up: boolean }>>();
  groups.forEach((g, i) => {
    const [ya, yb] = ends[i]!;
    for (const [id, k, up] of [[g.from, 0, yb < ya], [g.to, 1, ya < yb]] as const) atBox.set(id, [...(atBox.get(id) ?? []), { i, k, up }]);
  });
  for (const list of atBox.values()) {
    if (list.length < 2) continue;
    const slots = list.map((e) => ends[e.i]![e.k]).sort((p, q) => p - q);
    const order = [...list].sort((p, q) => (p.up === q.up ? (p.up ? tracks[p.i]! - tracks[q.i]! : tracks[q.i]! - tracks[p.i]!) : p.up ? -1 : 1));
    order.forEach((e, n) => (ends[e.i]![e.k] = slots[n]!));
  }
  // More tracks than the arrangement kept room for share that room (never wider than the container).
  const used = Math.max(0, ...tracks) + 1;
  const room = Math.max(1, Math.min(ORG_NARROW_TRACKS, options.room));
  const step = used > room ? Math.max(4, Math.floor((ORG_GUTTER_TRACK * (room - 1)) / (used - 1))) : ORG_GUTTER_TRACK;
  const gutterEnd = gutter + Math.max(orgGutterWidth(room, textLine), ORG_GUTTER_INSET + (used - 1) * step + Math.ceil(textLine / 2) + 1);
  const routes = new Map<OrgLinkGroup, Point[]>();
  groups.forEach((g, i) => {
    const a = boxes.get(g.from)!;
    const b = boxes.get(g.to)!;
    const x = gutter + ORG_GUTTER_INSET + tracks[i]! * step;
    const [ya, yb] = ends[i]!;
    routes.set(g, [[a.x + a.width, ya], [x, ya], [x, yb], [b.x + b.width, yb]]);
  });
  return { routes, gutterEnd };
}

/** Length of an orthogonal route (px). */
const lengthOf = (points: readonly Point[]) => points.slice(1).reduce((s, p, i) => s + Math.abs(p[0] - points[i]![0]) + Math.abs(p[1] - points[i]![1]), 0);

/** Options of {@link planOrgNarrowBadges}. */
export interface PlanOrgNarrowBadgesOptions {
  doc: OrganizationDocument;
  visible: ReadonlySet<string>;
  /** The column's boxes: those holding badges grow taller, and the boxes below them move down. */
  nodes: readonly OrgNodeLayout[];
  byId: ReadonlyMap<string, OrgNodeLayout>;
  gutter: number;
  /** Tracks the arrangement kept room for. */
  room: number;
  /**
   * The links whose lines the gutter kept a track for, in the fully expanded tree
   * ({@link planOrgNarrowTracks}): a line none of whose links is among them is drawn as badges
   * from the start, whatever is collapsed. A collapse shortens the lines into the collapsed box,
   * but they stay badges, so the gutter needs no more room and no box narrows (undefined: every
   * line is routed first).
   */
  tracked?: ReadonlySet<OrgLink>;
  metrics: OrgMetrics;
  measure: MeasureText;
  measureSize: number;
  locale: Locale;
  /** A file's layout: an open box draws no ⊖ (see `file` of LayoutOrgChartOptions). */
  file?: boolean;
}

/** What {@link planOrgNarrowBadges} decided: the lines drawn as badges and their two badges each. */
export interface OrgNarrowBadges {
  stubs: Map<OrgLinkGroup, { from: OrgLinkStub; to: OrgLinkStub }>;
  /** Whether any box grew or widened for its badges. */
  grew: boolean;
}

/** Line height of the text in a one-column end badge (px, of the badge font). */
export const orgBadgeLineHeight = (M: Pick<OrgMetrics, 'badgeSize'>) => Math.round(M.badgeSize * 1.4);
/** Room inside a one-column end badge left of its text and above and below it (px). */
export const ORG_BADGE_PAD_X = 6;
export const ORG_BADGE_PAD_Y = 3;
const BADGE_PAD_X = ORG_BADGE_PAD_X;
const BADGE_PAD_Y = ORG_BADGE_PAD_Y;
/** Between two badges of one box (px). */
const BADGE_GAP = 4;

/** A badge's text width (Latin bold runs wider), one function per measure: its wrapped labels are memoised per measure (box.ts wrapBoxLabel). */
const badgeWidths = new WeakMap<MeasureText, MeasureText>();
function badgeWidthOf(m: MeasureText): MeasureText {
  let f = badgeWidths.get(m);
  if (!f) badgeWidths.set(m, (f = (t) => Math.ceil(m(t) * (/[A-Za-z]/.test(t) ? 1.08 : 1.03))));
  return f;
}

/**
 * Decides which of the column's lines are drawn as badges (those whose gutter route would be
 * longer than {@link ORG_STUB_NARROW}, taking the boxes grown for the badges into account), makes
 * the boxes holding badges taller by what their badges take (moving every box below down), and
 * places the badges, in absolute coordinates. Changes `nodes`' `y` and `height`.
 */
export function planOrgNarrowBadges(options: PlanOrgNarrowBadgesOptions): OrgNarrowBadges {
  const { doc, visible, nodes, byId, gutter, room, metrics: M, measure, measureSize, locale } = options;
  const { drawn } = groupOrgLinks(doc, visible);
  const stubs = new Map<OrgLinkGroup, { from: OrgLinkStub; to: OrgLinkStub }>();
  if (!drawn.length) return { stubs, grew: false };
  const ui = ORG_UI[locale];
  const badgeMeasure = scaleMeasure(measure, measureSize, M.badgeSize);
  const widthOf = badgeWidthOf(badgeMeasure);
  const lh = orgBadgeLineHeight(M);
  const original = new Map(nodes.map((n) => [n.id, { y: n.y, height: n.height, width: n.width }] as const));
  /** The right edge of the column's widest box: a box holding badges may widen up to it. */
  const columnRight = Math.max(...nodes.map((n) => n.x + n.width));
  /** The widths of the boxes holding badges (from {@link chipsOf}). */
  const widths = new Map<string, number>();
  const byTop = [...nodes].sort((p, q) => original.get(p.id)!.y - original.get(q.id)!.y);
  const base = (g: OrgLinkGroup) => (g.links.length > 1 ? ORG_LINK_LABELS[locale][g.links[0]!.type] : formatOrgLinkLabel(g.links[0]!, locale));
  const label = (g: OrgLinkGroup) => (g.links.length > 1 ? `${base(g)}${ui.times(g.links.length)}` : base(g));

  /** One chip: its lines, and for each line of it the line's group (the body it names), if any. */
  interface Chip {
    lines: string[];
    rows: Array<{ group: OrgLinkGroup; first: number; count: number }>;
    width: number;
    way: string;
  }
  /** The chips of each box for the lines in `badged` (data order), grouped by kind and way. */
  const chipsOf = (badged: readonly OrgLinkGroup[]): Map<string, Chip[]> => {
    const ends = new Map<string, Array<{ g: OrgLinkGroup; other: OrgNodeLayout; way: string; inside: boolean; otherInside: boolean }>>();
    for (const g of badged) {
      const a = byId.get(g.from)!;
      const b = byId.get(g.to)!;
      // In one column the other end is above or below.
      const down = original.get(b.id)!.y > original.get(a.id)!.y;
      // An end standing for a body hidden in its collapsed box's subtree says so (「配下：連携 ↓」, 「…の配下」).
      for (const [box, other, way, inside, otherInside] of [[a, b, down ? '↓' : '↑', g.collapsedFrom, g.collapsedTo], [b, a, down ? '↑' : '↓', g.collapsedTo, g.collapsedFrom]] as const) {
        const list = ends.get(box.id) ?? [];
        list.push({ g, other, way, inside, otherInside });
        ends.set(box.id, list);
      }
    }
    const out = new Map<string, Chip[]>();
    widths.clear();
    for (const [id, list] of ends) {
      const box = byId.get(id)!;
      const o = original.get(id)!;
      // A box holding badges widens (as far as the widest box of the column reaches) to hold
      // each of their lines whole where it can: 「次世代ヘルスケア産業協議会」 on one line.
      const natural = Math.max(...list.flatMap((e) => [ui.linkBadge(label(e.g), e.way, 9, e.inside), e.otherInside ? ui.linkBadgeInsideOf(e.other.body.name) : e.other.body.name].map(widthOf))) + 2 * BADGE_PAD_X + 2 * M.padding;
      const width = Math.max(o.width, Math.min(natural, columnRight - box.x));
      widths.set(id, width);
      const inner = width - 2 * M.padding - 2 * BADGE_PAD_X;
      const kinds = new Map<string, typeof list>();
      for (const e of list) {
        const key = `${base(e.g)}\u0000${e.way}\u0000${e.inside}`;
        kinds.set(key, [...(kinds.get(key) ?? []), e]);
      }
      const chips: Chip[] = [];
      for (const group of kinds.values()) {
        const first = group[0]!;
        const head = ui.linkBadge(label(first.g), first.way, group.length, first.inside);
        const lines = [...wrapBoxLabel({ text: head, maxWidth: inner, measure: widthOf, locale }).lines];
        const rows: Chip['rows'] = [];
        for (const e of group) {
          const name = nameLines(e.other.body, inner, e.otherInside);
          rows.push({ group: e.g, first: lines.length, count: name.length });
          lines.push(...name);
        }
        chips.push({ lines, rows, width: Math.min(inner, Math.max(...lines.map(widthOf))) + 2 * BADGE_PAD_X, way: first.way });
      }
      out.set(id, chips);
    }
    return out;
  };
  /** The body's name wrapped to `width`; past two lines, its shortest alias where that is shorter (「AMED」). */
  const nameLines = (body: Body, width: number, inside: boolean): string[] => {
    const wrap = (text: string) => wrapBoxLabel({ text: inside ? ui.linkBadgeInsideOf(text) : text, maxWidth: width, measure: widthOf, locale }).lines;
    const name = wrap(body.name);
    if (name.length <= 2 || !body.aliases.length) return name;
    const alias = wrap([...body.aliases].sort((p, q) => p.length - q.length)[0]!);
    return alias.length < name.length ? alias : name;
  };
  const chipHeight = (c: Chip) => c.lines.length * lh + 2 * BADGE_PAD_Y;
  /**
   * Where a box's first badge stands, px below its top: under its text (in its bottom padding,
   * less a part gap); in a box with children under its toggle, which stays where the text ends
   * (`toggleAt`): a collapse that adds badges (the lines into the folded subtree) lengthens the
   * box below the toggle, not above it (R11-3-1: 推進会議 @360, ⊕ 87 px lower than its ⊖ was).
   * A file draws no ⊖ on an open box: there the badges stand under its text (no empty row).
   */
  const toggled = (box: OrgNodeLayout) => box.childCount > 0 && !(options.file && box.expanded);
  const chipTop = (box: OrgNodeLayout, height: number) => (toggled(box) ? height + M.toggleRadius + BADGE_GAP : height - M.padding + M.gapBetweenParts);
  /** Grows the boxes for `chips` from their original sizes and moves the boxes below. */
  const grow = (chips: ReadonlyMap<string, Chip[]>): boolean => {
    const extra = new Map<string, number>();
    let wider = false;
    for (const [id, list] of chips) {
      const box = byId.get(id)!;
      const o = original.get(id)!;
      // Below the text (and the toggle, see chipTop), then the bottom padding.
      let y = chipTop(box, o.height);
      for (const c of list) y += chipHeight(c) + BADGE_GAP;
      y -= BADGE_GAP;
      const width = widths.get(id) ?? o.width;
      const height = Math.ceil(y + M.padding);
      extra.set(id, Math.max(0, height - o.height));
      if (width !== o.width) wider = true;
    }
    // Every box whose top is at or below a grown box's (original) bottom moves down by its growth.
    const grown = [...extra].filter(([, e]) => e > 0).map(([id, e]) => ({ bottom: original.get(id)!.y + original.get(id)!.height, e }));
    grown.sort((p, q) => p.bottom - q.bottom);
    let k = 0;
    let shift = 0;
    for (const n of byTop) {
      const o = original.get(n.id)!;
      while (k < grown.length && grown[k]!.bottom <= o.y + 0.5) shift += grown[k++]!.e;
      n.y = o.y + shift;
      n.height = o.height + (extra.get(n.id) ?? 0);
      if (toggled(n) && (extra.get(n.id) ?? 0) > 0) n.toggleAt = o.height;
      else delete n.toggleAt;
      n.width = widths.get(n.id) ?? o.width;
    }
    return grown.length > 0 || wider;
  };

  let badged = new Set<OrgLinkGroup>(options.tracked ? drawn.filter((g) => !g.links.some((l) => options.tracked!.has(l))) : []);
  let chips = badged.size ? chipsOf(drawn.filter((g) => badged.has(g))) : new Map<string, Chip[]>();
  let grew = badged.size ? grow(chips) : false;
  // Each round badges the lines still too long (a box grown for a badge lengthens the lines past it).
  for (let round = 0; round <= drawn.length; round++) {
    const lines = drawn.filter((g) => !badged.has(g));
    const { routes } = routeOrgGutter({ groups: lines, boxes: byId, gutter, room, textLine: M.textLine });
    const long = lines.filter((g) => lengthOf(routes.get(g)!) > ORG_STUB_NARROW);
    if (!long.length) break;
    badged = new Set([...badged, ...long]);
    chips = chipsOf(drawn.filter((g) => badged.has(g)));
    grew = grow(chips);
  }
  // The badges' places, now that the boxes stand where they will.
  const titleOf = (g: OrgLinkGroup, other: OrgNodeLayout, way: string) => ui.linkStubTitle(label(g), other.body.name, way);
  const placed = new Map<OrgLinkGroup, { from?: OrgLinkStub; to?: OrgLinkStub }>();
  for (const [id, list] of chips) {
    const box = byId.get(id)!;
    let y = box.y + chipTop(box, original.get(id)!.height);
    for (const c of list) {
      const badge: Rect = { x: box.x + M.padding, y, width: c.width, height: chipHeight(c) };
      const shared = c.rows.length > 1;
      const badgeId = `link-${c.rows[0]!.group.index}-badge`;
      for (const row of c.rows) {
        const g = row.group;
        const end = g.from === id ? 'from' : 'to';
        const other = byId.get(end === 'from' ? g.to : g.from)!;
        const stub: OrgLinkStub = {
          points: [],
          // A copy each: the frame moves every stub's badge.
          badge: { ...badge },
          badgeId,
          head: c.rows[0]!.first,
          text: c.lines.join(' '),
          title: titleOf(g, other, c.way),
          lines: c.lines,
          partner: other.id,
          row: { first: row.first, count: row.count },
          ...(shared ? { shared: true } : {}),
        };
        placed.set(g, { ...placed.get(g), [end]: stub });
      }
      y += badge.height + BADGE_GAP;
    }
  }
  for (const [g, s] of placed) if (s.from && s.to) stubs.set(g, { from: s.from, to: s.to });
  return { stubs, grew };
}
