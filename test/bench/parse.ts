/**
 * `node --import tsx test/bench/parse.ts [--runs 15]`: speed of the parsers in Node, on the
 * generated documents of the browser bench (seed 1): `parseOrganization` at 10,000 and 50,000
 * bodies, `parseBudget` at 10,000 and 50,000 leaves. Prints the median and the fastest of
 * `--runs` timed runs (after 3 untimed ones) per case. No assertions: the machine is shared.
 */
import { performance } from 'node:perf_hooks';
import { parseBudget } from '../../src/data/budget.js';
import { parseOrganization } from '../../src/data/organization.js';
import { generateBudget } from '../fixtures/generate-budget.js';
import { generateOrganization } from '../fixtures/generate-organization.js';

const at = process.argv.indexOf('--runs');
const runs = at > 0 ? Math.max(1, Number(process.argv[at + 1]) || 15) : 15;

const cases = [
  { name: 'parseOrganization, 10,000 bodies', doc: generateOrganization({ bodies: 10_000, seed: 1 }), parse: parseOrganization },
  { name: 'parseOrganization, 50,000 bodies', doc: generateOrganization({ bodies: 50_000, seed: 1 }), parse: parseOrganization },
  { name: 'parseBudget, 10,000 leaves', doc: generateBudget({ leaves: 10_000, seed: 1 }), parse: parseBudget },
  { name: 'parseBudget, 50,000 leaves', doc: generateBudget({ leaves: 50_000, seed: 1 }), parse: parseBudget },
] as const;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
for (const c of cases) {
  const times: number[] = [];
  for (let i = 0; i < runs + 3; i++) {
    const t = performance.now();
    const result = (c.parse as (input: unknown) => { ok: boolean })(c.doc);
    const ms = performance.now() - t;
    if (!result.ok) throw new Error(`${c.name}: the generated document does not parse`);
    if (i >= 3) times.push(ms);
  }
  console.log(`${c.name.padEnd(34)} median ${median(times).toFixed(1).padStart(7)} ms   fastest ${Math.min(...times).toFixed(1).padStart(7)} ms`);
}
