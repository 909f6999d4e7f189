import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import JSZip from 'jszip';
import { connectorGeometry, type RectSite } from '../../src/export/pptx-connectors.js';
import { renderPPTX } from '../../src/export/pptx.js';

const load = (name: string): unknown => JSON.parse(readFileSync(new URL(`../../data/${name}.json`, import.meta.url), 'utf8'));

async function openDeck(input: unknown, slide?: '16:9' | '4:3') {
  const result = await renderPPTX({ input, slide });
  assert.ok(result.ok, result.ok ? '' : result.messages.join('\n'));
  const zip = await JSZip.loadAsync(result.pptx);
  const read = async (path: string) => {
    const file = zip.file(path);
    assert.ok(file, `${path} is in the deck`);
    return file.async('string');
  };
  const notesPath = Object.keys(zip.files).find((p) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(p));
  return { slide: await read('ppt/slides/slide1.xml'), presentation: await read('ppt/presentation.xml'), notes: notesPath ? await read(notesPath) : '' };
}

/** Text of every `<a:t>` run, joined per shape. */
function shapeTexts(xml: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of xml.matchAll(/<p:sp>([\s\S]*?)<\/p:sp>/g)) {
    const name = /<p:cNvPr id="\d+" name="([^"]*)"/.exec(m[1]!)?.[1];
    if (name) out.set(name, [...m[1]!.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((t) => t[1]).join(''));
  }
  return out;
}

/** Every slide of a deck and its notes, in order. */
async function openSlides(input: unknown) {
  const result = await renderPPTX({ input });
  assert.ok(result.ok, result.ok ? '' : result.messages.join('\n'));
  const zip = await JSZip.loadAsync(result.pptx);
  const count = Object.keys(zip.files).filter((p) => /^ppt\/slides\/slide\d+\.xml$/.test(p)).length;
  const slides: Array<{ xml: string; notes: string }> = [];
  for (let i = 1; i <= count; i++) {
    const xml = await zip.file(`ppt/slides/slide${i}.xml`)!.async('string');
    // A slide's notes page is named in its relationships.
    const rels = await zip.file(`ppt/slides/_rels/slide${i}.xml.rels`)!.async('string');
    const notesPath = /Target="\.\.\/notesSlides\/(notesSlide\d+\.xml)"/.exec(rels)?.[1];
    slides.push({ xml, notes: notesPath ? await zip.file(`ppt/notesSlides/${notesPath}`)!.async('string') : '' });
  }
  return slides;
}

/** Sizes (pt) of every text run on a slide's face. */
const runSizes = (xml: string) => [...xml.matchAll(/<a:rPr[^>]*\ssz="(\d+)"/g)].map((m) => Number(m[1]) / 100);

