// Smoke test of a built Storybook (storybook-static/): every story and every docs page opens in
// headless Chromium without page errors or console errors, and every story's policy-* element
// reaches status="ready" — or, for a story whose name starts with "Error", status="error" with a
// visible part="error", and axe-core finds no violations in the story root. The build is served
// from a sub-path (as on any host), so every asset path in it must be relative. Every story's
// "Show code" snippet, read off the docs pages, is pasted into a blank HTML page that loads only
// the one-file bundle, and its chart must be drawn there too.
//
//   npm run build-storybook && npm run test:stories
//   node test/storybook/smoke.mjs [--dir storybook-static] [--only id-substring]
//
// Ends with one plain line `N passed, N failed` and exits 1 when anything failed.
import { createReadStream, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { extname, join, normalize, relative, resolve, sep } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.js';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const root = resolve(option('dir', 'storybook-static'));
const only = option('only', '');
/** A story waits this long for its element to settle. A guard against hangs on a loaded machine, not a speed check. */
const SETTLE_TIMEOUT_MS = 120_000;

/** Naming rule (read off the stories): a story that shows an error is exported as `Error…`, so its name starts with "Error". */
export const expectsError = (entry) => /^Error\b/.test(entry.name);

/** Warnings that are failures: the docs page found no manifest entry for the element. */
const FAILING_WARNINGS = [/Component not found in custom-elements\.json/];

/** Sections a component's docs table must have, filled from custom-elements.json. */
const API_SECTIONS = ['properties', 'attributes', 'events', 'css shadow parts', 'css custom properties'];

/** Console messages that are not failures: Lit's dev-mode notice, and a missing favicon. */
const IGNORED_CONSOLE = [/Lit is in dev mode/i, /favicon/i];

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ico': 'image/x-icon',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** The Storybook is served under this path, as from a folder of some host: nothing may assume `/`. */
const SUB_PATH = '/some/host/policy-charts-docs';

/** Serves `dir` under `prefix` on 127.0.0.1 at a free port (404 outside it); resolves to the server once it listens. */
function serveStatic(dir, prefix = '') {
  const server = createServer((req, res) => {
    const full = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!full.startsWith(`${prefix}/`)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('outside the sub-path');
      return;
    }
    const path = full.slice(prefix.length);
    let file = normalize(join(dir, path));
    if (file !== dir && !file.startsWith(dir + sep)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok(server));
  });
}

/**
 * Runs in the page: the state of the first policy-* element in the story root.
 * Returns null while no such element exists yet.
 */
/** A ready chart's drawing must be at least this tall (a collapsed stage is a bug). */
const MIN_DRAWING_PX = 80;

function readElementState() {
  if (document.body.classList.contains('sb-show-errordisplay')) {
    const message = document.querySelector('#error-message')?.textContent?.trim() || 'Storybook error display shown';
    return { sbError: message };
  }
  const root = document.querySelector('#storybook-root') ?? document.body;
  const el = [...root.querySelectorAll('*')].find((e) => e.localName.startsWith('policy-'));
  if (!el) return null;
  const error = el.shadowRoot?.querySelector('[part~="error"]');
  let errorVisible = false;
  let errorText = '';
  if (error) {
    const box = error.getBoundingClientRect();
    const style = getComputedStyle(error);
    errorVisible = box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && style.display !== 'none';
    errorText = error.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  }
  // The tallest drawing in the chart part: a ready chart must show something, not a sliver.
  const svgs = [...(el.shadowRoot?.querySelectorAll('[part~="chart"] svg') ?? [])];
  const drawing = Math.max(0, ...svgs.map((svg) => svg.getBoundingClientRect().height));
  return { tag: el.localName, status: el.getAttribute('status'), defined: !!customElements.get(el.localName), errorVisible, errorText, drawing };
}

