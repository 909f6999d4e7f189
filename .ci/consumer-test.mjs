// The consumer test (npm run test:consumer, after npm run build): the package as a new user gets
// it. Packs the tarball, installs it into a temporary project (from the local tarball; its
// dependencies from the npm cache, else the registry), then
// 1. type-checks test/consumer/*.ts(x) there: every tag and event, React 19 JSX, and lines that
//    must not compile (@ts-expect-error);
// 2. imports and requires policy-charts/data with plain node;
// 3. builds test/consumer/main.ts (one chart) with Vite and holds it to the one-chart budget,
//    and each import of package.json "sizeBudget.imports" (each chart alone, all three) to its own
//    budget: the page's eager JavaScript, chunks behind a dynamic import() reported apart.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleSize, bundleSizes } from './bundle-size.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const reactTypes = JSON.parse(readFileSync(join(root, 'node_modules/@types/react/package.json'), 'utf8')).version;
const budgetKb = pkg.sizeBudget.imports['policy-charts/define/org-chart'];
let passed = 0;
let failed = 0;
const step = async (name, fn) => {
  try {
    await fn();
    passed++;
    console.log(`ok   ${name}`);
  } catch (error) {
    failed++;
    console.log(`FAIL ${name}\n${error.stdout ?? ''}${error.stderr ?? ''}${error.message}`);
  }
};
const sh = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

if (!existsSync(join(root, 'dist/index.js')) || !existsSync(join(root, 'types/jsx.d.ts'))) {
  console.log('FAIL run npm run build first');
  console.log('0 passed, 1 failed');
  process.exit(1);
}
const tmp = mkdtempSync(join(tmpdir(), 'policy-charts-consumer-'));
const app = join(tmp, 'app');
try {
  await step('npm pack and install the tarball', () => {
    const [{ filename }] = JSON.parse(sh('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', tmp], root));
    cpSync(join(root, 'test/consumer'), join(app, 'src'), { recursive: true });
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }, null, 2));
    sh('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', join(tmp, filename), `@types/react@${reactTypes}`], app);
    assert.ok(existsSync(join(app, 'node_modules/policy-charts/dist/policy-charts.iife.js')));
  });
  await step('type-check every tag, event and JSX prop against the installed package', () => {
    writeFileSync(
      join(app, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022', module: 'ESNext', moduleResolution: 'bundler', lib: ['ES2023', 'DOM', 'DOM.Iterable'],
          strict: true, noEmit: true, jsx: 'react-jsx', types: [], skipLibCheck: true,
        },
        include: ['src'],
      }),
    );
    sh(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', app], app);
  });
  await step('import and require policy-charts/data with plain node', () => {
    const esm = sh(process.execPath, ['--input-type=module', '-e', "import { formatYen, parseAmount } from 'policy-charts/data'; console.log(formatYen(4_910_000_000, { locale: 'ja' }), parseAmount('49.1億円', { unit: '円', path: 'amount' }).value.yen)"], app);
    const cjs = sh(process.execPath, ['-e', "const { formatYen, parseAmount } = require('policy-charts/data'); console.log(formatYen(4_910_000_000, { locale: 'ja' }), parseAmount('49.1億円', { unit: '円', path: 'amount' }).value.yen)"], app);
    assert.equal(esm.trim(), '49.1億円 4910000000');
    assert.equal(cjs.trim(), esm.trim());
  });
  await step(`build one chart with Vite: at most ${budgetKb} kB gzipped`, async () => {
    const bytes = await bundleSize({ dir: app, source: readFileSync(join(app, 'src/main.ts'), 'utf8') });
    console.log(`     one chart from the installed package: ${(bytes / 1024).toFixed(1)} kB gzipped`);
    assert.ok(bytes / 1024 <= budgetKb, `${(bytes / 1024).toFixed(1)} kB is over ${budgetKb} kB`);
  });
  for (const [specifier, limitKb] of Object.entries(pkg.sizeBudget.imports)) {
    await step(`build import '${specifier}' with Vite: at most ${limitKb} kB gzipped`, async () => {
      const { eager, lazy } = await bundleSizes({ dir: app, source: `import '${specifier}';\n` });
      console.log(`     ${(eager / 1024).toFixed(1)} kB gzipped with the page (+${(lazy / 1024).toFixed(1)} kB loaded only when used)`);
      assert.ok(eager / 1024 <= limitKb, `${(eager / 1024).toFixed(1)} kB is over ${limitKb} kB`);
    });
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
