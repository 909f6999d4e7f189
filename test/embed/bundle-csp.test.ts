/**
 * The embedding contract end to end: a ministry page with a strict Content-Security-Policy
 * header loads only `<script type="module" src="/dist/policy-charts.js">` and uses the three
 * tags with `src`, a child JSON block and the `data` property, in Debian's Chromium.
 *
 * The bundle is built once, by Vite's build() API in mode `bundle`, into a temporary
 * directory (never dist/, so `npm run build` running beside it is not disturbed).
 */
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.js';
import { build } from 'vite';
import { startEmbedServer, STRICT_CSP, type EmbedServer } from './serve.js';

const ROOT = resolve(import.meta.dirname, '../..');
const TAGS = ['policy-org-chart', 'policy-budget-treemap', 'policy-effect-chart'] as const;

/** Every chart on the page, with where its document comes from. */
const CHARTS = [
  { id: 'org-src', tag: 'policy-org-chart', file: 'data/governance.json', via: 'src' },
  { id: 'budget-src', tag: 'policy-budget-treemap', file: 'data/pharma-budget.json', via: 'src' },
  { id: 'effect-src', tag: 'policy-effect-chart', file: 'data/effects/egfr-response.json', via: 'src' },
  { id: 'effect-src-en', tag: 'policy-effect-chart', file: 'data/effects/egfr-response.en.json', via: 'src' },
  { id: 'org-script', tag: 'policy-org-chart', file: 'data/partnership-council.json', via: 'script' },
  { id: 'budget-script', tag: 'policy-budget-treemap', file: 'data/midnet-budget.json', via: 'script' },
  { id: 'effect-script', tag: 'policy-effect-chart', file: 'data/effects/genome-cost.json', via: 'script' },
  { id: 'org-data', tag: 'policy-org-chart', file: 'data/governance.json', via: 'data' },
  { id: 'budget-data', tag: 'policy-budget-treemap', file: 'data/pharma-budget.json', via: 'data' },
  { id: 'effect-data', tag: 'policy-effect-chart', file: 'data/effects/sakigake.json', via: 'data' },
] as const;

/** The Trusted Types directives the README documents: Lit's policy is the only one the bundle makes. */
const TRUSTED_TYPES = "require-trusted-types-for 'script'; trusted-types lit-html";

const MISSING_URL = '/data/effects/no-such-file.json';

/** A `securitypolicyviolation` event as the page saw it. */
interface Violation {
  directive: string;
  blockedURI: string;
  sourceFile: string;
  line: number;
  column: number;
  sample: string;
  /** The blocked element, as `<tag class="…">`. */
  target: string;
  /** The id of the chart element whose shadow tree holds the target. */
  host: string;
}

declare global {
  interface Window {
    __violations: Violation[];
  }
}

/** What one chart shows once settled. */
interface ChartState {
  id: string;
  tag: string;
  status: string | null;
  title: string | null;
  titleVisible: boolean;
  chartHeight: number;
  error: string | null;
}

/** Violations grouped (numbers in the sample made `#`), with counts: a readable failure. */
function describeViolations(violations: Violation[]): string {
  const groups = new Map<string, number>();
  for (const v of violations) {
    const file = v.sourceFile.replace(/^https?:\/\/[^/]+/, '');
    const key = `${v.directive} on ${v.target} in #${v.host || '(page)'}: "${v.sample.replace(/\d+(\.\d+)?/g, '#')}" (${file}:${v.line}:${v.column})`;
    groups.set(key, (groups.get(key) ?? 0) + 1);
  }
  return [...groups].map(([key, n]) => `  ${n} × ${key}`).join('\n');
}

const readTitle = async (file: string) => (JSON.parse(await readFile(join(ROOT, file), 'utf8')) as { title: string }).title;

