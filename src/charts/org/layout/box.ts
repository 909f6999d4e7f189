/**
 * Phase 1 of the org chart layout: what one body's box shows, measured (badge, wrapped name,
 * aliases, roles or holder counts, notes) and how wide it is. A box is as wide as its longest
 * line needs, within the limits the arrangement gives, so that names and role titles are whole
 * wherever the container allows; past the limit, text wraps (and only a word that cannot fit
 * ends in …). Cached per body, measure and width, and wrapped labels per measure, so expanding
 * or collapsing re-measures nothing and a label repeated across boxes is wrapped once.
 */
import type { Body, Locale } from '../../../data/types.js';
import type { MeasureText, WrappedText } from '../../../kit/text.js';
import { formatOrgRole, joinOrgWords, ORG_KIND_LABELS, ORG_KIND_SHORT, ORG_UI, orgColonAfter, orgListSep } from '../words.js';
import { wrapOrgLabel } from './box-text.js';
import { resolveOrgMetrics, type OrgMetrics } from './metrics.js';
import { ORG_MAX_LISTED_HOLDERS, type OrgBoxContent, type OrgCountButton, type OrgTextLine } from './types.js';

/**
 * What was measured, per measure and body: the box contents by the width, line limit and toggle
 * they were laid out for (a body drawn by several arrangements, or again after a toggle, is
 * measured once per width, whatever limits gave that width), and the width its text asks for.
 */
interface MeasuredBody {
  contents: Map<string, OrgBoxContent>;
  natural: Map<string, number>;
}
const measured = new WeakMap<MeasureText, WeakMap<Body, MeasuredBody>>();
/** Contents kept per body: enough for every candidate arrangement of one layout. */
const KEPT_PER_BODY = 8;

function measuredBody(measure: MeasureText, body: Body): MeasuredBody {
  let perMeasure = measured.get(measure);
  if (!perMeasure) measured.set(measure, (perMeasure = new WeakMap()));
  let hit = perMeasure.get(body);
  if (!hit) perMeasure.set(body, (hit = { contents: new Map(), natural: new Map() }));
  return hit;
}

const scaled = new WeakMap<MeasureText, Map<number, MeasureText>>();

/**
 * `measure` (at `from` px) rescaled to text at `to` px; bold text runs about 3 % wider. The same
 * measure and factor give the same function, so what is memoised per measure (wrapped labels)
 * is shared by every box and layout.
 */
export function scaleMeasure(measure: MeasureText, from: number, to: number, bold = false): MeasureText {
  const f = (to / from) * (bold ? 1.03 : 1);
  let perMeasure = scaled.get(measure);
  if (!perMeasure) scaled.set(measure, (perMeasure = new Map()));
  let fn = perMeasure.get(f);
  if (!fn) perMeasure.set(f, (fn = (text) => measure(text) * f));
  return fn;
}

/** How many Latin letters and digits (half-width) `text` has: their bold glyphs run wider than the regular ones the measure reads. */
function countLatin(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39)) n++;
  }
  return n;
}
const boldNames = new WeakMap<MeasureText, Map<number, MeasureText>>();

/**
 * {@link scaleMeasure} for a box's bold name, by script: about 3 % wider than regular for Japanese
 * (its bold glyphs keep their full width), up to 14 % for Latin letters (DejaVu Sans and Noto
 * Sans bold advance 6–14 % past regular: 「FunctionSequence」, 「AggregateExpression」 ran 4–12 px
 * past their boxes), by the share of the text's width in Latin letters (half an em each, against
 * an em for the rest). Link labels keep scaleMeasure's 3 % and their own factor (links.ts).
 */
function scaleBoldName(measure: MeasureText, from: number, to: number): MeasureText {
  const f = to / from;
  let perMeasure = boldNames.get(measure);
  if (!perMeasure) boldNames.set(measure, (perMeasure = new Map()));
  let fn = perMeasure.get(f);
  if (!fn) {
    perMeasure.set(
      f,
      (fn = (text) => {
        const latin = countLatin(text);
        const share = latin ? (latin * 0.55) / (latin * 0.55 + (text.length - latin)) : 0;
        return measure(text) * f * (1.03 + 0.11 * share);
      }),
    );
  }
  return fn;
}

