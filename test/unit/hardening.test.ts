/**
 * Issue 14, "nothing wrong shown, nothing broken, whatever the data": each case an attack on
 * the landed library found, kept here so it stays found.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { renderDocumentSVG } from '../../src/cli/render-document.js';
import { DataSourceController, type SourceState } from '../../src/kit/controllers/data-source-controller.js';
import { decodeBody } from '../../src/kit/controllers/fetch-source.js';
import { parseBudget } from '../../src/data/budget.js';
import { parseEffect } from '../../src/data/effect.js';
import { summarizeEffect } from '../../src/data/effect-summary.js';
import { parseSafely } from '../../src/data/guard.js';
import { MAX_ORG_DEPTH, parseOrganization } from '../../src/data/organization.js';
import { parseChartData } from '../../src/data/parse.js';
import { describeValue } from '../../src/data/read.js';
import type { ProportionsDocument } from '../../src/data/types.js';
import { toCSV } from '../../src/export/index.js';
import { formatIssue } from '../../src/format/messages/index.js';
import { formatPercent } from '../../src/format/number.js';
import { formatRatio } from '../../src/format/counts.js';
import { escapeTerminal } from '../../src/format/terminal.js';
import { createApproxMeasure, wrapText } from '../../src/kit/text.js';
import { assertValidXml } from '../fixtures/xml.js';

const cli = (args: string[], input?: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/svg.ts', ...args], { encoding: 'utf8', input, timeout: 60_000 });

const chain = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `n${i}`, name: `部局${i}`, ...(i > 0 ? { parent: `n${i - 1}` } : {}) }));

/** Every C0 control, DEL's neighbours, U+2028/2029, U+FFFE/FFFF and a lone surrogate of each kind. */
const CONTROLS = [...Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)), '\u2028', '\u2029', '\uFFFE', '\uFFFF', '\uD800', '\uDC00'];

describe('1. no formatter prints NaN, Infinity or e-notation; tiny shares read 0.0001%未満', () => {
  it('formats shares below 0.0001% (and ratios below 0.0001) as 未満, and huge ones in digits', () => {
    // 50万円 of 1兆円: the share that was 「全体のNaN%」.
    assert.equal(formatPercent(500_000 / 1e12, { locale: 'ja' }), '0.0001%未満');
    assert.equal(formatPercent(1.5e-8, { locale: 'en' }), '<0.0001%');
    assert.equal(formatPercent(1e17, { locale: 'ja' }), '10,000,000,000,000,000,000.0%');
    assert.equal(formatRatio(1e-7, { locale: 'ja' }), '0.0001倍未満');
    assert.equal(formatRatio(0.012, { locale: 'ja' }), '0.012倍');
    assert.equal(formatPercent(Number.NaN, { locale: 'ja' }), '—');
  });

  it('writes a share of "0.00001%" in the effect sentence without NaN', () => {
    const parsed = parseEffect({
      type: 'effect',
      chart: 'proportions',
      measure: '発生率',
      series: [
        { label: '稀な副作用', value: '0.00001%' },
        { label: '対照', value: '50%' },
      ],
    });
    assert.ok(parsed.ok);
    const ja = summarizeEffect(parsed.value as ProportionsDocument, { locale: 'ja' }).sentence;
    const en = summarizeEffect(parsed.value as ProportionsDocument, { locale: 'en' }).sentence;
    for (const s of [ja, en]) assert.doesNotMatch(s, /NaN|Infinity|∞|\de[+-]?\d/, s);
    assert.match(ja, /0\.0001%未満/);
  });

  it('draws a 50万円 item in a 1兆円 budget without NaN (CLI SVG: cells, titles, table)', () => {
    const result = renderDocumentSVG({
      input: { type: 'budget', unit: '円', items: [{ id: 'big', name: '大事業', amount: 1e12 }, { id: 'tiny', name: '小事業', amount: 500_000 }] },
    });
    assert.ok(result.ok);
    assert.doesNotMatch(result.svg, /NaN|Infinity/);
  });
});

describe(`2. organisations deeper than ${MAX_ORG_DEPTH} levels are rejected, and ${MAX_ORG_DEPTH} are drawn`, () => {
  it(`the CLI draws a chain of ${MAX_ORG_DEPTH} (exit 0) and names the first body past it (exit 1)`, () => {
    const dir = mkdtempSync(join(tmpdir(), 'deep-'));
    const ok = join(dir, 'ok.json');
    const deep = join(dir, 'deep.json');
    writeFileSync(ok, JSON.stringify({ type: 'organization', bodies: chain(MAX_ORG_DEPTH) }));
    writeFileSync(deep, JSON.stringify({ type: 'organization', bodies: chain(2_500) }));
    const drawn = cli([ok]);
    assert.equal(drawn.status, 0, drawn.stderr);
    assertValidXml(drawn.stdout);
    assert.ok(drawn.stdout.includes(`部局${MAX_ORG_DEPTH - 1}`));
    const refused = cli([deep]);
    assert.equal(refused.status, 1, refused.stderr);
    assert.equal(refused.stderr.trim(), `${deep}: bodies[${MAX_ORG_DEPTH}]: 組織「n${MAX_ORG_DEPTH}」の入れ子が深すぎます（${MAX_ORG_DEPTH}階層まで）`);
  });
});

