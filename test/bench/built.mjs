// The code a page ships, for the bench's cold cases (run.mjs) and cold-trace.mjs: the
// one-script bundle and the baseline pages, built into a directory and served as built.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, createServer } from 'vite';

/**
 * The cold cases measure the code a page ships (page.ts `?code=built`): the one-script bundle
 * as `npm run build` makes it (`vite build --mode bundle`: minified, Lit's production build,
 * V8's compile hint on its first line, vite.config.ts) and the two baseline pages bundled by
 * Vite the same way (one minified ES module, no hint: a plain d3 page as a bundler ships it).
 * Built into `dir` for this run, so never a stale dist/.
 */
export async function buildForCold(root, dir) {
  await build({ root, configFile: join(root, 'vite.config.ts'), mode: 'bundle', logLevel: 'warn', build: { outDir: dir, emptyOutDir: true, sourcemap: false } });
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    build: {
      outDir: dir,
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      modulePreload: false,
      copyPublicDir: false,
      rollupOptions: {
        input: join(root, 'test/bench/size/baseline-pages.ts'),
        preserveEntrySignatures: 'exports-only',
        output: { format: 'es', entryFileNames: 'baselines.js', codeSplitting: false },
      },
    },
  });
}

/** Serves the files of `buildForCold` at `/@bench-built/` as built (no transform), never from the HTTP cache. */
export function serveBuilt(dir) {
  return {
    name: 'bench-built',
    configureServer(server) {
      server.middlewares.use('/@bench-built/', (req, res, next) => {
        const file = join(dir, (req.url ?? '').replace(/[?#].*$/, '').replace(/^\/+/, ''));
        if (!file.startsWith(dir) || !existsSync(file)) return next();
        res.setHeader('Content-Type', 'text/javascript');
        // Each fresh tab compiles the code anew (no code cache from an earlier tab).
        res.setHeader('Cache-Control', 'no-store');
        res.end(readFileSync(file));
      });
    },
  };
}

/**
 * The bench's dev server: Lit's production build (the dev server would otherwise pick its dev
 * build), a Vite cache of its own (shot.mjs and Storybook keep theirs with dev conditions), and,
 * given `builtDir`, the built files of {@link buildForCold} under `/@bench-built/`.
 */
export function benchServer(root, builtDir) {
  return createServer({
    root,
    logLevel: 'error',
    resolve: { conditions: ['module', 'browser', 'production'] },
    cacheDir: join(root, 'node_modules/.vite-bench'),
    server: { port: 0, host: '127.0.0.1', hmr: false, watch: null },
    plugins: builtDir ? [serveBuilt(builtDir)] : [],
  });
}
