// What each import costs, module by module (npm run size:report; no build needed): a Vite
// production build of each sized import straight from src/ (the library's own plugins, Lit and
// d3 bundled as a consumer's bundler would), its minified bytes attributed to source modules
// through the source map. Per module: minified bytes and the gzipped share (the chunk's gzipped
// size split by minified bytes). Chunks behind a dynamic import() are listed apart.
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map-js';
import { build } from 'vite';
import { chunksOf } from './bundle-size.mjs';
import { minifyCssLiteralsPlugin } from './minify-css-literals.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const ENTRIES = {
  'define/org-chart': 'src/define/org-chart.ts',
  'define/budget-treemap': 'src/define/budget-treemap.ts',
  'define/effect-chart': 'src/define/effect-chart.ts',
  define: 'src/define.ts',
};
const args = process.argv.slice(2);
const only = args.filter((a) => !a.startsWith('--'));
const top = Number(args.find((a) => a.startsWith('--top='))?.slice(6) ?? 40);
const byPackage = args.includes('--packages');
/** --dist: measure the built package (dist/, after npm run build) as check-size.mjs does, modules named by their dist/ file. */
const fromDist = args.includes('--dist');

/** Groups a source path: `src/…` stays, `node_modules/<pkg>/…` becomes the package name when --packages. */
const label = (source, from = root) => {
  const path = relative(root, resolve(from, source));
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/.exec(path);
  if (m) return byPackage ? m[1] : `${m[1]}/${m[2]}`;
  return path;
};

function attribute(chunk, from) {
  // A chunk without a source map (Vite's dynamic-import preload helper, when it gets a chunk of its own).
  if (!chunk.map) return new Map([['(unmapped)', chunk.code.length]]);
  const map = new SourceMapConsumer(typeof chunk.map.toString === 'function' ? JSON.parse(chunk.map.toString()) : chunk.map);
  const lines = chunk.code.split('\n');
  const bytes = new Map();
  let prev = null;
  const add = (source, n) => bytes.set(source, (bytes.get(source) ?? 0) + n);
  map.eachMapping((m) => {
    if (prev) {
      const n = m.generatedLine === prev.generatedLine ? m.generatedColumn - prev.generatedColumn : lines[prev.generatedLine - 1].length - prev.generatedColumn;
      add(prev.source ? label(prev.source, from) : '(unmapped)', n);
    }
    prev = m;
  }, null, SourceMapConsumer.GENERATED_ORDER);
  if (prev) add(prev.source ? label(prev.source, from) : '(unmapped)', lines[prev.generatedLine - 1].length - prev.generatedColumn);
  return bytes;
}

const dir = join(root, 'node_modules/.cache/policy-charts-size');
await mkdir(dir, { recursive: true });
for (const [name, file] of Object.entries(ENTRIES)) {
  if (only.length && !only.includes(name)) continue;
  const work = await mkdtemp(join(dir, 'report-'));
  try {
    let input = join(root, file);
    if (fromDist) {
      await mkdir(join(work, 'node_modules'), { recursive: true });
      await symlink(root, join(work, 'node_modules', 'policy-charts'), 'dir');
      input = join(work, 'entry.js');
      await writeFile(input, `import 'policy-charts/${name}';\n`);
    }
    const result = await build({
      configFile: false,
      root: fromDist ? work : root,
      logLevel: 'silent',
      plugins: fromDist ? [] : [minifyCssLiteralsPlugin()],
      build: { write: false, outDir: join(work, 'out'), minify: true, sourcemap: true, modulePreload: false, rollupOptions: { input } },
    });
    const { chunks, eager } = chunksOf(result);
    const rows = new Map();
    let gzTotal = 0;
    let rawTotal = 0;
    for (const c of eager) {
      const gz = gzipSync(c.code, { level: 9 }).length;
      gzTotal += gz;
      rawTotal += c.code.length;
      for (const [source, n] of attribute(c, join(work, 'out', c.fileName, '..'))) {
        const row = rows.get(source) ?? { raw: 0, gz: 0 };
        row.raw += n;
        row.gz += (gz * n) / c.code.length;
        rows.set(source, row);
      }
    }
    const lazy = chunks.filter((c) => !eager.has(c));
    console.log(`\n## import 'policy-charts/${name}': ${(gzTotal / 1024).toFixed(1)} kB gzipped eager (${(rawTotal / 1024).toFixed(1)} kB minified)`);
    const sorted = [...rows].sort((a, b) => b[1].raw - a[1].raw);
    for (const [source, { raw, gz }] of sorted.slice(0, top)) console.log(`${(gz / 1024).toFixed(2).padStart(6)} kB gz ${(raw / 1024).toFixed(1).padStart(6)} kB min  ${source}`);
    if (sorted.length > top) {
      const rest = sorted.slice(top).reduce((s, [, r]) => ({ raw: s.raw + r.raw, gz: s.gz + r.gz }), { raw: 0, gz: 0 });
      console.log(`${(rest.gz / 1024).toFixed(2).padStart(6)} kB gz ${(rest.raw / 1024).toFixed(1).padStart(6)} kB min  (${sorted.length - top} more modules)`);
    }
    for (const c of lazy) console.log(`  lazy ${(gzipSync(c.code, { level: 9 }).length / 1024).toFixed(1)} kB gz  ${c.fileName} (${[...new Set(Object.keys(c.modules).map((m) => label(m)))].slice(0, 4).join(', ')}…)`);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
