// What of a chart's page code a first drawing runs (docs/size.md): builds one import from src/
// the way .ci/size-report.mjs does (a Vite production build, minified, Lit and d3 inside), opens
// it in headless Chromium, draws the chart from a data file at each width, and reports from the
// browser's block coverage which of the code loaded with the page ran, module by module (through
// the source map). Code that ran in no drawing is what loading on first use could take off the
// page without making a first drawing wait; code that ran is what a first drawing needs.
//   node .ci/size-coverage.mjs [--chart org-chart|budget-treemap|effect-chart|all] [--data FILE.json ...] [--width 360 ...] [--top 40]
// `--data generate:200` draws the generated organisation of 200 bodies (test/fixtures); with
// `--chart all` (the `policy-charts/define` import) each data file is drawn by the chart of its
// kind (`org:`, `budget:` or `effect:` before the path; the default data has them).
// No pointer moves and no key is pressed: nothing the reader does is counted.
// `--lines src/kit/x.ts` also lists that module's source lines whose code ran in no drawing.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { SourceMapConsumer } from 'source-map-js';
import { build } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/chromium.js';
import { chunksOf } from './bundle-size.mjs';
import { minifyCssLiteralsPlugin } from './minify-css-literals.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const list = (name) => args.flatMap((a, i) => (a === `--${name}` ? [args[i + 1]] : []));
const chart = list('chart')[0] ?? 'org-chart';
const TAGS = { org: 'policy-org-chart', budget: 'policy-budget-treemap', effect: 'policy-effect-chart' };
const KIND = { 'org-chart': 'org', 'budget-treemap': 'budget', 'effect-chart': 'effect' };
const ENTRY = { 'org-chart': 'src/define/org-chart.ts', 'budget-treemap': 'src/define/budget-treemap.ts', 'effect-chart': 'src/define/effect-chart.ts', all: 'src/define.ts' };
const EFFECTS = readdirSync(join(root, 'data/effects')).filter((f) => f.endsWith('.json')).map((f) => `effect:data/effects/${f}`);
const DEFAULT_DATA = {
  org: ['org:data/governance.json', 'org:data/partnership-council.json', 'org:generate:200'],
  budget: ['budget:data/pharma-budget.json', 'budget:data/midnet-budget.json'],
  effect: EFFECTS,
};
const dataFiles = (list('data').length ? list('data') : chart === 'all' ? Object.values(DEFAULT_DATA).flat() : DEFAULT_DATA[KIND[chart]] ?? []).map((spec) => {
  const m = /^(org|budget|effect):(.*)$/.exec(spec);
  return m ? { kind: m[1], path: m[2] } : { kind: KIND[chart], path: spec };
});
const widths = (list('width').length ? list('width') : ['360', '800', '1280']).map(Number);
const top = Number(list('top')[0] ?? 40);
const linesOf = new Set(list('lines'));
if (!ENTRY[chart] || dataFiles.length === 0 || dataFiles.some((d) => !TAGS[d.kind])) {
  console.error('usage: size-coverage.mjs [--chart org-chart|budget-treemap|effect-chart|all] [--data [org:|budget:|effect:]FILE.json …] [--width N …]');
  process.exit(2);
}

const dir = join(root, 'node_modules/.cache/policy-charts-size');
await mkdir(dir, { recursive: true });
const work = await mkdtemp(join(dir, 'coverage-'));
const out = join(work, 'out');
const kb = (n) => (n / 1024).toFixed(1);
const gz = (s) => gzipSync(s, { level: 9 }).length;

/** A data file's JSON text (`generate:N`: the generated organisation of N bodies). */
function dataText(spec) {
  const n = /^generate:(\d+)$/.exec(spec)?.[1];
  if (!n) return readFileSync(resolve(root, spec), 'utf8');
  const script = `import { generateOrganization } from './test/fixtures/generate-organization.ts'; process.stdout.write(JSON.stringify(generateOrganization({ bodies: ${n} })));`;
  return execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '--eval', script], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 });
}