/** Runs in the page: the state of a docs page (root, rendered stories, their elements' statuses, error display). */
function readDocsState() {
  const docs = document.querySelector('#storybook-docs');
  const sbError = document.querySelector('.sb-show-errordisplay #error-message, .sb-errordisplay_main');
  const els = [...(docs?.querySelectorAll('*') ?? [])].filter((e) => e.localName.startsWith('policy-'));
  return {
    hasContent: !!docs && (docs.textContent ?? '').trim().length > 0,
    errorDisplay: document.body.classList.contains('sb-show-errordisplay') ? (sbError?.textContent ?? 'error display shown').trim() : '',
    statuses: els.map((e) => e.getAttribute('status')),
    headings: [...(docs?.querySelectorAll('h1, h2, h3') ?? [])].map((h) => h.textContent?.trim()),
    // Section rows of the first (primary) args table, e.g. "properties", "css shadow parts".
    // Rows of the first (primary) args table as [section, name]; section rows read "Hide X items".
    apiRows: (() => {
      const rows = [];
      let section = '';
      for (const tr of docs?.querySelector('table.docblock-argstable')?.querySelectorAll('tbody tr') ?? []) {
        const heading = /^(?:Hide|Show) (.+) items$/.exec(tr.getAttribute('title') ?? '');
        if (heading) section = heading[1].toLowerCase();
        else rows.push([section, tr.querySelector('td')?.querySelector('span')?.textContent?.trim() ?? '']);
      }
      return rows;
    })(),
  };
}

