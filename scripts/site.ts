/**
 * `npm run site`: an example static site built from the seed data. Every page is plain HTML
 * with each chart server-rendered (the CLI's static SVG with its title, legend and 出典, and the
 * table alternative) inside the chart's element, plus the one-file bundle: readers without
 * JavaScript get the drawing and the table, readers with it get the live element.
 *
 *     npm run site                      # writes site-static/
 *     npm run site -- --out /tmp/site   # elsewhere
 *
 * Every link and asset path is relative, so the folder can be served from any sub-path.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'vite';
import { escapeHtml, renderStaticChart } from '../src/markdown/static-chart.js';

const ROOT = resolve(import.meta.dirname, '..');

/** The seed documents, one page each, in the order the index lists them. */
export const SITE_PAGES = [
  { file: 'data/governance.json', attributes: { searchable: '' } },
  { file: 'data/partnership-council.json', attributes: { searchable: '' } },
  { file: 'data/pharma-budget.json', attributes: {} },
  { file: 'data/midnet-budget.json', attributes: {} },
  { file: 'data/effects/egfr-response.json', attributes: {} },
  { file: 'data/effects/egfr-response.en.json', attributes: {} },
  { file: 'data/effects/distribution.json', attributes: {} },
  { file: 'data/effects/genome-cost.json', attributes: {} },
  { file: 'data/effects/genome-time.json', attributes: {} },
  { file: 'data/effects/midnet-scale.json', attributes: {} },
  { file: 'data/effects/sakigake.json', attributes: {} },
  { file: 'data/effects/interval-example.json', attributes: {} },
] as const;

/** The page written for a seed file: `data/effects/sakigake.json` → `sakigake.html`. */
export const pageName = (file: string) => `${basename(file, '.json')}.html`;

const SITE_CSS = `
:root { color-scheme: light; }
body { margin: 0 auto; max-width: 1100px; padding: 16px; font-family: system-ui, 'Noto Sans CJK JP', 'Noto Sans JP', sans-serif; line-height: 1.6; color: #1a1a1a; background: #fff; }
policy-org-chart, policy-budget-treemap, policy-effect-chart { display: block; margin: 16px 0; }
.policy-chart-static > svg { display: block; max-width: 100%; height: auto; }
.policy-chart-static-table { margin-top: 8px; overflow-x: auto; }
.policy-chart-static-table summary { cursor: pointer; }
.policy-chart-static table { border-collapse: collapse; font-size: 0.9em; }
.policy-chart-static caption { text-align: start; font-weight: 700; }
.policy-chart-static th, .policy-chart-static td { border: 1px solid #767676; padding: 2px 6px; text-align: start; vertical-align: top; }
.policy-chart-static .num { text-align: end; font-variant-numeric: tabular-nums; }
.policy-chart-error { border: 2px solid #b3261e; color: #b3261e; padding: 8px 12px; }
nav ul { padding-inline-start: 1.2em; }
`;

function page(options: { title: string; lang: string; body: string }): string {
  return `<!doctype html>
<html lang="${options.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(options.title)}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="site.css">
<script type="module" src="assets/policy-charts.js"></script>
</head>
<body>
${options.body}
</body>
</html>
`;
}

/** Builds the site into `outDir`: the bundle, the stylesheet, a page per seed document and an index. */
export async function buildSite(options: { outDir: string; quiet?: boolean }): Promise<string[]> {
  const { outDir } = options;
  await mkdir(join(outDir, 'assets'), { recursive: true });
  await build({
    root: ROOT,
    configFile: join(ROOT, 'vite.config.ts'),
    mode: 'bundle',
    logLevel: options.quiet ? 'error' : 'warn',
    build: { outDir: join(outDir, 'assets'), emptyOutDir: true, sourcemap: false },
  });
  await writeFile(join(outDir, 'site.css'), SITE_CSS.trimStart());
  const links: string[] = [];
  const written: string[] = [];
  for (const { file, attributes } of SITE_PAGES) {
    const doc = JSON.parse(await readFile(join(ROOT, file), 'utf8')) as { title?: string; lang?: string };
    const lang = doc.lang === 'en' ? 'en' : 'ja';
    const chart = renderStaticChart({ source: { json: doc }, width: 1000, openTable: true, attributes });
    // A seed document with issues is a bug in the seed data (the tests check them all).
    if (!chart.ok) throw new Error(`${file}: ${chart.messages.join('; ')}`);
    const title = doc.title ?? file;
    const back = lang === 'ja' ? '一覧へ戻る' : 'Back to the list';
    const body = `<p><a href="index.html">${back}</a></p>\n<h1>${escapeHtml(title)}</h1>\n${chart.html}\n<p>データ: <code>${escapeHtml(file)}</code></p>`;
    const name = pageName(file);
    await writeFile(join(outDir, name), page({ title, lang, body }));
    links.push(`<li><a href="${name}">${escapeHtml(title)}</a></li>`);
    written.push(name);
  }
  const index = `<h1>policy-charts: 静的サイトの例</h1>
<p>各ページのグラフは、JavaScript なしでも図・凡例・出典・表が読めます。JavaScript が動くと、同じ場所が操作できるグラフになります。</p>
<nav aria-label="グラフ一覧"><ul>
${links.join('\n')}
</ul></nav>`;
  await writeFile(join(outDir, 'index.html'), page({ title: 'policy-charts: 静的サイトの例', lang: 'ja', body: index }));
  written.unshift('index.html');
  if (!options.quiet) console.log(`wrote ${written.length} pages to ${relative(process.cwd(), outDir) || '.'}`);
  return written;
}

// Run when executed directly (not when imported by a test).
if (process.argv[1] && /[\\/]site\.(ts|js)$/.test(process.argv[1])) {
  const { values } = parseArgs({ options: { out: { type: 'string' } } });
  await buildSite({ outDir: resolve(values.out ?? 'site-static') });
}
