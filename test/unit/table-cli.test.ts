import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runImport } from '../../src/cli/import.js';
import { isTableResponse } from '../../src/kit/controllers/fetch-source.js';
import { summarizeBudget } from '../../src/data/budget-summary.js';
import { parseBudget } from '../../src/data/budget.js';
import { parseOrganization } from '../../src/data/organization.js';

const dir = mkdtempSync(join(tmpdir(), 'policy-import-'));

/** Runs the command in-process, collecting what it writes. */
async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runImport(args, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

describe('import (the command logic, runImport(argv) → exit code)', () => {
  it('writes the budget JSON of a CSV with -o; the JSON parses to the seed totals', async () => {
    const file = join(dir, 'budget.json');
    const r = await run('data/tables/pharma-budget.csv', '--title', '医薬品産業強化総合戦略', '-o', file);
    assert.deepEqual(r, { code: 0, out: '', err: '' });
    const json = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    assert.equal(json.type, 'budget');
    assert.equal(json.title, '医薬品産業強化総合戦略');
    const parsed = parseBudget(json);
    assert.ok(parsed.ok);
    const totals = summarizeBudget(parsed.value).totals;
    assert.equal(totals.amount.counted, 8_220_000_000);
    assert.equal(totals.supplementary.counted, 730_000_000);
  });

  it('reads --sheet of an XLSX and --links from a second file, and prints to stdout without -o', async () => {
    const xlsx = await run('test/fixtures/tables/pharma-budget.libreoffice.xlsx', '--sheet', 'pharma-budget');
    assert.equal(xlsx.code, 0, xlsx.err);
    assert.equal((JSON.parse(xlsx.out) as { items: unknown[] }).items.length, 7);
    const org = await run('data/tables/governance.csv', '--links', 'data/tables/governance-links.csv');
    assert.equal(org.code, 0, org.err);
    const parsed = parseOrganization(JSON.parse(org.out));
    assert.ok(parsed.ok);
    assert.equal(parsed.value.links.length, 9);
  });

  it('exits 1 listing each issue with its cell, in the language asked for; 2 for usage errors', async () => {
    const file = join(dir, '予算.csv');
    writeFileSync(file, '名称,金額\n甲,49.1億\n');
    assert.deepEqual(await run(file), { code: 1, out: '', err: '予算.csv B2: 「49.1億」を金額として読めません\n' });
    assert.deepEqual(await run(file, '--lang', 'en'), { code: 1, out: '', err: '予算.csv B2: cannot read "49.1億" as an amount\n' });
    assert.equal((await run()).code, 2);
    assert.equal((await run(file, '--type', 'pie')).code, 2);
    assert.equal((await run(join(dir, 'missing.csv'))).code, 2);
  });
});

describe('svg (render) accepts a table', () => {
  it('draws data/tables/pharma-budget.csv, and names the cell of a broken one', () => {
    const draw = (file: string) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/svg.ts', file], { encoding: 'utf8' });
    const good = draw('data/tables/pharma-budget.csv');
    assert.equal(good.status, 0, good.stderr);
    assert.match(good.stdout, /^<\?xml/);
    assert.ok(good.stdout.includes('日本発のシーズが生まれる研究開発環境の改善'));
    const file = join(dir, 'broken.csv');
    writeFileSync(file, 'ID,親,名称,金額\na,zz,甲,1億円\n');
    const bad = draw(file);
    assert.equal(bad.status, 1);
    assert.equal(bad.stderr, 'broken.csv B2: 親「zz」というIDや名称の行がありません\n');
  });
});

describe('src=: which responses are read as tables', () => {
  it('goes by the content type first, then by the extension', () => {
    assert.equal(isTableResponse('/api/budget', 'text/csv; charset=shift_jis'), true);
    assert.equal(isTableResponse('/api/budget', 'text/tab-separated-values'), true);
    assert.equal(isTableResponse('/data/budget.csv?v=2', 'text/plain'), true);
    assert.equal(isTableResponse('/data/budget.tsv', null), true);
    assert.equal(isTableResponse('/data/budget.csv', 'application/json'), false);
    assert.equal(isTableResponse('/data/budget.json', 'text/plain'), false);
  });
});