/** axe-core's browser build, injected into each story page. */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core on the story root (the charts' shadow DOM included), as the a11y addon's panel
 * does (`parameters.a11y.context`); returns one line per violation.
 */
async function runAxe(page) {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const root = document.querySelector('#storybook-root');
    if (!root) return [];
    // The a11y addon runs axe on the same page after each render: wait for its run to end.
    let result;
    for (let attempt = 0; !result; attempt++) {
      try {
        result = await window.axe.run(root, { resultTypes: ['violations'] });
      } catch (e) {
        if (attempt > 100 || !/already running/i.test(String(e))) throw e;
        await new Promise((r) => setTimeout(r, 200));
      }
    }
    return result.violations.map((v) => `axe ${v.id} (${v.impact}, ${v.nodes.length}×): ${v.nodes[0]?.target.join(' ')} — ${v.help}`);
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function checkEntry(browser, base, entry, index) {
  const problems = [];
  const page = await browser.newPage();
  page.on('pageerror', (e) => problems.push(`page error: ${e.message.split('\n')[0]}`));
  page.on('console', (m) => {
    if (m.type() === 'warn' && FAILING_WARNINGS.some((re) => re.test(m.text()))) problems.push(`console warning: ${m.text().split('\n')[0]}`);
    if (m.type() !== 'error') return;
    const text = m.text();
    const url = m.location()?.url ?? '';
    if (IGNORED_CONSOLE.some((re) => re.test(text) || re.test(url))) return;
    problems.push(`console error: ${text.split('\n')[0]}`);
  });
  page.on('requestfailed', (r) => {
    if (!/favicon/.test(r.url())) problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400 && !/favicon/.test(r.url())) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  await page.setViewport({ width: 1280, height: 900, deviceScaleFactor: 1 });
  const url = `${base}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=${entry.type === 'docs' ? 'docs' : 'story'}`;
  let detail = '';
  try {
    await page.goto(url, { waitUntil: 'load', timeout: SETTLE_TIMEOUT_MS });
    if (entry.type === 'docs') {
      detail = await checkDocs(page, entry, problems, index);
    } else {
      detail = await checkStory(page, entry, problems);
    }
    // Let late errors (an update after the first render) surface before judging.
    await sleep(300);
    if (entry.type !== 'docs') problems.push(...(await runAxe(page)));
  } catch (e) {
    problems.push(`${e.name === 'TimeoutError' ? 'timeout' : 'failure'}: ${e.message.split('\n')[0]}`);
  } finally {
    await page.close().catch(() => {});
  }
  return { entry, problems, detail };
}

async function checkStory(page, entry, problems) {
  const wantError = expectsError(entry);
  await page.evaluate(`window.__policySmokeState = ${readElementState.toString()}`);
  const settled = await page
    .waitForFunction(
      (wantErrorInPage) => {
        const state = window.__policySmokeState();
        if (state?.sbError) return state;
        if (!state || !state.defined) return false;
        if (state.status === 'loading' || state.status === 'empty') return false;
        if (wantErrorInPage && state.status === 'error' && !state.errorText) return false;
        return state;
      },
      { timeout: SETTLE_TIMEOUT_MS, polling: 100 },
      wantError,
    )
    .then((h) => h.jsonValue())
    .catch(() => null);
  const state = settled ?? (await page.evaluate(readElementState));
  if (state?.sbError) {
    problems.push(`Storybook error display: ${state.sbError.slice(0, 200)}`);
    return '';
  }
  if (!state) {
    problems.push('no policy-* element in the story');
    return '';
  }
  if (!state.defined) problems.push(`<${state.tag}> is not defined`);
  if (wantError) {
    if (state.status !== 'error') problems.push(`expected status="error", got status="${state.status}"`);
    else if (!state.errorVisible) problems.push('status="error" but part="error" is not visible');
    return `<${state.tag}> status=${state.status}${state.errorText ? `: ${state.errorText.slice(0, 90)}` : ''}`;
  }
  if (state.status !== 'ready') {
    problems.push(`expected status="ready", got status="${state.status}"${state.errorText ? ` (${state.errorText.slice(0, 160)})` : ''}`);
  } else if (!(state.drawing >= MIN_DRAWING_PX)) {
    problems.push(`the drawing is ${state.drawing}px tall (at least ${MIN_DRAWING_PX}px expected)`);
  }
  return `<${state.tag}> status=${state.status} drawing=${Math.round(state.drawing)}px`;
}

/**
 * The [section, name] rows a component's docs table must have: every attribute, event, CSS part
 * and CSS custom property of its element in custom-elements.json, and its public properties. The
 * element is the stories file's `component: 'policy-…'`.
 */
function expectedApiRows(entry) {
  if (!existsSync('custom-elements.json') || !entry.importPath || !existsSync(entry.importPath)) return [];
  const tag = /component:\s*'(policy-[a-z-]+)'/.exec(readFileSync(entry.importPath, 'utf8'))?.[1];
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const decl = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag);
  if (!decl) return [['element', `${tag ?? 'component'} in custom-elements.json`]];
  const isPublic = (m) => !m.static && m.privacy !== 'private' && m.privacy !== 'protected';
  return [
    ...(decl.members ?? []).filter((m) => m.kind === 'field' && isPublic(m)).map((m) => ['properties', m.name]),
    ...(decl.attributes ?? []).map((a) => ['attributes', a.name]),
    ...(decl.events ?? []).filter((e) => e.name).map((e) => ['events', e.name]),
    ...(decl.cssParts ?? []).map((p) => ['css shadow parts', p.name]),
    ...(decl.cssProperties ?? []).map((p) => ['css custom properties', p.name]),
  ];
}

/** Snippets read off the docs pages: `{ storyId, name, title, code }`. */
const SNIPPETS = [];

/**
 * Opens every "Show code" on a docs page and returns each story's code, keyed by the story id of
 * its anchor (`anchor--<id>`, or `anchor--primary--<id>` for the story at the top).
 */
async function readSnippets(page) {
  await page.evaluate(() => {
    for (const button of document.querySelectorAll('#storybook-docs button')) {
      if (/^\s*Show code\s*$/i.test(button.textContent ?? '')) button.click();
    }
  });
  await page
    .waitForFunction(
      () => {
        const previews = [...document.querySelectorAll('#storybook-docs .docs-story')];
        return previews.length > 0 && previews.every((p) => (p.closest('.sbdocs-preview') ?? p.parentElement)?.querySelector('pre'));
      },
      { timeout: 30_000, polling: 200 },
    )
    .catch(() => {});
  return page.evaluate(() =>
    [...document.querySelectorAll('#storybook-docs .sbdocs-preview')].flatMap((preview) => {
      const anchor = preview.closest('[id^="anchor--"]');
      const code = preview.querySelector('pre')?.textContent ?? '';
      if (!anchor || !code.trim()) return [];
      return [{ storyId: anchor.id.replace(/^anchor--(primary--)?/, ''), code }];
    }),
  );
}

async function checkDocs(page, entry, problems, index) {
  await page.waitForFunction(() => (document.querySelector('#storybook-docs')?.textContent ?? '').trim().length > 0 || document.body.classList.contains('sb-show-errordisplay'), {
    timeout: SETTLE_TIMEOUT_MS,
    polling: 100,
  });
  // Wait for every chart on the page to leave loading/empty (its data is set by the story).
  await page
    .waitForFunction(
      () => {
        const els = [...(document.querySelector('#storybook-docs')?.querySelectorAll('*') ?? [])].filter((e) => e.localName.startsWith('policy-'));
        return els.every((e) => customElements.get(e.localName) && e.getAttribute('status') !== 'loading' && e.getAttribute('status') !== 'empty');
      },
      { timeout: SETTLE_TIMEOUT_MS, polling: 200 },
    )
    .catch(() => problems.push('a chart on the docs page never left loading/empty'));
  const state = await page.evaluate(readDocsState);
  // Links from the page to files of this Storybook (schemas, seed data) must resolve.
  const broken = await page.evaluate(async () => {
    const links = [...(document.querySelector('#storybook-docs')?.querySelectorAll('a[href]') ?? [])]
      .map((a) => new URL(a.getAttribute('href'), location.href))
      .filter((u) => u.origin === location.origin && !u.search.includes('path=') && !u.hash);
    const results = await Promise.all([...new Set(links.map(String))].map(async (u) => [u, (await fetch(u)).status]));
    return results.filter(([, status]) => status !== 200).map(([u, status]) => `${new URL(u).pathname} (${status})`);
  });
  if (broken.length > 0) problems.push(`broken links: ${broken.join(', ')}`);
  if (state.errorDisplay) problems.push(`Storybook error display: ${state.errorDisplay.slice(0, 200)}`);
  if (!state.hasContent) problems.push('docs page is empty');
  const componentDocs = !(entry.tags ?? []).includes('unattached-mdx');
  // Charts in error on a docs page: exactly the component's Error… stories; none on a free page.
  const errorStories = componentDocs ? Object.values(index.entries).filter((e) => e.type === 'story' && e.title === entry.title && expectsError(e)).length : 0;
  const inError = state.statuses.filter((s) => s === 'error').length;
  if (inError !== errorStories) problems.push(`${inError} charts in the error state, expected ${errorStories} (the Error… stories)`);
  const notReady = state.statuses.filter((s) => s !== 'error' && s !== 'ready');
  if (notReady.length > 0) problems.push(`charts not ready: ${notReady.join(', ')}`);
  if (componentDocs) {
    const missing = API_SECTIONS.filter((section) => !state.apiRows.some(([s]) => s === section));
    if (missing.length > 0) problems.push(`docs table lacks the sections ${missing.join(', ')}`);
    // Every public name in custom-elements.json has its row in its section.
    const expected = expectedApiRows(entry);
    const absent = expected.filter(([section, name]) => !state.apiRows.some(([s, n]) => s === section && n === name));
    if (absent.length > 0) problems.push(`docs table lacks ${absent.map(([s, n]) => `${s}: ${n}`).join('; ')}`);
  }
  if (componentDocs) {
    const snippets = await readSnippets(page);
    const stories = Object.values(index.entries).filter((e) => e.type === 'story' && e.title === entry.title);
    const missing = stories.filter((e) => !snippets.some((sn) => sn.storyId === e.id));
    if (missing.length > 0) problems.push(`no "Show code" snippet for ${missing.map((e) => e.name).join(', ')}`);
    for (const sn of snippets) {
      const story = stories.find((e) => e.id === sn.storyId);
      if (story && !SNIPPETS.some((x) => x.storyId === sn.storyId)) SNIPPETS.push({ ...sn, name: story.name, title: story.title });
    }
  }
  return `${state.statuses.length} charts (${[...new Set(state.statuses)].join(', ') || 'none'}), ${state.headings.length} headings`;
}

/** The Storybook manager opened from the sub-path: every request it makes resolves, and it shows the preview. */
async function checkManager(browser, base) {
  const problems = [];
  const page = await browser.newPage();
  page.on('pageerror', (e) => problems.push(`page error: ${String(e).split('\n')[0]}`));
  page.on('response', (r) => {
    if (r.status() >= 400 && !/favicon/.test(r.url())) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  try {
    await page.goto(`${base}/?path=/docs/introduction--docs`, { waitUntil: 'load', timeout: SETTLE_TIMEOUT_MS });
    await page.waitForSelector('#storybook-preview-iframe', { timeout: SETTLE_TIMEOUT_MS });
    const frame = await (await page.$('#storybook-preview-iframe')).contentFrame();
    await frame.waitForFunction(() => (document.querySelector('#storybook-docs')?.textContent ?? '').includes('policy-charts'), { timeout: SETTLE_TIMEOUT_MS });
    await sleep(500);
  } catch (e) {
    problems.push(`${e.name === 'TimeoutError' ? 'timeout' : 'failure'}: ${e.message.split('\n')[0]}`);
  } finally {
    await page.close().catch(() => {});
  }
  return { problems, detail: 'Introduction shown in the preview' };
}

/** Builds the one-file bundle (`dist/policy-charts.js`) into a temporary folder, leaving dist/ alone. */
async function buildBundle() {
  const { build } = await import('vite');
  const outDir = mkdtempSync(join(tmpdir(), 'policy-charts-paste-'));
  await build({ root: resolve('.'), configFile: resolve('vite.config.ts'), mode: 'bundle', logLevel: 'error', build: { outDir, emptyOutDir: true, sourcemap: false } });
  return outDir;
}

/**
 * The blank pages: `/snippet-N.html` is an empty HTML page that loads `/policy-charts.js` and holds
 * snippet N, as a reader would paste it; `/data/…` serves the seed files that `src=` snippets name.
 */
async function servePastePages(bundleDir) {
  const pages = new Map();
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (path === '/policy-charts.js') {
      res.writeHead(200, { 'content-type': MIME['.js'] });
      createReadStream(join(bundleDir, 'policy-charts.js')).pipe(res);
    } else if (pages.has(path)) {
      res.writeHead(200, { 'content-type': MIME['.html'] }).end(pages.get(path));
    } else if (path.startsWith('/data/') && !path.includes('..') && existsSync(resolve('.' + path))) {
      res.writeHead(200, { 'content-type': MIME['.json'] });
      createReadStream(resolve('.' + path)).pipe(res);
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { server, pages };
}

/** Pastes one snippet into a blank page: every chart in it must end ready and drawn (or, for an Error… story, in its error state). */
async function checkSnippet(browser, pasteBase, pasteServer, snippet) {
  const problems = [];
  const path = `/snippet-${pasteServer.pages.size}.html`;
  pasteServer.pages.set(
    path,
    `<!doctype html>\n<html lang="ja">\n<head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${snippet.name}</title>\n<script type="module" src="/policy-charts.js"></script></head>\n<body>\n${snippet.code}\n</body>\n</html>\n`,
  );
  const page = await browser.newPage();
  page.on('pageerror', (e) => problems.push(`page error: ${String(e).split('\n')[0]}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !IGNORED_CONSOLE.some((re) => re.test(m.text()))) problems.push(`console error: ${m.text().split('\n')[0]}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  await page.setViewport({ width: 1280, height: 900, deviceScaleFactor: 1 });
  const wantError = expectsError(snippet);
  let detail = '';
  try {
    await page.goto(`${pasteBase}${path}`, { waitUntil: 'load', timeout: SETTLE_TIMEOUT_MS });
    const states = await page
      .waitForFunction(
        () => {
          const els = [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('policy-'));
          if (els.length === 0 || els.some((e) => !customElements.get(e.localName) || !['ready', 'error'].includes(e.getAttribute('status') ?? ''))) return false;
          return els.map((e) => ({
            tag: e.localName,
            status: e.getAttribute('status'),
            error: e.shadowRoot?.querySelector('[part~="error"]')?.textContent?.replace(/\s+/g, ' ').trim().slice(0, 120) ?? '',
            drawing: Math.max(0, ...[...(e.shadowRoot?.querySelectorAll('[part~="chart"] svg') ?? [])].map((svg) => svg.getBoundingClientRect().height)),
          }));
        },
        { timeout: SETTLE_TIMEOUT_MS, polling: 100 },
      )
      .then((h) => h.jsonValue());
    for (const state of states) {
      if (wantError) {
        if (state.status !== 'error' || !state.error) problems.push(`<${state.tag}>: expected its error, got status="${state.status}"`);
      } else if (state.status !== 'ready') {
        problems.push(`<${state.tag}> status="${state.status}" (${state.error})`);
      } else if (!(state.drawing >= MIN_DRAWING_PX)) {
        problems.push(`<${state.tag}>: the drawing is ${state.drawing}px tall`);
      }
    }
    detail = states.map((st) => `<${st.tag}> ${st.status}${st.status === 'ready' ? ` ${Math.round(st.drawing)}px` : ''}`).join(', ') + `, ${snippet.code.length} chars`;
  } catch (e) {
    problems.push(`${e.name === 'TimeoutError' ? 'timeout: no chart settled' : 'failure'}: ${e.message.split('\n')[0]}`);
  } finally {
    await page.close().catch(() => {});
  }
  return { problems, detail };
}

/** Every JSON file under `dir` (recursively), skipping `skip` folders. */
function listJson(dir, skip) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return skip.includes(d.name) ? [] : listJson(path, skip);
    return d.name.endsWith('.json') ? [path] : [];
  });
}

/**
 * Seed coverage: every data document (data/**\/*.json, not the schemas) is used by a story — named
 * in an import or a URL in a story file or docs page listed in index.json. Returns the unused ones.
 */
function findUnusedSeeds(index) {
  const dataDir = resolve('data');
  if (!existsSync(dataDir)) return [];
  const storyFiles = [...new Set(Object.values(index.entries ?? {}).map((e) => e.importPath).filter(Boolean))];
  const text = storyFiles.map((f) => (existsSync(f) ? readFileSync(f, 'utf8') : '')).join('\n');
  return listJson(dataDir, ['schema'])
    .map((f) => relative(resolve('.'), f).split(sep).join('/'))
    .filter((f) => !text.includes(f));
}

async function main() {
  const indexPath = join(root, 'index.json');
  if (!existsSync(indexPath)) {
    console.error(`${indexPath} not found: run \`npm run build-storybook\` first`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
  const index = JSON.parse(readFileSync(indexPath, 'utf8'));
  const entries = Object.values(index.entries ?? {}).filter((e) => !only || e.id.includes(only));
  if (entries.length === 0) {
    console.error('index.json lists no entries');
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
  let passed = 0;
  let failed = 0;
  if (!only) {
    const unused = findUnusedSeeds(index);
    if (unused.length === 0) {
      passed++;
      console.log('pass  coverage  every data/**/*.json document appears in a story');
    } else {
      failed++;
      console.log('FAIL  coverage  data documents that no story uses:');
      for (const f of unused) console.log(`        ${f}`);
    }
  }
  const server = await serveStatic(root, SUB_PATH);
  const base = `http://127.0.0.1:${server.address().port}${SUB_PATH}`;
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS],
  });
  const report = (label, problems, detail) => {
    if (problems.length === 0) {
      passed++;
      console.log(`pass  ${label}${detail ? `  [${detail}]` : ''}`);
    } else {
      failed++;
      console.log(`FAIL  ${label}${detail ? `  [${detail}]` : ''}`);
      for (const p of [...new Set(problems)]) console.log(`        ${p}`);
    }
  };
  let pasteServer;
  let bundleDir;
  try {
    if (!only) {
      const { problems, detail } = await checkManager(browser, base);
      report(`site  ${SUB_PATH}/ (the manager from a sub-path)`, problems, detail);
    }
    for (const entry of entries) {
      const { problems, detail } = await checkEntry(browser, base, entry, index);
      report(`${entry.type === 'docs' ? 'docs ' : 'story'} ${entry.id}`, problems, detail);
    }
    if (SNIPPETS.length > 0) {
      bundleDir = await buildBundle();
      pasteServer = await servePastePages(bundleDir);
      const pasteBase = `http://127.0.0.1:${pasteServer.server.address().port}`;
      for (const snippet of SNIPPETS) {
        const { problems, detail } = await checkSnippet(browser, pasteBase, pasteServer, snippet);
        report(`paste ${snippet.storyId}`, problems, detail);
      }
    }
  } finally {
    await browser.close();
    server.close();
    pasteServer?.server.close();
    if (bundleDir) rmSync(bundleDir, { recursive: true, force: true });
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed > 0 ? 1 : 0);
}

await main();
