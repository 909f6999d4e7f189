/**
 * The package as a consumer gets it: the library build (`vite build`, default mode) and the
 * one-file bundle (`--mode bundle`) are made once into a temporary package root (a copy of
 * package.json, `dist/` from the builds, node_modules linked), never into the real dist/.
 *
 * - `policy-charts/data` runs in plain Node through the package's own "exports"
 *   (`node -e "import('policy-charts/data')"` from the package root);
 * - the module graph of dist/data.js holds no lit and touches no global plain Node lacks;
 * - every entry of "exports" points at a file the build produces, and the "types" paths are
 *   the files `tsc -p tsconfig.build.json` emits for the entry modules.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdtemp, readFile, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { Linter } from 'eslint';
import ts from 'typescript';
import { build, type Rollup } from 'vite';

const ROOT = resolve(import.meta.dirname, '../..');
const run = promisify(execFile);

type ExportEntry = string | { types?: string; import?: string; default?: string };
interface PackageJson {
  name: string;
  types?: string;
  exports: Record<string, ExportEntry>;
}

/** Runs an ES module script with plain `node` (no tsx, no loaders) in `cwd`; returns its JSON output. */
async function runNode<T>(cwd: string, script: string): Promise<T> {
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], {
    cwd,
    env: { PATH: process.env.PATH, TZ: 'Asia/Tokyo', LANG: 'C.UTF-8' },
  });
  return JSON.parse(stdout) as T;
}

/** The chunks built by one Vite build. */
function chunksOf(result: Awaited<ReturnType<typeof build>>): Rollup.OutputChunk[] {
  const outputs = (Array.isArray(result) ? result : [result]) as Rollup.RollupOutput[];
  return outputs.flatMap((o) => o.output.filter((c): c is Rollup.OutputChunk => c.type === 'chunk'));
}

/** A hand-checked budget (億円): a 再掲, a 内数, a 補正 and a parent whose children fall short. */
const BUDGET = {
  type: 'budget',
  title: '手計算の確認用',
  unit: '億円',
  items: [
    {
      id: 'a',
      name: 'A',
      amount: 10,
      supplementary: 2,
      children: [
        { id: 'a1', name: 'A1', amount: 6 },
        { id: 'a2', name: 'A2', amount: 4 },
      ],
    },
    {
      id: 'b',
      name: 'B',
      amount: '5億円',
      children: [
        { id: 'b1', name: 'B1', amount: 2 },
        { id: 'b2', name: 'B2（再掲）', amount: 3, relistOf: 'a2' },
      ],
    },
    { id: 'c', name: 'C', partOf: { amount: 13.5, of: '別の事業' } },
    {
      id: 'd',
      name: 'D',
      amount: 3,
      children: [
        { id: 'd1', name: 'D1', amount: 1 },
        { id: 'd2', name: 'D2', amount: 1 },
      ],
    },
  ],
};
// By hand: counted A 10 + B (5 - 3 re-listed) 2 + C 0 (内数) + D 3 = 15億円; the top-level
// figures as declared add to 10 + 5 + 3 = 18億円; 補正 2億円 (A only); one mismatch: D declares
// 3 but its children give 2 (difference +1億円).

