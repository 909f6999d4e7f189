/**
 * In an English chart the UI's words are English, but the data's Japanese words are joined the
 * Japanese way: 「本部長：内閣総理大臣」, 「内閣官房長官、健康・医療戦略担当大臣」, not
 * 「本部長: 内閣総理大臣」 and 「内閣官房長官, 健康・医療戦略担当大臣」 (issue 8). English data keeps
 * the English separators.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { describeOrgBody } from '../../src/charts/org/describe.js';
import { renderOrgList } from '../../src/charts/org/list.js';
import { orgDataTable } from '../../src/charts/org/table.js';
import { layoutOrgChart } from '../../src/charts/org/layout/index.js';
import { createFontMeasure } from '../../src/kit/font-metrics.js';
import { bundledFontMetrics } from '../../src/ssr/font-file.js';
import { loadOrg, parseOrg } from './org-boxes.js';
import '../../src/words-en.js';

const governance = loadOrg('governance.json');
const hq = governance.bodies.find((b) => b.id === 'hq')!;
const english = parseOrg({
  type: 'organization',
  title: 'Board',
  bodies: [
    { id: 'b', name: 'Board', kind: 'council', aliases: ['BD', 'The Board'], roles: [{ title: 'Chair', holders: ['Ann Lee', 'Bo Kim'] }] },
    { id: 'c', name: 'Committee', kind: 'council', parent: 'b', roles: [{ title: 'Members', holders: ['内閣府', '文部科学省'] }] },
  ],
});
const text = (t: unknown) => collectResultSync(render(t)).replace(/<!--[^>]*-->/g, '');

describe('separators between the data\'s words follow the words, not the UI language', () => {
  it('the accessible name of 本部 in English: English UI words, Japanese roles joined with ： and 、', () => {
    const name = describeOrgBody({ doc: governance, body: hq, locale: 'en' });
    assert.match(name, /^健康・医療戦略推進本部, Headquarters\. /u);
    assert.ok(name.includes('本部長：内閣総理大臣. '), name);
    assert.ok(name.includes('副本部長：内閣官房長官、健康・医療戦略担当大臣'), name);
    assert.ok(name.includes('Cooperation: AMED'), name);
    assert.ok(!name.includes('長: ') && !name.includes('官, '), 'no ASCII separator inside the Japanese roles');
  });

  it('English data in English keeps 「: 」 and 「, 」; Japanese holders under an English title are joined with 、', () => {
    const board = describeOrgBody({ doc: english, body: english.bodies[0]!, locale: 'en' });
    assert.ok(board.includes('Also known as: BD, The Board'), board);
    assert.ok(board.includes('Chair: Ann Lee, Bo Kim'), board);
    const committee = describeOrgBody({ doc: english, body: english.bodies[1]!, locale: 'en' });
    assert.ok(committee.includes('Members: 内閣府、文部科学省'), committee);
  });

  it('Japanese is unchanged: 「本部長：内閣総理大臣」 and 「AMED、Japan Agency…」 in a Japanese chart', () => {
    const name = describeOrgBody({ doc: governance, body: hq, locale: 'ja' });
    assert.ok(name.includes('副本部長：内閣官房長官、健康・医療戦略担当大臣'), name);
    const amed = describeOrgBody({ doc: governance, body: governance.bodies.find((b) => b.id === 'amed')!, locale: 'ja' });
    assert.ok(amed.includes('AMED、Japan Agency'), amed);
  });

  it('the boxes in English draw 「本部長：内閣総理大臣」 and 「副本部長：内閣官房長官、…」', () => {
    const layout = layoutOrgChart({ doc: governance, width: 1280, measure: createFontMeasure(bundledFontMetrics()!, 14), measureSize: 14, locale: 'en' });
    const lines = layout.byId.get('hq')!.lines.filter((l) => l.kind === 'role').map((l) => l.text).join('');
    assert.ok(lines.includes('本部長：内閣総理大臣'), lines);
    assert.ok(lines.includes('副本部長：内閣官房長官、健康・医療戦略担当大臣'), lines);
    const amed = layout.byId.get('amed')!.lines.filter((l) => l.kind === 'alias').map((l) => l.text).join(' ');
    assert.match(amed, /AMED, Japan Agency/u);
  });

  it('the text list and the data table (CSV) in English join them the same way', () => {
    const list = text(renderOrgList({ doc: governance, locale: 'en' }));
    assert.ok(list.includes('副本部長：内閣官房長官、健康・医療戦略担当大臣'), 'list');
    assert.ok(!list.includes('内閣官房長官, '), 'list');
    const table = orgDataTable({ doc: governance, locale: 'en' });
    const row = table.rows.find((r) => r[0] === 'hq')!;
    assert.equal(String(row[5]).split('\n')[1], '副本部長：内閣官房長官、健康・医療戦略担当大臣');
  });
});
