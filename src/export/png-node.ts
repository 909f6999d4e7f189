/**
 * SVG to PNG in Node, without a browser: @resvg/resvg-js (a prebuilt native renderer inside its
 * npm package) draws the file with only the fonts the package brings ({@link prepareBundledFonts}:
 * Noto Sans JP, then the symbols it lacks), never the machine's fonts, so the same SVG gives the
 * same pixels everywhere.
 */
import { Resvg } from '@resvg/resvg-js';
import { BUNDLED_FONT_FAMILY, prepareBundledFonts } from './font-files.js';

/** Options of {@link renderPNG}. */
export interface RenderPNGOptions {
  /** A standalone SVG document (as written by the CLI). */
  svg: string;
  /** Pixels per SVG px (default 2: sharp on a projector and on a high-density screen). */
  scale?: number;
}

/** Largest scale accepted: beyond it a large chart makes an image of hundreds of megabytes. */
export const MAX_PNG_SCALE = 8;

/** Renders `svg` to PNG bytes at `scale` times its own size. */
export async function renderPNG(options: RenderPNGOptions): Promise<Buffer> {
  const { svg, scale = 2 } = options;
  if (!(scale > 0 && scale <= MAX_PNG_SCALE)) throw new RangeError(`scale must be in (0, ${MAX_PNG_SCALE}] (got ${scale})`);
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: {
      loadSystemFonts: false,
      fontFiles: await prepareBundledFonts(),
      defaultFontFamily: BUNDLED_FONT_FAMILY,
      sansSerifFamily: BUNDLED_FONT_FAMILY,
      serifFamily: BUNDLED_FONT_FAMILY,
      monospaceFamily: BUNDLED_FONT_FAMILY,
    },
  });
  return resvg.render().asPng();
}
