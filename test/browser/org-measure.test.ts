import { expect } from '@open-wc/testing';
import { parseOrganization } from '../../src/data/organization.js';
import { layoutOrgChart } from '../../src/charts/org/layout/index.js';
import { createCanvasMeasure } from '../../src/kit/measure.js';
import type { MeasureText } from '../../src/kit/text.js';
import type { OrganizationDocument } from '../../src/data/types.js';
import { generateOrganization } from '../fixtures/generate-organization.js';
import { wholeMeasure } from './fixtures/settle.js';

// The org chart's text font as the element reads it from the page (tokens.ts's stack, 14 px).
const FONT = '14px system-ui, "Noto Sans CJK JP", "Noto Sans JP", "Hiragino Sans", "Yu Gothic UI", Meiryo, sans-serif';

async function load(name: string): Promise<OrganizationDocument> {
  const parsed = parseOrganization(await (await fetch(`/data/${name}`)).json());
  if (!parsed.ok) throw new Error(`${name} does not parse`);
  return parsed.value;
}

function boxes(doc: OrganizationDocument, width: number, measure: MeasureText): string[] {
  const layout = layoutOrgChart({ doc, width, measure, measureSize: 14 });
  return layout.nodes.map((n) => `${n.id} ${Math.round(n.x)},${Math.round(n.y)} ${n.width}×${n.height}: ${n.lines.map((l) => l.text).join(' | ')}`);
}

describe('org chart boxes measured with kanji and kana added up', () => {
  it('wrap and place every box as measuring each string whole does', async function () {
    // Org layouts of a shared, busy machine: a few seconds each.
    this.timeout(120_000);
    const generated = parseOrganization(generateOrganization({ bodies: 120, seed: 1 }));
    if (!generated.ok) throw new Error('generated organization does not parse');
    const docs = [await load('governance.json'), await load('partnership-council.json'), generated.value];
    const summed = createCanvasMeasure(FONT);
    const whole = wholeMeasure(FONT);
    let lines = 0;
    for (const doc of docs) {
      for (const width of [360, 1280]) {
        const expected = boxes(doc, width, whole);
        expect(boxes(doc, width, summed), `${doc.title ?? ''} at ${width} px`).to.deep.equal(expected);
        lines += expected.length;
      }
    }
    expect(lines).to.be.greaterThan(100);
  });
});
