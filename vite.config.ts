import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/**
 * Two library builds:
 * - default: ESM entry points (`index`, `define`, `data`) with lit and d3 left to the
 *   consumer's bundler;
 * - `--mode bundle`: one self-contained file, `dist/policy-charts.js`, with Lit and d3
 *   inside, that a page loads with a single `<script type="module">`.
 */
export default defineConfig(({ mode }) => {
  const bundle = mode === 'bundle';
  return {
    build: {
      target: 'es2022',
      outDir: 'dist',
      emptyOutDir: !bundle,
      sourcemap: true,
      minify: bundle,
      lib: bundle
        ? { entry: resolve(import.meta.dirname, 'src/bundle.ts'), formats: ['es'], fileName: () => 'policy-charts.js' }
        : {
            entry: {
              index: resolve(import.meta.dirname, 'src/index.ts'),
              define: resolve(import.meta.dirname, 'src/define.ts'),
              data: resolve(import.meta.dirname, 'src/data.ts'),
            },
            formats: ['es'],
          },
      rollupOptions: bundle ? {} : { external: [/^lit(\/|$)/, /^@lit\//, /^d3-/] },
    },
  };
});
