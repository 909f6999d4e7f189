// The installable command, as a user gets it: packs the package, installs only the tarball
// (and so only its `dependencies`) into an empty temporary folder, and runs
// `npx policy-charts render` on every seed data set into SVG, PNG and PPTX.
// Slow (an npm install of the tarball): run by .ci/run, not by `npm test`.
// Prints one line "N passed, N failed" at the end; exits 1 on any failure.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const sh = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

let passed = 0;
let failed = 0;
function check(name, fn) {
  try {
    fn();
    passed++;
    console.log(`ok - ${name}`);
  } catch (error) {
    failed++;
    console.log(`not ok - ${name}\n  ${String(error.stderr || error.message).split('\n').slice(0, 8).join('\n  ')}`);
  }
}

if (!existsSync(join(root, 'dist/cli/policy-charts.js'))) sh('npx', ['vite', 'build', '-c', 'vite.cli.config.ts'], root);
const work = mkdtempSync(join(tmpdir(), 'policy-charts-pack-'));
try {
  const tarball = sh('npm', ['pack', '--silent', '--pack-destination', work], root).trim().split('\n').pop();
  const app = join(work, 'app');
  sh('mkdir', ['-p', app]);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
  sh('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', join(work, tarball)], app);

  const folders = [join(root, 'data'), join(root, 'data/effects')];
  for (const folder of folders) {
    const inputs = readdirSync(folder).filter((n) => n.endsWith('.json'));
    for (const format of ['svg', 'png', 'pptx']) {
      const out = join(work, 'out', format, folder === folders[0] ? 'data' : 'effects');
      check(`npx policy-charts render ${folder.slice(root.length + 1)}/ --format ${format}`, () => {
        sh('npx', ['--no-install', 'policy-charts', 'render', folder, '-o', out, '--format', format, '--scale', '1'], app);
        for (const name of inputs) {
          const file = join(out, name.replace(/\.json$/, `.${format}`));
          const bytes = readFileSync(file);
          const magic = { svg: '<?xml', png: '\x89PNG', pptx: 'PK' }[format];
          if (bytes.subarray(0, magic.length).toString('latin1') !== magic) throw new Error(`${file}: not a ${format} file`);
          if (format === 'svg' && /<text\b/.test(bytes.toString('utf8'))) throw new Error(`${file}: live text left (default is outline)`);
        }
      });
    }
  }
  // The governance deck is one slide (the CLI slide's layout; a deck that cannot hold a folded
  // subtree adds slides): every connector shape is attached to its two boxes, so that it follows a
  // box moved in PowerPoint (straight tree lines between facing sides, 本部 → 推進会議; lines with a
  // bend are freeform lines through the layout's points, as LibreOffice re-routes attached elbows). Count over all slides.
  check('the org chart PPTX has attached connectors', () => {
    const script = `import JSZip from 'jszip'; import { readFileSync } from 'node:fs';
      const zip = await JSZip.loadAsync(readFileSync(${JSON.stringify(join(work, 'out/pptx/data/governance.pptx'))}));
      const slides = Object.keys(zip.files).filter((p) => /^ppt\\/slides\\/slide\\d+\\.xml$/.test(p));
      let n = 0;
      let loose = 0;
      for (const path of slides) {
        const xml = await zip.file(path).async('string');
        n += (xml.match(/<a:stCxn id="\\d+" idx="\\d"\\/><a:endCxn id="\\d+" idx="\\d"\\/>/g) || []).length;
        loose += (xml.match(/<p:cxnSp>/g) || []).length;
      }
      if (slides.length < 1 || n < 1 || n !== loose) { console.error('slides: ' + slides.length + ', attached connectors: ' + n + ' of ' + loose); process.exit(1); }`;
    writeFileSync(join(app, 'check.mjs'), script);
    sh('node', ['check.mjs'], app);
  });
  check('npx policy-charts import reads a CSV (and an XLSX through the optional exceljs) into JSON that renders', () => {
    sh('npx', ['--no-install', 'policy-charts', 'import', join(root, 'data/tables/pharma-budget.csv'), '-o', 'budget.json'], app);
    const doc = JSON.parse(readFileSync(join(app, 'budget.json'), 'utf8'));
    if (doc.type !== 'budget' || doc.items.length !== 7) throw new Error('budget.json is not the seed budget');
    sh('npx', ['--no-install', 'policy-charts', 'import', join(root, 'test/fixtures/tables/pharma-budget.libreoffice.xlsx'), '-o', 'budget-xlsx.json'], app);
    sh('npx', ['--no-install', 'policy-charts', 'render', 'budget.json', '-o', 'budget.svg', '--fonts', 'none'], app);
    if (!readFileSync(join(app, 'budget.svg'), 'utf8').includes('82.2億円')) throw new Error('budget.svg lacks the counted total');
  });
  check('bad input exits 1 with the issue path', () => {
    writeFileSync(join(app, 'bad.json'), JSON.stringify({ type: 'budget', lang: 'en', items: [{ name: 'x', amount: 'many' }] }));
    try {
      sh('npx', ['--no-install', 'policy-charts', 'render', 'bad.json', '-o', 'bad.svg'], app);
      throw new Error('exit 0 on bad input');
    } catch (error) {
      if (error.status !== 1 || !/items\[0\]\.amount/.test(error.stderr)) throw error;
      if (existsSync(join(app, 'bad.svg'))) throw new Error('bad.svg written');
    }
  });
} finally {
  rmSync(work, { recursive: true, force: true });
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
