// The page both toggle tools (toggle-split.mjs, toggle-trace.mjs) measure in: the bench page
// served by Vite, the org-10000 document drawn by the element as the bench draws it, the body the
// bench toggles, and the renderer's main-thread CPU (CDP ThreadTime) to read around a step.
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { createServer } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.js';

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * Opens the bench page with org-10000 drawn (`size` bodies; `expanded`: every body, as the
 * `org-*-expanded` cases). `reducedMotion` emulates prefers-reduced-motion.
 * Returns the page, its CDP session, `thread()` (ms of main-thread CPU so far), the toggled
 * body and `close()`.
 */
export async function openToggleBench({ reducedMotion = false, size = 10000, expanded = false } = {}) {
  const server = await createServer({ root: ROOT, logLevel: 'error', resolve: { conditions: ['module', 'browser', 'production'] }, cacheDir: join(ROOT, 'node_modules/.vite-bench'), server: { port: 0, host: '127.0.0.1', hmr: false, watch: null } });
  await server.listen();
  const { port } = server.httpServer.address();
  const browser = await puppeteer.launch({ executablePath: CHROMIUM_PATH, headless: true, protocolTimeout: 0, args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc', '--disable-background-timer-throttling', '--disable-renderer-backgrounding'] });
  const close = async () => {
    await browser.close();
    await server.close();
  };
  try {
    const page = await browser.newPage();
    page.on('pageerror', (e) => console.log('[pageerror]', e.message));
    await page.setViewport({ width: 1100, height: 800, deviceScaleFactor: 1 });
    if (reducedMotion) await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    await page.goto(`http://127.0.0.1:${port}/test/bench/bench.html`);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 120000 });
    await page.evaluate(() => window.bench.status());
    await page.evaluate((o) => window.bench.prepare(o), { kind: 'org', size, seed: 1 });
    await page.evaluate((e) => window.bench.reset({ impl: 'element', scenario: 'first-render', expanded: e }), expanded);
    await page.evaluate((e) => window.bench.run({ impl: 'element', scenario: 'first-render', expanded: e }), expanded);
    await page.evaluate(() => window.bench.untilQuiet());
    const target = await page.evaluate(() => window.bench.pickToggleTarget());
    if (target) console.log(`toggling ${target.id} (${target.children} children)`);
    const cdp = await page.createCDPSession();
    await cdp.send('Performance.enable');
    const thread = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime').value * 1000;
    return { page, cdp, thread, target, close };
  } catch (e) {
    await close();
    throw e;
  }
}
