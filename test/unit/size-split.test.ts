// What the size work split apart still adds up: the small min/max that replaced d3-array, and
// the issue messages each element loads with it (src/format/messages/registry.ts).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { max, maxIndex, min, minIndex } from '../../src/data/extent.js';
import { budgetMessages } from '../../src/format/messages/budget.js';
import { commonMessages } from '../../src/format/messages/common.js';
import { effectMessages } from '../../src/format/messages/effect.js';
import { allMessages, formatIssue } from '../../src/format/messages/index.js';
import { organizationMessages } from '../../src/format/messages/organization.js';
import { addMessages, formatLoadedIssue } from '../../src/format/messages/registry.js';
import type { MessageTable } from '../../src/format/messages/types.js';
import { createIssue } from '../../src/data/issues.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('min and max (as d3-array counts them)', () => {
  it('skip null, undefined and NaN, and say when nothing is left', () => {
    assert.equal(min([3, null, 1, NaN, undefined, 2]), 1);
    assert.equal(max([3, null, 1, NaN, undefined, 2]), 3);
    assert.equal(min([]), undefined);
    assert.equal(max([null, NaN]), undefined);
    assert.equal(min([-0.5, -7]), -7);
  });
  it('read values through an accessor with the index', () => {
    const boxes = [{ x: 10, w: 5 }, { x: 2, w: 30 }, { x: 7, w: 1 }];
    assert.equal(min(boxes, (b) => b.x), 2);
    assert.equal(max(boxes, (b) => b.x + b.w), 32);
    assert.equal(max(boxes, (_, i) => i), 2);
  });
  it('give the index of the first least and greatest value, -1 for none', () => {
    assert.equal(maxIndex([1, 5, 5, NaN, 2]), 1);
    assert.equal(minIndex([4, null, 1, 1]), 2);
    assert.equal(minIndex([]), -1);
    assert.equal(maxIndex([undefined, NaN]), -1);
  });
});

/** Modules a file imports statically (relative paths; `import type` and `import()` left out). */
function staticImports(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of source.matchAll(/^(?:import|export)\s+(?!type\b)(?:[^;'"]*?\bfrom\s+)?'(\.{1,2}\/[^']+)'/gm)) {
    out.push(resolve(dirname(file), m[1]!.replace(/\.js$/, '.ts')));
  }
  return out;
}

/** Every issue code written as a string literal in the element's static module graph. */
function codesReachable(entry: string): Map<string, string> {
  const seen = new Set<string>();
  const codes = new Map<string, string>();
  const stack = [entry];
  while (stack.length > 0) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    // The message tables are what is checked, not where codes come from.
    if (file.includes(join('src', 'format', 'messages'))) continue;
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/'([a-z][a-z0-9-]*)'/g)) {
      if (Object.hasOwn(allMessages, m[1]!) && !codes.has(m[1]!)) codes.set(m[1]!, relative(root, file));
    }
    stack.push(...staticImports(file));
  }
  return codes;
}

describe('each element loads the messages of every issue it can report', () => {
  const elements: [string, MessageTable][] = [
    ['src/charts/org/policy-org-chart.ts', organizationMessages],
    ['src/charts/budget/policy-budget-treemap.ts', budgetMessages],
    ['src/charts/effect/policy-effect-chart.ts', effectMessages],
  ];
  for (const [file, own] of elements) {
    it(`${file}: common messages and its own table cover its codes`, () => {
      const source = readFileSync(join(root, file), 'utf8');
      const ownName = Object.entries({ organizationMessages, budgetMessages, effectMessages }).find(([, t]) => t === own)![0];
      assert.match(source, new RegExp(`^addMessages\\(${ownName}\\);`, 'm'), `${file} adds ${ownName}`);
      const codes = codesReachable(join(root, file));
      assert.ok(codes.size > 5, `found ${codes.size} codes`);
      for (const [code, where] of codes) {
        assert.ok(Object.hasOwn(commonMessages, code) || Object.hasOwn(own, code), `${code} (from ${where}) has no message loaded with ${file}`);
      }
    });
  }

  it('a message added later is used; an unknown code is named, not dropped', () => {
    const issue = createIssue('unknown-parent', 'bodies[1].parent', { value: 'x' });
    assert.equal(formatLoadedIssue(createIssue('zz-not-a-code', 'a'), 'en'), 'a: unknown issue (zz-not-a-code)');
    addMessages(organizationMessages);
    assert.equal(formatLoadedIssue(issue, 'ja'), formatIssue(issue, 'ja'));
    assert.ok(!formatLoadedIssue(issue, 'en').includes('unknown issue'));
  });
});
