/**
 * Advance widths read from the bundled Noto Sans JP (the font the CLI draws and outlines with),
 * for laying charts out on the server with the metrics a browser has when it shows the same
 * font. Reads the `cmap` (formats 4 and 12), `head` and `hhea`/`hmtx` tables of a TrueType or
 * OpenType file; no shaping (the browser side sums per-character widths the same way). Node only.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolveFontFile, type BundledFontWeight } from '../export/font-files.js';
import type { FontMetrics } from '../kit/font-metrics.js';

/** Reads the advance widths of a font file (`cmap`, `head`, `hhea`, `hmtx`). Throws on a file that is not one. */
export function readFontMetrics(bytes: Uint8Array): FontMetrics {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tables = new Map<string, number>();
  const count = view.getUint16(4);
  for (let i = 0; i < count; i++) {
    const at = 12 + i * 16;
    const tag = String.fromCharCode(view.getUint8(at), view.getUint8(at + 1), view.getUint8(at + 2), view.getUint8(at + 3));
    tables.set(tag, view.getUint32(at + 8));
  }
  const head = tables.get('head');
  const hhea = tables.get('hhea');
  const hmtx = tables.get('hmtx');
  const cmap = tables.get('cmap');
  if (head === undefined || hhea === undefined || hmtx === undefined || cmap === undefined) throw new Error('readFontMetrics: not a font file with cmap, head, hhea and hmtx');
  const unitsPerEm = view.getUint16(head + 18);
  const longMetrics = view.getUint16(hhea + 34);
  const advanceOfGlyph = (glyph: number) => view.getUint16(hmtx + 4 * Math.min(glyph, longMetrics - 1));

  // The best Unicode subtable: format 12 (full range) before format 4 (BMP).
  let best: { format: number; offset: number } | undefined;
  const subtables = view.getUint16(cmap + 2);
  for (let i = 0; i < subtables; i++) {
    const platform = view.getUint16(cmap + 4 + i * 8);
    const encoding = view.getUint16(cmap + 6 + i * 8);
    const offset = cmap + view.getUint32(cmap + 8 + i * 8);
    const format = view.getUint16(offset);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (unicode && (format === 12 || (format === 4 && best?.format !== 12))) best = { format, offset };
  }
  if (!best) throw new Error('readFontMetrics: no Unicode cmap');
  const glyphOf = best.format === 12 ? format12(view, best.offset) : format4(view, best.offset);
  const cache = new Map<number, number | undefined>();
  return {
    unitsPerEm,
    advanceOf(codePoint) {
      if (cache.has(codePoint)) return cache.get(codePoint);
      const glyph = glyphOf(codePoint);
      const advance = glyph ? advanceOfGlyph(glyph) : undefined;
      cache.set(codePoint, advance);
      return advance;
    },
  };
}

function format12(view: DataView, offset: number): (cp: number) => number {
  const groups = view.getUint32(offset + 12);
  return (cp) => {
    let lo = 0;
    let hi = groups - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const at = offset + 16 + mid * 12;
      const start = view.getUint32(at);
      if (cp < start) hi = mid - 1;
      else if (cp > view.getUint32(at + 4)) lo = mid + 1;
      else return view.getUint32(at + 8) + cp - start;
    }
    return 0;
  };
}

function format4(view: DataView, offset: number): (cp: number) => number {
  const segments = view.getUint16(offset + 6) / 2;
  const ends = offset + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const ranges = deltas + segments * 2;
  return (cp) => {
    if (cp > 0xffff) return 0;
    for (let i = 0; i < segments; i++) {
      if (cp > view.getUint16(ends + i * 2)) continue;
      const start = view.getUint16(starts + i * 2);
      if (cp < start) return 0;
      const delta = view.getInt16(deltas + i * 2);
      const range = view.getUint16(ranges + i * 2);
      if (range === 0) return (cp + delta) & 0xffff;
      const glyph = view.getUint16(ranges + i * 2 + range + (cp - start) * 2);
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
}

/** The same Noto Sans JP as TrueType (the exporters ship it as WOFF2, which needs an async decoder). */
const TTF: Readonly<Record<BundledFontWeight, string>> = {
  400: '@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf',
  700: '@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf',
};

const loaded = new Map<BundledFontWeight, FontMetrics>();

/** The TrueType file of the repository's development copy of the font, when it is installed. */
function developmentFontFile(weight: BundledFontWeight): string | undefined {
  try {
    return createRequire(import.meta.url).resolve(TTF[weight]);
  } catch {
    return undefined;
  }
}

/**
 * The advance widths of the bundled Noto Sans JP of a weight (read once), or `undefined` when
 * they are not at hand synchronously: an installed package ships the font as WOFF2 only, which
 * {@link prepareBundledFontMetrics} decodes first. Callers then lay out with approximate metrics.
 */
export function bundledFontMetrics(weight: BundledFontWeight = 400): FontMetrics | undefined {
  let metrics = loaded.get(weight);
  if (!metrics) {
    const file = developmentFontFile(weight);
    if (!file) return undefined;
    metrics = readFontMetrics(readFileSync(file));
    loaded.set(weight, metrics);
  }
  return metrics;
}

/**
 * Makes {@link bundledFontMetrics} answer on any install: reads the development TrueType file
 * when there is one, else decodes the package's shipped WOFF2 (into the exporters' font cache).
 */
export async function prepareBundledFontMetrics(weight: BundledFontWeight = 400): Promise<FontMetrics> {
  const known = bundledFontMetrics(weight);
  if (known) return known;
  const metrics = readFontMetrics(readFileSync(await resolveFontFile(weight)));
  loaded.set(weight, metrics);
  return metrics;
}
