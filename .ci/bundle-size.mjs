// What a consumer's bundler makes of an import: a Vite production build (minified, everything
// bundled, Lit and d3 included) of a one-line entry, measured gzipped. Used by the size budget
// (.ci/check-size.mjs) and by the consumer test on the installed tarball.
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

/**
 * Gzipped size in bytes of the JavaScript a page loads for `source` (an ES module, e.g.
 * `import 'policy-charts/define/org-chart';`) as Vite bundles it from `dir`: the entry chunk and
 * every chunk it imports statically. Chunks behind a dynamic `import()` (the CSV reader, loaded
 * only for `src="….csv"`) are not loaded with the page; use {@link bundleSizes} to see them.
 * When `packageRoot` is given, `policy-charts` resolves to it (a symlink in a temporary
 * node_modules under `dir`).
 */
export async function bundleSize(options) {
  return (await bundleSizes(options)).eager;
}

/**
 * The chunks of a Vite build's result, and the eager ones among them: the entries and every chunk
 * they import statically (what a page loads with the import; the rest waits for an `import()`).
 */
export function chunksOf(result) {
  const chunks = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output).filter((o) => o.type === 'chunk');
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const eager = new Set();
  const visit = (c) => {
    if (!c || eager.has(c)) return;
    eager.add(c);
    for (const name of c.imports) visit(byName.get(name));
  };
  for (const c of chunks) if (c.isEntry) visit(c);
  return { chunks, eager };
}

/** `{ eager, lazy }`: gzipped bytes loaded with the page, and behind dynamic imports. */
export async function bundleSizes({ dir, source, packageRoot }) {
  await mkdir(dir, { recursive: true });
  const work = await mkdtemp(join(dir, 'size-'));
  try {
    if (packageRoot) {
      await mkdir(join(work, 'node_modules'), { recursive: true });
      await symlink(packageRoot, join(work, 'node_modules', 'policy-charts'), 'dir');
    }
    const entry = join(work, 'entry.js');
    await writeFile(entry, source);
    const result = await build({
      configFile: false,
      root: work,
      logLevel: 'silent',
      build: {
        write: false,
        minify: true,
        modulePreload: false,
        rollupOptions: { input: entry },
      },
    });
    const { chunks, eager } = chunksOf(result);
    if (chunks.length === 0) throw new Error(`no chunk built for ${source}`);
    const size = (list) => list.reduce((sum, c) => sum + gzipSync(c.code, { level: 9 }).length, 0);
    return { eager: size([...eager]), lazy: size(chunks.filter((c) => !eager.has(c))) };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
