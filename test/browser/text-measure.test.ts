import { expect } from '@open-wc/testing';
import { wrapText } from '../../src/kit/text.js';
import { createCanvasMeasure, fontFor } from '../../src/kit/measure.js';

const NOTO = '"Noto Sans CJK JP"';

describe('createCanvasMeasure', () => {
  it('measures CJK at one em with Noto Sans CJK JP', () => {
    const measure = createCanvasMeasure(`400 16px ${NOTO}`);
    expect(measure('健康医療戦略推進本部')).to.be.closeTo(160, 0.5);
    expect(measure('、')).to.be.closeTo(16, 0.5);
  });

  it('resolves the named font, not the fallback', () => {
    // If Noto Sans CJK JP were missing, both would fall back to monospace and match.
    const withNoto = createCanvasMeasure(`16px ${NOTO}, monospace`)('Headquarters for Healthcare Policy');
    const fallback = createCanvasMeasure('16px "No Such Font 7f3a", monospace')('Headquarters for Healthcare Policy');
    expect(Math.abs(withNoto - fallback)).to.be.greaterThan(5);
  });

  it('gives proportional Latin widths', () => {
    const measure = createCanvasMeasure(`16px ${NOTO}`);
    expect(measure('iiii')).to.be.lessThan(measure('MMMM'));
  });

  it('feeds wrapText: every line fits', () => {
    const measure = createCanvasMeasure(`16px ${NOTO}`);
    const { lines } = wrapText({ text: '健康・医療戦略推進本部（本部長：内閣総理大臣）', maxWidth: 80, measure });
    expect(lines.length).to.be.greaterThan(2);
    for (const line of lines) expect(measure(line)).to.be.at.most(80);
    expect(lines.join('')).to.equal('健康・医療戦略推進本部（本部長：内閣総理大臣）');
    expect(lines.some((l) => l.startsWith('）') || l.startsWith('・') || l.startsWith('：'))).to.equal(false);
  });
});

describe('fontFor', () => {
  it('reads the computed font of an element', () => {
    // Not fixture(): for a plain element it waits for an animation frame, which a background
    // tab (tests run two pages at once) may not give.
    const el = document.createElement('p');
    el.style.font = "700 12px 'Noto Sans CJK JP', sans-serif";
    el.textContent = '本部';
    document.body.append(el);
    const font = fontFor(el);
    expect(font).to.contain('700 12px');
    expect(font).to.contain('Noto Sans CJK JP');
    expect(fontFor(el, 20)).to.contain('700 20px');
    el.remove();
  });
});

/** Counts the canvas's measureText calls until restored. */
function spyOnCanvasMeasure(): { calls: number; restore: () => void } {
  const proto = OffscreenCanvasRenderingContext2D.prototype;
  const original = proto.measureText;
  const spy = { calls: 0, restore: () => void (proto.measureText = original) };
  proto.measureText = function (this: OffscreenCanvasRenderingContext2D, text: string) {
    spy.calls++;
    return original.call(this, text);
  };
  return spy;
}

describe('createCanvasMeasure: kanji and kana added up', () => {
  // The page font of the charts (tokens.ts), at the treemap's label size.
  const STACK = '12px system-ui, "Noto Sans CJK JP", "Noto Sans JP", "Hiragino Sans", "Yu Gothic UI", Meiryo, sans-serif';
  const whole = (font: string, text: string) => {
    const context = new OffscreenCanvas(1, 1).getContext('2d')!;
    context.font = font;
    return context.measureText(text).width;
  };
  const LABELS = [
    '医療ＩＣＴ基盤の推進（g4）',
    'バイオ医薬品製造のための調査研究',
    'がん対策の整備（g5）\u30003,917.8億円',
    '632.9億円（2.5%）',
    '「健康」・「医療」）（戦略',
    'ガ\u3099ス',
    '葛\u{E0100}飾区の事業',
    '第2期 データ利活用の推進',
    'Headquarters for 医療',
    '々',
  ];

  it('gives every string the width the canvas gives it whole, to the last bit', () => {
    for (const font of [STACK, `400 16px ${NOTO}`, '700 18px "Noto Sans CJK JP", sans-serif']) {
      // A size no other test measures at, so that nothing is cached before.
      const fresh = font.replace(/\d+px/, (px) => `${Number.parseInt(px, 10) + 0.5}px`);
      const measure = createCanvasMeasure(fresh);
      for (const text of LABELS) {
        // Every prefix, as wrapping measures them.
        const chars = Array.from(text);
        for (let n = 1; n <= chars.length; n++) {
          const prefix = chars.slice(0, n).join('');
          expect(measure(prefix), `${fresh}: ${prefix}`).to.equal(whole(fresh, prefix));
        }
      }
    }
  });

  it('measures the prefixes of a name whose characters it has seen with no canvas call', () => {
    const spy = spyOnCanvasMeasure();
    try {
      const measure = createCanvasMeasure('12px "Noto Sans CJK JP", sans-serif');
      const name = 'バイオ医薬品製造のための調査研究推進事業';
      const chars = Array.from(name);
      // The first strings of a font: each character once, and the sums checked against the canvas.
      for (const c of chars) measure(`${c}${c}`);
      spy.calls = 0;
      for (let n = 1; n <= chars.length; n++) measure(chars.slice(0, n).join(''));
      expect(spy.calls).to.equal(0);
      // Full-width brackets are added up alone too, once the first such strings are checked.
      for (const c of chars.slice(0, 8)) measure(`（${c}）`);
      spy.calls = 0;
      // Text between them (Latin, figures) is measured as runs, each once: g10, the run from ） to
      // 2,790.9 (a bracket before an ideographic space is measured with it), and the new 億 and 円.
      measure('バイオ医薬品（g10）');
      measure('バイオ医薬品製造（g10）');
      measure('医薬品（g10）\u30002,790.9億円');
      expect(spy.calls).to.equal(4);
      // A figure and its share: 632.9 and 2.5%, whatever brackets they come in, and no more.
      spy.calls = 0;
      measure('632.9億円（2.5%）');
      measure('（2.5%）');
      measure('2.5%');
      measure('医薬（g10）');
      expect(spy.calls).to.equal(2);
    } finally {
      spy.restore();
    }
  });

  it('keeps the widths of the characters it added up when it forgets the strings (past 10,000)', () => {
    const spy = spyOnCanvasMeasure();
    try {
      const measure = createCanvasMeasure('13px "Noto Sans CJK JP", sans-serif');
      const name = '健康医療戦略推進本部';
      const chars = Array.from(name);
      for (const c of chars) measure(`${c}${c}`);
      const before = measure(name);
      // Latin strings, each measured whole: the string cache starts over.
      for (let i = 0; i < 10_001; i++) measure(`x${i}`);
      const prefix = chars.slice(0, 4).join('');
      const canvas = whole('13px "Noto Sans CJK JP", sans-serif', prefix);
      spy.calls = 0;
      expect(measure(name)).to.equal(before);
      expect(measure(prefix)).to.equal(canvas);
      expect(spy.calls).to.equal(0);
    } finally {
      spy.restore();
    }
  });
});
