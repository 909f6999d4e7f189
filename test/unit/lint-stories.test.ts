/**
 * Every story has a layout-lint case (issue 8: the lint renders "every seed data set and every
 * story"): each exported story of stories/*.stories.ts is named by a case of LINT_STORIES
 * (test/lint/cases.js) whose data is the story's data and whose attributes are the ones the
 * story's args set, and every case names a story that exists. A new story without a case fails here.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import { LINT_STORIES, LINT_WIDTHS, type LintStory } from '../lint/cases.js';
import { loadSeed } from '../lint/render-case.js';

type Args = Record<string, unknown>;
interface StoryModule {
  default: { args?: Args };
  [name: string]: { args?: Args; loaders?: Array<() => Promise<Args>> } | undefined | { args?: Args };
}

const FILES = readdirSync(resolve('stories')).filter((f) => f.endsWith('.stories.ts')).sort();
const readJson = async (url: string) => JSON.parse(readFileSync(resolve(`.${url}`), 'utf8')) as unknown;
/** A value as JSON has it (generated data may hold undefined members). */
const plain = (v: unknown) => JSON.parse(JSON.stringify(v)) as unknown;

/** The attributes (and inline style) a story's args give the element, as the story's render writes them. */
function attributesOf(file: string, a: Args): { attrs: Record<string, string>; style?: string } {
  const attrs: Record<string, string> = {};
  const set = (name: string, v: unknown, unless?: unknown) => {
    if (v === undefined || v === null || v === '' || v === false || v === unless) return;
    attrs[name] = v === true ? '' : String(v);
  };
  set('lang', a.lang, 'ja');
  set('theme', a.theme, 'light');
  set('show-table', a.showTable);
  if (file === 'org-chart') {
    set('orientation', a.orientation, 'auto');
    set('collapsed-depth', a.collapsedDepth);
    set('search', a.search);
    set('searchable', a.searchable);
  }
  if (file === 'budget-treemap') {
    set('supplementary', a.supplementary, 'initial');
    set('mode', a.mode, 'amount');
    set('form', a.form, 'auto');
    set('min-cell-area', a.minCellArea);
  }
  return { attrs, style: a.fontSize ? `--policy-font-size: ${String(a.fontSize)}px` : undefined };
}

describe('layout lint cases of the stories', () => {
  const modules = new Map<string, StoryModule>();
  const stories: Array<{ file: string; name: string; key: string }> = [];

  it('reads every stories file', async () => {
    assert.ok(FILES.length >= 4, FILES.join(', '));
    for (const f of FILES) {
      const file = f.replace(/\.stories\.ts$/, '');
      const mod = (await import(`../../stories/${f.replace(/\.ts$/, '.js')}`)) as StoryModule;
      modules.set(file, mod);
      for (const name of Object.keys(mod).filter((k) => k !== 'default' && k !== '__namedExportsOrder')) stories.push({ file, name, key: `${file}:${name}` });
    }
    assert.ok(stories.length > 50, `${stories.length} stories`);
  });

  it('has a case for every story and a story for every case', () => {
    const cases = new Set(LINT_STORIES.map((c) => c.story));
    const missing = stories.filter((s) => !cases.has(s.key)).map((s) => s.key);
    assert.deepEqual(missing, [], `stories without a layout-lint case in test/lint/cases.js (LINT_STORIES): ${missing.join(', ')}`);
    const known = new Set(stories.map((s) => s.key));
    assert.deepEqual(LINT_STORIES.filter((c) => !known.has(c.story)).map((c) => c.story), [], 'cases naming no story');
    assert.equal(cases.size, LINT_STORIES.length, 'one case per story');
  });

  it('runs each case at widths the lint knows, and says why when a story is not drawn at all four', () => {
    const names = LINT_WIDTHS.map((w) => w.name);
    for (const c of LINT_STORIES) {
      assert.ok(c.widths.length > 0 && c.widths.every((w) => names.includes(w)), `${c.name}: ${c.widths.join(', ')}`);
      if (c.widths.length < names.length) assert.ok(c.why && c.why.length > 10, `${c.name} is linted at ${c.widths.join(', ')} only: say why`);
    }
  });

  it('draws each story\'s own data with the attributes its args set', async () => {
    for (const c of LINT_STORIES) {
      const [file, name] = c.story.split(':') as [string, string];
      const mod = modules.get(file)!;
      const story = mod[name] as { args?: Args; loaders?: Array<() => Promise<Args>> };
      const args: Args = { ...mod.default.args, ...story.args };
      for (const load of story.loaders ?? []) Object.assign(args, await load());
      assert.deepEqual(plain(await loadSeed(c.data, readJson)), plain(args.data), `${c.name}: the case's data ${c.data} is not the story's`);
      if (file === 'for-slides') {
        assert.equal(c.tag, args.tag, `${c.name}: tag`);
        assert.deepEqual(c.widths, ['slide'], `${c.name}: a slide story`);
        continue;
      }
      const { attrs, style } = attributesOf(file, args);
      assert.deepEqual({ ...(c.attrs ?? {}) }, attrs, `${c.name}: attributes`);
      assert.equal(c.style, style, `${c.name}: style`);
      // A story drawn at a phone's width or on a slide is linted there only.
      if (typeof args.width === 'number' && args.width <= 400) assert.deepEqual(c.widths, ['360'], `${c.name}: a phone story`);
      if (args.preset === 'slide') {
        assert.deepEqual(c.widths, ['slide'], `${c.name}: a slide story`);
        const slide = LINT_WIDTHS.find((w) => w.name === 'slide')!;
        assert.equal(args.height, (c as LintStory).slideBox?.height ?? slide.height, `${c.name}: the slide's height`);
      }
    }
  });
});
