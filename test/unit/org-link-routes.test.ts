/**
 * What a reader follows along the org chart's typed links (issue 8): routes that go the short
 * way round, one band per lane, labels that stand by their own line and apart from each other.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { layoutOrgChart, type OrgChartLayout, type OrgLinkLayout } from '../../src/charts/org/layout/index.js';
import { fitOrgSlide } from '../../src/charts/org/slide.js';
import { parseOrganization } from '../../src/data/organization.js';
import type { OrganizationDocument } from '../../src/data/types.js';
import { createApproxMeasure } from '../../src/kit/text.js';

const measure = createApproxMeasure(14);
const parse = (input: unknown): OrganizationDocument => {
  const parsed = parseOrganization(input);
  assert.ok(parsed.ok);
  return parsed.value;
};
const governance = parse(JSON.parse(readFileSync('data/governance.json', 'utf8')));

const lengthOf = (l: OrgLinkLayout) => l.points.slice(1).reduce((s, p, i) => s + Math.abs(p[0] - l.points[i]![0]) + Math.abs(p[1] - l.points[i]![1]), 0);
/** The distance between the centres of a link's two boxes, across plus down. */
function apart(layout: OrgChartLayout, l: OrgLinkLayout): number {
  const a = layout.byId.get(l.from)!;
  const b = layout.byId.get(l.to)!;
  return Math.abs(a.x + a.width / 2 - (b.x + b.width / 2)) + Math.abs(a.y + a.height / 2 - (b.y + b.height / 2));
}

describe('link routes go the short way', () => {
  it('on a 1920×1080 slide, every 共同事務局 line keeps near the straight way between its boxes and never runs under the drawing', () => {
    const fit = fitOrgSlide({ doc: governance, width: 1904, height: 900, fontSize: 20, measure, measureSize: 14 });
    const { layout } = fit;
    const lowest = Math.max(...layout.nodes.map((n) => n.y + n.height));
    const joint = layout.links.filter((l) => l.type === 'joint-secretariat');
    assert.equal(joint.length, 4);
    for (const l of joint) {
      assert.equal(l.crossings, 0, `${l.from} → ${l.to} crosses no box`);
      assert.ok(lengthOf(l) <= apart(layout, l) * 1.3 + 200, `${l.from} → ${l.to}: ${lengthOf(l)} px for boxes ${apart(layout, l)} px apart`);
      assert.ok(Math.max(...l.points.map((p) => p[1])) <= lowest, `${l.from} → ${l.to} stays above the lowest box's bottom (${lowest})`);
    }
  });
});
