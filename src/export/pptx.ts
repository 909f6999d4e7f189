/**
 * Editable PowerPoint from a chart document, through pptxgenjs: native shapes an author can
 * edit, not a picture. Each chart draws itself (src/charts/<chart>/pptx.ts, through
 * {@link slideModelFor}); this file makes the deck: the slide size, the title, the fonts (the
 * document's font first, then Meiryo and Yu Gothic), 出典 in a footer line, the slide's notes
 * (description, what the chart left off the slide, notes, 出典), and the attached connectors
 * ({@link addConnectors}: pptxgenjs writes only loose lines). Node and browser: no DOM, no file
 * system. No chart knowledge.
 */
import JSZip from 'jszip';
import PptxGenJS from 'pptxgenjs';
import { slideModelFor } from '../charts/slides.js';
import type { Issue } from '../data/issues.js';
import { parseChartData } from '../data/parse.js';
import { isRecord } from '../data/read.js';
import type { ChartDocument, Locale } from '../data/types.js';
import { toLocale } from '../format/locale.js';
import { formatIssue } from '../format/messages/index.js';
import { addConnectors } from './pptx-connectors.js';
import { createApproxMeasure, wrapText, type MeasureText } from '../kit/text.js';
import { MIN_SLIDE_PT, MUTED, TEXT, type Area, type Slide, type SlidePart } from './pptx-kit.js';

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
  /** Text measures at a size, px, for the charts' layouts (the CLI passes the bundled Noto Sans JP's); default: approximate. */
  measureAt?: (sizePx: number) => MeasureText;
}

/** The deck, or localised issue lines. */
export type RenderPPTXResult = { ok: true; pptx: Uint8Array; type: ChartDocument['type'] } | { ok: false; issues: Issue[]; messages: string[] };

const TITLE_PT: Readonly<Record<SlideSize, number>> = { '16:9': 28, '4:3': 24 };
/** 出典 on the slide, pt (also in the notes): slide text is never under 18 pt. */
const SOURCE_PT = MIN_SLIDE_PT;
/** Margins of the slide, in: narrow, as a ministry's dense slides have them, so a chart gets most of the slide. */
const MARGIN = 0.2;
const TITLE_TOP = 0.12;
const TITLE_H = 0.55;
const BOTTOM = 0.1;

/** Between the deck's title and the part a further slide shows. */
const PART_SEPARATOR: Readonly<Record<Locale, string>> = { ja: '：', en: ': ' };

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
  const model = slideModelFor(doc.type);
  const title = doc.title ?? model.defaultTitle?.(locale) ?? '';
  const width = inches.width - 2 * MARGIN;
  // 出典 on the slide face at 18 pt, on as many lines as it needs (measured with the approximate
  // measure, a little generously: the slide's font is not the measured one).
  const sourceText = doc.source ? SOURCE_LABEL[locale] + doc.source : undefined;
  const sourceLines = sourceText ? wrapText({ text: sourceText, maxWidth: width * 72 * 0.92, measure: createApproxMeasure(SOURCE_PT), locale }).lines.length : 0;
  const footerH = (sourceLines * SOURCE_PT * 1.25) / 72;
  const top = TITLE_TOP + TITLE_H + 0.05;
  const area: Area = { x: MARGIN, y: top, w: width, h: inches.height - top - (sourceText ? footerH + 0.05 : 0) - BOTTOM };
  const slides: Slide[] = [];
  const addSlide = (heading: string) => {
    const slide = pptx.addSlide();
    slides.push(slide);
    slide.addText(heading, {
      x: MARGIN, y: TITLE_TOP, w: width, h: TITLE_H, fontFace: font, fontSize: TITLE_PT[size], bold: true, color: TEXT,
      valign: 'middle', margin: 0, fit: 'shrink', objectName: 'title',
    });
    if (sourceText) {
      slide.addText(sourceText, {
        x: MARGIN, y: inches.height - footerH - BOTTOM, w: width, h: footerH, fontFace: font, fontSize: SOURCE_PT, color: MUTED,
        valign: 'bottom', margin: 0, objectName: 'source',
      });
    }
    return slide;
  };
  const s = addSlide(title);
  // The title row right of the title (bold, measured generously: the slide's font is not the measured one).
  const titleW = (createApproxMeasure(TITLE_PT[size])(title) * 1.15) / 72 + 0.3;
  const titleRoom: Area | undefined = width - titleW > 1 ? { x: MARGIN + titleW, y: TITLE_TOP, w: width - titleW, h: TITLE_H } : undefined;
  const drawn = model.draw(doc, {
    pptx, slide: s, font, locale, area, ...(titleRoom ? { titleRoom } : {}), ...(options.measureAt ? { measureAt: options.measureAt } : {}),
    // A part in brackets follows the title directly: 「…（2/2）」.
    addSlide: (part) => ({ slide: addSlide(title && !/^[（(]/.test(part) ? `${title}${PART_SEPARATOR[locale]}${part}` : `${title}${part}`), area }),
  });
  // The notes: the description, what the chart left off the slide, notes, 出典.
  const notesOf = (part: SlidePart, first: boolean) =>
    [first ? doc.description : undefined, ...part.notes, ...(sourceText ? [sourceText] : [])].filter((t): t is string => Boolean(t)).join('\n');
  const parts = [drawn, ...(drawn.more ?? [])];
  parts.forEach((part, i) => slides[i]?.addNotes(notesOf(part, i === 0)));

  const written = (await pptx.write({ outputType: 'uint8array' })) as Uint8Array;
  const zip = await JSZip.loadAsync(written);
  for (const [i, part] of parts.entries()) {
    const slidePath = `ppt/slides/slide${i + 1}.xml`;
    const file = zip.file(slidePath);
    if (file) zip.file(slidePath, addConnectors(await file.async('string'), part.connectors ?? [], part.polylines ?? [], part.linesBeneath));
  }
  const themePath = 'ppt/theme/theme1.xml';
  const theme = zip.file(themePath);
  if (theme) zip.file(themePath, setThemeFonts(await theme.async('string'), font));
  const pptxBytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  return { ok: true, pptx: pptxBytes, type: doc.type };
}
