/**
 * The example static site (`npm run site`), served from a sub-path: with JavaScript disabled a
 * reader sees every chart's drawing, title, legend, 出典 and table; with JavaScript on, the same
 * pages hold live elements that answer a click. Full-page screenshots of the script-free pages
 * go to screens/site/ (look at them).
 */
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { after, before, describe, it } from 'node:test';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { buildSite, pageName, SITE_PAGES } from '../../scripts/site.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.js';

const ROOT = resolve(import.meta.dirname, '../..');
/** The site is served from here, not from `/`: every path in it must be relative. */
const SUB_PATH = '/ministry/docs/charts/';
const SCREENS = join(ROOT, 'screens/site');
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };
const LINK_WORDS: Record<string, string> = { cooperation: '連携', 'joint-secretariat': '共同事務局', jurisdiction: '所管' };

interface Seed {
  type: 'organization' | 'budget' | 'effect';
  title: string;
  lang?: string;
  source?: string;
  bodies?: Array<{ name: string }>;
  links?: Array<{ type: string }>;
  items?: Array<{ name: string; children?: unknown[] }>;
  series?: Array<{ label: string }>;
}

/** A name the table (or list) must show for this document. */
const firstName = (doc: Seed) => doc.bodies?.[0]?.name ?? doc.items?.[0]?.name ?? doc.series?.[0]?.label ?? '';

function serve(dir: string): Promise<{ server: Server; origin: string; requests: string[] }> {
  const requests: string[] = [];
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(path);
    if (!path.startsWith(SUB_PATH)) return void res.writeHead(404).end();
    const file = normalize(join(dir, path.slice(SUB_PATH.length) || 'index.html'));
    if (!file.startsWith(dir + sep)) return void res.writeHead(403).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok({ server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests })));
}

/** What a reader sees of the one chart on a page, read from the rendered page. */
interface Seen {
  defined: boolean;
  drawing: { width: number; height: number };
  /** Texts of the static SVG that are drawn (non-zero box). */
  svgTexts: string[];
  /** The table's rendered text (innerText: only what is displayed). */
  tableText: string;
  tableRows: number;
}

function readSeen(): Seen {
  const el = document.querySelector('policy-org-chart, policy-budget-treemap, policy-effect-chart')!;
  const svg = el.querySelector('.policy-chart-static > svg');
  const box = svg?.getBoundingClientRect();
  const svgTexts = [...(svg?.querySelectorAll('text') ?? [])]
    .filter((t) => {
      const r = t.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && getComputedStyle(t).visibility !== 'hidden';
    })
    .map((t) => t.textContent ?? '');
  const details = el.querySelector<HTMLElement>('.policy-chart-static-table');
  return {
    defined: !!customElements.get(el.localName),
    drawing: { width: box?.width ?? 0, height: box?.height ?? 0 },
    svgTexts,
    tableText: details?.innerText ?? '',
    tableRows: details ? [...details.querySelectorAll('tr, li')].filter((r) => r.getBoundingClientRect().height > 0).length : 0,
  };
}