describe('3. control characters: normalised at parse time, reported, never in an export', () => {
  it('turns U+000B and U+2028 into line breaks, removes other controls and lone surrogates, and warns with the path', () => {
    const r = parseOrganization({ type: 'organization', bodies: [{ id: 'a', name: '厚生労働省\u000B医政局\u2028研究開発振興課\u0001\uD800' }] });
    assert.ok(r.ok);
    assert.equal(r.value.bodies[0]!.name, '厚生労働省\n医政局\n研究開発振興課');
    assert.deepEqual(r.warnings, [{ code: 'text-control-removed', path: 'bodies[0].name', params: { count: 2 } }]);
    assert.equal(formatIssue(r.warnings[0]!, 'ja'), 'bodies[0].name: 表示できない制御文字を2文字取り除きました');
  });

  it('renders every control character in every string field of each chart to valid XML', () => {
    const junk = CONTROLS.join('x');
    const docs = [
      { type: 'organization', title: junk, description: junk, source: junk, lanes: [{ id: 'l', name: junk }], bodies: [{ id: 'a', name: junk, lane: 'l', aliases: [junk], notes: [junk], roles: [{ title: junk, holders: [junk] }] }, { id: 'b', name: junk, parent: 'a' }], links: [{ from: 'a', to: 'b', type: 'other', label: junk }] },
      { type: 'budget', title: junk, description: junk, source: junk, fiscalYear: junk, unit: '億円', items: [{ id: 'a', name: junk, amount: 2, note: junk, children: [{ id: 'b', name: junk, amount: 1 }] }] },
      { type: 'effect', chart: 'proportions', title: junk, measure: junk, notes: [junk], series: [{ label: junk, value: '40%', categories: [{ label: junk, value: '40%' }] }] },
      { type: 'effect', chart: 'magnitude', title: junk, unit: junk, series: [{ label: junk, value: 3e9, display: junk }, { label: junk, value: 1000 }] },
      { type: 'effect', chart: 'change', title: junk, series: [{ label: junk, before: { value: 10, label: junk }, after: { value: 2, label: junk } }] },
    ];
    for (const input of docs) {
      const r = renderDocumentSVG({ input, locale: 'ja' });
      assert.ok(r.ok, JSON.stringify(r.ok ? '' : r.messages));
      assertValidXml(r.svg);
    }
  });

  it('the CLI writes valid XML and the warning (exit 0)', () => {
    const r = cli(['-'], JSON.stringify({ type: 'organization', bodies: [{ id: 'a', name: 'A\u000BB\u0007' }] }));
    assert.equal(r.status, 0, r.stderr);
    assertValidXml(r.stdout);
    assert.equal(r.stderr.trim(), '-: 注意: bodies[0].name: 表示できない制御文字を1文字取り除きました');
  });
});

