/**
 * Editable PowerPoint from a chart document, through pptxgenjs: native shapes an author can
 * edit, not a picture. The org chart is boxes with text joined by attached connectors (written
 * into the slide XML by {@link addConnectors}, since pptxgenjs writes only loose lines), the
 * treemap is rectangles with text, and the effect chart is its layout's rectangles, lines,
 * markers and text. The title is on the slide; description, notes and 出典 go into the slide's
 * notes (and 出典 also in a footer line). Node and browser: no DOM, no file system.
 */
import JSZip from 'jszip';
import PptxGenJS from 'pptxgenjs';
import { summarizeBudget } from '../data/budget-summary.js';
import { summarizeEffect } from '../data/effect-summary.js';
import type { Issue } from '../data/issues.js';
import { parseChartData } from '../data/parse.js';
import { isRecord } from '../data/read.js';
import type { BudgetDocument, ChartDocument, EffectDocument, LinkType, Locale, OrganizationDocument } from '../data/types.js';
import { toLocale } from '../format/locale.js';
import { formatIssue } from '../format/messages/index.js';
import { MEASURE_SIZE } from '../charts/effect/layout/common.js';
import { layoutEffect } from '../charts/effect/layout/index.js';
import type { Fill, Shape, Tone } from '../charts/effect/layout/shapes.js';
import { layoutOrgChart } from '../charts/org/layout/index.js';
import { createApproxMeasure } from '../kit/text.js';
import { layoutTreemap, TREEMAP_FONT_SIZE } from '../charts/budget/layout/index.js';
import { PALETTE, PALETTE_TINTS } from '../theme/tokens.js';
import { addConnectors, type ConnectorSpec, type RectSite } from './pptx-connectors.js';

/** Slide sizes: widescreen and the older 4:3. */
export const SLIDE_SIZES = ['16:9', '4:3'] as const;
export type SlideSize = (typeof SLIDE_SIZES)[number];

/** Slide width and height in inches (PowerPoint's own "Widescreen" and "Standard"). */
export const SLIDE_INCHES: Readonly<Record<SlideSize, { width: number; height: number }>> = {
  '16:9': { width: 13.333, height: 7.5 },
  '4:3': { width: 10, height: 7.5 },
};

/**
 * Fonts written on every run when the caller names none: Meiryo is on every Windows since
 * Vista and comes with Office for Mac; the theme adds Yu Gothic as the Japanese-script font.
 */
export const DEFAULT_SLIDE_FONT = 'Meiryo';
export const FALLBACK_SLIDE_FONTS = ['Meiryo', 'Yu Gothic'] as const;

/** Options of {@link renderPPTX}. */
export interface RenderPPTXOptions {
  /** The parsed JSON of a chart document. */
  input: unknown;
  locale?: Locale;
  slide?: SlideSize;
  /** First-choice font of every text run (default {@link DEFAULT_SLIDE_FONT}). */
  font?: string;
}

/** The deck, or localised issue lines. */
export type RenderPPTXResult = { ok: true; pptx: Uint8Array; type: ChartDocument['type'] } | { ok: false; issues: Issue[]; messages: string[] };

const TITLE_PT: Readonly<Record<SlideSize, number>> = { '16:9': 28, '4:3': 24 };
const MARGIN = 0.4;
const TITLE_H = 0.8;
const FOOTER_H = 0.35;
const TEXT = '1A1A1A';
const MUTED = '595959';
const BORDER = '767676';
const ACCENT = '0B5CAD';

const hex = (color: string) => color.replace('#', '').toUpperCase();