describe('one script tag under a strict CSP (Chromium)', () => {
  let outDir: string;
  let server: EmbedServer;
  let browser: Browser;
  let page: Page;
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];
  let states: ChartState[] = [];

  before(async () => {
    outDir = await mkdtemp(join(tmpdir(), 'policy-charts-embed-'));
    await build({
      root: ROOT,
      configFile: join(ROOT, 'vite.config.ts'),
      mode: 'bundle',
      logLevel: 'error',
      build: { outDir, emptyOutDir: true },
    });
    server = await startEmbedServer({ root: ROOT, distDir: outDir });
    browser = await puppeteer.launch({
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: [...CHROMIUM_ARGS, '--lang=ja-JP'],
    });
    page = await browser.newPage();
    await page.setViewport({ width: 1100, height: 900 });
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(`${m.text()} @ ${m.location().url ?? ''}`);
    });
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    // Registered before any page script runs (DevTools scripts are not subject to the CSP).
    await page.evaluateOnNewDocument(() => {
      window.__violations = [];
      document.addEventListener(
        'securitypolicyviolation',
        (e) => {
          const t = e.composedPath()[0];
          window.__violations.push({
            directive: e.effectiveDirective || e.violatedDirective,
            blockedURI: e.blockedURI,
            sourceFile: e.sourceFile,
            line: e.lineNumber,
            column: e.columnNumber,
            sample: e.sample,
            target: t instanceof Element ? `<${t.localName}${t.getAttribute('class') ? ` class="${t.getAttribute('class')}"` : ''}>` : String(t),
            host: t instanceof Node && t.getRootNode() instanceof ShadowRoot ? (t.getRootNode() as ShadowRoot).host.id : '',
          });
        },
        true,
      );
    });

    const response = await page.goto(`${server.origin}/`, { waitUntil: 'load', timeout: 120_000 });
    assert.equal(response?.headers()['content-security-policy'], STRICT_CSP);
    await page.waitForFunction((tags: readonly string[]) => tags.every((t) => customElements.get(t)), { timeout: 120_000 }, TAGS);

    // The page's own code hands documents to the elements through the `data` property.
    const byData = CHARTS.filter((c) => c.via === 'data').map((c) => ({ id: c.id, url: `/${c.file}` }));
    await page.evaluate(async (list: Array<{ id: string; url: string }>) => {
      for (const { id, url } of list) {
        const doc: unknown = await (await fetch(url)).json();
        (document.getElementById(id) as HTMLElement & { data: unknown }).data = doc;
      }
    }, byData);

    // Settled: no chart is loading or empty any more (each ends ready or error).
    await page.waitForFunction(() =>
      [...document.querySelectorAll('policy-org-chart, policy-budget-treemap, policy-effect-chart')].every((el) =>
        ['ready', 'error'].includes(el.getAttribute('status') ?? ''),
      ),
      // Generous: a loaded CI machine; this is a hang guard, not a speed check.
      { timeout: 120_000 },
    );
    await page.evaluate(() =>
      Promise.all(
        [...document.querySelectorAll('policy-org-chart, policy-budget-treemap, policy-effect-chart')].map(
          (el) => (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete,
        ),
      ),
    );
    // Two frames, so ResizeObserver-driven re-layouts and their renders have happened too.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

    states = await page.evaluate(() =>
      [...document.querySelectorAll('policy-org-chart, policy-budget-treemap, policy-effect-chart')].map((el) => {
        const root = el.shadowRoot;
        const title = root?.querySelector('[part="title"]');
        const box = title?.getBoundingClientRect();
        return {
          id: el.id,
          tag: el.localName,
          status: el.getAttribute('status'),
          title: title?.textContent?.trim() ?? null,
          titleVisible: !!box && box.width > 0 && box.height > 0 && getComputedStyle(title!).visibility !== 'hidden',
          chartHeight: root?.querySelector('[part="chart"]')?.getBoundingClientRect().height ?? 0,
          error: root?.querySelector('[part="error"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? null,
        };
      }),
    );
    // EMBED_SHOTS=dir: one PNG per chart, to look at what the page shows under the policy.
    const shots = process.env.EMBED_SHOTS;
    if (shots) {
      await mkdir(shots, { recursive: true });
      for (const { id } of states) await (await page.$(`#${id}`))?.screenshot({ path: join(shots, `${id}.png`) });
    }
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    if (outDir) await rm(outDir, { recursive: true, force: true });
  });

  it('builds one self-contained file: no chunks, no imports', async () => {
    const files = (await readdir(outDir)).filter((f) => f.endsWith('.js'));
    assert.deepEqual(files, ['policy-charts.js']);
    const code = await readFile(join(outDir, 'policy-charts.js'), 'utf8');
    assert.doesNotMatch(code, /^\s*import\s*[{*"'\w]/m, 'the bundle has a static import');
    // One dynamic import only: toPPTX() loads the PowerPoint writer from beside the bundle
    // (dist/policy-charts-pptx.js), and only when called; drawing never imports anything.
    const dynamic = code.match(/\bimport\s*\(/g) ?? [];
    assert.equal(dynamic.length, 1, 'the bundle has one dynamic import, the PowerPoint writer');
    // From beside the bundle's own address, or from the address its script's data-pptx-src names.
    assert.match(code, /`\.\/policy-charts-pptx\.js`/);
    assert.match(code, /pptxSrc/);
  });

  it('every chart, fed by src, a child JSON block or the data property, is ready and shows its title', async () => {
    assert.equal(states.length, CHARTS.length + 1, 'every tag on the page was found');
    for (const chart of CHARTS) {
      const state = states.find((s) => s.id === chart.id);
      assert.ok(state, `${chart.id} is on the page`);
      assert.equal(state.tag, chart.tag);
      assert.equal(state.status, 'ready', `${chart.id} (${chart.via}) is ready; error part: ${state.error}`);
      assert.equal(state.title, await readTitle(chart.file), `${chart.id} shows the title of ${chart.file}`);
      assert.ok(state.titleVisible, `${chart.id}: the title has a box on screen`);
      assert.ok(state.chartHeight > 50, `${chart.id}: the drawing has a height (${state.chartHeight}px)`);
    }
  });

  it('a src that cannot be fetched shows the error part, also under the CSP', () => {
    const state = states.find((s) => s.id === 'effect-missing');
    assert.equal(state?.status, 'error');
    assert.match(state?.error ?? '', /404/);
    assert.match(state?.error ?? '', /no-such-file\.json/);
  });

  it('fires no securitypolicyviolation event', async () => {
    const violations = await page.evaluate(() => window.__violations);
    assert.equal(violations.length, 0, `CSP violations while the page loaded:\n${describeViolations(violations)}`);
  });

  it('stays within the policy while a reader uses the charts (table, keyboard, pointer)', async () => {
    const before = await page.evaluate(() => window.__violations.length);
    for (const { id } of CHARTS) {
      // The table alternative.
      await page.evaluate((chartId: string) => {
        const root = document.getElementById(chartId)!.shadowRoot!;
        root.querySelector<HTMLButtonElement>('[part="table-toggle"]')!.click();
      }, id);
      // Keyboard: focus the chart's roving-tabindex item and move and activate with real keys.
      const focused = await page.evaluate((chartId: string) => {
        const root = document.getElementById(chartId)!.shadowRoot!;
        const item = root.querySelector<HTMLElement | SVGElement>('[part="chart"] [tabindex="0"]');
        item?.scrollIntoView({ block: 'center' });
        item?.focus();
        return !!item && root.activeElement === item;
      }, id);
      assert.ok(focused, `${id}: the drawing has a focusable item (tabindex=0) that takes focus`);
      for (const key of ['ArrowDown', 'ArrowRight', 'Enter'] as const) await page.keyboard.press(key);
      // Pointer: hover the middle of the drawing (tooltips, hover outlines).
      const box = await page.evaluate((chartId: string) => {
        const chart = document.getElementById(chartId)!.shadowRoot!.querySelector('[part="chart"]')!;
        chart.scrollIntoView({ block: 'center' });
        const r = chart.getBoundingClientRect();
        return { x: r.x + r.width / 2, y: r.y + Math.min(r.height / 2, 200) };
      }, id);
      await page.mouse.move(box.x, box.y);
      await page.mouse.move(box.x + 5, box.y + 5);
    }
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const violations = await page.evaluate((n: number) => window.__violations.slice(n), before);
    assert.equal(violations.length, 0, `CSP violations while the charts were used:\n${describeViolations(violations)}`);
    assert.deepEqual(pageErrors, []);
  });

  it('logs no console error and throws no page error', () => {
    // The one expected error: the browser's own log line for the deliberately missing file.
    const unexpected = consoleErrors.filter((m) => !(m.includes('404') && m.includes(MISSING_URL)));
    const counts = new Map<string, number>();
    for (const m of unexpected) counts.set(m.slice(0, 110), (counts.get(m.slice(0, 110)) ?? 0) + 1);
    assert.equal(unexpected.length, 0, `console errors:\n${[...counts].map(([m, n]) => `  ${n} × ${m}…`).join('\n')}`);
    assert.deepEqual(pageErrors, []);
  });

  it('the tags come from the one script: no other script or stylesheet requested', () => {
    const scripts = server.requests.filter((p) => p.endsWith('.js') || p.endsWith('.mjs'));
    assert.deepEqual([...new Set(scripts)], ['/dist/policy-charts.js']);
    const other = server.requests.filter(
      (p) => p !== '/' && !p.startsWith('/data/') && p !== '/dist/policy-charts.js' && p !== '/test/embed/page.css' && p !== '/favicon.ico',
    );
    assert.deepEqual(other, []);
  });

  it('importing the bundle twice (same URL and a second copy) does not throw and keeps the first definitions', async () => {
    const violationsBefore = await page.evaluate(() => window.__violations.length);
    const errorsBefore = pageErrors.length;
    const result = await page.evaluate(async (tags: readonly string[]) => {
      const before = tags.map((t) => customElements.get(t));
      const first = (await import('/dist/policy-charts.js' as string)) as Record<string, unknown>;
      // A different URL makes the browser evaluate the file a second time: a page that
      // includes the script twice, or two widgets that each bring it.
      const second = (await import('/dist/policy-charts.js?again' as string)) as Record<string, unknown>;
      const after = tags.map((t) => customElements.get(t));
      return {
        same: before.every((c, i) => c !== undefined && c === after[i]),
        fromTheScript: first.PolicyOrgChart === before[0] && first.PolicyBudgetTreemap === before[1] && first.PolicyEffectChart === before[2],
        secondIsACopy: second.PolicyOrgChart !== first.PolicyOrgChart,
      };
    }, TAGS);
    assert.deepEqual(result, { same: true, fromTheScript: true, secondIsACopy: true });
    assert.deepEqual(pageErrors.slice(errorsBefore), []);
    const violations = await page.evaluate((n: number) => window.__violations.slice(n), violationsBefore);
    assert.equal(violations.length, 0, `CSP violations from the second copy:\n${describeViolations(violations)}`);
  });

  it('exportSVG from the bundle works on the page without a violation', async () => {
    const before = await page.evaluate(() => window.__violations.length);
    // The SVG text is checked here in Node: parsing it in the page would apply its style
    // attributes under the page's policy and report them as the test's own violations.
    const out = await page.evaluate(async (ids: string[]) => {
      const mod = (await import('/dist/policy-charts.js' as string)) as { exportSVG: (el: Element) => string };
      return ids.map((id) => ({ id, svg: mod.exportSVG(document.getElementById(id)!) }));
    }, ['effect-src', 'budget-src', 'org-src']);
    for (const { id, svg } of out) {
      assert.match(svg, /^(<\?xml[^>]*>\s*)?<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/, `${id}: an SVG document`);
      assert.match(svg, /<\/svg>\s*$/, `${id}: complete`);
      assert.match(svg, /\sstyle="[^"]*fill:/, `${id}: computed colours written into the SVG`);
    }
    const violations = await page.evaluate((n: number) => window.__violations.slice(n), before);
    assert.equal(violations.length, 0, `CSP violations from exportSVG:\n${describeViolations(violations)}`);
  });

  it('the policy is enforced: an inline script and a style attribute are refused and reported', async () => {
    // Checks the checker: without this, an unenforced policy would pass every test above.
    const before = await page.evaluate(() => window.__violations.length);
    const probe = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true;';
      document.body.append(script);
      const div = document.createElement('div');
      div.setAttribute('style', 'color: rgb(255, 0, 0)');
      document.body.append(div);
      const color = getComputedStyle(div).color;
      script.remove();
      div.remove();
      return { ran: (window as unknown as { __inlineRan?: boolean }).__inlineRan === true, color };
    });
    // Violation events are dispatched in later tasks: wait for both reports.
    await page.waitForFunction((n: number) => window.__violations.length >= n, { timeout: 120_000 }, before + 2);
    const directives = await page.evaluate((n: number) => window.__violations.slice(n).map((v) => v.directive), before);
    const outcome = { ...probe, directives };
    assert.equal(outcome.ran, false);
    assert.notEqual(outcome.color, 'rgb(255, 0, 0)');
    assert.deepEqual(outcome.directives.sort(), ['script-src-elem', 'style-src-attr']);
  });

  it(`under Trusted Types (${TRUSTED_TYPES}) every chart is ready, with no violation and no error`, async () => {
    const tt = await startEmbedServer({ root: ROOT, distDir: outDir, csp: `${STRICT_CSP}; ${TRUSTED_TYPES}` });
    const ttPage = await browser.newPage();
    const errors: string[] = [];
    ttPage.on('pageerror', (e) => errors.push(String(e)));
    try {
      await ttPage.evaluateOnNewDocument(() => {
        window.__violations = [];
        document.addEventListener('securitypolicyviolation', (e) => window.__violations.push({ directive: e.effectiveDirective } as never), true);
      });
      const response = await ttPage.goto(`${tt.origin}/`, { waitUntil: 'load', timeout: 120_000 });
      assert.match(response?.headers()['content-security-policy'] ?? '', /trusted-types lit-html/);
      await ttPage.waitForFunction(
        () => [...document.querySelectorAll('policy-org-chart[src], policy-budget-treemap[src], policy-effect-chart[src]')].every((el) => ['ready', 'error'].includes(el.getAttribute('status') ?? '')),
        { timeout: 120_000 },
      );
      const result = await ttPage.evaluate(() => ({
        statuses: [...document.querySelectorAll('[src]')].filter((el) => el.localName.startsWith('policy-')).map((el) => `${el.id}:${el.getAttribute('status')}`),
        violations: window.__violations.map((v) => v.directive),
      }));
      const fetched = CHARTS.filter((c) => c.via === 'src').map((c) => `${c.id}:ready`);
      assert.deepEqual(result.statuses.filter((s) => !s.endsWith(':error')), fetched);
      assert.deepEqual(result.violations, []);
      assert.deepEqual(errors, []);
    } finally {
      await ttPage.close();
      await tt.close();
    }
  });
});
