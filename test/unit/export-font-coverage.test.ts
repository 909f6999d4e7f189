/**
 * Every character the renderer can draw is in a bundled font (Noto Sans JP, or the symbols font
 * resvg falls back to): the words tables and every string in src/ (what the charts write), and
 * the seed data sets. A character in neither would be a box (tofu) in a CLI PNG.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import ts from 'typescript';
import { BUNDLED_FONT_WEIGHTS, resolveFontFile, shippedFontFiles } from '../../src/export/font-files.js';

/** The code points a TrueType file maps (its `cmap` formats 4 and 12). */
function cmapOf(font: Uint8Array): Set<number> {
  const dv = new DataView(font.buffer, font.byteOffset, font.byteLength);
  let cmap = -1;
  for (let i = 0; i < dv.getUint16(4); i++) {
    const rec = 12 + 16 * i;
    if (String.fromCharCode(...font.subarray(rec, rec + 4)) === 'cmap') cmap = dv.getUint32(rec + 8);
  }
  assert.ok(cmap >= 0, 'the font has a cmap');
  const codes = new Set<number>();
  for (let i = 0; i < dv.getUint16(cmap + 2); i++) {
    const at = cmap + dv.getUint32(cmap + 4 + 8 * i + 4);
    const format = dv.getUint16(at);
    if (format === 12) {
      for (let g = 0; g < dv.getUint32(at + 12); g++) {
        const start = dv.getUint32(at + 16 + 12 * g);
        const end = dv.getUint32(at + 20 + 12 * g);
        for (let c = start; c <= end; c++) codes.add(c);
      }
    } else if (format === 4) {
      const segments = dv.getUint16(at + 6) / 2;
      const ends = at + 14;
      const starts = ends + 2 * segments + 2;
      const deltas = starts + 2 * segments;
      const ranges = deltas + 2 * segments;
      for (let s = 0; s < segments; s++) {
        const start = dv.getUint16(starts + 2 * s);
        const end = dv.getUint16(ends + 2 * s);
        const delta = dv.getInt16(deltas + 2 * s);
        const range = dv.getUint16(ranges + 2 * s);
        for (let c = start; c <= end && c !== 0xffff; c++) {
          let glyph = range === 0 ? (c + delta) & 0xffff : dv.getUint16(ranges + 2 * s + range + 2 * (c - start));
          if (range !== 0 && glyph) glyph = (glyph + delta) & 0xffff;
          if (glyph) codes.add(c);
        }
      }
    }
  }
  return codes;
}

function files(dir: string, ending: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path, ending) : ending.test(name) ? [path] : [];
  });
}

/** The text of every string and template literal of a TypeScript file (not comments, not regular expressions). */
function stringsOf(path: string): string[] {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const out: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteralLike(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) out.push(node.text);
    node.forEachChild(visit);
  };
  visit(source);
  return out;
}

/** Characters a font need not have: controls, format characters, separators and white space. */
const NOT_DRAWN = /[\p{Cc}\p{Cf}\p{Z}\p{Cs}\p{Co}\p{Cn}\s]/u;

test('every character of the words, the code that draws and the seed data is in a bundled font', async () => {
  const covered = new Set<number>();
  for (const weight of BUNDLED_FONT_WEIGHTS) {
    for (const code of cmapOf(readFileSync(await resolveFontFile(weight)))) covered.add(code);
    for (const code of cmapOf(readFileSync(shippedFontFiles(weight).symbols))) covered.add(code);
  }
  const texts = new Map<string, string[]>();
  const add = (text: string, where: string) => {
    for (const ch of text) {
      if (NOT_DRAWN.test(ch) || covered.has(ch.codePointAt(0)!)) continue;
      texts.set(ch, [...(texts.get(ch) ?? []), where]);
    }
  };
  const sources = files('src', /\.ts$/).filter((p) => !p.endsWith('.d.ts'));
  assert.ok(sources.some((p) => p.endsWith('words.ts')), 'the words tables are read');
  for (const path of sources) for (const text of stringsOf(path)) add(text, path);
  const data = files('data', /\.json$/);
  assert.ok(data.length >= 10, 'the seed data sets are read');
  for (const path of data) add(readFileSync(path, 'utf8'), path);
  const missing = [...texts].map(([ch, where]) => `${ch} U+${ch.codePointAt(0)!.toString(16).toUpperCase()} in ${[...new Set(where)].slice(0, 3).join(', ')}`);
  assert.deepEqual(missing, []);
});

test('the symbols font has the marks Noto Sans JP lacks (↪ 再掲, ▸)', async () => {
  const japanese = cmapOf(readFileSync(await resolveFontFile(400)));
  const symbols = cmapOf(readFileSync(shippedFontFiles(400).symbols));
  for (const mark of ['↪', '▸']) {
    assert.ok(!japanese.has(mark.codePointAt(0)!), `${mark} is not in Noto Sans JP (else the symbols font is not needed for it)`);
    assert.ok(symbols.has(mark.codePointAt(0)!), `${mark} is in the symbols font`);
  }
});
