import { builtinModules } from 'node:module';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import pkg from './package.json' with { type: 'json' };

/**
 * The `policy-charts` command, built for Node into `dist/cli/` (after the library build, which
 * empties `dist/`). Every runtime dependency stays an import resolved from the installed
 * package's `dependencies`; nothing from devDependencies is needed to run it.
 */
const dependencies = Object.keys(pkg.dependencies);
export default defineConfig({
  build: {
    target: 'node20',
    outDir: 'dist/cli',
    emptyOutDir: false,
    sourcemap: true,
    minify: false,
    ssr: resolve(import.meta.dirname, 'src/cli/bin.ts'),
    rollupOptions: {
      external: [...builtinModules, /^node:/, ...dependencies.map((name) => new RegExp(`^${name.replace(/[/.]/g, '\\$&')}(/|$)`))],
      output: { format: 'es', entryFileNames: 'policy-charts.js', banner: '#!/usr/bin/env node' },
    },
  },
  ssr: { noExternal: [] },
});
