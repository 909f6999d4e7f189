// The size budget (package.json "sizeBudget", in kB gzipped). Run after `npm run build`.
// - "files": built files as shipped (the one-file bundles);
// - "goals": what "imports" should come down to (issue 11); printed, not enforced;
// - "imports": what a page pays for an import: a Vite production build of that one import
//   from dist/ (Lit and d3 bundled in), so one chart alone and all three are measured the way
//   a consumer's bundler would build them. What the page loads with the import (the entry chunk
//   and every chunk it imports statically) is counted; chunks behind a dynamic import() are
//   reported beside it. `node .ci/size-report.mjs` shows what each module costs (docs/size.md).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { bundleSizes } from './bundle-size.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
let failed = false;
const report = (name, bytes, limitKb, raw) => {
  const kb = bytes / 1024;
  const ok = kb <= limitKb;
  failed ||= !ok;
  console.log(`${ok ? 'ok  ' : 'OVER'} ${name}: ${kb.toFixed(1)} kB gzipped (budget ${limitKb} kB${raw === undefined ? '' : `; ${(raw / 1024).toFixed(1)} kB raw`})`);
};
for (const [file, limitKb] of Object.entries(pkg.sizeBudget.files)) {
  if (!existsSync(new URL(`../${file}`, import.meta.url))) {
    console.log(`MISS ${file}: not built (run npm run build first)`);
    failed = true;
    continue;
  }
  const bytes = readFileSync(new URL(`../${file}`, import.meta.url));
  report(file, gzipSync(bytes, { level: 9 }).length, limitKb, bytes.length);
}
for (const [specifier, limitKb] of Object.entries(pkg.sizeBudget.imports)) {
  const { eager, lazy } = await bundleSizes({ dir: `${root}node_modules/.cache/policy-charts-size`, source: `import '${specifier}';\n`, packageRoot: root });
  report(`import '${specifier}'`, eager, limitKb);
  const goalKb = pkg.sizeBudget.goals?.[specifier];
  if (goalKb !== undefined && eager / 1024 > goalKb) console.log(`     (the goal is ${goalKb} kB: ${(eager / 1024 - goalKb).toFixed(1)} kB to go; docs/size.md)`);
  if (lazy > 0) console.log(`     (+${(lazy / 1024).toFixed(1)} kB gzipped loaded only when used, not counted: the chart's parts used on demand, its English words, the src fetching code, the CSV reader, the issue messages, the export code and the PowerPoint writer; see docs/size.md)`);
}
process.exit(failed ? 1 : 0);
