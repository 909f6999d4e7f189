// The import direction of each chart folder, checked so that it stays true: the pure layers
// (layout/ and render.ts) import neither the accessibility code (describe, details, list,
// table, legend, tooltip, header, state) nor the element and its controllers, nor the chart's
// model (index.ts). Words (words.ts) are passed in or imported from words files only.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CHARTS = join(ROOT, 'src/charts');

/** Files of a chart folder's a11y and element layers, and the model (relative to the chart folder). */
const FORBIDDEN = /^(describe|details|list|table|legend|tooltip|header|state|index|policy-[\w-]+)\.ts$/;

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** The relative module paths a file imports (static `import … from` and `export … from`, and dynamic `import()`). */
export function listImports(source: string): string[] {
  const out: string[] = [];
  for (const m of source.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g)) out.push(m[1]!);
  return out;
}

/** Why an import from `file` (in chart folder `chart`) to `target` breaks the direction, or undefined. */
function violation(chart: string, target: string): string | undefined {
  const rel = relative(chart, target).replace(/\\/g, '/').replace(/\.js$/, '.ts');
  if (!rel.startsWith('..') && !rel.includes('/') && FORBIDDEN.test(rel)) return rel;
  const fromSrc = relative(join(ROOT, 'src'), target).replace(/\\/g, '/');
  if (fromSrc.startsWith('kit/element/') || fromSrc.startsWith('kit/controllers/') || fromSrc.startsWith('components/') || fromSrc.startsWith('a11y/')) return fromSrc;
  return undefined;
}

describe('import boundaries of the chart folders', () => {
  it('finds relative imports of every kind', () => {
    assert.deepEqual(listImports("import { a } from './a.js';\nexport * from '../b.js';\nconst c = await import('./c.js');\nimport 'lit';"), ['./a.js', '../b.js', './c.js']);
  });

  it('flags a layout that imports describe.ts or the element (so the check below can fail)', () => {
    const chart = join(CHARTS, 'org');
    assert.equal(violation(chart, join(chart, 'describe.js')), 'describe.ts');
    assert.equal(violation(chart, join(ROOT, 'src/kit/element/policy-chart-element.js')), 'kit/element/policy-chart-element.js');
    assert.equal(violation(chart, join(chart, 'words.js')), undefined);
  });

  for (const name of readdirSync(CHARTS).filter((n) => statSync(join(CHARTS, n)).isDirectory())) {
    it(`${name}: layout/ and render.ts import no a11y, element, controller or model code`, () => {
      const chart = join(CHARTS, name);
      const files = [...listFiles(join(chart, 'layout')), join(chart, 'render.ts')];
      const found: string[] = [];
      for (const file of files) {
        for (const spec of listImports(readFileSync(file, 'utf8'))) {
          const why = violation(chart, resolve(dirname(file), spec));
          if (why) found.push(`${relative(ROOT, file)} imports ${why}`);
        }
      }
      assert.deepEqual(found, []);
    });
  }
});
