import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createApproxMeasure, NO_LINE_END, NO_LINE_START, wrapText, type WrapTextOptions } from '../../src/kit/text.js';

// 10px font: CJK 10px, ASCII letters/digits 6px, space 3px, '.' 4px. 50px = five CJK characters.
const measure = createApproxMeasure(10);

function wrap(text: string, maxWidth: number, extra: Partial<WrapTextOptions> = {}) {
  const result = wrapText({ text, maxWidth, measure, ...extra });
  for (const line of result.lines) {
    assert.ok(measure(line) <= maxWidth, `「${line}」 is ${measure(line)}px, wider than ${maxWidth}px`);
    assert.ok(!NO_LINE_START.has(line[0] ?? ''), `「${line}」 starts with a closing character`);
    assert.ok(!NO_LINE_END.has(line[line.length - 1] ?? ''), `「${line}」 ends with an opening bracket`);
  }
  return result;
}

describe('createApproxMeasure', () => {
  it('estimates widths by character class', () => {
    assert.equal(measure('健康'), 20);
    assert.equal(measure('ＡＩ'), 20);
    assert.equal(measure('AI'), 12);
    assert.equal(measure('a b'), 15);
  });
});

describe('wrapText', () => {
  it('breaks Japanese between characters, keeping punctuation and brackets in place (kinsoku)', () => {
    const text = '健康・医療戦略推進本部（本部長：内閣総理大臣）、健康・医療戦略推進会議';
    const { lines, truncated } = wrap(text, 50);
    assert.deepEqual(lines, [
      '健康・医療',
      '戦略推進本',
      '部（本部',
      '長：内閣総',
      '理大臣）、',
      '健康・医療',
      '戦略推進会',
      '議',
    ]);
    assert.equal(truncated, false);
    assert.equal(lines.join(''), text);
  });

  it('keeps an opening bracket with what follows and a closing one with what precedes', () => {
    assert.deepEqual(wrap('（アジア健康構想推進会議）', 50).lines, ['（アジア健', '康構想推進', '会議）']);
    assert.deepEqual(wrap('「（アジア健康構想推進会議）」', 40).lines, ['「（アジ', 'ア健康構', '想推進会', '議）」']);
  });

  it('keeps small kana and ー off the start of a line', () => {
    // Without kinsoku: ゲノムネ / ットワー / ク.
    assert.deepEqual(wrap('ゲノムネットワーク', 40).lines, ['ゲノム', 'ネット', 'ワーク']);
  });

  it('keeps full-width Latin words whole in mixed text', () => {
    assert.deepEqual(wrap('ＡＩの活用による医薬品開発支援', 50).lines, ['ＡＩの活用', 'による医薬', '品開発支援']);
    assert.deepEqual(wrap('ＡＩの活用による医薬品開発支援', 25).lines, ['ＡＩ', 'の活', '用に', 'よる', '医薬', '品開', '発支', '援']);
  });

  it('breaks English at spaces', () => {
    const { lines } = wrap('Headquarters for Healthcare Policy', 120, { locale: 'en' });
    assert.deepEqual(lines, ['Headquarters for', 'Healthcare Policy']);
  });

  it('keeps a punctuation mark with its word', () => {
    // "Research" is 48px, "Research," 52px: at 50px the comma may not start a line, so a
    // letter goes with it; "development" (66px) alone is too wide and breaks by grapheme.
    assert.deepEqual(wrap('Research, development', 50, { locale: 'en' }).lines, ['Researc', 'h,', 'developm', 'ent']);
    assert.deepEqual(wrap('Research, development', 70, { locale: 'en' }).lines, ['Research,', 'development']);
  });

  it('breaks a word wider than the box by grapheme', () => {
    assert.deepEqual(wrap('Pharmaceuticals', 40, { locale: 'en' }).lines, ['Pharma', 'ceutic', 'als']);
  });

  it('keeps a number with its unit', () => {
    assert.deepEqual(wrap('合計49.1億円', 50).lines, ['合計', '49.1億円']);
  });

  it('honours explicit newlines', () => {
    assert.deepEqual(wrap('AMED\n日本医療研究開発機構', 100).lines, ['AMED', '日本医療研究開発機構']);
    assert.deepEqual(wrap('', 100).lines, []);
  });

  it('truncates to maxLines with an ellipsis that fits', () => {
    const result = wrap('国立研究開発法人日本医療研究開発機構', 50, { maxLines: 2 });
    assert.deepEqual(result, { lines: ['国立研究開', '発法人日…'], truncated: true });
    const en = wrap('Headquarters for Healthcare Policy', 120, { maxLines: 1, locale: 'en' });
    assert.deepEqual(en, { lines: ['Headquarters for…'], truncated: true });
    assert.deepEqual(wrap('健康', 50, { maxLines: 1 }), { lines: ['健康'], truncated: false });
  });

  it('gives a grapheme wider than the box a line of its own', () => {
    const { lines } = wrapText({ text: '本部', maxWidth: 5, measure });
    assert.deepEqual(lines, ['本', '部']);
  });
});
