// The treemap element's label font (src/charts/budget/sizing.ts readTreemapFont): the size labels
// are drawn at and the measure they are laid out with, read from the element's font.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readTreemapFont } from '../../src/charts/budget/sizing.js';

/** A measure of `font` that records which font it was made for: 10 px per character. */
function measures() {
  const made: string[] = [];
  return { made, measure: (font: string) => (made.push(font), (text: string) => text.length * 10) };
}

describe('readTreemapFont', () => {
  it('on the server and while hydrating: the server\'s metrics, 12 px labels on a page and 18 px on a slide, names measured bold', () => {
    const { made, measure } = measures();
    const page = readTreemapFont({ server: true, slide: false, measure, canvas: () => true });
    assert.equal(page.key, 'server');
    assert.equal(page.size, 12);
    assert.equal(readTreemapFont({ server: true, slide: true, measure, canvas: () => true }).size, 18);
    const bold = page.make();
    assert.deepEqual(made, ['']);
    assert.equal(bold('予算'), 20, 'CJK keeps its advance in bold');
    assert.ok(bold('AMED') > 40, 'Latin grows in bold');
  });

  it('in the page: labels 2 px under the element\'s font size (never under 12 px), measured in its family at 12 px', () => {
    const { made, measure } = measures();
    const font = (fontSize: string, fontFamily = '"Noto Sans JP"') => readTreemapFont({ server: false, slide: false, style: { fontSize, fontFamily }, measure, canvas: () => true });
    assert.equal(font('14px').size, 12);
    assert.equal(font('20px').size, 18);
    assert.equal(font('10px').size, 12);
    assert.equal(font('').size, 12, 'no size read: 12 px');
    assert.equal(font('14px').key, 'page');
    font('14px').make();
    readTreemapFont({ server: false, slide: false, measure, canvas: () => true }).make();
    assert.deepEqual(made, ['12px "Noto Sans JP"', "12px 'Noto Sans CJK JP', sans-serif"]);
  });

  it('without a canvas the approximate measure is used as it is (not made bold)', () => {
    const { measure } = measures();
    const plain = readTreemapFont({ server: false, slide: false, style: { fontSize: '14px', fontFamily: 'serif' }, measure, canvas: () => false }).make();
    assert.equal(plain('AMED'), 40);
  });
});