/** Labels wrapped so far, per measure; cleared past this many (a label repeats across boxes: role titles, holders). */
const WRAP_MEMO_LIMIT = 50_000;
const wrapMemo = new WeakMap<MeasureText, Map<string, WrappedText>>();

/**
 * {@link wrapOrgLabel}, memoised per measure, text, width, line limit and locale (the result is
 * shared: never change it). For the same labels wrapped again (a box's, a badge's) by every
 * layout: pass a measure that stays the same function (scaleMeasure's do).
 */
export function wrapBoxLabel(options: { text: string; maxWidth: number; measure: MeasureText; maxLines?: number; locale: Locale }): WrappedText {
  const { text, maxWidth, measure, maxLines, locale } = options;
  let memo = wrapMemo.get(measure);
  if (!memo) wrapMemo.set(measure, (memo = new Map()));
  const key = `${maxWidth}|${maxLines}|${locale}|${text}`;
  let hit = memo.get(key);
  if (!hit) {
    if (memo.size >= WRAP_MEMO_LIMIT) memo.clear();
    memo.set(key, (hit = wrapOrgLabel(options)));
  }
  return hit;
}

/**
 * Lines a label may take past the arrangement's limit (`maxLines`) when that limit could only be
 * kept by breaking inside words or cutting the label with …: 60 % more.
 */
function softLineLimit(maxLines: number): number {
  return Math.ceil(maxLines * 1.6);
}

/**
 * A long list of holders as a slide prints it (every member of a council): the role title, then
 * the holders a whole one at a time, a line broken only after a separator, so no organisation's
 * name is split (大日本住友製薬, not 大｜日本住友製薬). A holder wider than a whole line wraps on
 * its own lines.
 */
