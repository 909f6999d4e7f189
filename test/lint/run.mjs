// Runs the layout lint (test/lint/layout-lint.ts) on every seed data set and every story
// (test/lint/cases.js) at 360, 800 and 1280 px and on a 1920×1080 slide (a story at the widths it
// is meant for), prints the findings per case × width, and exits 1 when there are any.
// node test/lint/run.mjs [--json out.json] [--markdown out.md] [--shots dir] [--only a,b]
//   [--width 360|800|1280|slide] [--timing] [--forced-colors] [--verbose]
//   --only       cases whose name contains any of the comma-separated parts (`org/`, `story/`,
//                `story/org/GovernanceLeftRight,effect/sakigake`); `^org/` for names that start
//                with it (the seeds, not `story/org/…`)
//   --markdown   a summary (counts per rule × chart × width, and examples), as in test/lint/BASELINE.md
//   --timing     each case's time (draw and lint, and the lint alone), and the slowest at the end
//   --forced-colors  every case with forced colours emulated (story cases that ask for it always are)
//   --verbose    print every finding, not only the first few per case
// At the end it compares the findings with the PENDING lists of the browser tests
// (test/lint/*.test.ts): a case with findings that is not pending fails there; a pending entry
// whose case is clean now should be removed, so that the list only shrinks.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { createServer } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.js';
import { LINT_RULES } from './rules.js';
import { LINT_SEEDS, LINT_STORIES, LINT_WIDTHS } from './cases.js';

const FLAGS = new Set(['verbose', 'timing', 'forced-colors']);
const args = process.argv.slice(2);
const opts = {};
for (let i = 0; i < args.length; i++) {
  const key = args[i].replace(/^--/, '');
  if (FLAGS.has(key)) opts[key] = true;
  else opts[key] = args[++i];
}
const only = opts.only ? String(opts.only).split(',').map((x) => x.trim()).filter(Boolean) : [];
const matches = (name, o) => (o.startsWith('^') ? name.startsWith(o.slice(1)) : name.includes(o));
const cases = [...LINT_SEEDS, ...LINT_STORIES].filter((s) => !only.length || only.some((o) => matches(s.name, o)));
const widths = LINT_WIDTHS.filter((w) => !opts.width || w.name === opts.width);
if (!cases.length) {
  console.log(`no case matches --only ${opts.only}`);
  process.exit(2);
}
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
  const cdp = await page.createCDPSession();
  page.on('pageerror', (e) => console.log(`[page error] ${e.message}`));
  page.on('response', (r) => r.status() >= 400 && !r.url().endsWith('/favicon.ico') && console.log(`[page] ${r.status()} ${r.url()}`));
  for (const w of widths) {
    await page.setViewport({ ...w.viewport, deviceScaleFactor: 1 });
    await page.goto(`http://127.0.0.1:${port}/test/lint/page.html`);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
    for (const s of cases) {
      if (s.widths && !s.widths.includes(w.name)) continue;
      const forced = Boolean(opts['forced-colors'] || s.forcedColors);
      // puppeteer's emulateMediaFeatures rejects forced-colors; ask Chromium directly.
      await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: forced ? 'active' : 'none' }] });
      const frame = w.slide ? { x: 0, y: 0, ...w.viewport } : undefined;
      const box = w.slide && s.slideBox ? s.slideBox : { width: w.width, height: w.height };
      const t0 = performance.now();
      const r = await page.evaluate(
        (c) => window.lintCase(c),
        { tag: s.tag, data: s.data, attrs: s.attrs, style: s.style, width: box.width, height: box.height, preset: w.slide ? 'slide' : undefined, minFontPx: w.minFontPx, frame },
      );
      const ms = Math.round(performance.now() - t0);
      if (opts.shots) await page.screenshot({ path: join(opts.shots, `${s.name.replaceAll('/', '--')}--${w.name}.png`), fullPage: true });
      const counts = {};
      for (const f of r.findings) counts[f.rule] = (counts[f.rule] ?? 0) + 1;
      const expected = s.status ?? 'ready';
      // A chart that does not reach its status (an error where a drawing should be) is a finding too.
      const wrongStatus = r.status !== expected;
      total += r.findings.length + (wrongStatus ? 1 : 0);
      results.push({ chart: s.name, tag: s.tag, width: w.name, size: r.size, status: r.status, expected, forced, ms, lintMs: r.lintMs, counts, skipped: r.skipped, findings: r.findings });
      const summary = Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(', ') || 'clean';
      const state = wrongStatus ? `[${r.status}, expected ${expected}] ` : r.status === 'ready' ? '' : `[${r.status}] `;
      console.log(`${s.name.padEnd(28)} ${w.name.padStart(5)}  ${String(r.size.width).padStart(4)}×${String(r.size.height).padEnd(5)} ${forced ? '[forced colours] ' : ''}${state}${summary}${opts.timing ? `  (${ms} ms, lint ${r.lintMs} ms)` : ''}`);
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
if (opts.timing) {
  const all = results.reduce((a, r) => a + r.ms, 0);
  console.log(`time: ${(all / 1000).toFixed(1)} s in all, lint ${(results.reduce((a, r) => a + r.lintMs, 0) / 1000).toFixed(1)} s; slowest:`);
  for (const r of [...results].sort((a, b) => b.ms - a.ms).slice(0, 5)) console.log(`  ${r.chart}@${r.width}: ${r.ms} ms (lint ${r.lintMs} ms)`);
}
reportPending(results);
process.exit(total > 0 ? 1 : 0);

/**
 * The PENDING entries of the browser tests (test/lint/*.test.ts), read from their text: lines
 * `['name@width', 'what is left'],` inside a `PENDING` map. Returns name@width → test file.
 */
function readPending() {
  const dir = new URL('.', import.meta.url);
  const out = new Map();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.test.ts'))) {
    const text = readFileSync(new URL(file, dir), 'utf8');
    const block = /const PENDING = new Map<string, string>\(\[([\s\S]*?)\n\]\);/.exec(text);
    if (!block) continue;
    for (const m of block[1].matchAll(/^\s*\[\s*'([^']+@[^']+)'\s*,/gm)) out.set(m[1], `test/lint/${file}`);
  }
  return out;
}

/** Findings against PENDING: cases the browser tests will fail on, and entries to remove. */
function reportPending(rows) {
  if (opts['forced-colors']) {
    console.log('PENDING: not compared (the browser tests lint in normal colours; this run forced colours)');
    return;
  }
  const pending = readPending();
  const failing = rows.filter((r) => (r.findings.length || r.status !== r.expected) && !pending.has(`${r.chart}@${r.width}`));
  const cleared = rows.filter((r) => !r.findings.length && r.status === r.expected && pending.has(`${r.chart}@${r.width}`));
  if (!failing.length && !cleared.length) {
    console.log('PENDING: matches the findings of the cases run');
    return;
  }
  for (const r of failing) console.log(`NOT PENDING: ${r.chart}@${r.width} has ${r.findings.length} findings${r.status !== r.expected ? ` (status ${r.status}, expected ${r.expected})` : ''}: the browser test fails; fix it, or add it to a PENDING list with what is left and who owns it`);
  for (const r of cleared) console.log(`REMOVE FROM PENDING: ${r.chart}@${r.width} has no findings now: remove its entry from ${pending.get(`${r.chart}@${r.width}`)}`);
}

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
