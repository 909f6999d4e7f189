/**
 * The fonts the package brings for drawing without a browser, so that a PNG or an outlined SVG
 * is the same on every machine whatever fonts it has (Node only):
 *
 * - Noto Sans JP Regular and Bold (SIL Open Font License), every glyph, shipped as WOFF2 in
 *   `fonts/` (2.2 MB a weight). resvg reads TrueType only, so the first drawing on a machine
 *   decodes them (wawoff2, about 0.3 s a weight) into a cache folder under the system's temporary
 *   folder, named by the files' content hash; later drawings use the cached files.
 * - "Policy Charts Symbols" (a renamed subset of DejaVu Sans): arrows and geometric shapes that
 *   Noto Sans JP lacks (the treemap's ↪, the org chart's ▸). resvg takes a character the first
 *   font lacks from the next font that has it.
 *
 * scripts/build-fonts.mjs writes `fonts/`; test/unit/export-font-coverage.test.ts checks that
 * every character the charts write is in one of them.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The family name inside the Japanese font files (what an SVG's `font-family` must name to use them). */
export const BUNDLED_FONT_FAMILY = 'Noto Sans JP';

/** Weights shipped with the exporters: regular text and bold names. */
export const BUNDLED_FONT_WEIGHTS = [400, 700] as const;
export type BundledFontWeight = (typeof BUNDLED_FONT_WEIGHTS)[number];

/**
 * The package's `fonts/` folder: beside `src/` in the repository, beside `dist/` when installed
 * (this module is `src/export/font-files.ts` or bundled into `dist/cli/policy-charts.js`).
 */
function fontsFolder(): string {
  for (const up of ['../../fonts/', '../fonts/']) {
    const folder = fileURLToPath(new URL(up, import.meta.url));
    if (existsSync(join(folder, 'NotoSansJP-400.woff2'))) return folder;
  }
  throw new Error('policy-charts: the fonts/ folder of the package is missing (reinstall policy-charts)');
}

/** The shipped files of a weight: the Japanese font (WOFF2) and the symbols (TrueType). */
export function shippedFontFiles(weight: BundledFontWeight): { japanese: string; symbols: string } {
  const folder = fontsFolder();
  return { japanese: join(folder, `NotoSansJP-${weight}.woff2`), symbols: join(folder, `PolicyChartsSymbols-${weight}.ttf`) };
}

const decoded = new Map<BundledFontWeight, string>();

/** Whether `path` is a TrueType or OpenType file (by its signature): a cached font to reuse. */
function isTrueType(path: string): boolean {
  if (!existsSync(path)) return false;
  const signature = readFileSync(path).readUInt32BE(0);
  return signature === 0x00010000 || signature === 0x4f54544f;
}

let decoding: Promise<unknown> = Promise.resolve();

/**
 * Decodes a WOFF2 file to TrueType bytes (wawoff2: Google's decoder as WebAssembly). One at a
 * time, and copied out at once: the decoder answers with a view of its own memory, which the
 * next decoding overwrites.
 */
function decodeWoff2(woff2: Uint8Array): Promise<Uint8Array> {
  const wawoff2 = createRequire(import.meta.url)('wawoff2') as { decompress(data: Uint8Array): Promise<Uint8Array> };
  const next = decoding.then(async () => {
    const ttf = Uint8Array.from(await wawoff2.decompress(woff2));
    const signature = new DataView(ttf.buffer).getUint32(0);
    if (signature !== 0x00010000 && signature !== 0x4f54544f) throw new Error('policy-charts: a bundled font did not decode (reinstall policy-charts)');
    return ttf;
  });
  decoding = next.catch(() => undefined);
  return next;
}

/**
 * Makes the TrueType file of a weight of Noto Sans JP ready in the cache folder (decoding it the
 * first time on a machine) and returns its path. Written under a temporary name and renamed, so
 * that two processes drawing at once never read half a file.
 */
async function prepareJapanese(weight: BundledFontWeight): Promise<string> {
  const known = decoded.get(weight);
  if (known) return known;
  const source = readFileSync(shippedFontFiles(weight).japanese);
  const hash = createHash('sha256').update(source).digest('hex').slice(0, 16);
  const folder = join(tmpdir(), 'policy-charts-fonts');
  const path = join(folder, `NotoSansJP-${weight}-${hash}.ttf`);
  if (!isTrueType(path)) {
    mkdirSync(folder, { recursive: true });
    const temporary = `${path}.${process.pid}.tmp`;
    try {
      writeFileSync(temporary, await decodeWoff2(source));
      renameSync(temporary, path);
    } finally {
      rmSync(temporary, { force: true });
    }
  }
  decoded.set(weight, path);
  return path;
}

/** Path of the TrueType Noto Sans JP of a weight, decoded into the cache folder when needed. */
export async function resolveFontFile(weight: BundledFontWeight): Promise<string> {
  return prepareJapanese(weight);
}

/**
 * Paths of every font file to hand to resvg, Japanese first, then the symbols it falls back to.
 * Call once before drawing ({@link bundledFontFiles} then answers at once).
 */
export async function prepareBundledFonts(): Promise<string[]> {
  const japanese = await Promise.all(BUNDLED_FONT_WEIGHTS.map(prepareJapanese));
  return [...japanese, ...BUNDLED_FONT_WEIGHTS.map((w) => shippedFontFiles(w).symbols)];
}

/** The font files of {@link prepareBundledFonts}; throws when they have not been prepared. */
export function bundledFontFiles(): string[] {
  const japanese = BUNDLED_FONT_WEIGHTS.map((w) => {
    const path = decoded.get(w);
    if (!path) throw new Error('policy-charts: call prepareBundledFonts() before drawing');
    return path;
  });
  return [...japanese, ...BUNDLED_FONT_WEIGHTS.map((w) => shippedFontFiles(w).symbols)];
}
