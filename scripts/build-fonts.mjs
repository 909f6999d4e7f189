// Writes the fonts the package brings for drawing without a browser (fonts/, shipped in the
// npm package; run by hand when a source font changes, and commit the output):
//
// - fonts/NotoSansJP-400.woff2, fonts/NotoSansJP-700.woff2: Noto Sans JP Regular and Bold (SIL
//   Open Font License), every glyph, recompressed from the static TrueType files of the dev
//   dependency @expo-google-fonts/noto-sans-jp. WOFF2 is 2.2 MB a weight against 5.5 MB of
//   TrueType; src/export/font-files.ts decodes them once per machine (resvg reads TrueType only).
// - fonts/PolicyChartsSymbols-400.ttf, -700.ttf: the arrows and geometric shapes Noto Sans JP
//   lacks (the treemap's ↪, the org chart's ▸), from DejaVu Sans (Bitstream Vera licence, see
//   fonts/README.md), renamed "Policy Charts Symbols". resvg falls back to them per character.
//
//     node scripts/build-fonts.mjs [--dejavu /usr/share/fonts/truetype/dejavu] [--symbols-only]
//
// (--symbols-only skips recompressing Noto Sans JP, which takes a minute a weight.)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import subsetFont from 'subset-font';

const require = createRequire(import.meta.url);
const wawoff2 = require('wawoff2');
const args = process.argv.slice(2);
const dejavu = args[args.indexOf('--dejavu') + 1] && args.includes('--dejavu') ? args[args.indexOf('--dejavu') + 1] : '/usr/share/fonts/truetype/dejavu';
const out = new URL('../fonts/', import.meta.url).pathname;
mkdirSync(out, { recursive: true });

/** The symbol blocks the charts' marks come from (arrows and geometric shapes), whole. */
const SYMBOL_RANGES = [
  [0x2190, 0x21ff], // Arrows
  [0x25a0, 0x25ff], // Geometric Shapes
  [0x27f0, 0x27ff], // Supplemental Arrows-A
  [0x2900, 0x297f], // Supplemental Arrows-B
];
const symbols = SYMBOL_RANGES.flatMap(([a, b]) => Array.from({ length: b - a + 1 }, (_, i) => String.fromCodePoint(a + i))).join('');

for (const [weight, dir, file, dejavuFile] of [
  [400, '400Regular', 'NotoSansJP_400Regular.ttf', 'DejaVuSans.ttf'],
  [700, '700Bold', 'NotoSansJP_700Bold.ttf', 'DejaVuSans-Bold.ttf'],
]) {
  if (!args.includes('--symbols-only')) {
    const ttf = readFileSync(require.resolve(`@expo-google-fonts/noto-sans-jp/${dir}/${file}`));
    const woff2 = await wawoff2.compress(ttf);
    writeFileSync(join(out, `NotoSansJP-${weight}.woff2`), woff2);
    console.log(`fonts/NotoSansJP-${weight}.woff2 ${woff2.length} bytes`);
  }
  const sym = await subsetFont(readFileSync(join(dejavu, dejavuFile)), symbols, { targetFormat: 'truetype' });
  writeFileSync(join(out, `PolicyChartsSymbols-${weight}.ttf`), renameFont(sym, weight === 700 ? 'Bold' : 'Regular'));
  console.log(`fonts/PolicyChartsSymbols-${weight}.ttf ${sym.length} bytes`);
}

/**
 * Rewrites the family names in a TrueType file's `name` table (ids 1, 4, 6, 16) to "Policy Charts
 * Symbols", so that no installed DejaVu stands in for it and the licence's renaming rule is kept.
 */
