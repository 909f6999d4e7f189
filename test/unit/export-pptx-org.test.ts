/**
 * The org chart deck read back from its XML (jszip): the chart a reader sees on the slides, not
 * the code that drew it. Geometry is in slide px of the 1920 px wide `--slide` page (6,350 EMU).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import JSZip from 'jszip';
import type { Locale } from '../../src/data/types.js';
import { renderPPTX } from '../../src/export/pptx.js';
import '../../src/words-en.js';

const load = (name: string): unknown => JSON.parse(readFileSync(new URL(`../../data/${name}.json`, import.meta.url), 'utf8'));

/** EMU in a px of the 1920 px wide slide page. */
const PX = 12192000 / 1920;

interface Shape {
  id: number;
  name: string;
  descr: string;
  box: { x: number; y: number; w: number; h: number };
  /** The path's points on the slide (freeform lines). */
  path: Array<[number, number]>;
  /** Paragraphs: their runs' text, size (pt) and boldness. */
  runs: Array<{ text: string; pt: number; bold: boolean }>;
  connector: boolean;
}

function readShapes(xml: string): Shape[] {
  const shapes: Shape[] = [];
  for (const m of xml.matchAll(/<p:(sp|cxnSp)>([\s\S]*?)<\/p:\1>/g)) {
    const body = m[2]!;
    const nv = /<p:cNvPr id="(\d+)" name="([^"]*)"(?: descr="([^"]*)")?/.exec(body);
    const off = /<a:off x="(-?\d+)" y="(-?\d+)"\/>/.exec(body);
    const ext = /<a:ext cx="(\d+)" cy="(\d+)"\/>/.exec(body);
    if (!nv || !off || !ext) continue;
    const [x, y] = [Number(off[1]), Number(off[2])];
    const path = [...body.matchAll(/<a:pt x="(-?\d+)" y="(-?\d+)"\/>/g)].map((p): [number, number] => [x + Number(p[1]), y + Number(p[2])]);
    const runs = [...body.matchAll(/<a:r><a:rPr([^>]*)>[\s\S]*?<a:t>([^<]*)<\/a:t><\/a:r>/g)].map((r) => ({
      text: r[2]!,
      pt: Number(/\ssz="(\d+)"/.exec(r[1]!)?.[1] ?? 0) / 100,
      bold: /\sb="1"/.test(r[1]!),
    }));
    shapes.push({ id: Number(nv[1]), name: nv[2]!, descr: nv[3] ?? '', box: { x, y, w: Number(ext[1]), h: Number(ext[2]) }, path, runs, connector: m[1] === 'cxnSp' });
  }
  return shapes;
}

