import { resolve } from 'node:path';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { minifyCssLiteralsPlugin } from './.ci/minify-css-literals.mjs';

const src = (file: string) => resolve(import.meta.dirname, 'src', file);

/** The ES entry points, one per `exports` key (`dist/<name>.js`). */
const ENTRIES = {
  index: src('index.ts'),
  define: src('define.ts'),
  data: src('data.ts'),
  'org-chart': src('org-chart.ts'),
  'budget-treemap': src('budget-treemap.ts'),
  'effect-chart': src('effect-chart.ts'),
  'define/org-chart': src('define/org-chart.ts'),
  'define/budget-treemap': src('define/budget-treemap.ts'),
  'define/effect-chart': src('define/effect-chart.ts'),
};

/**
 * Four builds into dist/ (`npm run build` runs them in this order; the first empties dist/):
 * - default: the ES entry points with every module kept as its own file (`preserveModules`),
 *   lit and d3 left to the consumer's bundler, so a page that imports one chart bundles only
 *   that chart's modules;
 * - `--mode bundle`: `dist/policy-charts.js`, one self-contained ES module (Lit and d3 inside)
 *   for one `<script type="module">`;
 * - `--mode iife`: `dist/policy-charts.iife.js`, the same as a classic script (global
 *   `PolicyCharts`) for pages opened from disk and CMSs that take only `<script src>`;
 * - `--mode cjs`: `dist/data.cjs`, the data layer for `require('policy-charts/data')`.
 */
/**
 * The one-file bundles cannot split the PowerPoint writer into a chunk: they load the prebuilt
 * `dist/policy-charts-pptx.js` (`--mode pptx`) from beside themselves instead.
 */
const pptxFromBesideBundle: Plugin = {
  name: 'pptx-from-beside-bundle',
  enforce: 'pre',
  resolveId(source, importer) {
    if (source === './load-pptx.js' && importer?.startsWith(src('export'))) return src('export/load-pptx.bundle.ts');
    return null;
  },
};

/**
 * The one-file bundles hold every part anyway: there, each chart's parts loaded on first use
 * (`src/charts/<chart>/lazy.ts`, behind `import('./lazy.js')` in its index.ts, and its English
 * words, behind `import('./words-en.js')`) are imported statically. A dynamic import inlined
 * into one file costs the bundle about 2 kB gzipped of module wrappers, for nothing.
 */
const chartPartsInline: Plugin = {
  name: 'chart-parts-inline',
  enforce: 'pre',
  transform(code, id) {
    if (!/\/src\/charts\/[^/]+\/index\.ts$/.test(id)) return null;
    let out = code;
    let n = 0;
    // The imports go last (imports are hoisted), so no line moves.
    for (const [, specifier] of code.matchAll(/import\('(\.\/lazy\.js|\.\/words-en\.js)'\)/g)) {
      const name = `chartPartsInline${n++}`;
      out = `${out.replace(`import('${specifier}')`, `Promise.resolve(${name})`)}\nimport * as ${name} from '${specifier}';\n`;
    }
    return n === 0 ? null : { code: out, map: null };
  },
};

/**
 * The one-file bundles start with V8's explicit compile hint (`//# allFunctionsCalledOnLoad`,
 * Chrome/Edge 136+; other engines read a comment): the browser compiles every function while it
 * streams the script in, off the main thread, instead of compiling each one on the main thread
 * the first time it runs, in the middle of the first chart's first render (about 20 ms of a cold
 * treemap's, 40 ms of an org chart's: test/bench/README.md). Added after minification (which
 * drops comments).
 */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** What every build after the first shares: it adds its file(s) to dist/ beside the modules. */
const ADDED_FILE = { target: 'es2022', outDir: 'dist', emptyOutDir: false, sourcemap: true, copyPublicDir: false } as const;

export default defineConfig(({ mode }): UserConfig => {
  // Every build: css`` templates minified (Lit's styles are strings to a JS minifier).
  const plugins = [minifyCssLiteralsPlugin()];
  if (mode === 'pptx') {
    // The writer the one-file bundles load on the first toPPTX(): pptxgenjs and JSZip inside.
    return {
      plugins,
      build: {
        ...ADDED_FILE,
        minify: true,
        lib: { entry: src('export/pptx.ts'), formats: ['es'], fileName: () => 'policy-charts-pptx.js' },
        rollupOptions: { output: { codeSplitting: false } },
      },
    };
  }
  if (mode === 'bundle' || mode === 'iife') plugins.push(pptxFromBesideBundle, chartPartsInline);
  if (mode === 'bundle') {
    // Not library mode: library mode keeps whitespace in ES output; an app-style build of the
    // one entry minifies fully and still emits a plain ES module.
    return {
      plugins,
      build: {
        ...ADDED_FILE,
        minify: true,
        modulePreload: false,
        rollupOptions: {
          input: src('bundle.ts'),
          preserveEntrySignatures: 'exports-only',
          output: { format: 'es', entryFileNames: 'policy-charts.js', codeSplitting: false, postBanner: COMPILE_HINT },
        },
      },
    };
  }
  if (mode === 'iife' || mode === 'cjs') {
    const iife = mode === 'iife';
    return {
      plugins,
      build: {
        ...ADDED_FILE,
        minify: iife,
        lib: iife
          ? { entry: src('bundle.ts'), formats: ['iife'], name: 'PolicyCharts', fileName: () => 'policy-charts.iife.js' }
          : { entry: src('data.ts'), formats: ['cjs'], fileName: () => 'data.cjs' },
        ...(iife ? { rollupOptions: { output: { postBanner: COMPILE_HINT } } } : {}),
      },
    };
  }
  return {
    plugins,
    build: {
      target: 'es2022',
      outDir: 'dist',
      emptyOutDir: true,
      sourcemap: true,
      minify: false,
      lib: { entry: ENTRIES, formats: ['es'] },
      rollupOptions: {
        external: [/^lit(\/|$)/, /^@lit\//, /^@lit-labs\//, /^d3-/, /^exceljs(\/|$)/, /^pptxgenjs(\/|$)/, /^jszip(\/|$)/],
        output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
      },
    },
  };
});