/** Each byte range of a chunk's code and the source module it came from (through the source map). */
function segments(code, map) {
  const lineStarts = [0];
  for (let i = 0; i < code.length; i++) if (code[i] === '\n') lineStarts.push(i + 1);
  const consumer = new SourceMapConsumer(map);
  const marks = [];
  consumer.eachMapping((m) => marks.push({ at: lineStarts[m.generatedLine - 1] + m.generatedColumn, source: m.source ? labelOf(m.source) : '(unmapped)', line: m.originalLine }), null, SourceMapConsumer.GENERATED_ORDER);
  const out = [];
  if (marks.length === 0 || marks[0].at > 0) out.push({ start: 0, end: marks[0]?.at ?? code.length, source: '(unmapped)' });
  marks.forEach((m, i) => out.push({ start: m.at, end: marks[i + 1]?.at ?? code.length, source: m.source, line: m.line }));
  return out;
}

function labelOf(source) {
  const path = relative(root, resolve(out, 'assets', source));
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/.exec(path);
  return m ? `${m[1]}/${m[2]}` : path;
}

const server = createServer(async (req, res) => {
  const url = new URL(req.url, 'http://x');
  try {
    if (url.pathname === '/') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(`<!doctype html><html lang="ja"><meta charset="utf-8"><body style="margin:16px"><div id="host"></div><script type="module">
        const q = new URLSearchParams(location.search);
        document.getElementById('host').style.width = q.get('width') + 'px';
        const data = await (await fetch('/data?i=' + q.get('i'))).json();
        await import(${JSON.stringify(`/${'ENTRY'}`)});
        const el = document.createElement(q.get('tag'));
        el.data = data;
        document.getElementById('host').append(el);
        await el.updateComplete;
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        await el.updateComplete;
        document.body.dataset.ready = el.getAttribute('status');
      </script>`.replace('/ENTRY', `/${entryFile}`));
      return;
    }
    if (url.pathname === '/data') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(texts[Number(url.searchParams.get('i'))]);
      return;
    }
    const file = join(out, url.pathname);
    const body = await readFile(file);
    res.writeHead(200, { 'content-type': extname(file) === '.js' ? 'text/javascript' : 'application/octet-stream' });
    res.end(body);
  } catch {
    res.writeHead(404);
    res.end();
  }
});

