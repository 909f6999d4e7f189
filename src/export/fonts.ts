/**
 * Making a standalone SVG look the same on a machine without a Japanese font. Two forms:
 *
 * - `outline`: every text becomes paths, drawn by resvg's parser (usvg) with the bundled
 *   Noto Sans JP (and its symbols fallback), after the same CSS cascade that draws the PNG. The words stay in the file for
 *   search and screen readers: the root has `role="img"`, an `aria-label` and a `<title>`, and a
 *   `<desc>` holds every text of the drawing in order.
 * - `embed`: the text stays live (selectable, editable in a browser or Inkscape), and a subset of
 *   Noto Sans JP with only the characters used (regular and bold) is added as `@font-face` with a
 *   WOFF2 `data:` URL, named first in every `font-family`.
 *
 * `outline` is the default ({@link DEFAULT_FONT_MODE}): office suites draw an SVG's text with
 * their own fonts and ignore `@font-face`, so only paths survive a paste into PowerPoint or
 * Keynote unchanged. See the README's "For slides". Node only.
 */
import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import subsetFont from 'subset-font';
import { BUNDLED_FONT_FAMILY, BUNDLED_FONT_WEIGHTS, prepareBundledFonts, resolveFontFile, shippedFontFiles } from './font-files.js';
import { escapeXml } from '../kit/escape-xml.js';

/** How text is written into an SVG file. */
export const FONT_MODES = ['outline', 'embed', 'none'] as const;
export type FontMode = (typeof FONT_MODES)[number];

/** The form that pastes unchanged into PowerPoint, Keynote and (as PNG) Google Slides. */
export const DEFAULT_FONT_MODE: FontMode = 'outline';

/** Family name of the embedded subset (distinct, so that no installed font stands in for it). */
export const EMBEDDED_FONT_FAMILY = 'Policy Charts Noto Sans JP';
/** Family name of the embedded symbols subset, named second. */
export const EMBEDDED_SYMBOLS_FAMILY = 'Policy Charts Symbols Embedded';

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes XML character references and the five named entities. */
export function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, ref: string) =>
    ref[0] === '#' ? String.fromCodePoint(ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1))) : ENTITIES[ref.toLowerCase()]!,
  );
}

/** The text of every `<text>` element of an SVG, in document order, decoded. */
export function listSvgTexts(svg: string): string[] {
  return [...svg.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)]
    .map((m) => decodeXml(m[1]!.replace(/<[^>]+>/g, '')).replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** The file's `<title>`, decoded (empty when it has none). */
function svgTitle(svg: string): string {
  const match = /<title>([\s\S]*?)<\/title>/.exec(svg);
  return match ? decodeXml(match[1]!.replace(/<!\[CDATA\[|\]\]>/g, '')).trim() : '';
}

/**
 * Converts every text of `svg` to paths drawn with the bundled font, keeping the words in
 * `<title>`, `aria-label` and `<desc>`.
 */
export async function outlineText(svg: string): Promise<string> {
  const title = svgTitle(svg);
  const texts = listSvgTexts(svg);
  const outlined = new Resvg(svg, {
    font: { loadSystemFonts: false, fontFiles: await prepareBundledFonts(), defaultFontFamily: BUNDLED_FONT_FAMILY, sansSerifFamily: BUNDLED_FONT_FAMILY },
  }).toString();
  const label = title || texts[0] || '';
  const words = `<title>${escapeXml(label)}</title><desc>${escapeXml(texts.join('\n'))}</desc>`;
  const labelled = outlined.replace(/<svg\b([^>]*)>/, (_, attrs: string) => `<svg${attrs} role="img" aria-label="${escapeXml(label)}">${words}`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${labelled.replace(/^<\?xml[^>]*>\s*/, '')}`;
}

/**
 * Adds subsets of the bundled fonts (the characters of the file's texts, regular and bold: Noto
 * Sans JP, and the symbols it lacks) as `@font-face` rules with WOFF2 `data:` URLs, and names them
 * first in every `font-family`.
 */
export async function embedFonts(svg: string): Promise<string> {
  const characters = [...new Set([...listSvgTexts(svg).join('')])].join('') || ' ';
  const face = async (family: string, weight: number, file: string) => {
    const woff2 = await subsetFont(readFileSync(file), characters, { targetFormat: 'woff2' });
    return `@font-face{font-family:'${family}';font-weight:${weight};src:url(data:font/woff2;base64,${woff2.toString('base64')}) format('woff2')}`;
  };
  const faces = await Promise.all(
    BUNDLED_FONT_WEIGHTS.flatMap((weight) => [
      resolveFontFile(weight).then((file) => face(EMBEDDED_FONT_FAMILY, weight, file)),
      face(EMBEDDED_SYMBOLS_FAMILY, weight, shippedFontFiles(weight).symbols),
    ]),
  );
  const families = `'${EMBEDDED_FONT_FAMILY}', '${EMBEDDED_SYMBOLS_FAMILY}'`;
  const named = svg.replace(/font-family:\s*/g, `font-family:${families}, `).replace(/font-family="([^"]*)"/g, `font-family="${families}, $1"`);
  const style = `<style>${faces.join('\n')}</style>`;
  // Before the rules that use it (some readers need that), after the title (the first child).
  return named.replace(/(<svg\b[^>]*>)(\s*<title>[\s\S]*?<\/title>)?/, (_, open: string, title = '') => open + title + style);
}

/** Applies a {@link FontMode} to a standalone SVG (`none` returns it unchanged). */
export async function applyFontMode(options: { svg: string; mode: FontMode }): Promise<string> {
  switch (options.mode) {
    case 'outline':
      return await outlineText(options.svg);
    case 'embed':
      return embedFonts(options.svg);
    case 'none':
      return options.svg;
  }
}