interface Area {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Maps layout px into the chart area (inches): one uniform scale, centred horizontally. */
interface Placement {
  k: number;
  ox: number;
  oy: number;
}

function place(area: Area, width: number, height: number, maxK = Infinity): Placement {
  const k = Math.min(area.w / width, area.h / height, maxK);
  return { k, ox: area.x + (area.w - width * k) / 2, oy: area.y };
}

/** Smallest org-chart name size on a slide before the boxes drop their role lines. */
const MIN_NAME_PT = 11;

/** Points for a size in layout px. */
const pt = (px: number, p: Placement) => Math.round(px * p.k * 72 * 10) / 10;

type Slide = ReturnType<PptxGenJS['addSlide']>;

interface Context {
  pptx: PptxGenJS;
  slide: Slide;
  font: string;
  locale: Locale;
  area: Area;
}

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

function drawOrganization(full: OrganizationDocument, c: Context): { connectors: ConnectorSpec[]; notes: string[] } {
  const { slide, font } = c;
  // Lay out at the width that fills the area best for its aspect, then scale to fit.
  const fit = (doc: OrganizationDocument) =>
    [800, 1000, 1200, 1400, 1600]
      .map((width) => {
        const layout = layoutOrgChart({ doc, width, measure: createApproxMeasure(14), measureSize: 14, locale: c.locale });
        return { layout, p: place(c.area, layout.bounds.width, layout.bounds.height, 1 / 72) };
      })
      .reduce((best, next) => (next.p.k > best.p.k ? next : best));
  // A slide is read from across a room: when the full boxes would make names smaller than
  // MIN_NAME_PT, the boxes carry kind, name and aliases only, and roles and notes go to the notes.
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
  const sep = c.locale === 'ja' ? '、' : ', ';
  const colon = c.locale === 'ja' ? '：' : ': ';
  const notes = full.bodies
    .filter((b) => shortened.has(b.id) || (lean && (b.roles.length > 0 || b.notes.length > 0)))
    .flatMap((b) => [
      `■ ${b.aliases.length ? `${b.name}（${b.aliases.join(sep)}）` : b.name}`,
      ...b.roles.map((r) => `${r.title}${colon}${r.holders.join(sep)}`),
      ...b.notes,
    ]);
  return { connectors, notes };
}

function drawBudget(doc: BudgetDocument, c: Context): { notes: string[] } {
  const summary = summarizeBudget(doc);
  // 1 px = 1 pt: the treemap is laid out at the area's size in points, so labels are 13 pt.
  const width = Math.round(c.area.w * 72);
  const height = Math.round(c.area.h * 72);
  const approx = createApproxMeasure(TREEMAP_FONT_SIZE);
  const layout = layoutTreemap({ doc, summary, width, height: height - 40, measure: (t: string) => approx(t) * 1.06, locale: c.locale });
  const p = place(c.area, layout.width, layout.height);
  const X = (px: number) => p.ox + px * p.k;
  const Y = (px: number) => p.oy + px * p.k;
  for (const cell of layout.cells) {
    const label = cell.label;
    const runs: PptxGenJS.TextProps[] = (label?.lines ?? []).map((text, i) => ({
      text,
      options: { bold: i < (label?.nameLines ?? 1), fontSize: pt(label!.fontSize, p), breakLine: true },
    }));
    c.slide.addText(cell.container ? runs.slice(0, 1) : runs, {
      x: X(cell.x), y: Y(cell.y), w: cell.width * p.k, h: cell.height * p.k,
      shape: c.pptx.ShapeType.rect, fill: { color: hex(PALETTE_TINTS[cell.pillar % PALETTE_TINTS.length]!) },
      line: { color: cell.level === 1 ? 'FFFFFF' : 'F5F6F7', width: cell.level === 1 ? 2 : 0.75 },
      fontFace: c.font, color: TEXT, valign: 'top', align: 'left', margin: 3, objectName: `cell ${cell.key}`,
    });
  }
  for (const ref of layout.rootRefs) {
    c.slide.addText(ref.text, {
      x: X(ref.x), y: Y(ref.y), w: ref.width * p.k, h: ref.height * p.k, shape: c.pptx.ShapeType.rect,
      fill: { color: 'FFFFFF' }, line: { color: BORDER, width: 0.75, dashType: 'dash' }, fontFace: c.font,
      fontSize: pt(11, p), color: TEXT, margin: 2, valign: 'middle', objectName: `ref ${ref.key}`,
    });
  }
  const header = [doc.fiscalYear, layout.totalText].filter(Boolean).join(' ');
  return { notes: [header, ...(layout.supplementaryTotalText ? [layout.supplementaryTotalText] : []), ...layout.cells.map((cell) => cell.description)] };
}


const TONE: Readonly<Record<Tone, string>> = {
  text: TEXT, muted: MUTED, 'on-fill': TEXT, improved: hex(PALETTE[0]), worsened: hex(PALETTE[5]), neutral: MUTED, grid: 'D0D0D0', zero: TEXT,
};

function fillColor(fill: Fill): string {
  switch (fill.type) {
    case 'series':
      return hex(PALETTE_TINTS[fill.index % PALETTE_TINTS.length]!);
    case 'unknown':
      return 'E6E6E6';
    case 'track':
      return 'F5F6F7';
    case 'solid':
      return TONE[fill.tone];
  }
}

function drawEffect(doc: EffectDocument, c: Context): { notes: string[] } {
  const width = Math.round(c.area.w * 72);
  const layout = layoutEffect({ doc, width, measure: createApproxMeasure(MEASURE_SIZE), locale: c.locale });
  const p = place(c.area, layout.width, layout.height);
  const X = (px: number) => p.ox + px * p.k;
  const Y = (px: number) => p.oy + px * p.k;
  const draw = (shape: Shape, name: string) => {
    switch (shape.kind) {
      case 'rect':
        c.slide.addShape(c.pptx.ShapeType.rect, {
          x: X(shape.x), y: Y(shape.y), w: Math.max(shape.width, 0.5) * p.k, h: shape.height * p.k,
          fill: { color: fillColor(shape.fill) }, line: shape.outline ? { color: TEXT, width: 0.75 } : { type: 'none' }, objectName: name,
        });
        return;
      case 'line': {
        c.slide.addShape(c.pptx.ShapeType.line, {
          x: X(Math.min(shape.x1, shape.x2)), y: Y(Math.min(shape.y1, shape.y2)),
          w: Math.abs(shape.x2 - shape.x1) * p.k, h: Math.abs(shape.y2 - shape.y1) * p.k,
          flipH: shape.x2 < shape.x1, flipV: shape.y2 < shape.y1,
          line: { color: TONE[shape.tone], width: shape.strokeWidth * p.k * 72, dashType: shape.dash ? 'dash' : 'solid', endArrowType: shape.arrow ? 'triangle' : undefined },
          objectName: name,
        });
        return;
      }
      case 'symbol': {
        const r = shape.r * p.k;
        const type = shape.symbol === 'square' ? c.pptx.ShapeType.rect : shape.symbol === 'diamond' ? c.pptx.ShapeType.diamond : c.pptx.ShapeType.ellipse;
        const filled = shape.symbol !== 'ring';
        c.slide.addShape(type, {
          x: X(shape.x) - r, y: Y(shape.y) - r, w: 2 * r, h: 2 * r,
          fill: filled ? { color: TONE[shape.tone] } : { color: 'FFFFFF' }, line: { color: TONE[shape.tone], width: 1.5 }, objectName: name,
        });
        return;
      }
      case 'text': {
        // Text boxes a little wider than measured: the slide's font is not the measured one.
        const w = (shape.width * 1.15 + shape.size) * p.k;
        const left = shape.anchor === 'start' ? X(shape.x) : shape.anchor === 'end' ? X(shape.x) - w : X(shape.x) - w / 2;
        const top = Y(shape.y - shape.size * 0.8 - (shape.lineHeight - shape.size) / 2);
        c.slide.addText(shape.lines.join('\n'), {
          x: left, y: top, w, h: shape.lineHeight * shape.lines.length * p.k, fontFace: c.font, fontSize: pt(shape.size, p),
          bold: shape.bold, color: TONE[shape.tone], align: shape.anchor === 'start' ? 'left' : shape.anchor === 'end' ? 'right' : 'center',
          valign: 'top', margin: 0, objectName: name,
        });
        return;
      }
    }
  };
  for (const axis of layout.axes) {
    for (const tick of axis.ticks) {
      draw({ kind: 'line', x1: tick.x, x2: tick.x, y1: axis.gridTop, y2: axis.gridBottom, tone: 'grid', strokeWidth: 1 }, `grid ${tick.value}`);
      draw({ kind: 'text', x: tick.x, y: axis.y, lines: [tick.label], size: axis.tickSize, lineHeight: axis.tickSize * 1.3, anchor: 'middle', tone: 'muted', width: tick.label.length * axis.tickSize * 0.6 }, `tick ${tick.value}`);
    }
    if (axis.title) draw(axis.title, 'axis title');
  }
  for (const mark of layout.marks) mark.shapes.forEach((shape, i) => draw(shape, `${mark.id} ${i}`));
  layout.annotations.forEach((shape, i) => draw(shape, `annotation ${i}`));
  return { notes: [summarizeEffect(doc, { locale: c.locale }).sentence, ...layout.statements, ...(doc.notes ?? [])] };
}

const SOURCE_LABEL: Readonly<Record<Locale, string>> = { ja: '出典：', en: 'Source: ' };

function documentLocale(input: unknown): Locale | undefined {
  return isRecord(input) && typeof input.lang === 'string' ? toLocale(input.lang) : undefined;
}

/** Sets the theme's Japanese-script font, the fallback PowerPoint uses for East Asian text. */
function setThemeFonts(themeXml: string, font: string): string {
  const jpan = font === FALLBACK_SLIDE_FONTS[0] ? FALLBACK_SLIDE_FONTS[1] : FALLBACK_SLIDE_FONTS[0];
  return themeXml
    .replace(/<a:ea typeface="[^"]*"\/>/g, `<a:ea typeface="${font}"/>`)
    .replace(/<a:font script="Jpan" typeface="[^"]*"\/>/g, `<a:font script="Jpan" typeface="${jpan}"/>`);
}

/**
 * Parses a chart document and writes a one-slide deck of native, editable shapes. Bad input
 * never throws: it returns the issues, with messages in the chosen locale.
 */
export async function renderPPTX(options: RenderPPTXOptions): Promise<RenderPPTXResult> {
  const { input, slide: size = '16:9', font = DEFAULT_SLIDE_FONT } = options;
  const locale = options.locale ?? documentLocale(input) ?? 'ja';
  const parsed = parseChartData(input);
  if (!parsed.ok) return { ok: false, issues: parsed.issues, messages: parsed.issues.map((i) => formatIssue(i, locale)) };
  const doc = parsed.value;

  const pptx = new PptxGenJS();
  const inches = SLIDE_INCHES[size];
  pptx.defineLayout({ name: size, width: inches.width, height: inches.height });
  pptx.layout = size;
  pptx.theme = { headFontFace: font, bodyFontFace: font };
  pptx.title = doc.title ?? '';
  const s = pptx.addSlide();
  const title = doc.title ?? (doc.type === 'budget' ? (locale === 'ja' ? '予算' : 'Budget') : '');
  s.addText(title, {
    x: MARGIN, y: 0.25, w: inches.width - 2 * MARGIN, h: TITLE_H, fontFace: font, fontSize: TITLE_PT[size], bold: true, color: TEXT,
    valign: 'middle', margin: 0, fit: 'shrink', objectName: 'title',
  });
  const area: Area = { x: MARGIN, y: 0.25 + TITLE_H + 0.15, w: inches.width - 2 * MARGIN, h: inches.height - (0.25 + TITLE_H + 0.15) - FOOTER_H - 0.25 };
  const context: Context = { pptx, slide: s, font, locale, area };
  let drawn: { connectors?: ConnectorSpec[]; notes: string[] };
  switch (doc.type) {
    case 'organization':
      drawn = drawOrganization(doc, context);
      break;
    case 'budget':
      drawn = drawBudget(doc, context);
      break;
    case 'effect':
      drawn = drawEffect(doc, context);
      break;
  }
  if (doc.source) {
    s.addText(SOURCE_LABEL[locale] + doc.source, {
      x: MARGIN, y: inches.height - FOOTER_H - 0.15, w: inches.width - 2 * MARGIN, h: FOOTER_H, fontFace: font, fontSize: 11, color: MUTED,
      valign: 'bottom', margin: 0, objectName: 'source',
    });
  }
  const notes = [doc.description, ...drawn.notes, ...(doc.source ? [SOURCE_LABEL[locale] + doc.source] : [])].filter((t): t is string => Boolean(t));
  s.addNotes(notes.join('\n'));

  const written = (await pptx.write({ outputType: 'uint8array' })) as Uint8Array;
  const zip = await JSZip.loadAsync(written);
  const slidePath = 'ppt/slides/slide1.xml';
  zip.file(slidePath, addConnectors(await zip.file(slidePath)!.async('string'), drawn.connectors ?? []));
  const themePath = 'ppt/theme/theme1.xml';
  const theme = zip.file(themePath);
  if (theme) zip.file(themePath, setThemeFonts(await theme.async('string'), font));
  const pptxBytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  return { ok: true, pptx: pptxBytes, type: doc.type };
}
