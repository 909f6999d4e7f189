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
