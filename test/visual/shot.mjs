// Renders one chart (or a prepared page) in headless Chromium and saves a PNG to look at.
// node test/visual/shot.mjs --tag policy-org-chart --data /data/governance.json --out screens/org.png
//   [--page /test/visual/overview.html]  a prepared page instead of one chart
//   [--width 1000] [--lang en] [--theme dark] [--attr name=value ...] [--forced-colors] [--eval "js"]
//   [--print]           emulate print media (what a ministry reader's printer gets)
//   [--grayscale]       render the page through a greyscale filter (a black-and-white printer)
//   [--reduced-motion]  emulate prefers-reduced-motion: reduce, and list what still animates
//   [--motion-report]   list what animates (transitions, animations) without emulating anything
//   [--scale 2]         device pixel ratio (to read small type)
//   [--clip x,y,w,h]    save only this part of the page (CSS pixels)
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.js';
import { createServer } from 'vite';

const args = process.argv.slice(2);
const opts = { width: '1000', attrs: [] };
for (let i = 0; i < args.length; i++) {
  const key = args[i].replace(/^--/, '');
  if (key === 'forced-colors') opts.forced = true;
  else if (key === 'print') opts.print = true;
  else if (key === 'grayscale') opts.grayscale = true;
  else if (key === 'reduced-motion') opts.reducedMotion = opts.motionReport = true;
  else if (key === 'motion-report') opts.motionReport = true;
  else if (key === 'attr') opts.attrs.push(args[++i]);
  else opts[key] = args[++i];
}
if (!opts.out || (!opts.page && (!opts.tag || !opts.data))) {
  console.error('usage: shot.mjs [--page /test/visual/x.html] --tag TAG --data /data/FILE.json --out FILE.png [--width N] [--lang en] [--theme dark] [--attr k=v]');
  process.exit(2);
}
const server = await createServer({ root: process.cwd(), logLevel: 'error', server: { port: 0, host: '127.0.0.1' } });
await server.listen();
const { port } = server.httpServer.address();
const browser = await puppeteer.launch({
  executablePath: CHROMIUM_PATH,
  headless: true,
  args: [...CHROMIUM_ARGS],
});
try {
  const page = await browser.newPage();
  page.on('console', (m) => (m.type() === 'error' || m.type() === 'warn') && console.log(`[page ${m.type()}] ${m.text()}`));
  page.on('pageerror', (e) => console.log(`[page error] ${e.message}`));
  await page.setViewport({ width: Number(opts.width) + 32, height: 600, deviceScaleFactor: Number(opts.scale ?? 1) });
  if (opts.forced) {
    // puppeteer's emulateMediaFeatures rejects forced-colors; ask Chromium directly.
    const cdp = await page.createCDPSession();
    await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] });
  }
  if (opts.print) await page.emulateMediaType('print');
  if (opts.reducedMotion) await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
  const q = new URLSearchParams({ tag: opts.tag, data: opts.data, width: opts.width });
  if (opts.lang) q.set('lang', opts.lang);
  if (opts.theme) q.set('theme', opts.theme);
  for (const a of opts.attrs) {
    const [k, ...v] = a.split('=');
    q.set(`attr.${k}`, v.join('='));
  }
  await page.goto(opts.page ? `http://127.0.0.1:${port}${opts.page}` : `http://127.0.0.1:${port}/test/visual/page.html?${q}`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
  if (opts.eval) {
    await page.evaluate(opts.eval);
    await new Promise((r) => setTimeout(r, 400));
  }
  if (opts.motionReport) {
    // Every element (through open shadow roots) that would still animate: a non-zero transition
    // or animation duration, and animations running right now.
    const moving = await page.evaluate(() => {
      const found = [];
      const ms = (v) => Math.max(...v.split(',').map((t) => parseFloat(t) * (t.trim().endsWith('ms') ? 1 : 1000)));
      const walk = (root) => {
        for (const el of root.querySelectorAll('*')) {
          const cs = getComputedStyle(el);
          const transition = ms(cs.transitionDuration);
          if (transition > 0) found.push(`transition ${cs.transitionProperty} ${cs.transitionDuration} on <${el.localName} class="${el.getAttribute('class') ?? ''}">`);
          if (cs.animationName !== 'none' && ms(cs.animationDuration) > 0) found.push(`animation ${cs.animationName} ${cs.animationDuration} on <${el.localName}>`);
          if (el.shadowRoot) {
            walk(el.shadowRoot);
            for (const a of el.shadowRoot.getAnimations()) found.push(`running ${a.constructor.name} on <${a.effect?.target?.localName}>`);
          }
        }
      };
      walk(document);
      return [...new Set(found)];
    });
    console.log(moving.length === 0 ? 'nothing animates' : `still animating:\n  ${moving.join('\n  ')}`);
  }
  if (opts.grayscale) await page.addStyleTag({ content: 'html { filter: grayscale(1); }' });
  mkdirSync(dirname(opts.out), { recursive: true });
  const clip = opts.clip?.split(',').map(Number);
  if (clip) await page.screenshot({ path: opts.out, clip: { x: clip[0], y: clip[1], width: clip[2], height: clip[3] } });
  else await page.screenshot({ path: opts.out, fullPage: true });
  console.log(`saved ${opts.out}`);
} finally {
  await browser.close();
  await server.close();
}
