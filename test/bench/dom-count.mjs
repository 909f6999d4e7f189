// What the DOM elements of the bench's org drawing are: the element's shadow root by tag and
// class, per part (chrome outside the svg, the svg's layers, per treeitem), for one case's
// first render. A tool for finding what a drawn box costs; it asserts nothing.
//
//   node test/bench/dom-count.mjs [--size 10000] [--expanded] [--shot /tmp/x.png]
import { openToggleBench } from './toggle-page.mjs';

const argv = process.argv.slice(2);
const { page, close } = await openToggleBench({ size: Number(argv[argv.indexOf('--size') + 1] || 10000), expanded: argv.includes('--expanded') });
try {
  const report = await page.evaluate(() => {
    const el = document.querySelector('policy-org-chart');
    const root = el.shadowRoot;
    const all = [...root.querySelectorAll('*')];
    const svg = root.querySelector('svg.org');
    const inSvg = svg ? [svg, ...svg.querySelectorAll('*')] : [];
    const items = [...root.querySelectorAll('[role="treeitem"]')];
    const layer = (sel) => (svg?.querySelector(sel) ? svg.querySelector(sel).querySelectorAll('*').length + 1 : 0);
    const outside = all.filter((e) => !svg?.contains(e));
    const hist = (list) => {
      const m = new Map();
      for (const e of list) {
        const k = `${e.localName}${e.getAttribute('class') ? '.' + e.getAttribute('class').split(' ')[0] : ''}`;
        m.set(k, (m.get(k) ?? 0) + 1);
      }
      return [...m].sort((a, b) => b[1] - a[1]);
    };
    return {
      total: all.length,
      items: items.length,
      svg: inSvg.length,
      outside: outside.length,
      layers: Object.fromEntries(['defs', '.lanes', '.edges', '.links', '[role=tree]', '.boxes', '.link-labels', '.link-badges'].map((s) => [s, layer(s)])),
      outsideHist: hist(outside).slice(0, 40),
      svgHist: hist(inSvg).slice(0, 40),
    };
  });
  const { outsideHist, svgHist, ...rest } = report;
  console.log(JSON.stringify(rest));
  console.log("outside the svg:", outsideHist.map(([k, n]) => `${k} ${n}`).join(", "));
  console.log("in the svg:", svgHist.map(([k, n]) => `${k} ${n}`).join(", "));
  const shot = argv.indexOf('--shot');
  if (shot >= 0) await (await page.$('policy-org-chart')).screenshot({ path: argv[shot + 1] });
} finally {
  await close();
}