function renameFont(buffer, style) {
  const names = { 1: 'Policy Charts Symbols', 2: style, 4: `Policy Charts Symbols ${style}`, 6: `PolicyChartsSymbols-${style}`, 16: 'Policy Charts Symbols', 17: style };
  const dv = new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  const numTables = dv.getUint16(4);
  const tables = [];
  for (let i = 0; i < numTables; i++) {
    const rec = 12 + 16 * i;
    tables.push({ tag: buffer.toString('latin1', rec, rec + 4), offset: dv.getUint32(rec + 8), length: dv.getUint32(rec + 12) });
  }
  const name = tables.find((t) => t.tag === 'name');
  const count = dv.getUint16(name.offset + 2);
  const records = [];
  for (let i = 0; i < count; i++) {
    const r = name.offset + 6 + 12 * i;
    const rec = { platform: dv.getUint16(r), encoding: dv.getUint16(r + 2), language: dv.getUint16(r + 4), id: dv.getUint16(r + 6) };
    if (!(rec.id in names) && rec.id > 6 && rec.id !== 0) continue;
    const stringOffset = name.offset + dv.getUint16(name.offset + 4) + dv.getUint16(r + 10);
    const old = buffer.subarray(stringOffset, stringOffset + dv.getUint16(r + 8));
    const text = names[rec.id];
    const utf16 = rec.platform === 3 || rec.platform === 0;
    const bytes = text === undefined ? Buffer.from(old) : utf16 ? Buffer.from(text, 'utf16le').swap16() : Buffer.from(text, 'latin1');
    records.push({ ...rec, bytes });
  }
  records.sort((a, b) => a.platform - b.platform || a.encoding - b.encoding || a.language - b.language || a.id - b.id);
  const header = Buffer.alloc(6 + 12 * records.length);
  header.writeUInt16BE(0, 0);
  header.writeUInt16BE(records.length, 2);
  header.writeUInt16BE(header.length, 4);
  let offset = 0;
  records.forEach((rec, i) => {
    const r = 6 + 12 * i;
    header.writeUInt16BE(rec.platform, r);
    header.writeUInt16BE(rec.encoding, r + 2);
    header.writeUInt16BE(rec.language, r + 4);
    header.writeUInt16BE(rec.id, r + 6);
    header.writeUInt16BE(rec.bytes.length, r + 8);
    header.writeUInt16BE(offset, r + 10);
    offset += rec.bytes.length;
  });
  const table = Buffer.concat([header, ...records.map((r) => r.bytes)]);
  // Rebuild the file: every table as it was, the name table replaced, offsets and checksums redone.
  const ordered = tables.map((t) => ({ ...t, data: t.tag === 'name' ? table : buffer.subarray(t.offset, t.offset + t.length) }));
  const pad = (n) => (n + 3) & ~3;
  const dirSize = 12 + 16 * numTables;
  let at = dirSize;
  const outBuf = Buffer.alloc(dirSize + ordered.reduce((s, t) => s + pad(t.data.length), 0));
  buffer.copy(outBuf, 0, 0, 12);
  ordered.forEach((t, i) => {
    const rec = 12 + 16 * i;
    outBuf.write(t.tag, rec, 'latin1');
    if (t.tag === 'head') {
      t.data = Buffer.from(t.data);
      t.data.writeUInt32BE(0, 8); // checkSumAdjustment, set below
    }
    t.data.copy(outBuf, at);
    outBuf.writeUInt32BE(checksum(outBuf.subarray(at, at + pad(t.data.length))), rec + 4);
    outBuf.writeUInt32BE(at, rec + 8);
    outBuf.writeUInt32BE(t.data.length, rec + 12);
    at += pad(t.data.length);
  });
  const head = ordered.findIndex((t) => t.tag === 'head');
  const headAt = outBuf.readUInt32BE(12 + 16 * head + 8);
  outBuf.writeUInt32BE((0xb1b0afba - checksum(outBuf)) >>> 0, headAt + 8);
  return outBuf;
}

function checksum(buf) {
  let sum = 0;
  for (let i = 0; i + 3 < buf.length; i += 4) sum = (sum + buf.readUInt32BE(i)) >>> 0;
  return sum;
}