describe('the built package in plain Node', () => {
  let tmp: string;
  let pkgRoot: string;
  let pkg: PackageJson;
  let libChunks: Rollup.OutputChunk[];
  let bundleChunks: Rollup.OutputChunk[];
  let scriptChunks: Rollup.OutputChunk[];

  before(async () => {
    tmp = await mkdtemp(join(tmpdir(), 'policy-charts-pkg-'));
    pkgRoot = join(tmp, 'policy-charts');
    const outDir = join(pkgRoot, 'dist');
    const configFile = join(ROOT, 'vite.config.ts');
    // As `npm run build` does: the library build empties dist/, the bundle build adds to it.
    libChunks = chunksOf(await build({ root: ROOT, configFile, logLevel: 'error', build: { outDir, emptyOutDir: true } }));
    bundleChunks = chunksOf(
      await build({ root: ROOT, configFile, mode: 'bundle', logLevel: 'error', build: { outDir, emptyOutDir: false } }),
    );
    // The classic script and the CommonJS data layer (`--mode iife`, `--mode cjs`).
    scriptChunks = [];
    for (const mode of ['iife', 'cjs']) {
      scriptChunks.push(...chunksOf(await build({ root: ROOT, configFile, mode, logLevel: 'error', build: { outDir, emptyOutDir: false } })));
    }
    await copyFile(join(ROOT, 'package.json'), join(pkgRoot, 'package.json'));
    // The package's own dependencies (d3-*, lit), as an installed package would find them.
    await symlink(join(ROOT, 'node_modules'), join(pkgRoot, 'node_modules'), 'dir');
    pkg = JSON.parse(await readFile(join(pkgRoot, 'package.json'), 'utf8')) as PackageJson;
  });

  after(async () => {
    if (tmp) await rm(tmp, { recursive: true, force: true });
  });

  it("import('policy-charts/data') parses, summarises and formats in plain Node", async () => {
    const script = `
      const m = await import('policy-charts/data');
      const budget = ${JSON.stringify(BUDGET)};
      const parsed = m.parseChartData(budget);
      const s = parsed.ok ? m.summarizeBudget(parsed.value) : undefined;
      const bad = m.parseChartData({ type: 'budget', unit: '億円', items: [{ id: 'x', name: 'X', amount: '49.1億' }] });
      const untyped = m.parseChartData({ title: 'no type' });
      console.log(JSON.stringify({
        ok: parsed.ok,
        issues: parsed.ok ? [] : parsed.issues,
        counted: s?.totals.amount.counted,
        declaredTopLevel: s?.totals.amount.declaredTopLevel,
        supplementary: s?.totals.supplementary.counted,
        relisted: s?.relisted.map((i) => i.id),
        partOf: s?.partOf.map((i) => i.id),
        mismatches: s?.mismatches.map((x) => [x.id, x.measure, x.declared, x.childrenGross, x.difference]),
        bad: bad.ok ? null : bad.issues.map((i) => [i.code, i.path, m.formatIssue(i, 'ja'), m.formatIssue(i, 'en')]),
        untyped: untyped.ok ? null : untyped.issues.map((i) => [i.code, i.path]),
        yen: [
          m.formatYen(4910000000, { locale: 'ja' }),
          m.formatYen(456320000, { locale: 'ja' }),
          m.formatYen(1234500000000, { locale: 'ja' }),
          m.formatYen(456320000, { locale: 'ja', unit: '千円' }),
          m.formatYen(4910000000, { locale: 'en' }),
        ],
        total: m.formatYen(s?.totals.amount.counted ?? 0, { locale: 'ja' }),
      }));
    `;
    const out = await runNode<Record<string, unknown>>(pkgRoot, script);
    assert.equal(out.ok, true, `the hand-made budget parses: ${JSON.stringify(out.issues)}`);
    assert.equal(out.counted, 1_500_000_000);
    assert.equal(out.declaredTopLevel, 1_800_000_000);
    assert.equal(out.supplementary, 200_000_000);
    assert.deepEqual(out.relisted, ['b2']);
    assert.deepEqual(out.partOf, ['c']);
    assert.deepEqual(out.mismatches, [['d', 'amount', 300_000_000, 200_000_000, 100_000_000]]);
    assert.equal(out.total, '15.0億円');
    assert.deepEqual(out.yen, ['49.1億円', '4億5,632万円', '1兆2,345億円', '456,320千円', '¥4.91 billion']);
    const bad = out.bad as string[][];
    assert.equal(bad.length, 1);
    assert.equal(bad[0]![0], 'amount-unreadable');
    assert.equal(bad[0]![1], 'items[0].amount');
    assert.match(bad[0]![2]!, /^items\[0\]\.amount: .*「49\.1億」を金額として読めません/);
    assert.match(bad[0]![3]!, /^items\[0\]\.amount: .*49\.1億/);
    assert.doesNotMatch(bad[0]![3]!, /を金額として/, 'the English message is English');
    assert.deepEqual(out.untyped, [['missing', 'type']]);
  });

  it('the seed data files parse through the built policy-charts/data', async () => {
    const files = [
      'data/governance.json',
      'data/partnership-council.json',
      'data/pharma-budget.json',
      'data/midnet-budget.json',
      'data/effects/egfr-response.json',
      'data/effects/genome-cost.json',
    ];
    const script = `
      import { readFileSync } from 'node:fs';
      const { parseChartData } = await import('policy-charts/data');
      const files = ${JSON.stringify(files.map((f) => join(ROOT, f)))};
      console.log(JSON.stringify(files.map((f) => {
        const r = parseChartData(JSON.parse(readFileSync(f, 'utf8')));
        return r.ok ? [r.value.type, r.value.title] : ['issues', r.issues];
      })));
    `;
    const out = await runNode<Array<[string, unknown]>>(pkgRoot, script);
    for (const [i, file] of files.entries()) {
      const json = JSON.parse(await readFile(join(ROOT, file), 'utf8')) as { type: string; title: string };
      assert.deepEqual(out[i], [json.type, json.title], `${file} parses`);
    }
  });

  it('the module graph of dist/data.js holds no lit and no module of the elements', () => {
    const byName = new Map(libChunks.map((c) => [c.fileName, c]));
    const seen = new Set<string>();
    const externals = new Set<string>();
    const visit = (fileName: string): void => {
      if (seen.has(fileName)) return;
      seen.add(fileName);
      const chunk = byName.get(fileName);
      assert.ok(chunk, `chunk ${fileName} was built`);
      for (const id of [...chunk.imports, ...chunk.dynamicImports]) {
        if (byName.has(id)) visit(id);
        else externals.add(id);
      }
    };
    visit('data.js');
    const modules = [...seen].flatMap((f) => byName.get(f)!.moduleIds.map((id) => relative(ROOT, id)));
    assert.ok(modules.includes('src/data.ts'), 'the graph starts at src/data.ts');
    assert.deepEqual(
      [...externals].filter((id) => /^(lit|lit-html|lit-element|@lit)(\/|$)/.test(id)),
      [],
      'no lit import',
    );
    assert.deepEqual(
      modules.filter((id) => /node_modules\/(lit|lit-html|lit-element|@lit)\//.test(id) || /^src\/(components|controllers)\//.test(id)),
      [],
      'no lit module and no element or controller module bundled into the data graph',
    );
    // Every module it needs from outside is one of the package's pure dependencies.
    for (const id of externals) assert.match(id, /^d3-/, `external import ${id}`);
  });

  it('the module graph of dist/data.js uses no global that plain Node lacks (document, window, customElements…)', async () => {
    const nodeGlobals = await runNode<string[]>(pkgRoot, 'console.log(JSON.stringify(Object.getOwnPropertyNames(globalThis)))');
    assert.ok(!nodeGlobals.includes('document') && !nodeGlobals.includes('customElements'), 'plain Node has no DOM');
    const graph = new Set<string>();
    const byName = new Map(libChunks.map((c) => [c.fileName, c]));
    const visit = (f: string): void => {
      if (graph.has(f) || !byName.has(f)) return;
      graph.add(f);
      for (const id of byName.get(f)!.imports) visit(id);
    };
    visit('data.js');
    const linter = new Linter({ configType: 'flat' });
    const config = [
      {
        languageOptions: {
          ecmaVersion: 'latest' as const,
          sourceType: 'module' as const,
          globals: Object.fromEntries(nodeGlobals.map((name) => [name, 'readonly' as const])),
        },
        // A `typeof document` guard is allowed: only real references are reported.
        rules: { 'no-undef': ['error', { typeof: false }] as ['error', { typeof: boolean }] },
      },
    ];
    const undefinedNames: string[] = [];
    for (const f of graph) {
      for (const m of linter.verify(byName.get(f)!.code, config, f)) {
        assert.equal(m.fatal, undefined, `${f} parses: ${m.message}`);
        undefinedNames.push(`${f}:${m.line}: ${m.message}`);
      }
    }
    assert.deepEqual(undefinedNames, []);
    // The checker itself: a DOM reference in a chunk would be reported.
    const probe = linter.verify('export const w = () => document.body.clientWidth;', config);
    assert.deepEqual(
      probe.map((m) => m.message),
      ["'document' is not defined."],
    );
  });

  it("import('policy-charts') defines no tag; import('policy-charts/define') defines all three (plain Node, Lit's Node build)", async () => {
    const out = await runNode<{ exported: string[]; afterIndex: unknown[]; afterDefine: unknown[] }>(
      pkgRoot,
      `
      const tags = ['policy-org-chart', 'policy-budget-treemap', 'policy-effect-chart'];
      const get = (t) => globalThis.customElements?.get(t)?.name ?? null;
      const m = await import('policy-charts');
      const afterIndex = tags.map(get);
      await import('policy-charts/define');
      const afterDefine = tags.map(get);
      const exported = ['PolicyOrgChart', 'PolicyBudgetTreemap', 'PolicyEffectChart'].filter((k) => typeof m[k] === 'function');
      console.log(JSON.stringify({ exported, afterIndex, afterDefine }));
    `,
    );
    assert.deepEqual(out.exported, ['PolicyOrgChart', 'PolicyBudgetTreemap', 'PolicyEffectChart']);
    assert.deepEqual(out.afterIndex, [null, null, null], 'the main entry is side-effect free');
    assert.deepEqual(out.afterDefine, ['PolicyOrgChart', 'PolicyBudgetTreemap', 'PolicyEffectChart']);
  });

  it('"exports" resolves every entry to a file the build produced', async () => {
    const entries: [string, string][] = [
      ['policy-charts', 'index.js'],
      ['policy-charts/define', 'define.js'],
      ['policy-charts/data', 'data.js'],
      ['policy-charts/policy-charts.js', 'policy-charts.js'],
      ['policy-charts/policy-charts.iife.js', 'policy-charts.iife.js'],
      ...['org-chart', 'budget-treemap', 'effect-chart'].flatMap((c): [string, string][] => [
        [`policy-charts/${c}`, `${c}.js`],
        [`policy-charts/define/${c}`, `define/${c}.js`],
      ]),
    ];
    const specifiers = entries.map(([s]) => s);
    const resolved = await runNode<string[]>(
      pkgRoot,
      `console.log(JSON.stringify(${JSON.stringify(specifiers)}.map((s) => import.meta.resolve(s))))`,
    );
    const built = new Set([...libChunks, ...bundleChunks, ...scriptChunks].map((c) => c.fileName));
    for (const [i, url] of resolved.entries()) {
      const expected = entries[i]![1];
      const file = fileURLToPath(url);
      assert.equal(relative(pkgRoot, file), join('dist', expected), `${specifiers[i]} → dist/${expected}`);
      assert.ok(built.has(expected), `the build produced ${expected}`);
      assert.ok(existsSync(file), `${file} exists`);
    }
    // require() takes the CommonJS build of the data layer, and it works.
    const required = await runNode<{ file: string; yen: string }>(
      pkgRoot,
      `import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);
       const file = require.resolve('policy-charts/data'); const { formatYen } = require('policy-charts/data');
       console.log(JSON.stringify({ file, yen: formatYen(4_910_000_000, { locale: 'ja' }) }))`,
    );
    assert.equal(relative(pkgRoot, required.file), join('dist', 'data.cjs'));
    assert.equal(required.yen, '49.1億円');
    // The bundle is one self-contained file; the library entries leave lit and d3 to the
    // consumer's bundler.
    assert.deepEqual(
      bundleChunks.map((c) => [c.fileName, c.imports]),
      [['policy-charts.js', []]],
    );
    const define = libChunks.find((c) => c.fileName === 'define.js')!;
    assert.ok(
      [...define.imports, ...libChunks.flatMap((c) => c.imports)].some((id) => id === 'lit' || id.startsWith('lit/')),
      'the library build keeps lit external',
    );
  });

  it('"types" of every code entry are the files tsc -p tsconfig.build.json emits', () => {
    const config = ts.getParsedCommandLineOfConfigFile(join(ROOT, 'tsconfig.build.json'), {}, {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => assert.fail(ts.flattenDiagnosticMessageText(d.messageText, '\n')),
    });
    assert.ok(config, 'tsconfig.build.json reads');
    const emitted = (entry: string) => {
      const input = join(ROOT, entry);
      assert.ok(config.fileNames.includes(input), `${entry} is compiled by tsconfig.build.json`);
      const dts = ts.getOutputFileNames(config, input, !ts.sys.useCaseSensitiveFileNames).find((f) => f.endsWith('.d.ts'));
      assert.ok(dts, `${entry} gets a declaration file`);
      return `./${relative(ROOT, dts)}`;
    };
    const typesOf = (key: string) => {
      const entry = pkg.exports[key];
      assert.ok(entry && typeof entry === 'object', `exports["${key}"] has conditions`);
      // "types" must come first for TypeScript to pick it.
      assert.equal(Object.keys(entry)[0], 'types', `exports["${key}"] lists "types" first`);
      return entry.types;
    };
    assert.equal(typesOf('.'), emitted('src/index.ts'));
    assert.equal(typesOf('./define'), emitted('src/define.ts'));
    assert.equal(typesOf('./data'), emitted('src/data.ts'));
    for (const chart of ['org-chart', 'budget-treemap', 'effect-chart']) {
      assert.equal(typesOf(`./${chart}`), emitted(`src/${chart}.ts`));
      assert.equal(typesOf(`./define/${chart}`), emitted(`src/define/${chart}.ts`));
    }
    assert.equal(pkg.types, emitted('src/index.ts'));
  });
});
