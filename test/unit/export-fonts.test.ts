import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Resvg } from '@resvg/resvg-js';
import { decodeXml, embedFonts, EMBEDDED_FONT_FAMILY, EMBEDDED_SYMBOLS_FAMILY, listSvgTexts, outlineText } from '../../src/export/fonts.js';

const SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="240" height="60"><title>推進体制 &amp; AMED</title><style><![CDATA[
svg{font-family:system-ui, 'Noto Sans JP', sans-serif}
.name{font-weight:700;font-size:20px}
]]></style><rect width="240" height="60" fill="#fff"/><text class="name" x="4" y="26" fill="#000">健康・医療</text><text x="4" y="52" font-size="16" fill="#000">連携 <tspan>&lt;AMED&gt;</tspan></text></svg>`;

/** Dark pixels when drawn with no font at all: only paths can ink anything. */
function inkWithoutFonts(svg: string): number {
  const { pixels } = new Resvg(svg, { font: { loadSystemFonts: false } }).render();
  let dark = 0;
  for (let i = 0; i < pixels.length; i += 4) if (pixels[i + 3]! > 128 && pixels[i]! < 128) dark++;
  return dark;
}

test('listSvgTexts reads every text element, tspans and entities included', () => {
  assert.deepEqual(listSvgTexts(SVG), ['健康・医療', '連携 <AMED>']);
  assert.equal(decodeXml('&#x5065;&#24247;&quot;'), '健康"');
});

test('outlineText turns text into paths that draw with no font installed', async () => {
  const out = await outlineText(SVG);
  assert.doesNotMatch(out, /<text\b/);
  assert.equal(inkWithoutFonts(SVG), 0, 'live text needs a font');
  assert.ok(inkWithoutFonts(out) > 200, 'outlined text draws by itself');
});

test('outlineText keeps the words for search and screen readers', async () => {
  const out = await outlineText(SVG);
  assert.match(out, /<svg[^>]* role="img" aria-label="推進体制 &amp; AMED">/);
  assert.match(out, /<title>推進体制 &amp; AMED<\/title>/);
  assert.match(out, /<desc>健康・医療\n連携 &lt;AMED&gt;<\/desc>/);
});

test('embedFonts adds WOFF2 subsets of the characters used (Japanese, then symbols) and names them first', async () => {
  const out = await embedFonts(SVG);
  const faces = [...out.matchAll(/@font-face\{font-family:'([^']+)';font-weight:(\d+);src:url\(data:font\/woff2;base64,([^)]+)\)/g)];
  assert.deepEqual(
    faces.map((f) => [f[1], f[2]]),
    [
      [EMBEDDED_FONT_FAMILY, '400'],
      [EMBEDDED_SYMBOLS_FAMILY, '400'],
      [EMBEDDED_FONT_FAMILY, '700'],
      [EMBEDDED_SYMBOLS_FAMILY, '700'],
    ],
  );
  for (const face of faces) {
    const bytes = Buffer.from(face[3]!, 'base64');
    assert.equal(bytes.subarray(0, 4).toString('latin1'), 'wOF2');
    // A dozen characters, not the 5 MB font.
    assert.ok(bytes.length < 20_000, `subset size ${bytes.length}`);
  }
  assert.match(out, new RegExp(`font-family:'${EMBEDDED_FONT_FAMILY}', '${EMBEDDED_SYMBOLS_FAMILY}', system-ui`));
  assert.match(out, /<text class="name"[^>]*>健康・医療<\/text>/, 'the text stays live');
  assert.match(out, /^<svg[^>]*><title>/, 'the title stays the first child');
});
