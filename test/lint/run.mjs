// Runs the layout lint (test/lint/layout-lint.ts) on every seed data set at 360, 800 and 1280 px
// and on a 1920×1080 slide, prints the findings per chart × width, and exits 1 when there are any.
// node test/lint/run.mjs [--json out.json] [--markdown out.md] [--shots dir] [--only substring]
//   [--width 360|800|1280|slide]
//   --markdown   a summary (counts per rule × chart × width, and examples), as in test/lint/BASELINE.md
//   [--verbose]  print every finding, not only the first few per case
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { createServer } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.js';
import { LINT_RULES } from './rules.js';
import { LINT_SEEDS, LINT_WIDTHS } from './cases.js';

const args = process.argv.slice(2);
const opts = {};
for (let i = 0; i < args.length; i++) {
  const key = args[i].replace(/^--/, '');
  if (key === 'verbose') opts.verbose = true;
  else opts[key] = args[++i];
}
const seeds = LINT_SEEDS.filter((s) => !opts.only || s.name.includes(opts.only));
const widths = LINT_WIDTHS.filter((w) => !opts.width || w.name === opts.width);
if (opts.shots) mkdirSync(opts.shots, { recursive: true });

const server = await createServer({ root: process.cwd(), logLevel: 'error', server: { port: 0, host: '127.0.0.1', hmr: false, watch: null } }); // no reload when a file changes mid-run
await server.listen();
const { port } = server.httpServer.address();
// A slow case (treemap generated-every-leaf at 1280 on a loaded machine) can take minutes in one
// page.evaluate; puppeteer's 180 s default protocol timeout ended the whole lint there.
const browser = await puppeteer.launch({ executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_ARGS], protocolTimeout: 600_000 });
const results = [];
let total = 0;
try {
  const page = await browser.newPage();
  page.on('pageerror', (e) => console.log(`[page error] ${e.message}`));
  page.on('response', (r) => r.status() >= 400 && !r.url().endsWith('/favicon.ico') && console.log(`[page] ${r.status()} ${r.url()}`));
  for (const w of widths) {
    await page.setViewport({ ...w.viewport, deviceScaleFactor: 1 });
    await page.goto(`http://127.0.0.1:${port}/test/lint/page.html`);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
    for (const s of seeds) {
      const frame = w.slide ? { x: 0, y: 0, ...w.viewport } : undefined;
      const r = await page.evaluate(
        (c) => window.lintCase(c),
        { tag: s.tag, data: s.data, attrs: s.attrs, width: w.width, height: w.height, preset: w.slide ? 'slide' : undefined, minFontPx: w.minFontPx, frame },
      );
      if (opts.shots) await page.screenshot({ path: join(opts.shots, `${s.name.replace('/', '--')}--${w.name}.png`), fullPage: true });
      const counts = {};
      for (const f of r.findings) counts[f.rule] = (counts[f.rule] ?? 0) + 1;
      total += r.findings.length;
      results.push({ chart: s.name, tag: s.tag, width: w.name, size: r.size, status: r.status, counts, skipped: r.skipped, findings: r.findings });
      const summary = Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(', ') || 'clean';
      console.log(`${s.name.padEnd(28)} ${w.name.padStart(5)}  ${String(r.size.width).padStart(4)}×${String(r.size.height).padEnd(5)} ${r.status === 'ready' ? '' : `[${r.status}] `}${summary}`);
      for (const f of opts.verbose ? r.findings : r.findings.slice(0, 3)) {
        console.log(`    ${f.rule}: ${f.element} @${f.box.x},${f.box.y} ${f.box.width}×${f.box.height}: ${f.detail}`);
      }
      for (const sk of r.skipped) if (opts.verbose) console.log(`    skipped ${sk.rule}: ${sk.reason}`);
    }
  }
} finally {
  await browser.close();
  await server.close();
}
if (opts.json) writeFileSync(opts.json, `${JSON.stringify(results, null, 2)}\n`);
if (opts.markdown) writeFileSync(opts.markdown, markdown(results));
console.log(`\n${total} findings in ${results.length} chart × width cases (${results.filter((r) => r.findings.length === 0).length} clean)`);
process.exit(total > 0 ? 1 : 0);

/** Counts per chart × width and rule, then a few examples per chart and rule. */
function markdown(rows) {
  const rules = LINT_RULES.filter((r) => rows.some((x) => x.counts[r]));
  const short = { 'text-overflow': 'overflow', 'text-truncated': 'truncated', 'text-clipped': 'clipped', 'content-outside': 'outside', 'text-overlap': 'overlap', 'label-over-shape': 'over shape', 'text-too-small': 'too small', 'lane-mismatch': 'lane', 'lane-split': 'lane split', 'line-crossing': 'crossing', 'line-parallel': 'parallel', 'line-too-long': 'long line', 'label-off-line': 'label off line' };
  const out = [
    '| chart | width | size | ' + rules.map((r) => short[r]).join(' | ') + ' | total |',
    '|---|---|---|' + rules.map(() => '---:|').join('') + '---:|',
  ];
  for (const x of rows) {
    const n = x.findings.length;
    out.push(`| ${x.chart} | ${x.width} | ${x.size.width}×${x.size.height} | ${rules.map((r) => x.counts[r] ?? '').join(' | ')} | ${n || 'clean'} |`);
  }
  out.push('', `Total: ${rows.reduce((a, x) => a + x.findings.length, 0)} findings; ${rows.filter((x) => !x.findings.length).length} of ${rows.length} cases clean.`, '');
  const skipped = new Map();
  for (const x of rows) for (const s of x.skipped) skipped.set(`${x.tag}: ${s.rule}`, s.reason);
  if (skipped.size) out.push('Skipped rules:', '', ...[...skipped].map(([k, v]) => `- ${k} (${v})`), '');
  out.push('## Examples', '');
  for (const chart of [...new Set(rows.map((x) => x.chart))]) {
    const mine = rows.filter((x) => x.chart === chart && x.findings.length);
    if (!mine.length) continue;
    out.push(`### ${chart}`, '');
    for (const rule of rules) {
      const seen = new Set();
      const ex = [];
      for (const x of mine) {
        for (const f of x.findings.filter((g) => g.rule === rule)) {
          const key = f.element.replace(/ in .*$/, '') + f.detail.slice(0, 12);
          if (seen.has(key) || ex.length >= 3) continue;
          seen.add(key);
          ex.push(`- ${rule} @${x.width}: ${f.element}: ${f.detail}`);
        }
      }
      out.push(...ex);
    }
    out.push('');
  }
  return `${out.join('\n')}\n`;
}