test('the org chart deck: the page\'s type (no text under its 18 px floor, 9 pt), every body boxed, connectors attached to the boxes (stCxn/endCxn name shape ids)', async () => {
  const doc = load('governance') as { bodies: Array<{ id: string; name: string; parent?: string }> };
  const slides = await openSlides(doc);
  const boxed = new Set<string>();
  let attached = 0;
  for (const [i, { xml, notes }] of slides.entries()) {
    // The chart's text (not the title and 出典 of the slide's frame) is at least the page's 18 px, 9 pt.
    const sizes = runSizes(xml);
    assert.ok(sizes.length > 0 && Math.min(...sizes) >= 9, `slide ${i + 1}: smallest text ${Math.min(...sizes)} pt`);
    const ids = new Map([...xml.matchAll(/<p:cNvPr id="(\d+)" name="box ([^"]+)"/g)].map((m) => [m[1]!, m[2]!]));
    for (const id of ids.values()) boxed.add(id);
    for (const c of [...xml.matchAll(/<p:cxnSp>([\s\S]*?)<\/p:cxnSp>/g)].map((m) => m[1]!)) {
      const st = /<a:stCxn id="(\d+)" idx="(\d)"\/>/.exec(c);
      const end = /<a:endCxn id="(\d+)" idx="(\d)"\/>/.exec(c);
      assert.ok(st && end, 'both ends attached');
      assert.ok(ids.get(st[1]!) && ids.get(end[1]!), 'each end is a box of the same slide');
      // Bottom of the parent to the top of the child.
      assert.deepEqual([st[2], end[2]], ['2', '0']);
      attached++;
    }
    assert.match(notes, /出典：/);
  }
  assert.deepEqual([...boxed].sort(), doc.bodies.map((b) => b.id).sort(), 'every body has a box on some slide');
  // 本部 → 推進会議 is a straight line a connector draws (the elbows are freeform: export-pptx-org.test.ts).
  assert.ok(attached >= 1, `${attached} attached connectors`);
  const all = slides.map((s) => s.xml).join('');
  assert.match(all, /<a:prstDash val="dashDot"\/>/, '所管 is dash-dot');
  assert.match(all, /<a:latin typeface="Meiryo"/);
  // The roles are on the boxes.
  assert.match(slides[0]!.xml, /本部長：内閣総理大臣/);
});

test('the effect deck splits series over slides rather than shrink text under 18 pt', async () => {
  const slides = await openSlides(load('effects/distribution'));
  assert.equal(slides.length, 2);
  for (const { xml } of slides) assert.ok(Math.min(...runSizes(xml)) >= 18, `smallest text ${Math.min(...runSizes(xml))} pt`);
  assert.match(slides[1]!.xml, /（2\/2）/);
  const labels = slides.map((s) => [...s.xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join('|'));
  assert.ok(labels[0]!.includes('妥結率') && labels[1]!.includes('調剤薬局チェーン'), 'the first series on the first slide, the last on the second');
});

test('出典 is on the slide face at 18 pt', async () => {
  const { slide } = await openDeck(load('effects/egfr-response'));
  const source = /<p:sp>(?:(?!<\/p:sp>)[\s\S])*name="source"[\s\S]*?<\/p:sp>/.exec(slide)?.[0] ?? '';
  assert.match(source, /出典：/);
  assert.deepEqual([...new Set(runSizes(source))], [18]);
});

test('a deck is 16:9 widescreen by default and 4:3 on request', async () => {
  const wide = await openDeck(load('effects/egfr-response'));
  assert.match(wide.presentation, /<p:sldSz cx="12191695" cy="6858000"|<p:sldSz cx="1219\d{4}" cy="6858000"/);
  const standard = await openDeck(load('effects/egfr-response'), '4:3');
  assert.match(standard.presentation, /<p:sldSz cx="9144000" cy="6858000"/);
});

test('the treemap deck has a native rectangle with its label for each labelled cell, and 出典 in the notes', async () => {
  const { slide, notes } = await openDeck(load('pharma-budget'));
  const texts = shapeTexts(slide);
  const cells = [...texts.entries()].filter(([name]) => name.startsWith('cell '));
  assert.ok(cells.length >= 8, `cells: ${cells.length}`);
  assert.ok(cells.some(([, text]) => text.includes('49.1億円')), 'the first pillar shows its amount');
  assert.match(slide, /prst="rect"/);
  assert.match(notes, /出典：/);
  assert.match(notes, /合計/);
});

test('the effect deck draws its bars as shapes and its figures as text', async () => {
  const { slide, notes } = await openDeck(load('effects/egfr-response'));
  const all = [...shapeTexts(slide).values()].join('|');
  assert.match(all, /76\.4%/);
  assert.match(all, /27\.5%/);
  assert.match(notes, /出典：/);
});

test('bad input gives localised issues with paths, not a deck', async () => {
  const result = await renderPPTX({ input: { type: 'budget', lang: 'en' } });
  assert.equal(result.ok, false);
  assert.ok(!result.ok && result.messages.length > 0 && result.issues.every((i) => typeof i.path === 'string'));
});

/** Where a connector's drawn path starts and ends, applying its flips and rotation as DrawingML does. */
function drawnEnds(xfrm: string) {
  const n = (name: string) => Number(new RegExp(`${name}="(-?\\d+)"`).exec(xfrm)?.[1] ?? 0);
  const [x, y, w, h, rot] = [n('x'), n('y'), n('cx'), n('cy'), n('rot')];
  const flipH = xfrm.includes('flipH="1"');
  const flipV = xfrm.includes('flipV="1"');
  const cx = x + w / 2;
  const cy = y + h / 2;
  const angle = (rot / 60000) * (Math.PI / 180);
  const map = (px: number, py: number) => {
    let dx = px - w / 2;
    let dy = py - h / 2;
    if (flipH) dx = -dx;
    if (flipV) dy = -dy;
    return [Math.round(cx + dx * Math.cos(angle) - dy * Math.sin(angle)) + 0, Math.round(cy + dx * Math.sin(angle) + dy * Math.cos(angle)) + 0];
  };
  return { start: map(0, 0), end: map(w, h) };
}

test('connectorGeometry puts the drawn path exactly from the start site to the end site', () => {
  const cases: Array<[[number, number], [number, number], RectSite, RectSite]> = [
    [[1000, 0], [3000, 5000], 'bottom', 'top'],
    [[3000, 0], [1000, 5000], 'bottom', 'top'],
    [[3000, 5000], [1000, 0], 'top', 'bottom'],
    [[1000, 5000], [3000, 0], 'top', 'bottom'],
    [[0, 1000], [5000, 3000], 'right', 'left'],
    [[5000, 3000], [0, 1000], 'left', 'right'],
    [[0, 0], [4000, 4000], 'right', 'top'],
  ];
  for (const [a, b, fromSite, toSite] of cases) {
    const g = connectorGeometry({ a: { x: a[0], y: a[1] }, b: { x: b[0], y: b[1] }, fromSite, toSite });
    assert.deepEqual(drawnEnds(g.xfrm), { start: a, end: b }, `${a} -> ${b} (${fromSite}/${toSite}, ${g.prst})`);
  }
});

test('a budget of a few items (the bar form) puts each name, bar and figures on the slide', async () => {
  const { slide } = await openDeck(load('midnet-budget'));
  const texts = [...shapeTexts(slide).entries()];
  assert.ok(texts.some(([name, text]) => name.startsWith('figure ') && text.includes('4.5632億円')), 'MID-NET figures on the face');
  assert.ok(texts.some(([name, text]) => name.startsWith('name ') && text.includes('クリニカル・イノベーション・ネットワーク推進支援事業')));
  assert.equal([...slide.matchAll(/name="bar /g)].length, 2, 'one native bar per item');
  assert.ok(Math.min(...runSizes(slide)) >= 18);
});
