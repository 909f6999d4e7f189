/**
 * The organisation chart's part of a fresh tab's idle start-up work (kit/element/warm-up.ts): its
 * pure code (reading, laying out, routing, wording and drawing a chart) run on a small made-up
 * organisation, so that the first real chart does not run that code for the first time in the
 * tab (interpreted, without type feedback). Nothing it makes is kept but the canvas measure's
 * widths of its own strings.
 */
import { render } from 'lit';
import type { OrganizationDocument } from '../../data/types.js';
import { createCanvasMeasure } from '../../kit/measure.js';
import { DEFAULT_FONT_FAMILY } from '../../theme/font-family.js';
import { orgChart } from './index.js';
import type { OrgChartLayout } from './layout/types.js';
import { collapseBelowDepth } from './tree-index.js';

/**
 * A small organisation with what real ones have: a headquarters over three levels of councils,
 * task forces and working groups in two lanes, roles with holders, an alias and a note, a body
 * outside the tree joined by a typed link.
 */
export function sampleOrganization(): unknown {
  const bodies: object[] = [
    { id: 'w', name: '見本推進本部', kind: 'headquarters', roles: [{ title: '本部長', holders: ['見本担当大臣'] }, { title: '本部員', holders: ['関係する各省の大臣', '有識者'] }] },
    { id: 'wa', name: '見本の外にある機構', kind: 'other', aliases: ['見本機構'] },
  ];
  for (let i = 1; i < 4; i++) {
    bodies.push({ id: `w${i}`, parent: 'w', name: `見本の分野${i}に関する推進協議会`, kind: 'council', lane: i < 3 ? 'a' : 'b', roles: [{ title: '議長', holders: [`見本の議長${i}`] }] });
    for (let j = 1; j < 3; j++) {
      bodies.push({ id: `w${i}-${j}`, parent: `w${i}`, name: `見本${i}の検討タスクフォース${j}`, kind: 'taskforce', ...(j === 2 ? { note: '見本の注記' } : {}) });
      bodies.push({ id: `w${i}-${j}-1`, parent: `w${i}-${j}`, name: `見本${i}-${j}のワーキンググループ`, kind: 'working-group' });
    }
  }
  return {
    type: 'organization',
    lang: 'ja',
    title: '見本',
    lanes: [{ id: 'a', name: '見本の一' }, { id: 'b', name: '見本の二' }],
    bodies,
    links: [{ from: 'wa', to: 'w1', type: 'cooperation', label: '見本の連携' }],
  };
}

/** What the steps pass on: the sample read, then laid out. */
let sample: { doc: OrganizationDocument; layout?: OrgChartLayout } | undefined;

/** Lays the sample out at `width`, the levels below two collapsed as a large chart's first view is. */
function layOut(width: number): void {
  if (!sample) return;
  const { doc } = sample;
  const measure = createCanvasMeasure(`400 14px ${DEFAULT_FONT_FAMILY}`);
  sample.layout = orgChart.layout({ doc, width, measure, measureSize: 14, locale: 'ja', collapsed: collapseBelowDepth({ doc, depth: 2 }) });
}

/** Words and draws the last layout into an element that is never in the page: Lit prepares the templates, no style or layout. */
function draw(): void {
  if (!sample?.layout) return;
  const { doc, layout } = sample;
  const names = orgChart.describe({ doc, layout, locale: 'ja' });
  const view = { k: 1, tx: 0, ty: 0, width: layout.bounds.width, height: layout.bounds.height };
  render(orgChart.render({ layout, view, locale: 'ja', names, label: '見本', lang: 'ja', cull: true }), document.createElement('div'));
}

/**
 * The steps (kit/element/warm-up.ts runs them in idle periods): read {@link sampleOrganization},
 * then lay it out and draw it at a phone's width and at a page's (code run twice is further along
 * V8's tiers than code run once).
 */
export const ORG_WARM_UP: readonly (() => void)[] = [
  () => {
    const parsed = orgChart.parse(sampleOrganization());
    if (parsed.ok) sample = { doc: parsed.value };
  },
  () => layOut(360),
  draw,
  () => layOut(1000),
  () => {
    draw();
    sample = undefined;
  },
];
