/**
 * Golden SVGs, in the manner of Observable Plot: every seed document (data/*.json,
 * data/effects/*.json) and a few edge cases are rendered in Node through the same models the
 * elements use, normalised (numbers rounded, ids renumbered) and compared with
 * test/snapshots/<name>.svg. A difference writes <name>-changed.svg beside the golden file and
 * fails; a missing golden file is written (commit it after looking at it).
 *
 *     rm test/snapshots/governance.svg && node --import tsx --test test/unit/snapshots.test.ts
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { renderDocumentSVG, type RenderDocumentSVGOptions } from '../../src/cli/render-document.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SNAPSHOTS = join(ROOT, 'test/snapshots');

/**
 * Rounds decimals to 2 places and renumbers ids in order of first appearance (with every
 * `url(#…)`, `href="#…"` and aria id reference), so that a change of float noise or of an id
 * scheme does not read as a change of drawing.
 */
export function normalizeSVG(svg: string): string {
  const ids = new Map<string, string>();
  for (const m of svg.matchAll(/\sid="([^"]+)"/g)) if (!ids.has(m[1]!)) ids.set(m[1]!, `id${ids.size}`);
  const renamed = (id: string) => ids.get(id) ?? id;
  return svg
    .replace(/(\sid=")([^"]+)"/g, (_, a: string, id: string) => `${a}${renamed(id)}"`)
    .replace(/url\(#([^)]+)\)/g, (_, id: string) => `url(#${renamed(id)})`)
    .replace(/(href=")#([^"]+)"/g, (_, a: string, id: string) => `${a}#${renamed(id)}"`)
    .replace(/(aria-(?:labelledby|describedby|controls|owns|activedescendant)=")([^"]*)"/g, (_, a: string, list: string) => `${a}${list.split(/\s+/).map(renamed).join(' ')}"`)
    .replace(/-?\d+\.\d{3,}/g, (n) => String(Math.round(Number(n) * 100) / 100));
}

interface Case {
  name: string;
  options: RenderDocumentSVGOptions;
}

const readJSON = (path: string): unknown => JSON.parse(readFileSync(join(ROOT, path), 'utf8'));
const seeds = [
  ...readdirSync(join(ROOT, 'data')).filter((f) => f.endsWith('.json')).map((f) => `data/${f}`),
  ...readdirSync(join(ROOT, 'data/effects')).filter((f) => f.endsWith('.json')).map((f) => `data/effects/${f}`),
].sort();

const CASES: Case[] = [
  ...seeds.map((path) => ({ name: basename(path, '.json'), options: { input: readJSON(path) } })),
  // Edge cases: narrow (the treemap's tall shape, the org chart scaled to fit), English, dark,
  // and the smallest documents each format accepts.
  { name: 'edge-governance-narrow-en', options: { input: readJSON('data/governance.json'), width: 360, locale: 'en' } },
  { name: 'edge-pharma-budget-narrow', options: { input: readJSON('data/pharma-budget.json'), width: 400 } },
  { name: 'edge-midnet-budget-dark-en', options: { input: readJSON('data/midnet-budget.json'), theme: 'dark', locale: 'en' } },
  { name: 'edge-sakigake-narrow', options: { input: readJSON('data/effects/sakigake.json'), width: 320 } },
  { name: 'edge-organization-one-body', options: { input: { type: 'organization', bodies: [{ id: 'a', name: '会議' }] } } },
  { name: 'edge-budget-one-item', options: { input: { type: 'budget', items: [{ id: 'a', name: '事業', amount: '1億円' }] } } },
  { name: 'edge-budget-no-amounts', options: { input: { type: 'budget', items: [{ id: 'a', name: '事業A' }, { id: 'b', name: '事業B' }] } } },
  {
    name: 'edge-effect-magnitude-two',
    options: { input: { type: 'effect', chart: 'magnitude', measure: '費用', series: [{ label: 'a', value: 10 }, { label: 'b', value: 1000 }] } },
  },
];

describe('SVG snapshots (test/snapshots)', () => {
  it('covers every seed document', () => {
    assert.ok(seeds.length >= 12, `found ${seeds.length} seed documents`);
    for (const path of seeds) assert.ok(CASES.some((c) => c.name === basename(path, '.json')), path);
  });

  for (const { name, options } of CASES) {
    it(`${name} draws as test/snapshots/${name}.svg`, () => {
      const result = renderDocumentSVG(options);
      assert.ok(result.ok, result.ok ? '' : result.messages.join('\n'));
      const actual = normalizeSVG(result.svg);
      const golden = join(SNAPSHOTS, `${name}.svg`);
      const changed = join(SNAPSHOTS, `${name}-changed.svg`);
      if (!existsSync(golden)) {
        // CI must compare, not record: a golden file missing there is a failure.
        assert.ok(!process.env.CI, `test/snapshots/${name}.svg is missing`);
        writeFileSync(golden, actual);
        return;
      }
      if (readFileSync(golden, 'utf8') === actual) {
        rmSync(changed, { force: true });
        return;
      }
      writeFileSync(changed, actual);
      assert.fail(`test/snapshots/${name}.svg differs: see ${name}-changed.svg beside it`);
    });
  }
});

describe('normalizeSVG', () => {
  it('renumbers ids with their references and rounds long decimals', () => {
    const svg = '<svg aria-labelledby="t d"><title id="t">x</title><desc id="d">y</desc><path id="p" d="M1.23456 2.5L-3.14159 4"/><use href="#p" fill="url(#p)"/></svg>';
    assert.equal(
      normalizeSVG(svg),
      '<svg aria-labelledby="id0 id1"><title id="id0">x</title><desc id="id1">y</desc><path id="id2" d="M1.23 2.5L-3.14 4"/><use href="#id2" fill="url(#id2)"/></svg>',
    );
  });
});