describe('4. parsers never throw', () => {
  let nested: unknown = 'x';
  for (let i = 0; i < 10_000; i++) nested = [nested];

  it('describes a 10,000-deep array in kind, links[].type, better and type as an issue', () => {
    const org = parseOrganization({ type: 'organization', bodies: [{ id: 'a', name: 'A', kind: nested }, { id: 'b', name: 'B' }], links: [{ from: 'a', to: 'b', type: nested }] });
    assert.ok(!org.ok);
    assert.deepEqual(org.issues.map((i) => [i.code, i.path]), [['unknown-value', 'bodies[0].kind'], ['unknown-value', 'links[0].type']]);
    assert.match(String(org.issues[0]!.params.value), /^\[\[\[\[.*…$/);
    const change = parseEffect({ type: 'effect', chart: 'change', series: [{ label: 'a', before: { value: 1 }, after: { value: 2 }, better: nested }] });
    assert.ok(!change.ok);
    assert.equal(change.issues[0]!.path, 'series[0].better');
    for (const r of [parseChartData({ type: nested }), parseBudget({ type: nested, items: [] })]) {
      assert.ok(!r.ok);
      assert.equal(r.issues[0]!.path, 'type');
    }
  });

  it('checks 130,000 magnitude series without spreading them', () => {
    const series = Array.from({ length: 130_000 }, (_, i) => ({ label: `s${i}`, value: i === 0 ? -1 : i * 1000 }));
    const r = parseEffect({ type: 'effect', chart: 'magnitude', series });
    assert.ok(!r.ok);
    assert.deepEqual(r.issues.map((i) => [i.code, i.path]), [['effect-log-nonpositive', 'series[0].value']]);
  });

  it('summarises 130,000 valid magnitude series (largest against smallest) without spreading them', () => {
    const series = Array.from({ length: 130_000 }, (_, i) => ({ label: `s${i}`, value: (i + 1) * 1000 }));
    const r = parseEffect({ type: 'effect', chart: 'magnitude', series });
    assert.ok(r.ok);
    const { sentence } = summarizeEffect(r.value, { locale: 'ja' });
    assert.match(sentence, /s129999/);
  });

  it('reads null-prototype objects, and reports a throwing getter at its path', () => {
    const body = Object.assign(Object.create(null) as object, { id: 'a', name: 'A' });
    const doc = Object.assign(Object.create(null) as object, { type: 'organization', bodies: [body] });
    assert.equal(parseOrganization(doc).ok, true);
    const trap = { type: 'organization', bodies: [{ id: 'a', get name(): string { throw new RangeError('boom'); } }] };
    const r = parseChartData(trap);
    assert.ok(!r.ok);
    assert.deepEqual(r.issues[0], { code: 'value-unreadable', path: 'bodies[0].name', params: { detail: 'RangeError: boom' } });
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    assert.deepEqual(parseBudget(revoked.proxy).ok, false);
  });

  it('reports a fault inside a parser as an internal error, not as unreadable JSON', () => {
    const r = parseSafely({}, () => {
      throw new TypeError('bug');
    });
    assert.deepEqual(r, { ok: false, issues: [{ code: 'internal-error', path: '', params: { detail: 'TypeError: bug' } }] });
    assert.match(formatIssue(r.issues[0]!, 'ja'), /^内部エラーです/);
  });

  it('describes any value in bounded text', () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    assert.ok(describeValue(cyclic).length <= 201);
    assert.equal(describeValue({ a: [1, 'b', null] }), '{"a":[1,"b",null]}');
    assert.equal(describeValue(12n), '12n');
  });
});

describe('5. wrapText is linear in the label', () => {
  it('wraps labels of every shape into 3 lines with work that grows linearly with the label (10× the text, at most 12× the characters measured)', () => {
    // Counted, not timed: the characters handed to the measure stand for the work done.
    const approx = createApproxMeasure(14);
    const shapes: ((n: number) => string)[] = [
      (n) => 'あ'.repeat(n),
      (n) => 'x'.repeat(n),
      (n) => 'ab '.repeat(Math.round(n / 3)),
      (n) => ' '.repeat(n),
      (n) => '👨‍👩‍👧'.repeat(Math.round(n / 8)),
    ];
    for (const shape of shapes) {
      const work = (n: number): number => {
        let measured = 0;
        const measure = (t: string): number => {
          measured += t.length;
          return approx(t);
        };
        const r = wrapText({ text: shape(n), maxWidth: 160, measure, maxLines: 3 });
        assert.ok(r.lines.length <= 3);
        return measured;
      };
      const small = work(100_000);
      const large = work(1_000_000);
      assert.ok(large <= 12 * Math.max(small, 1), `${JSON.stringify(shape(4))}…: ${small} characters measured at 100k, ${large} at 1M`);
    }
  });

  it('draws an organisation with a 200k-character holder name through the CLI in seconds (the footer repeats it in full)', () => {
    const start = performance.now();
    const r = renderDocumentSVG({ input: { type: 'organization', bodies: [{ id: 'a', name: 'A', roles: [{ title: '長', holders: ['山'.repeat(200_000)] }] }] } });
    assert.ok(r.ok);
    const ms = performance.now() - start;
    assert.ok(ms < 20_000, `took ${Math.round(ms)} ms`);
  });
});

describe('6. no silent wrong or lost values', () => {
  it('reports budget figures that add up past 2^53 instead of an inexact total', () => {
    const r = parseBudget({ type: 'budget', unit: '円', items: [{ id: 'a', name: 'A', amount: 2 ** 53 - 1 }, { id: 'b', name: 'B', amount: 2 }] });
    assert.ok(!r.ok);
    assert.deepEqual(r.issues, [{ code: 'total-too-large', path: 'items', params: { key: 'amount', total: '9007199254740993' } }]);
    assert.match(formatIssue(r.issues[0]!, 'ja'), /合計が大きすぎます/);
  });

  it('keeps an own top-level "__proto__" key in extra', () => {
    for (const text of [
      '{"type":"organization","__proto__":{"x":1},"bodies":[{"id":"a","name":"A"}]}',
      '{"type":"budget","__proto__":{"x":1},"items":[{"id":"a","name":"A"}]}',
      '{"type":"effect","chart":"magnitude","__proto__":{"x":1},"series":[{"label":"a","value":1}]}',
    ]) {
      const r = parseChartData(JSON.parse(text));
      assert.ok(r.ok);
      assert.deepEqual(Object.keys(r.value.extra), ['__proto__']);
      assert.deepEqual(Object.getOwnPropertyDescriptor(r.value.extra, '__proto__')?.value, { x: 1 });
      assert.equal(Object.getPrototypeOf(r.value.extra), Object.prototype);
    }
  });

  it('reports 1e-21 (億円) as a fraction of a yen and 1e21 (円) as too large', () => {
    const one = (amount: number, unit: string) => parseBudget({ type: 'budget', unit, items: [{ id: 'a', name: 'A', amount }] });
    assert.deepEqual(one(1e-21, '億円'), { ok: false, issues: [{ code: 'amount-fraction', path: 'items[0].amount', params: { value: '1e-21' } }] });
    assert.deepEqual(one(1e21, '円'), { ok: false, issues: [{ code: 'amount-too-large', path: 'items[0].amount', params: { value: '1e+21' } }] });
  });
});

describe('7. deployment facts', () => {
  it('CLI: -o to an unwritable path exits 4 with a message and no stack', () => {
    const r = cli(['-o', '/nonexistent-dir/out.svg', 'data/governance.json']);
    assert.equal(r.status, 4);
    assert.equal(r.stderr.trim(), '/nonexistent-dir/out.svg: 出力ファイルに書き込めません（ENOENT）');
  });

  it('CLI: escapes terminal control sequences from bad values on stderr', () => {
    // ESC is removed at parse time; CSI (U+009B) and bidi overrides are not controls there.
    const r = cli(['-'], JSON.stringify({ type: 'budget', items: [{ id: 'a', name: 'A', amount: '\u009B31m1\u202E億円' }] }));
    assert.equal(r.status, 1);
    // eslint-disable-next-line no-control-regex -- the point of the check
    assert.doesNotMatch(r.stderr, /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202E]/);
    assert.match(r.stderr, /\\u\{9b\}31m1\\u\{202e\}億円/);
    assert.equal(escapeTerminal('\u001b]0;title\u0007'), '\\u{1b}]0;title\\u{7}');
  });

  it('CSV: a cell starting with a line feed and = is prefixed', () => {
    assert.equal(toCSV([['\n=HYPERLINK("x")']]), `"'\n=HYPERLINK(""x"")"\r\n`);
  });

  it('decodes Shift_JIS when the charset says so, and reports bytes that are not UTF-8', () => {
    // 「予算」 in Shift_JIS.
    const sjis = new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0x97, 0x5c, 0x8e, 0x5a, 0x22, 0x7d]).buffer;
    assert.deepEqual(decodeBody(sjis, 'application/json; charset=Shift_JIS', 'u'), { text: '{"a":"予算"}' });
    assert.deepEqual(decodeBody(sjis, 'application/json', 'u'), { issue: { code: 'fetch-not-utf8', path: '', params: { url: 'u', charset: 'UTF-8' } } });
    assert.deepEqual(decodeBody(sjis, 'application/json; charset=x-unknown', 'u'), { issue: { code: 'fetch-charset', path: '', params: { url: 'u', charset: 'x-unknown' } } });
  });

  describe('slow and hanging src servers (loopback)', () => {
    let server: Server;
    let base = '';
    before(async () => {
      server = createServer((req, res) => {
        if (req.url === '/hang') return; // never answers
        setTimeout(() => {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end('{"type":"organization","bodies":[{"id":"a","name":"A"}]}');
        }, 300);
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    after(() => {
      server.closeAllConnections();
      server.close();
    });

    /** A controller on a minimal host, resolving with the first settled state. */
    const load = (url: string, timeout: number) =>
      new Promise<SourceState>((resolve) => {
        const host = {
          addController: () => {},
          querySelector: () => null,
          requestUpdate: () => {
            if (controller.state.status === 'loaded' || controller.state.status === 'failed') resolve(controller.state);
          },
        };
        const controller = new DataSourceController(host as never);
        controller.timeout = timeout;
        controller.setSource(url);
      });

    it('times out a server that never answers, with the seconds in the message', async () => {
      const state = await load(`${base}/hang`, 400);
      assert.equal(state.status, 'failed');
      const issue = (state as { issues: Parameters<typeof formatIssue>[0][] }).issues[0]!;
      assert.deepEqual(issue, { code: 'fetch-timeout', path: '', params: { url: `${base}/hang`, seconds: 0.4 } });
      assert.equal(formatIssue(issue, 'ja'), `${base}/hang を読み込めません（0.4秒たっても応答がありません）`);
    });

    it('waits for a slow server within the time allowed', async () => {
      const state = await load(`${base}/slow`, 5_000);
      assert.equal(state.status, 'loaded');
    });
  });
});