let entryFile = '';
const texts = dataFiles.map((d) => dataText(d.path));
let browser;
try {
  const result = await build({
    configFile: false,
    root,
    logLevel: 'silent',
    plugins: [minifyCssLiteralsPlugin()],
    build: { outDir: out, emptyOutDir: true, minify: true, sourcemap: true, modulePreload: false, rollupOptions: { input: join(root, ENTRY[chart]) } },
  });
  const { chunks, eager } = chunksOf(result);
  entryFile = chunks.find((c) => c.isEntry).fileName;
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address();
  browser = await puppeteer.launch({ executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_ARGS] });

  /** Per eager chunk: in how many drawings each byte ran. */
  const ranCount = new Map([...eager].map((c) => [c.fileName, new Uint16Array(c.code.length)]));
  const perRun = [];
  let runs = 0;
  for (const [i, { kind, path: spec }] of dataFiles.entries()) {
    for (const width of widths) {
      const page = await browser.newPage();
      await page.setViewport({ width: width + 32, height: 900 });
      await page.coverage.startJSCoverage({ resetOnNavigation: false });
      await page.goto(`http://127.0.0.1:${port}/?i=${i}&width=${width}&tag=${TAGS[kind]}`);
      await page.waitForSelector('body[data-ready]', { timeout: 120_000 });
      const status = await page.evaluate(() => document.body.dataset.ready);
      const coverage = await page.coverage.stopJSCoverage();
      let used = '';
      let total = 0;
      runs++;
      for (const c of eager) {
        const entry = coverage.find((e) => e.url.endsWith(`/${c.fileName}`));
        const count = ranCount.get(c.fileName);
        total += c.code.length;
        for (const r of entry?.ranges ?? []) {
          used += c.code.slice(r.start, r.end);
          for (let i = r.start; i < r.end; i++) count[i]++;
        }
      }
      const lazy = coverage.filter((e) => !e.url.includes('?') && ![...eager].some((c) => e.url.endsWith(`/${c.fileName}`))).map((e) => e.url.split('/').pop());
      perRun.push(`${spec} at ${width} px (${status}): ${kb(used.length)} of ${kb(total)} kB minified ran (${kb(gz(used))} kB gzipped)${lazy.length ? `; also loaded: ${lazy.join(', ')}` : ''}`);
      await page.close();
    }
  }

  // Per module: minified bytes, bytes that ran in some drawing.
  const rows = new Map();
  /** Per module asked for with --lines: minified bytes that ran in no drawing, by source line. */
  const unusedLines = new Map([...linesOf].map((m) => [m, new Map()]));
  let ranCode = '';
  let unusedCode = '';
  let everyCode = '';
  let allCode = '';
  for (const c of eager) {
    const count = ranCount.get(c.fileName);
    const ran = count.map((n) => (n > 0 ? 1 : 0));
    allCode += c.code;
    for (let i = 0; i < c.code.length; i++) {
      if (ran[i]) ranCode += c.code[i];
      else unusedCode += c.code[i];
      if (count[i] === runs) everyCode += c.code[i];
    }
    for (const s of segments(c.code, c.map)) {
      const row = rows.get(s.source) ?? { bytes: 0, ran: 0 };
      row.bytes += s.end - s.start;
      let ranHere = 0;
      for (let i = s.start; i < s.end; i++) ranHere += ran[i];
      row.ran += ranHere;
      rows.set(s.source, row);
      const lines = unusedLines.get(s.source);
      if (lines && s.line) lines.set(s.line, (lines.get(s.line) ?? 0) + s.end - s.start - ranHere);
    }
  }
  const total = gz(allCode);
  console.log(`\n## import 'policy-charts/${chart === 'all' ? 'define' : `define/${chart}`}': ${kb(total)} kB gzipped eager (${kb(allCode.length)} kB minified)`);
  for (const line of perRun) console.log(`- ${line}`);
  console.log(`Ran in some drawing: ${kb(ranCode.length)} kB minified (${kb(gz(ranCode))} kB gzipped alone); ran in none: ${kb(unusedCode.length)} kB minified (${kb(gz(unusedCode))} kB gzipped alone); ran in every drawing: ${kb(everyCode.length)} kB minified (${kb(gz(everyCode))} kB gzipped alone).`);
  // What ran, by part (gzipped shares: the ran bytes' gzip split by minified bytes, approximate).
  const ranGz = gz(ranCode);
  const partOf = (source) =>
    /^(lit|lit-html|lit-element|@lit)\//.test(source) ? 'Lit'
    : /^d3-/.test(source) ? 'd3'
    : source.startsWith('src/kit/') || source.startsWith('src/theme/') || source.startsWith('src/events/') ? 'shared kit (src/kit, theme, events)'
    : source.startsWith('src/data/') || source.startsWith('src/format/') ? 'parsers, summaries, number formats (src/data, src/format)'
    : /^src\/charts\/[^/]+\/layout\//.test(source) ? 'the charts\' layout (src/charts/*/layout)'
    : source.startsWith('src/charts/') ? 'the charts\' element, render, styles, words, controllers'
    : 'other (bundler helpers, entry)';
  const parts = new Map();
  for (const [source, { ran }] of rows) parts.set(partOf(source), (parts.get(partOf(source)) ?? 0) + ran);
  console.log(`\nWhat ran, by part (kB minified, ~kB gzipped):`);
  for (const [part, ran] of [...parts].sort((a, b) => b[1] - a[1])) console.log(`${kb(ran).padStart(6)} min ${kb((ranGz * ran) / Math.max(1, ranCode.length)).padStart(5)} gz  ${part}`);
  console.log(`\nModules by bytes that ran in no drawing (minified):`);
  const sorted = [...rows].sort((a, b) => b[1].bytes - b[1].ran - (a[1].bytes - a[1].ran));
  for (const [source, { bytes, ran }] of sorted.slice(0, top)) console.log(`${kb(bytes - ran).padStart(6)} kB unused of ${kb(bytes).padStart(5)} kB (${String(Math.round((100 * ran) / Math.max(1, bytes))).padStart(3)} % ran)  ${source}`);
  for (const [module, lines] of unusedLines) {
    const source = readFileSync(resolve(root, module), 'utf8').split('\n');
    console.log(`\n${module}: lines whose code ran in no drawing (minified bytes)`);
    for (const [line, n] of [...lines].filter(([, n]) => n > 0).sort((a, b) => a[0] - b[0])) console.log(`${String(n).padStart(5)}  ${String(line).padStart(4)}: ${source[line - 1]?.trim().slice(0, 110)}`);
  }
} finally {
  await browser?.close();
  server.close();
  await rm(work, { recursive: true, force: true });
}
