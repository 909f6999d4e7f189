// What a page loads with one import is every module reached by static imports from that entry,
// each module whole (a bundler splits by module, not by function). These checks keep code that a
// chart's page never runs out of its modules (docs/size.md): a function moved back into a module
// the page loads brings its bytes to every such page.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The relative module paths a file imports statically (`import … from`, `export … from`, `import '…'`; not `import type`, not `import()`). */
export function listStaticImports(source: string): string[] {
  const out: string[] = [];
  for (const m of source.matchAll(/^\s*(import|export)\s+(type\s+)?([^'";]*?\bfrom\s*)?['"](\.{1,2}\/[^'"]+)['"]/gm)) {
    if (!m[2]) out.push(m[4]!);
  }
  return out;
}

/** The src/ modules reached by static imports from `entry` (paths relative to the repository). */
function pageModules(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    const rel = relative(ROOT, file);
    if (seen.has(rel)) return;
    seen.add(rel);
    for (const spec of listStaticImports(readFileSync(file, 'utf8'))) {
      const target = resolve(dirname(file), spec.replace(/\.js$/, '.ts'));
      if (existsSync(target)) visit(target);
    }
  };
  visit(resolve(ROOT, entry));
  return seen;
}

/** The src/ module that declares `export function name` or `export const name`, among `modules`. */
function declaring(name: string, modules: Iterable<string>): string | undefined {
  const declaration = new RegExp(`^export (function|const|class) ${name}\\b`, 'm');
  return [...modules].find((m) => declaration.test(readFileSync(resolve(ROOT, m), 'utf8')));
}

describe('modules a page loads with one import', () => {
  it('follows static imports only (so the checks below can fail)', () => {
    assert.deepEqual(
      listStaticImports("import { a } from './a.js';\nimport type { B } from './b.js';\nexport { c } from '../c.js';\nimport './d.js';\nconst e = await import('./e.js');"),
      ['./a.js', '../c.js', './d.js'],
    );
    // The effect chart's page formats counts, points and ratios: it does reach them.
    assert.ok(declaring('formatCount', pageModules('src/define/effect-chart.ts')));
    // And each chart's lazy chunk holds the export buttons.
    assert.ok(pageModules('src/charts/org/lazy.ts').has('src/kit/controllers/export-buttons.ts'));
  });

  for (const entry of ['src/define/org-chart.ts', 'src/define/budget-treemap.ts', 'src/define/effect-chart.ts', 'src/define.ts']) {
    it(`${entry}: not the export buttons (loaded with the table code when an element is \`exportable\`)`, () => {
      const found = [...pageModules(entry)].filter((m) => /part="export"|data-export=/.test(readFileSync(resolve(ROOT, m), 'utf8')));
      assert.deepEqual(found, []);
    });
  }

  for (const entry of ['src/define/budget-treemap.ts', 'src/define/org-chart.ts']) {
    it(`${entry}: none of the effect chart's number formats (counts, points, ratios, plain numbers, fractions)`, () => {
      const modules = pageModules(entry);
      const found = ['formatCount', 'formatPoints', 'formatRatio', 'formatNumber', 'formatFraction'].flatMap((name) => {
        const m = declaring(name, modules);
        return m ? [`${name} (${m})`] : [];
      });
      assert.deepEqual(found, []);
    });
  }
});
