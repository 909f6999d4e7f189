import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Resvg } from '@resvg/resvg-js';
import { renderPNG } from '../../src/export/png-node.js';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}


function darkPixels(png: Buffer): number {
  // Decode through resvg: draw the PNG as an <image> and read its raw pixels.
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${pngSize(png).width}" height="${pngSize(png).height}"><image width="100%" height="100%" href="data:image/png;base64,${png.toString('base64')}"/></svg>`;
  const { pixels } = new Resvg(svg, { font: { loadSystemFonts: false } }).render();
  let dark = 0;
  for (let i = 0; i < pixels.length; i += 4) if (pixels[i + 3]! > 128 && pixels[i]! < 128) dark++;
  return dark;
}

const text = (content: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40"><rect width="200" height="40" fill="#fff"/><text x="4" y="28" font-family="system-ui, 'Noto Sans JP', sans-serif" font-size="20" fill="#000">${content}</text></svg>`;

test('renderPNG writes a PNG at the SVG size times the scale', async () => {
  const png = await renderPNG({ svg: text('予算'), scale: 2 });
  assert.deepEqual(png.subarray(0, 8), PNG_SIGNATURE);
  assert.deepEqual(pngSize(png), { width: 400, height: 80 });
});

test('renderPNG draws Japanese text with the bundled font, not tofu or nothing', async () => {
  const drawn = darkPixels(await renderPNG({ svg: text('健康・医療戦略推進本部'), scale: 1 }));
  const empty = darkPixels(await renderPNG({ svg: text(''), scale: 1 }));
  assert.equal(empty, 0);
  // Ten ideographs at 20 px ink a few hundred pixels; a missing font draws none.
  assert.ok(drawn > 300, `dark pixels: ${drawn}`);
});

test('renderPNG gives the same bytes for the same SVG (no system font is consulted)', async () => {
  const svg = text('国際医薬パートナーシップ');
  assert.deepEqual(await renderPNG({ svg, scale: 1 }), await renderPNG({ svg, scale: 1 }));
});

test('renderPNG draws the marks Noto Sans JP lacks (↪ of 再掲, ▸) from the symbols font, not as tofu', async () => {
  // A character no bundled font has draws the same as any other missing one (the .notdef box).
  const tofu = await renderPNG({ svg: text('\uE000'), scale: 1 });
  for (const mark of ['↪', '▸']) {
    const png = await renderPNG({ svg: text(mark), scale: 1 });
    assert.ok(darkPixels(png) > 20, `${mark} is drawn`);
    assert.notDeepEqual(png, tofu, `${mark} is not the missing-glyph box`);
  }
});

test('renderPNG rejects a scale outside (0, 8]', async () => {
  await assert.rejects(renderPNG({ svg: text('x'), scale: 0 }), RangeError);
  await assert.rejects(renderPNG({ svg: text('x'), scale: 20 }), RangeError);
});
