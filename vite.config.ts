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
  if (bundle) {
    // Not library mode: library mode keeps whitespace in ES output; an app-style build of the
    // one entry minifies fully and still emits a plain ES module.
    return {
      build: {
        target: 'es2022',
        outDir: 'dist',
        emptyOutDir: false,
        sourcemap: true,
        minify: true,
        modulePreload: false,
        copyPublicDir: false,
        rollupOptions: {
          input: resolve(import.meta.dirname, 'src/bundle.ts'),
          preserveEntrySignatures: 'exports-only',
          output: { format: 'es', entryFileNames: 'policy-charts.js', codeSplitting: false },
        },
      },
    };
  }
  return {
    build: {
      target: 'es2022',
      outDir: 'dist',
      emptyOutDir: true,
      sourcemap: true,
      minify: false,
      lib: {
        entry: {
          index: resolve(import.meta.dirname, 'src/index.ts'),
          define: resolve(import.meta.dirname, 'src/define.ts'),
          data: resolve(import.meta.dirname, 'src/data.ts'),
        },
        formats: ['es'],
      },
      rollupOptions: { external: [/^lit(\/|$)/, /^@lit\//, /^@lit-labs\//, /^d3-/, /^exceljs(\/|$)/] },
    },
  };
});
