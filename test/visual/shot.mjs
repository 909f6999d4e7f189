// Renders one chart in headless Chromium and saves a PNG to look at.
// node test/visual/shot.mjs --tag policy-org-chart --data /data/governance.json --out screens/org.png
//   [--width 1000] [--lang en] [--theme dark] [--attr name=value ...] [--forced-colors] [--eval "js"]
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import puppeteer from 'puppeteer-core';
import { createServer } from 'vite';

const args = process.argv.slice(2);
const opts = { width: '1000', attrs: [] };
for (let i = 0; i < args.length; i++) {
  const key = args[i].replace(/^--/, '');
  if (key === 'forced-colors') opts.forced = true;
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
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--font-render-hinting=none'],
});
try {
  const page = await browser.newPage();
  page.on('console', (m) => (m.type() === 'error' || m.type() === 'warn') && console.log(`[page ${m.type()}] ${m.text()}`));
  page.on('pageerror', (e) => console.log(`[page error] ${e.message}`));
  await page.setViewport({ width: Number(opts.width) + 32, height: 600, deviceScaleFactor: 1 });
  if (opts.forced) {
    // puppeteer's emulateMediaFeatures rejects forced-colors; ask Chromium directly.
    const cdp = await page.createCDPSession();
    await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] });
  }
  const q = new URLSearchParams({ tag: opts.tag, data: opts.data, width: opts.width });
  if (opts.lang) q.set('lang', opts.lang);
  if (opts.theme) q.set('theme', opts.theme);
  for (const a of opts.attrs) {
    const [k, ...v] = a.split('=');
    q.set(`attr.${k}`, v.join('='));
  }
  // --page /test/visual/overview.html shows a prepared page instead of one chart.
  await page.goto(opts.page ? `http://127.0.0.1:${port}${opts.page}` : `http://127.0.0.1:${port}/test/visual/page.html?${q}`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
  if (opts.eval) {
    await page.evaluate(opts.eval);
    await new Promise((r) => setTimeout(r, 400));
  }
  mkdirSync(dirname(opts.out), { recursive: true });
  await page.screenshot({ path: opts.out, fullPage: true });
  console.log(`saved ${opts.out}`);
} finally {
  await browser.close();
  await server.close();
}
