/**
 * `npm run site`: an example static site built from the seed data. Every page is plain HTML
 * with each chart element server-rendered by `@lit-labs/ssr` (declarative shadow DOM: the
 * drawing, title, legend, 出典 and the table alternative), plus one script: Lit's hydration
 * support and the elements, defined once the charts' font (Noto Sans JP, which the server
 * measured with) has loaded, so that hydration keeps the server's layout. Readers without JavaScript get the drawing and the table; with it,
 * the same markup is hydrated into the live element.
 *
 *     npm run site                      # writes site-static/
 *     npm run site -- --out /tmp/site   # elsewhere
 *
 * Every link and asset path is relative, so the folder can be served from any sub-path.
 */
import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'vite';
import { escapeHtml } from '../src/markdown/static-chart.js';
import { renderChartElement } from '../src/ssr/render-element.js';

const ROOT = resolve(import.meta.dirname, '..');

/**
 * The seed documents, one page each, in the order the index lists them. The table alternative
 * is shown open (`show-table`) except on the `table: 'details'` pages, where it is the
 * element's closed `<details>` (which opens without JavaScript).
 */
export const SITE_PAGES: ReadonlyArray<{ file: string; attributes: Readonly<Record<string, string>>; table?: 'details' }> = [
  { file: 'data/governance.json', attributes: { searchable: '' } },
  { file: 'data/partnership-council.json', attributes: { searchable: '' }, table: 'details' },
  { file: 'data/pharma-budget.json', attributes: {} },
  { file: 'data/midnet-budget.json', attributes: {}, table: 'details' },
  { file: 'data/effects/egfr-response.json', attributes: {} },
  { file: 'data/effects/egfr-response.en.json', attributes: {} },
  { file: 'data/effects/distribution.json', attributes: {} },
  { file: 'data/effects/genome-cost.json', attributes: {} },
  { file: 'data/effects/genome-time.json', attributes: {} },
  { file: 'data/effects/midnet-scale.json', attributes: {} },
  { file: 'data/effects/sakigake.json', attributes: {} },
  { file: 'data/effects/interval-example.json', attributes: {} },
];

/** The page written for a seed file: `data/effects/sakigake.json` → `sakigake.html`. */
export const pageName = (file: string) => `${basename(file, '.json')}.html`;

const SITE_CSS = `
:root { color-scheme: light; }
body { margin: 0 auto; max-width: 1100px; padding: 16px; font-family: system-ui, 'Noto Sans CJK JP', 'Noto Sans JP', sans-serif; line-height: 1.6; color: #1a1a1a; background: #fff; }
/* The width the server laid out for (CHART_WIDTH): hydration then finds the same drawing. */
policy-org-chart, policy-budget-treemap, policy-effect-chart { display: block; margin: 16px 0; width: 1000px; max-width: 100%; }
/* The font the server measured with (Noto Sans JP, fonts.css): with it, hydration keeps the server's layout. */
policy-org-chart, policy-budget-treemap, policy-effect-chart { --policy-font-family: 'Noto Sans JP', sans-serif; }
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
<link rel="stylesheet" href="assets/fonts.css">
<link rel="stylesheet" href="site.css">
<script type="module" src="assets/policy-charts.js"></script>
</head>
<body>
${options.body}
</body>
</html>
`;
}

/**
 * Noto Sans JP regular as web fonts (from `@fontsource/noto-sans-jp`, split by Unicode range so
 * a page downloads only what it shows): `assets/fonts.css` and `assets/fonts/*.woff2`.
 */
async function copyWebFont(assets: string): Promise<void> {
  const dir = dirname(createRequire(import.meta.url).resolve('@fontsource/noto-sans-jp/400.css'));
  const css = await readFile(join(dir, '400.css'), 'utf8');
  await mkdir(join(assets, 'fonts'), { recursive: true });
  const files = (await readdir(join(dir, 'files'))).filter((f) => f.endsWith('-400-normal.woff2'));
  for (const file of files) await copyFile(join(dir, 'files', file), join(assets, 'fonts', file));
  // woff2 only (every browser that runs the elements reads it), from beside the stylesheet.
  await writeFile(join(assets, 'fonts.css'), css.replace(/url\(\.\/files\/([^)]+\.woff2)\) format\('woff2'\), url\([^)]+\) format\('woff'\)/g, "url(fonts/$1) format('woff2')"));
}

/** The width every chart is server-rendered for (the stylesheet gives the elements this width). */
export const CHART_WIDTH = 1000;

/** Builds the site into `outDir`: the bundle, the stylesheet, a page per seed document and an index. */
export async function buildSite(options: { outDir: string; quiet?: boolean }): Promise<string[]> {
  const { outDir } = options;
  await mkdir(join(outDir, 'assets'), { recursive: true });
  // Not the library's bundle config: its plugin minifies the html`` templates, and hydration
  // matches each template by a digest of its text, so the browser must run the same templates
  // as the server renders here (from src/).
  await build({
    root: ROOT,
    configFile: false,
    logLevel: options.quiet ? 'error' : 'warn',
    build: {
      target: 'es2022',
      outDir: join(outDir, 'assets'),
      emptyOutDir: true,
      sourcemap: false,
      minify: true,
      modulePreload: false,
      copyPublicDir: false,
      rollupOptions: {
        input: join(ROOT, 'scripts/site-entry.ts'),
        output: { format: 'es', entryFileNames: 'policy-charts.js', codeSplitting: false },
      },
    },
  });
  await writeFile(join(outDir, 'site.css'), SITE_CSS.trimStart());
  await copyWebFont(join(outDir, 'assets'));
  const links: string[] = [];
  const written: string[] = [];
  for (const { file, attributes, table } of SITE_PAGES) {
    const doc = JSON.parse(await readFile(join(ROOT, file), 'utf8')) as { title?: string; lang?: string };
    const lang = doc.lang === 'en' ? 'en' : 'ja';
    const chart = renderChartElement({ json: doc, width: CHART_WIDTH, showTable: table !== 'details', attributes });
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