export function packHolders(head: string, holders: readonly string[], sep: string, maxWidth: number, measure: MeasureText, locale: Locale): string[] {
  const lines: string[] = [];
  let line = head;
  holders.forEach((holder, i) => {
    const piece = i < holders.length - 1 ? `${holder}${sep}` : holder;
    if (measure(`${line}${piece}`.trimEnd()) <= maxWidth) {
      line += piece;
      return;
    }
    if (line.trim()) lines.push(line.trimEnd());
    line = piece;
    if (measure(piece.trimEnd()) > maxWidth) {
      const wrapped = wrapBoxLabel({ text: piece.trimEnd(), maxWidth, measure, maxLines: 4, locale }).lines;
      lines.push(...wrapped.slice(0, -1));
      line = `${wrapped[wrapped.length - 1] ?? ''}${piece.endsWith(' ') ? ' ' : ''}`;
    }
  });
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/** Room a count button takes besides its text: left padding and the ▸. */
const COUNT_CHROME = 28;

/** The width limits of boxes in an arrangement, from the base font size and the container. */
export interface OrgBoxLimits {
  minWidth: number;
  maxWidth: number;
}

/**
 * How narrow and how wide boxes may be: 8 to 15 em of the base font size (112–210 px at 14 px),
 * and for the one-column `narrow` arrangement whatever the container leaves after the indents
 * of `depth` levels and a gutter for link lines (never under 8 em).
 */
export function chooseOrgBoxLimits(options: {
  width: number;
  arrangement: 'top-down' | 'compact' | 'narrow' | 'left-right';
  fontSize?: number;
  depth?: number;
  /** Width taken by other things across the drawing (lane bands' padding and labels). */
  reserve?: number;
}): OrgBoxLimits {
  const f = resolveOrgMetrics(options.fontSize).fontSize;
  const minWidth = Math.round(f * 8);
  if (options.arrangement === 'narrow') {
    const room = options.width - 2 * 12 - (options.depth ?? 0) * orgHangIndent('narrow') - ORG_NARROW_GUTTER - (options.reserve ?? 0);
    return { minWidth, maxWidth: Math.max(minWidth, Math.min(Math.round(f * 24), Math.floor(room))) };
  }
  return { minWidth, maxWidth: Math.round(f * 15) };
}

/** How far a hung child stands in from its parent's left edge (px). */
export const ORG_HANG_INDENT = 20;
/**
 * The indent of the one-column `narrow` arrangement (a phone): smaller, so that a box deep in the
 * tree keeps room for a katakana word on one line (「パートナーシップ」 in the 16 px name font at
 * 360 px); its connector still runs down left of the children, at half the indent.
 */
export const ORG_NARROW_HANG_INDENT = 12;

/** How far a hung child stands in from its parent's left edge in an arrangement (px). */
export function orgHangIndent(arrangement: string): number {
  return arrangement === 'narrow' ? ORG_NARROW_HANG_INDENT : ORG_HANG_INDENT;
}
/** Room kept right of the boxes in the `narrow` arrangement for link lines and their labels (at least; see {@link orgGutterWidth}). */
export const ORG_NARROW_GUTTER = 40;

/**
 * Most tracks the `narrow` arrangement's gutter keeps room for: the arrangement (arrange.ts)
 * makes its boxes narrow enough for this many, and the router (links.ts) runs more lines than
 * that closer together within the same room, so the drawing is never wider than the container.
 */
export const ORG_NARROW_TRACKS = 8;
/** Spacing of the gutter's tracks (px): a vertical label (one line of text) fits between two. */
export const ORG_GUTTER_TRACK = 16;
/** The first track's distance right of the boxes and bands (px). */
export const ORG_GUTTER_INSET = 8;
/**
 * Width the `narrow` arrangement's gutter takes right of the boxes and bands with `tracks`
 * tracks: a vertical label (one line of `textLine` px) stands on the last one, centred (links.ts
 * keeps labels from standing right of it, past this width).
 */
export function orgGutterWidth(tracks: number, textLine: number): number {
  return tracks > 0 ? ORG_GUTTER_INSET + (tracks - 1) * ORG_GUTTER_TRACK + Math.ceil(textLine / 2) + 1 : 0;
}

/** The width a body's text asks for on one line each (name, aliases, roles or counts, notes), padding included. */
function naturalWidth(body: Body, measures: { name: MeasureText; text: MeasureText }, locale: Locale, padding: number, badgeWidth: number, maxListed: number): number {
  const ui = ORG_UI[locale];
  let w = Math.max(badgeWidth, measures.name(body.name));
  if (body.aliases.length) w = Math.max(w, measures.text(`（${joinOrgWords(body.aliases, ui)}）`));
  for (const role of body.roles) {
    w =
      role.holders.length > maxListed
        ? Math.max(w, measures.text(formatOrgRole(role, ui, ui.count(role.holders.length))) + COUNT_CHROME)
        : Math.max(w, measures.text(formatOrgRole(role, ui)));
  }
  for (const note of body.notes) w = Math.max(w, measures.text(note));
  return Math.ceil(w + 2 * padding + 2);
}

/** Options of {@link measureOrgBox} and {@link measureOrgBoxWidth}. */
export interface MeasureOrgBoxOptions {
  body: Body;
  /** A fixed width; else the text decides, between `minWidth` and `maxWidth`. */
  boxWidth?: number;
  minWidth?: number;
  maxWidth?: number;
  /**
   * Lines a name, role or note takes at most when broken between words; default 3. A label that
   * needs more may take up to 60 % more lines rather than break inside words or end in ….
   */
  maxLines?: number;
  measure: MeasureText;
  measureSize?: number;
  locale?: Locale;
  /** Base font size in px; default 14. */
  fontSize?: number;
  /** Where the box's expand/collapse toggle sits: its text keeps clear of it. */
  toggle?: 'bottom' | 'right';
  /**
   * Roles with more holders than this show a count button (default {@link ORG_MAX_LISTED_HOLDERS});
   * a longer list printed in the box may take as many lines as it needs ({@link LISTED_LINES}).
   */
  maxListed?: number;
}

/** Lines a printed holder list longer than {@link ORG_MAX_LISTED_HOLDERS} may take (a slide's members, listed). */
const LISTED_LINES = 40;

/**
 * The kind badge's text and width: the kind's label, or its short word (「WG」, 「TF」) where
 * the label is wider than `room` (the box's inside) and the kind has one; then `full` is the label.
 */
export function measureOrgKindBadge(body: Body, measure: MeasureText, measureSize: number, locale: Locale, M: OrgMetrics, room = Infinity): OrgBoxContent['badge'] {
  const m = scaleMeasure(measure, measureSize, M.badgeSize);
  const text = ORG_KIND_LABELS[locale][body.kind];
  const width = Math.ceil(m(text)) + 12;
  const short = ORG_KIND_SHORT[locale][body.kind];
  if (width <= room || short === undefined) return { text, width };
  return { text: short, width: Math.ceil(m(short)) + 12, full: text };
}

/**
 * The width {@link measureOrgBox} gives a box, without wrapping its text: the width its text
 * asks for (measured once per body, measure and font) within the limits.
 */
export function measureOrgBoxWidth(options: MeasureOrgBoxOptions): number {
  if (options.boxWidth !== undefined) return options.boxWidth;
  const { body, measure, measureSize = 14, locale = 'ja' } = options;
  const M = resolveOrgMetrics(options.fontSize);
  const cache = measuredBody(measure, body);
  const maxListed = options.maxListed ?? ORG_MAX_LISTED_HOLDERS;
  const fontKey = `${locale}|${measureSize}|${M.fontSize}|${maxListed}`;
  let natural = cache.natural.get(fontKey);
  if (natural === undefined) {
    const measures = { name: scaleBoldName(measure, measureSize, M.nameSize), text: scaleMeasure(measure, measureSize, M.textSize) };
    natural = naturalWidth(body, measures, locale, M.padding, measureOrgKindBadge(body, measure, measureSize, locale, M).width, maxListed);
    cache.natural.set(fontKey, natural);
  }
  return Math.max(options.minWidth ?? 0, Math.min(options.maxWidth ?? Infinity, natural));
}

/** Measures what one body's box shows: badge, wrapped name, aliases, roles (or counts), notes. */
export function measureOrgBox(options: MeasureOrgBoxOptions): OrgBoxContent {
  const { body, measure, measureSize = 14, locale = 'ja' } = options;
  const M = resolveOrgMetrics(options.fontSize);
  const maxLines = options.maxLines ?? 3;
  const boxWidth = measureOrgBoxWidth(options);
  // What follows depends on the width only, not on the limits that gave it.
  const cache = measuredBody(measure, body);
  const maxListed = options.maxListed ?? ORG_MAX_LISTED_HOLDERS;
  const key = `${boxWidth}|${maxLines}|${locale}|${measureSize}|${M.fontSize}|${options.toggle}|${maxListed}`;
  const hit = cache.contents.get(key);
  if (hit) return hit;
  const ui = ORG_UI[locale];
  const nameMeasure = scaleBoldName(measure, measureSize, M.nameSize);
  const textMeasure = scaleMeasure(measure, measureSize, M.textSize);
  // A toggle on the right edge reaches its radius into the box: lines stop short of it.
  const inner = boxWidth - 2 * M.padding - (options.toggle === 'right' ? Math.max(0, M.toggleRadius + 3 - M.padding) : 0);
  const badge = measureOrgKindBadge(body, measure, measureSize, locale, M, inner);
  const counts: OrgCountButton[] = [];
  const t: BoxLines = { lines: [], M, locale, inner, y: M.padding + M.badgeHeight + M.gapAfterBadge, lastRight: 0, truncated: false };
  const name: LineStyle = { measure: nameMeasure, lineHeight: M.nameLine, size: M.nameSize };
  const plain: LineStyle = { measure: textMeasure, lineHeight: M.textLine, size: M.textSize };

  pushLabel(t, 'name', body.name, maxLines, name);
  if (body.aliases.length) pushLabel(t, 'alias', `（${joinOrgWords(body.aliases, ui)}）`, maxLines, plain);
  for (let roleIndex = 0; roleIndex < body.roles.length; roleIndex++) {
    const role = body.roles[roleIndex]!;
    t.y += M.gapBetweenParts;
    if (role.holders.length > maxListed) {
      // The number always shows. A title too long for the button stands whole on its own line
      // above a button holding only the count (「オブザーバー：」 then 「27件 ▸」).
      const tail = `${orgColonAfter(role.title, ui)}${ui.count(role.holders.length)}`;
      const title = wrapBoxLabel({ text: role.title, maxWidth: Math.max(M.textSize, inner - COUNT_CHROME - textMeasure(tail)), measure: textMeasure, maxLines: 1, locale });
      let text = `${title.lines[0] ?? ''}${tail}`;
      if (title.truncated) {
        pushLabel(t, 'role', formatOrgRole(role, ui, ''), maxLines, plain);
        text = ui.count(role.holders.length);
      }
      counts.push({ roleIndex, text, x: M.padding, y: t.y, width: Math.min(inner, Math.ceil(textMeasure(text)) + COUNT_CHROME), height: M.countHeight });
      t.lastRight = M.padding + counts[counts.length - 1]!.width;
      t.y += M.countHeight;
    } else {
      const text = formatOrgRole(role, ui);
      const packed = role.holders.length > ORG_MAX_LISTED_HOLDERS ? packHolders(formatOrgRole(role, ui, ''), role.holders, orgListSep(role.holders, ui), inner, textMeasure, locale) : undefined;
      if (packed && packed.length <= Math.max(maxLines, LISTED_LINES)) pushLines(t, 'role', packed, plain);
      else pushLabel(t, 'role', text, packed ? Math.max(maxLines, LISTED_LINES) : maxLines, plain);
    }
  }
  if (body.notes.length) {
    t.y += M.gapBetweenParts;
    for (const note of body.notes) pushLabel(t, 'note', note, maxLines, plain);
  }
  // A toggle on the bottom edge (centred) reaches its radius up into the box: a last line that
  // runs under it gets room below, so the toggle never covers text.
  const underToggle = options.toggle === 'bottom' && t.lastRight > boxWidth / 2 - M.toggleRadius - 2;
  const bottom = underToggle ? Math.max(M.padding, M.toggleRadius + 4) : M.padding;
  const content: OrgBoxContent = { width: boxWidth, height: Math.ceil(t.y + bottom), badge, lines: t.lines, counts, truncated: t.truncated };
  if (cache.contents.size >= KEPT_PER_BODY) cache.contents.delete(cache.contents.keys().next().value!);
  cache.contents.set(key, content);
  return content;
}

/**
 * The lines of a box {@link measureOrgBox} is measuring, and where the next one goes. (A plain
 * object read by module functions, not closures made per box: a full garbage collection drops
 * the optimised code of such closures, and an expand laid out after one ran them unoptimised.)
 */
interface BoxLines {
  lines: OrgTextLine[];
  M: OrgMetrics;
  locale: Locale;
  /** Width inside the box's padding (and clear of a toggle on its right). */
  inner: number;
  /** Top of the next line. */
  y: number;
  /** Right end of the last line (or count button) drawn. */
  lastRight: number;
  truncated: boolean;
}

/** How a kind of line is set: its measure, line height and font size. */
interface LineStyle {
  measure: MeasureText;
  lineHeight: number;
  size: number;
}

/** Adds `text` to the box, wrapped into `maxLines` lines (or a few more, broken between words). */
function pushLabel(t: BoxLines, kind: OrgTextLine['kind'], text: string, maxLines: number, style: LineStyle): void {
  const { inner: maxWidth, locale } = t;
  let wrapped = wrapBoxLabel({ text, maxWidth, measure: style.measure, maxLines, locale });
  if (wrapped.lines.length >= maxLines) {
    // Filling the lines allowed may have taken breaks inside words (健康・医療戦 / 略担当) or a
    // …: a few more lines, broken between words, read better (the box grows taller instead).
    const longer = wrapBoxLabel({ text, maxWidth, measure: style.measure, maxLines: softLineLimit(maxLines), locale });
    if (!longer.truncated && longer.lines.length > maxLines) wrapped = longer;
  }
  t.truncated ||= wrapped.truncated;
  pushLines(t, kind, wrapped.lines, style);
}

/** Adds lines already wrapped to the box. */
function pushLines(t: BoxLines, kind: OrgTextLine['kind'], texts: readonly string[], style: LineStyle): void {
  const { M } = t;
  const { lineHeight, size } = style;
  for (const line of texts) {
    // Baseline sits ~0.8 of the font size below the line's top, centred in its line box.
    t.lines.push({ kind, text: line, x: M.padding, y: Math.round(t.y + (lineHeight - size) / 2 + size * 0.86) });
    t.lastRight = M.padding + style.measure(line);
    t.y += lineHeight;
  }
}

/**
 * A fixed box width for `width` px, for callers that want every box alike (pass it as
 * `boxWidth`): 10.5 em of the base font size top-down (10 em below 520 px), 13 em left-right
 * (12 em below 520 px).
 */
export function chooseOrgBoxWidth(options: { width: number; orientation: 'top-down' | 'left-right'; fontSize?: number }): number {
  const f = resolveOrgMetrics(options.fontSize).fontSize;
  if (options.orientation === 'left-right') return Math.round(f * (options.width < 520 ? 12 : 13));
  return Math.round(f * (options.width < 520 ? 10 : 10.5));
}