async function openDeck(input: unknown, locale?: Locale, slide?: '16:9' | '4:3') {
  const result = await renderPPTX({ input, ...(locale ? { locale } : {}), ...(slide ? { slide } : {}) });
  assert.ok(result.ok, result.ok ? '' : result.messages.join('\n'));
  const zip = await JSZip.loadAsync(result.pptx);
  const count = Object.keys(zip.files).filter((p) => /^ppt\/slides\/slide\d+\.xml$/.test(p)).length;
  const slides: Array<{ shapes: Shape[]; xml: string; notes: string }> = [];
  for (let i = 1; i <= count; i++) {
    const xml = await zip.file(`ppt/slides/slide${i}.xml`)!.async('string');
    const rels = await zip.file(`ppt/slides/_rels/slide${i}.xml.rels`)!.async('string');
    const notesPath = /Target="\.\.\/notesSlides\/(notesSlide\d+\.xml)"/.exec(rels)?.[1];
    const notes = notesPath ? await zip.file(`ppt/notesSlides/${notesPath}`)!.async('string') : '';
    slides.push({ shapes: readShapes(xml), xml, notes: [...notes.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((t) => t[1]).join('\n') });
  }
  return slides;
}

/** Distance from a point to a segment. */
function toSegment([px, py]: [number, number], [ax, ay]: [number, number], [bx, by]: [number, number]): number {
  const [dx, dy] = [bx - ax, by - ay];
  const t = dx === 0 && dy === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** Distance from a label's box to a polyline, 0 when the line runs through the box. */
function labelToLine(box: Shape['box'], path: Array<[number, number]>): number {
  const corners: Array<[number, number]> = [[box.x, box.y], [box.x + box.w, box.y], [box.x + box.w, box.y + box.h], [box.x, box.y + box.h]];
  let best = Infinity;
  for (let i = 1; i < path.length; i++) {
    const [a, b] = [path[i - 1]!, path[i]!];
    // A segment through the box (lines are horizontal or vertical).
    const [x0, x1, y0, y1] = [Math.min(a[0], b[0]), Math.max(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[1], b[1])];
    if (x1 >= box.x && x0 <= box.x + box.w && y1 >= box.y && y0 <= box.y + box.h) return 0;
    for (const c of corners) best = Math.min(best, toSegment(c, a, b));
    for (const p of [a, b]) best = Math.min(best, toSegment(p, corners[0]!, corners[1]!), toSegment(p, corners[1]!, corners[2]!), toSegment(p, corners[2]!, corners[3]!), toSegment(p, corners[3]!, corners[0]!));
  }
  return best;
}

const TYPE_WORDS: Record<Locale, Record<string, string>> = {
  ja: { cooperation: '連携', 'joint-secretariat': '共同事務局', jurisdiction: '所管' },
  en: { cooperation: 'Cooperation', 'joint-secretariat': 'Joint secretariat', jurisdiction: 'Jurisdiction' },
};

/** Largest distance allowed between a label and its line, px of the slide page. */
const LABEL_REACH_PX = 8;

for (const locale of ['ja', 'en'] as const) {
  test(`the governance deck (${locale}) is one slide with every typed link drawn along a route, labelled beside its line`, async () => {
    const doc = load('governance') as { bodies: Array<{ id: string; name: string }>; links: Array<{ from: string; to: string; type: string }> };
    const slides = await openDeck(doc, locale);
    const name = (id: string) => doc.bodies.find((b) => b.id === id)!.name;
    for (const link of doc.links) {
      const ends = `${name(link.from)} → ${name(link.to)}`;
      const on = slides.find((slide) => slide.shapes.some((s) => /^link \S+$/.test(s.name) && s.descr.endsWith(ends)));
      const shapes = on?.shapes ?? [];
      const lines = shapes.filter((s) => /^link \S+$/.test(s.name));
      const drawn = lines.find((s) => s.descr.endsWith(ends) && s.descr.startsWith(TYPE_WORDS[locale][link.type]!));
      assert.ok(on && drawn, `${link.type} ${ends} is drawn on a slide`);
      assert.ok(drawn.path.length >= 2, `${ends}: a route of ${drawn.path.length} points`);
      const id = drawn.name.slice('link '.length);
      const label = shapes.find((s) => s.name.startsWith('label ') && s.name.slice('label '.length).split(' ').includes(id));
      assert.ok(label, `${ends}: labelled`);
      const text = label.runs.map((r) => r.text).join('');
      assert.ok(text.length > 0 && (TYPE_WORDS[locale][link.type] ?? '').startsWith(text.replace(/\.$/, '')), `${ends}: label ${text}`);
      // A label shared by lines running side by side (a bundle) lies on the first of them.
      const own = lines.filter((s) => label.name.slice('label '.length).split(' ').includes(s.name.slice('link '.length)));
      const reach = Math.min(...own.map((s) => labelToLine(label.box, s.path))) / PX;
      assert.ok(reach <= LABEL_REACH_PX, `${ends}: label ${reach.toFixed(1)} px from its line`);
      // 所管 has its arrowhead at the ministry's target, AMED.
      if (link.type === 'jurisdiction') assert.match(on.xml.slice(on.xml.indexOf(`name="${drawn.name}"`)).split('</p:sp>')[0]!, /<a:tailEnd type="triangle"/);
    }
    assert.equal(slides.length, 1, 'the whole organisation on one slide: its roles fit the page at 18 px');
    const shapes = slides[0]!.shapes;
    // The legend names each line style beside its sample, in the title row.
    for (const type of new Set(doc.links.map((l) => l.type))) {
      const label = shapes.find((s) => s.name === `legend label ${type}`);
      assert.equal(label?.runs.map((r) => r.text).join(''), TYPE_WORDS[locale][type], `legend: ${type}`);
      assert.ok(shapes.some((s) => s.name === `legend ${type}` && s.path.length === 2), `legend sample: ${type}`);
    }
    // Every parent and child is joined by a line on the slide (an attached connector or the layout's route).
    const boxIds = new Map(shapes.filter((s) => s.name.startsWith('box ')).map((s) => [s.name.slice(4), s]));
    assert.equal(boxIds.size, doc.bodies.length, 'every body has its box');
    for (const body of doc.bodies as Array<{ id: string; name: string; parent?: string }>) {
      if (!body.parent) continue;
      const joined = shapes.some(
        (s) => (s.connector && s.name === `connector box ${body.parent} - box ${body.id}`) || s.name === `edge ${body.parent} - ${body.id}`,
      );
      assert.ok(joined, `${body.parent} → ${body.id}`);
    }
  });
}

test('box names are one type size on every slide of a deck, and the overview\'s notes say which slides carry what it leaves out', async () => {
  // A large organisation (60 bodies with roles): the overview cannot hold them all at 18 px.
  const bodies = [];
  for (let r = 0; r < 3; r++) {
    bodies.push({ id: `r${r}`, name: `推進本部${r}`, kind: 'headquarters', roles: [{ title: '本部長', holders: ['内閣総理大臣'] }] });
    for (let k = 0; k < 6; k++) {
      bodies.push({ id: `r${r}k${k}`, name: `専門調査会${r}-${k}`, kind: 'council', parent: `r${r}`, roles: [{ title: '座長', holders: [`有識者${k}`] }] });
      for (let g = 0; g < 3; g++) bodies.push({ id: `r${r}k${k}g${g}`, name: `作業部会${r}-${k}-${g}`, kind: 'working-group', parent: `r${r}k${k}`, roles: [{ title: '主査', holders: ['局長級'] }] });
    }
  }
  const slides = await openDeck({ type: 'organization', title: '大きな組織', lang: 'ja', bodies, links: [] });
  assert.ok(slides.length > 1, `${slides.length} slides`);
  const nameSizes = new Set<number>();
  const boxed = new Set<string>();
  for (const { shapes } of slides) {
    for (const box of shapes.filter((s) => s.name.startsWith('box '))) {
      boxed.add(box.name.slice(4));
      for (const run of box.runs.filter((r) => r.bold)) nameSizes.add(run.pt);
    }
  }
  assert.deepEqual([...nameSizes].length, 1, `name sizes: ${[...nameSizes].join(', ')} pt`);
  assert.equal(boxed.size, bodies.length, 'every body has a box on some slide');
  // The overview names the further slides.
  for (let i = 2; i <= slides.length; i++) assert.match(slides[0]!.notes, new RegExp(`スライド${i}：`));
});

for (const locale of ['ja', 'en'] as const) {
  test(`the governance deck (${locale}): the lines from the council leave it by one bus, at one height in every application (freeform, no elbow connectors)`, async () => {
    const slides = await openDeck(load('governance'), locale);
    const [{ shapes, xml }] = slides as [(typeof slides)[number]];
    // LibreOffice routes an attached elbow connector its own way (review R10-6-4: two drops under the
    // bus at another height); every line with a bend is drawn through the layout's points.
    assert.doesNotMatch(xml, /prst="bentConnector\d"/, 'no elbow connectors');
    const children = ['device', 'genome', 'drug-discovery', 'ict-platform', 'healthcare', 'fund-tf', 'intl-tf'];
    const busY = children.map((child) => {
      const line = shapes.find((s) => s.name === `edge council - ${child}`);
      assert.ok(line && line.path.length >= 2, `council → ${child}: a freeform line through the layout's points`);
      // Its first level piece after leaving the council: the bus.
      for (let i = 1; i < line.path.length; i++) if (line.path[i]![1] === line.path[i - 1]![1] && line.path[i]![0] !== line.path[i - 1]![0]) return line.path[i]![1] / PX;
      return assert.fail(`council → ${child}: no level piece`);
    });
    const top = Math.min(...busY);
    assert.ok(busY.every((y) => Math.abs(y - top) < 0.5), `the bus at ${busY.map((y) => y.toFixed(1)).join(', ')} px`);
  });
}

test('an upright link label stands as the chart draws it: ja one character above the next, upright (not East Asian vertical text, which LibreOffice lays on its side: R11-4-6); en on its side', async () => {
  for (const locale of ['ja', 'en'] as const) {
    // On the 16:9 slide every governance label now stands level (the office → ヘルスケア pair enters
    // ヘルスケア from the top: R11-4-1); the 4:3 slide's narrower layout still labels uprights.
    const [slide] = await openDeck(load('governance'), locale, '4:3');
    const upright = slide!.shapes.filter((s) => s.name.startsWith('label ') && s.box.h > s.box.w);
    assert.ok(upright.length > 0, `${locale}: the governance 4:3 deck has an upright label`);
    for (const label of upright) {
      const body = slide!.xml.slice(slide!.xml.indexOf(`name="${label.name}"`)).split('</p:sp>')[0]!;
      const vert = /<a:bodyPr[^>]*\svert="([^"]*)"/.exec(body)?.[1];
      const paragraphs = [...body.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)].map((p) => [...p[1]!.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((t) => t[1]).join(''));
      if (locale === 'ja') {
        assert.equal(vert, 'horz', `${label.name}: no vertical text direction`);
        assert.deepEqual(paragraphs, [...'共同事務局'], `${label.name}: a character a paragraph`);
        // The stack fits its box: one line a character's height (the text size, in points).
        const size = label.runs[0]!.pt;
        assert.ok(paragraphs.length * size * 12700 <= label.box.h, `${label.name}: ${paragraphs.length} × ${size} pt in ${label.box.h / 12700} pt`);
        assert.match(body, new RegExp(`<a:spcPts val="${Math.round(size * 100)}"/>`));
      } else {
        assert.equal(vert, 'vert', `${label.name}: a Latin word turned clockwise`);
        assert.equal(paragraphs.length, 1);
      }
    }
  }
});
