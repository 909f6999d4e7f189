/**
 * The example static site (`npm run site`), served from a sub-path: with JavaScript disabled a
 * reader sees every chart's server-rendered drawing, title, legend, 出典 and table (declarative
 * shadow DOM); with JavaScript on, the same markup is hydrated into live elements that answer
 * the keyboard. Full-page screenshots of the script-free pages
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

/** What a reader sees of the one chart on a page, read from its (declarative) shadow root. */
interface Seen {
  defined: boolean;
  drawing: { width: number; height: number };
  title: string;
  /** Texts drawn in the chart's SVG (non-zero box). */
  svgTexts: string[];
  legend: string;
  source: string;
  /** The table's rendered text (innerText: only what is displayed). */
  tableText: string;
  tableRows: number;
  /** The toolbar's buttons and fields (they need JavaScript): in the markup, and seen. */
  toolbarControls: number;
  controls: string[];
  /** The closed table's `<details>` summary, when the table is not shown open. */
  summary: string;
}

function readSeen(): Seen {
  // No named inner functions: the test's compiler would wrap them in a helper the page lacks.
  const el = document.querySelector('policy-org-chart, policy-budget-treemap, policy-effect-chart')!;
  const root = el.shadowRoot;
  const svg = root?.querySelector('[part~="chart"] svg:not([aria-hidden="true"])');
  const box = svg?.getBoundingClientRect();
  const [title, legend, source, table] = ['[part~="title"]', '[part~="legend"]', '[part~="source"]', '[part~="table"]'].map((selector) => {
    const e = root?.querySelector<HTMLElement>(selector);
    const r = e?.getBoundingClientRect();
    // checkVisibility: false inside a closed <details> (its content is skipped, not sized 0).
    return e && r && r.width > 0 && r.height > 0 && e.checkVisibility({ visibilityProperty: true }) ? e.innerText : '';
  });
  const displayed = [...(root?.querySelectorAll('[part~="chart"] svg text, [part~="table"] tr, [part~="table"] li') ?? [])].filter((t) => {
    const r = t.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && t.checkVisibility({ visibilityProperty: true });
  });
  return {
    defined: !!customElements.get(el.localName),
    drawing: { width: box?.width ?? 0, height: box?.height ?? 0 },
    title: title!,
    svgTexts: displayed.filter((t) => t.localName === 'text').map((t) => t.textContent ?? ''),
    legend: legend!,
    source: source!,
    tableText: table!,
    tableRows: displayed.filter((t) => t.localName !== 'text').length,
    toolbarControls: root?.querySelectorAll('[part~="toolbar"] :is(button, input, select)').length ?? 0,
    controls: [...(root?.querySelectorAll<HTMLElement>('[part~="toolbar"] :is(button, input, select)') ?? [])]
      .filter((c) => c.getBoundingClientRect().width > 0 && c.checkVisibility({ visibilityProperty: true }))
      .map((c) => c.localName + ':' + (c.textContent ?? '').trim()),
    summary: root?.querySelector<HTMLElement>('[part~="table-details"] > summary')?.innerText ?? '',
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

  for (const { file, table } of SITE_PAGES) {
    it(`${pageName(file)} without JavaScript: the drawing, its title, legend and 出典, and the table${table ? ' (a <details> that opens)' : ''}, no button that needs JavaScript`, async () => {
      const doc = seeds.get(file)!;
      const { page, problems } = await open(pageName(file), false);
      const closed = await page.evaluate(readSeen);
      if (table === 'details') {
        // The table is closed: a reader opens it by its summary, which works without JavaScript.
        assert.ok(closed.summary, 'the closed table has a summary to open it by');
        assert.equal(closed.tableRows, 0, 'the table starts closed');
        const summary = await page.evaluateHandle(() => document.querySelector('policy-org-chart, policy-budget-treemap, policy-effect-chart')!.shadowRoot!.querySelector('[part~="table-details"] > summary')!);
        await (summary as unknown as { click(): Promise<void> }).click();
      } else {
        assert.equal(closed.summary, '', 'the table is shown open (show-table), not in a <details>');
      }
      const seen = table === 'details' ? await page.evaluate(readSeen) : closed;
      await page.screenshot({ path: join(SCREENS, pageName(file).replace(/\.html$/, '.png')), fullPage: true });
      await page.close();
      assert.deepEqual(problems, []);
      assert.equal(seen.defined, false, 'no script ran');
      // The toolbar (table toggle, search, expand/collapse, export) needs JavaScript: not shown.
      assert.ok(seen.toolbarControls > 0, 'the server rendered the toolbar');
      assert.deepEqual(seen.controls, [], 'no toolbar control (they cannot work without JavaScript) is shown');
      // A drawing is there: at least two rows of type tall (the MID-NET bar chart of two bars is 78–85 px
      // tall, by the font the machine has) and wider than a phone's column.
      assert.ok(seen.drawing.height > 50 && seen.drawing.width > 300 && seen.drawing.width <= 1100, `drawing ${JSON.stringify(seen.drawing)}`);
      assert.ok(seen.svgTexts.length > 0, 'the drawing has text');
      assert.equal(seen.title, doc.title);
      if (doc.source) assert.equal(seen.source, `${doc.lang === 'en' ? 'Source' : '出典'}: ${doc.source}`);
      if (doc.type === 'organization') {
        for (const type of new Set((doc.links ?? []).map((l) => l.type))) {
          if (LINK_WORDS[type]) assert.ok(seen.legend.includes(LINK_WORDS[type]), `legend entry ${LINK_WORDS[type]}`);
        }
      }
      // The treemap has a legend only when something needs one (再掲, 内数, 補正…), as in this seed.
      if (file === 'data/pharma-budget.json') assert.ok(seen.legend.includes('再掲'), `the treemap legend: ${seen.legend}`);
      assert.ok(seen.tableRows > 1, 'table rows are displayed');
      assert.ok(seen.tableText.includes(firstName(doc)), `the table shows ${firstName(doc)}`);
    });
  }

  /** Resolves once the page's chart is defined and has no update pending (hydrated, then laid out for the real width). */
  const settled = (page: Page) =>
    page.waitForFunction(
      async () => {
        const el = document.querySelector('policy-org-chart, policy-budget-treemap, policy-effect-chart') as (HTMLElement & { updateComplete?: Promise<boolean> }) | null;
        if (!el || !customElements.get(el.localName) || !el.updateComplete) return false;
        return el.updateComplete;
      },
      { timeout: 120_000, polling: 100 },
    );

  for (const { file } of SITE_PAGES) {
    it(`${pageName(file)} with JavaScript: the server-rendered chart becomes live and answers the keyboard`, async () => {
      const { page, problems } = await open(pageName(file), true);
      await settled(page);
      const state = await page.evaluate(() => {
        const el = document.querySelector('policy-org-chart, policy-budget-treemap, policy-effect-chart')!;
        const chart = el.shadowRoot?.querySelector('[part~="chart"] svg')?.getBoundingClientRect();
        // The item that takes Tab focus (a body, a cell or a mark): focused, as Tab would.
        const target = el.shadowRoot?.querySelector<SVGElement>('[part~="chart"] [tabindex="0"]');
        target?.focus();
        const events: string[] = [];
        for (const type of ['policy-node-select', 'policy-cell-select', 'policy-drill', 'policy-mark-select']) el.addEventListener(type, () => events.push(type));
        (window as unknown as { __events: string[] }).__events = events;
        return {
          status: el.getAttribute('status'),
          chartHeight: chart?.height ?? 0,
          focused: !!target && el.shadowRoot?.activeElement === target,
        };
      });
      assert.equal(state.status, 'ready');
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

  for (const file of ['data/governance.json', 'data/pharma-budget.json', 'data/effects/egfr-response.json']) {
    it(`${pageName(file)}: hydration keeps the server-rendered nodes and the server's layout (one layout, the same SVG, no hydration error)`, async () => {
      const page = await browser.newPage();
      // Count the element's layouts: wrap layoutChart of every chart class as it is defined.
      await page.evaluateOnNewDocument(() => {
        const w = window as unknown as { __layouts: number };
        w.__layouts = 0;
        const define = customElements.define.bind(customElements);
        customElements.define = (name, constructor, options) => {
          const proto = constructor.prototype as { layoutChart?: (...args: unknown[]) => unknown };
          const layout = proto.layoutChart;
          if (layout) {
            proto.layoutChart = function (this: unknown, ...args: unknown[]) {
              w.__layouts++;
              return layout.apply(this, args);
            };
          }
          define(name, constructor, options);
        };
      });
      const problems: string[] = [];
      page.on('pageerror', (e) => problems.push(`page error: ${String(e)}`));
      page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
      await page.setViewport({ width: 1100, height: 900 });
      // Hold the script until the server-rendered markup has been parsed and marked.
      await page.setRequestInterception(true);
      let release!: () => void;
      const held = new Promise<void>((ok) => (release = ok));
      page.on('request', (request) => {
        if (request.url().endsWith('/assets/policy-charts.js')) void held.then(() => request.continue());
        else void request.continue();
      });
      const loading = page.goto(`${site.origin}${SUB_PATH}${pageName(file)}`, { waitUntil: 'load', timeout: 120_000 });
      await page.waitForFunction(() => document.readyState !== 'loading', { timeout: 60_000 });
      const before = await page.evaluate(() => {
        const el = document.querySelector('policy-org-chart, policy-budget-treemap, policy-effect-chart')!;
        const root = el.shadowRoot!;
        const texts = [...root.querySelectorAll('[part~="chart"] svg text, [part~="table"] td, [part~="title"]')];
        (window as unknown as { __server: Element[] }).__server = texts;
        const svg = root.querySelector('[part~="chart"] svg:not([aria-hidden="true"])')?.outerHTML.replace(/<!--[\s\S]*?-->/g, '') ?? '';
        return { defined: !!customElements.get(el.localName), count: texts.length, svg };
      });
      assert.equal(before.defined, false, 'the markup came from the server');
      assert.ok(before.count > 10, `server-rendered nodes: ${before.count}`);
      release();
      await loading;
      await settled(page);
      const after = await page.evaluate(() => {
        const el = document.querySelector('policy-org-chart, policy-budget-treemap, policy-effect-chart')!;
        const server = (window as unknown as { __server: Element[] }).__server;
        const title = el.shadowRoot!.querySelector('[part~="title"]');
        const svg = el.shadowRoot!.querySelector('[part~="chart"] svg:not([aria-hidden="true"])')?.outerHTML.replace(/<!--[\s\S]*?-->/g, '') ?? '';
        return {
          kept: server.filter((n) => n.isConnected && n.getRootNode() === el.shadowRoot).length,
          titleKept: !!title && server.includes(title),
          total: server.length,
          svg,
          layouts: (window as unknown as { __layouts: number }).__layouts,
          fonts: document.fonts.check("400 14px 'Noto Sans JP'", '健康'),
        };
      });
      await page.close();
      assert.deepEqual(problems, []);
      assert.ok(after.titleKept, 'the title is the server-rendered node');
      // Every server-rendered text node is still in place: hydration adopted the markup and the
      // re-layout for the browser's own metrics changed attribute values, not nodes.
      assert.equal(after.kept, after.total, `server-rendered nodes still in place: ${after.kept} of ${after.total}`);
      // The page shows the font the server measured with (Noto Sans JP, loaded before the
      // elements are defined): the hydrating layout is the only one, and the drawing is the
      // server's, attribute for attribute.
      assert.ok(after.fonts, 'Noto Sans JP is loaded');
      assert.equal(after.layouts, 1, `layouts after the page loaded: ${after.layouts}`);
      assert.equal(after.svg, before.svg);
    });
  }
});
