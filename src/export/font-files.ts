/**
 * The Japanese font the package brings for drawing without a browser: Noto Sans JP (SIL Open
 * Font License) as static TrueType files from `@expo-google-fonts/noto-sans-jp`, a runtime
 * dependency, so a PNG or an outlined SVG is the same on every machine whatever fonts it has.
 * Node only.
 */
import { createRequire } from 'node:module';

/** The family name inside the font files (what an SVG's `font-family` must name to use them). */
export const BUNDLED_FONT_FAMILY = 'Noto Sans JP';

/** Weights shipped with the exporters: regular text and bold names. */
export const BUNDLED_FONT_WEIGHTS = [400, 700] as const;
export type BundledFontWeight = (typeof BUNDLED_FONT_WEIGHTS)[number];

const FILES: Readonly<Record<BundledFontWeight, string>> = {
  400: '@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf',
  700: '@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf',
};

/** Absolute path of the bundled font file of a weight. */
export function resolveFontFile(weight: BundledFontWeight): string {
  return createRequire(import.meta.url).resolve(FILES[weight]);
}

/** Absolute paths of every bundled font file. */
export function bundledFontFiles(): string[] {
  return BUNDLED_FONT_WEIGHTS.map(resolveFontFile);
}