describe('the static site from the seed data, served from a sub-path (Chromium)', () => {
  let outDir: string;
  let site: Awaited<ReturnType<typeof serve>>;
  let browser: Browser;
  const seeds = new Map<string, Seed>();

  before(async () => {
    outDir = await mkdtemp(join(tmpdir(), 'policy-charts-site-'));
    await buildSite({ outDir, quiet: true });
    for (const { file } of SITE_PAGES) seeds.set(file, JSON.parse(await readFile(join(ROOT, file), 'utf8')) as Seed);
    site = await serve(outDir);
    browser = await puppeteer.launch({ executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_ARGS, '--lang=ja-JP'] });
    await mkdir(SCREENS, { recursive: true });
  });

  after(async () => {
    await browser?.close();
    site?.server.close();
    if (outDir) await rm(outDir, { recursive: true, force: true });
  });

  async function open(name: string, javaScript: boolean): Promise<{ page: Page; problems: string[] }> {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(`page error: ${String(e)}`));
    page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
    page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()} ${r.url()}`));
    await page.setJavaScriptEnabled(javaScript);
    await page.setViewport({ width: 1100, height: 900 });
    await page.goto(`${site.origin}${SUB_PATH}${name}`, { waitUntil: 'load', timeout: 120_000 });
    return { page, problems };
  }

  it('the index links every page, relatively', async () => {
    const { page, problems } = await open('', false);
    const links = await page.$$eval('nav a', (as) => as.map((a) => [a.getAttribute('href'), (a as HTMLAnchorElement).href]));
    await page.close();
    assert.deepEqual(problems, []);
    assert.deepEqual(
      links.map(([href]) => href),
      SITE_PAGES.map((p) => pageName(p.file)),
    );
    for (const [, url] of links) assert.ok(url!.startsWith(`${site.origin}${SUB_PATH}`), url!);
  });

  for (const { file } of SITE_PAGES) {
    it(`${pageName(file)} without JavaScript: the drawing, its title, legend and 出典, and the table`, async () => {
      const doc = seeds.get(file)!;
      const { page, problems } = await open(pageName(file), false);
      const seen = await page.evaluate(readSeen);
      await page.screenshot({ path: join(SCREENS, pageName(file).replace(/\.html$/, '.png')), fullPage: true });
      await page.close();
      assert.deepEqual(problems, []);
      assert.equal(seen.defined, false, 'no script ran');
      assert.ok(seen.drawing.height > 200 && seen.drawing.width > 600 && seen.drawing.width <= 1100, `drawing ${JSON.stringify(seen.drawing)}`);
      assert.equal(seen.svgTexts[0], doc.title, 'the title is drawn first');
      if (doc.source) assert.ok(seen.svgTexts.some((t) => t.startsWith('出典：') || t.startsWith('Source: ')), '出典 is drawn');
      if (doc.type === 'organization') {
        for (const type of new Set((doc.links ?? []).map((l) => l.type))) {
          if (LINK_WORDS[type]) assert.ok(seen.svgTexts.includes(LINK_WORDS[type]), `legend entry ${LINK_WORDS[type]}`);
        }
      }
      if (doc.type === 'budget') assert.ok(seen.svgTexts.some((t) => t.startsWith('全項目（記載額）')), 'the item list under the treemap');
      assert.ok(seen.tableRows > 1, 'table rows are displayed');
      assert.ok(seen.tableText.includes(firstName(doc)), `the table shows ${firstName(doc)}`);
    });
  }

  for (const { file } of SITE_PAGES) {
    it(`${pageName(file)} with JavaScript: the live element replaces the static copy and answers the keyboard`, async () => {
      const { page, problems } = await open(pageName(file), true);
      await page.waitForFunction(() => ['ready', 'error'].includes(document.querySelector('[status]')?.getAttribute('status') ?? ''), {
        timeout: 120_000,
      });
      const state = await page.evaluate(() => {
        const el = document.querySelector('policy-org-chart, policy-budget-treemap, policy-effect-chart')!;
        const fallback = el.querySelector('.policy-chart-static')!.getBoundingClientRect();
        const chart = el.shadowRoot?.querySelector('[part~="chart"] svg')?.getBoundingClientRect();
        // The item that takes Tab focus (a body, a cell or a mark): focused, as Tab would.
        const target = el.shadowRoot?.querySelector<SVGElement>('[part~="chart"] [tabindex="0"]');
        target?.focus();
        const events: string[] = [];
        for (const type of ['policy-node-select', 'policy-cell-select', 'policy-drill', 'policy-mark-select']) el.addEventListener(type, () => events.push(type));
        (window as unknown as { __events: string[] }).__events = events;
        return {
          status: el.getAttribute('status'),
          fallbackHeight: fallback.height,
          chartHeight: chart?.height ?? 0,
          focused: !!target && el.shadowRoot?.activeElement === target,
        };
      });
      assert.equal(state.status, 'ready');
      assert.equal(state.fallbackHeight, 0, 'the static copy is no longer displayed');
      assert.ok(state.chartHeight > 80, `the live drawing is ${state.chartHeight}px tall`);
      assert.ok(state.focused, 'a focusable item in the live chart');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => (window as unknown as { __events: string[] }).__events.length > 0, { timeout: 10_000 }).catch(() => {});
      const events = await page.evaluate(() => (window as unknown as { __events: string[] }).__events);
      await page.close();
      assert.ok(events.length > 0, 'Enter on the focused item fires its select or drill event');
      assert.deepEqual(problems, []);
    });
  }
});
