import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { fitSVGPage, main } from '../../src/cli/policy-charts.js';

const data = (name: string) => new URL(`../../data/${name}`, import.meta.url).pathname;

async function run(...args: string[]) {
  let out = '';
  let err = '';
  const code = await main(args, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

const temp = () => mkdtempSync(join(tmpdir(), 'policy-charts-cli-'));

test('render writes an outlined SVG by default: no live text, the words kept in title and desc', async () => {
  const dir = temp();
  const file = join(dir, 'egfr.svg');
  const { code, err } = await run('render', data('effects/egfr-response.json'), '-o', file);
  assert.equal(code, 0, err);
  const svg = readFileSync(file, 'utf8');
  assert.doesNotMatch(svg, /<text\b/);
  assert.match(svg, /<title>EGFR/);
  assert.match(svg, /<desc>[\s\S]*76\.4%/);
});

test('render --fonts none keeps live text; --fonts embed adds the font subset', async () => {
  const dir = temp();
  assert.equal((await run('render', data('effects/sakigake.json'), '-o', join(dir, 'a.svg'), '--fonts', 'none')).code, 0);
  assert.match(readFileSync(join(dir, 'a.svg'), 'utf8'), /<text\b/);
  assert.equal((await run('render', data('effects/sakigake.json'), '-o', join(dir, 'b.svg'), '--fonts', 'embed')).code, 0);
  assert.match(readFileSync(join(dir, 'b.svg'), 'utf8'), /@font-face\{[^}]*data:font\/woff2;base64,/);
});

test('render picks PNG and PPTX from the extension; --slide sizes the PNG page (1080 px high, scale 1)', async () => {
  const dir = temp();
  const png = join(dir, 'm.png');
  assert.equal((await run('render', data('effects/midnet-scale.json'), '-o', png, '--slide', '4:3')).code, 0);
  const bytes = readFileSync(png);
  assert.deepEqual([bytes.readUInt32BE(16), bytes.readUInt32BE(20)], [1440, 1080]);
  const pptx = join(dir, 'm.pptx');
  assert.equal((await run('render', data('effects/midnet-scale.json'), '-o', pptx, '--slide', '4:3')).code, 0);
  assert.equal(readFileSync(pptx).subarray(0, 2).toString('latin1'), 'PK');
});

test('bad input exits 1 with localised issues and their paths, and writes nothing', async () => {
  const dir = temp();
  writeFileSync(join(dir, 'bad.json'), JSON.stringify({ type: 'budget', lang: 'en', items: [{ name: 'x', amount: 'many' }] }));
  const { code, err } = await run('render', join(dir, 'bad.json'), '-o', join(dir, 'bad.svg'));
  assert.equal(code, 1);
  assert.match(err, /bad\.json: /);
  assert.match(err, /items\[0\]\.amount/);
  assert.deepEqual(readdirSync(dir), ['bad.json']);
  const ja = await run('render', join(dir, 'bad.json'), '-o', join(dir, 'bad.svg'), '--lang', 'ja');
  assert.match(ja.err, /[\u3040-\u30ff\u4e00-\u9fff]/, 'Japanese messages with --lang ja');
});

test('a folder in gives a folder out, and one bad file in the batch stops every write', async () => {
  const dir = temp();
  const input = join(dir, 'in');
  cpSync(data('effects'), input, { recursive: true });
  const ok = await run('render', input, '-o', join(dir, 'out'), '--format', 'svg', '--fonts', 'none');
  assert.equal(ok.code, 0, ok.err);
  assert.deepEqual(
    readdirSync(join(dir, 'out')).sort(),
    readdirSync(input).map((n) => n.replace(/\.json$/, '.svg')).sort(),
  );
  writeFileSync(join(input, 'zz-broken.json'), '{ not json');
  const bad = await run('render', input, '-o', join(dir, 'out2'), '--format', 'svg', '--fonts', 'none');
  assert.equal(bad.code, 1);
  assert.match(bad.err, /zz-broken\.json: JSON として読めません/);
  assert.throws(() => readdirSync(join(dir, 'out2')), /ENOENT/);
});

test('without -o the SVG goes to stdout; usage errors exit 2 with the usage', async () => {
  const stdout = await run('render', data('effects/sakigake.json'), '--fonts', 'none');
  assert.equal(stdout.code, 0, stdout.err);
  assert.match(stdout.out, /^<\?xml[^>]*>\n<svg [^>]*class="policy-chart-standalone"/);
  const missing = await run('render');
  assert.equal(missing.code, 2);
  assert.match(missing.err, /usage: policy-charts render/);
  assert.equal((await run('render', data('governance.json'), '-o', 'x.svg', '--width', 'wide')).code, 2);
  assert.equal((await run('render', data('governance.json'), '-o', 'x.svg', '--slide', '21:9')).code, 2);
  assert.equal((await run('render', data('governance.json'), '-o', 'x.gif')).code, 2);
});

test('fitSVGPage scales a drawing down into the page, centred across and down, and never up', () => {
  const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="800" height="1600" viewBox="0 0 800 1600"><title>t</title></svg>';
  const { svg: page, scale } = fitSVGPage(svg, { width: 1280, height: 720 });
  assert.equal(scale, 0.45);
  assert.match(page, /^<\?xml[^>]*>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="1280" height="720"/);
  assert.match(page, /<svg x="460\.00" y="0\.00" width="360\.00" height="720\.00" xmlns/);
  const { svg: small } = fitSVGPage('<svg width="100" height="50"></svg>', { width: 1280, height: 720 });
  assert.match(small, /<svg x="590\.00" y="335\.00" width="100\.00" height="50\.00">/);
});

test('policy-charts import reads a spreadsheet into the JSON document; render draws a CSV directly', async () => {
  const dir = temp();
  const json = join(dir, 'budget.json');
  const imported = await run('import', data('tables/pharma-budget.csv'), '-o', json);
  assert.equal(imported.code, 0, imported.err);
  const doc = JSON.parse(readFileSync(json, 'utf8')) as { type: string; items: unknown[] };
  assert.equal(doc.type, 'budget');
  assert.equal(doc.items.length, 7);
  const svg = join(dir, 'budget.svg');
  const drawn = await run('render', data('tables/pharma-budget.csv'), '-o', svg, '--fonts', 'none');
  assert.equal(drawn.code, 0, drawn.err);
  assert.match(readFileSync(svg, 'utf8'), /82\.2億円/);
  const broken = join(dir, 'broken.csv');
  writeFileSync(broken, 'ID,名称,金額\na,研究開発,49.1億\n');
  const bad = await run('render', broken, '-o', join(dir, 'broken.svg'));
  assert.equal(bad.code, 1);
  assert.match(bad.err, /^broken\.csv C2: .*「49\.1億」/, 'a table issue names the file and the cell once');
});

test('an output that cannot be written exits 4 with its own message, not 1 (bad data)', async () => {
  const dir = temp();
  writeFileSync(join(dir, 'file'), '');
  const result = await run('render', data('effects/sakigake.json'), '-o', join(dir, 'file', 'x.svg'), '--fonts', 'none');
  assert.equal(result.code, 4);
  assert.match(result.err, /出力ファイルに書き込めません/);
});

test('the installed command escapes terminal control characters (here in a file name) on stderr', () => {
  const dir = temp();
  const file = join(dir, 'evil\u001b[2J.json');
  writeFileSync(file, JSON.stringify({ type: 'effect', chart: 'proportions', title: 't', series: [{ label: 'x', value: '50 percent' }] }));
  const bin = new URL('../../src/cli/bin.ts', import.meta.url).pathname;
  const result = spawnSync(process.execPath, ['--import', 'tsx', bin, 'render', file, '-o', join(dir, 'x.svg')], { encoding: 'utf8' });
  assert.equal(result.status, 1, result.stderr);
  assert.match(result.stderr, /series\[0\]\.value/);
  assert.ok(!result.stderr.includes('\u001b'), 'no terminal escape in stderr');
});
