/**
 * fitOrgSlide (src/charts/org/slide.ts): the org chart on a slide is never shrunk under 18 px; it
 * takes the richest drawing that fits (whole boxes, laid out for the slide's size and, a little too
 * tall, for its width alone with wider upper boxes; then boxes without roles, 20 down to 18 px;
 * then an overview of the upper levels).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fitOrgSlide, listHiddenBodies } from '../../src/charts/org/slide.js';
import { createApproxMeasure } from '../../src/kit/text.js';
import { generateOrganization } from '../fixtures/generate-organization.js';
import { loadOrg, parseOrg } from './org-boxes.js';

const measure = createApproxMeasure(14);
const parse = parseOrg;
const governance = loadOrg('governance.json');

test('governance on a 1920×1080 page: whole (the working groups too), unscaled, no text under 18 px, the 本部 and 推進会議 with their role lines', () => {
  const fit = fitOrgSlide({ doc: governance, width: 1904, height: 900, fontSize: 20, measure, measureSize: 14 });
  assert.ok(fit.fits);
  assert.equal(fit.depth, undefined, 'no level collapsed');
  assert.equal(fit.layout.nodes.length, governance.bodies.length);
  assert.ok(fit.layout.byId.has('asia-wg') && fit.layout.byId.has('pharma-wg'), 'the working groups are drawn, not folded');
  assert.ok(fit.layout.nodes.every((n) => n.expanded || n.childCount === 0), 'no box folded');
  assert.ok(fit.layout.bounds.width <= 1904 && fit.layout.bounds.height <= 900);
  const m = fit.layout.metrics!;
  assert.ok(Math.min(m.badgeSize, m.textSize, m.nameSize) >= 18, `badges ${m.badgeSize}, text ${m.textSize}`);
  assert.ok(!fit.lean, 'role lines and notes on the boxes');
  // Every role of the 本部 and the 推進会議 is on its box, each holder whole (the 推進会議 widened:
  // its roles on 5 lines, not 9).
  for (const id of ['hq', 'council']) {
    const node = fit.layout.byId.get(id)!;
    const drawn = node.lines.filter((l) => l.kind === 'role').map((l) => l.text).join('');
    for (const role of node.body.roles) {
      assert.ok(drawn.includes(`${role.title}：`), `${id}: ${role.title} drawn`);
      for (const holder of role.holders) assert.ok(drawn.includes(holder), `${id}: ${holder} drawn`);
    }
  }
  // On a slide only rows that start a band keep room for band headers (position.ts tightRows), so the
  // drawing fits as laid out for the slide's size, the 本部 at its page width: 副本部長's two holders on two lines.
  assert.ok(fit.layout.byId.get('hq')!.lines.filter((l) => l.kind === 'role').length <= 4, 'the 本部: three roles on four lines at most');
  assert.ok(fit.layout.byId.get('council')!.lines.filter((l) => l.kind === 'role').length <= 5, 'the 推進会議: five role lines at most');
});

test('governance on a slide with less room: boxes without role lines, which the nodes still carry', () => {
  const fit = fitOrgSlide({ doc: governance, width: 1888, height: 800, fontSize: 20, measure, measureSize: 14 });
  assert.ok(fit.fits && fit.lean);
  assert.ok(fit.layout.metrics.badgeSize >= 18);
  assert.ok(fit.layout.nodes.every((n) => !n.lines.some((l) => l.text.includes('内閣総理大臣'))), 'no role line on a box');
  const hq = fit.layout.byId.get('hq')!;
  assert.ok(hq.body.roles.length > 0, 'the node still carries the whole body (tooltips, names)');
});

test('room enough: whole boxes at the slide size', () => {
  const fit = fitOrgSlide({ doc: governance, width: 6000, height: 4000, fontSize: 20, measure, measureSize: 14 });
  assert.ok(fit.fits && !fit.lean);
  assert.equal(fit.fontSize, 20);
});

test('a 200-body organisation on a slide: an overview of its upper levels, the rest listed as hidden', () => {
  const doc = parse(generateOrganization({ bodies: 200, seed: 1 }));
  const fit = fitOrgSlide({ doc, width: 1888, height: 800, fontSize: 20, measure, measureSize: 14 });
  assert.ok(fit.fits);
  assert.ok(fit.depth !== undefined && fit.depth >= 1, `levels drawn: ${fit.depth}`);
  assert.ok(fit.layout.metrics!.badgeSize >= 18);
  const hidden = listHiddenBodies({ doc, layout: fit.layout });
  assert.equal(hidden.length + fit.layout.nodes.length, doc.bodies.length, 'every body is drawn or listed');
});

test('collapse: false keeps the reader’s choice and reports when it does not fit', () => {
  const doc = parse(generateOrganization({ bodies: 200, seed: 1 }));
  const fit = fitOrgSlide({ doc, width: 1888, height: 800, fontSize: 20, measure, measureSize: 14, collapse: false });
  assert.equal(fit.depth, undefined);
  assert.equal(fit.fits, false);
  assert.ok(fit.layout.metrics!.badgeSize >= 18, 'still never under 18 px (the view pans)');
});
