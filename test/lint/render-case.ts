/**
 * Draws one seed data set in a chart element inside `host`, waits until it is settled, and runs
 * the chart's fit action (「全体を表示」) when it has one. Used in the page by test/lint/run.mjs
 * and by the browser test test/lint/seeds.lint-test.ts.
 */
import { createFlareLike } from '../fixtures/flare-like.js';
import { generateBudget } from '../fixtures/generate-budget.js';
import { generateOrganization } from '../fixtures/generate-organization.js';

// The charts write the lint's hooks (data-lint-* attributes) only when the page asks (src/kit/lint-hooks.ts).
(globalThis as { policyChartsLint?: boolean }).policyChartsLint = true;

const frames = () => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * Loads a seed: a URL (with `#key`: that member of the JSON object, as a story file of several
 * error documents has them), `generate:N` (or `generate:N,seed=S`) for a generated organisation
 * of N bodies, `flare` for the flare-like wide tree, or `budget:leaves=8,seed=11,unit=兆円,depth=3`
 * for a generated budget.
 */
export async function loadSeed(data: string, readJson: (url: string) => Promise<unknown> = fetchJson): Promise<unknown> {
  if (data === 'flare') return createFlareLike();
  if (data.startsWith('budget:')) {
    const o = Object.fromEntries(data.slice('budget:'.length).split(',').map((kv) => kv.split('=') as [string, string]));
    return generateBudget({ leaves: Number(o.leaves), seed: Number(o.seed ?? 1), ...(o.unit ? { unit: o.unit as Parameters<typeof generateBudget>[0]['unit'] } : {}), depth: Number(o.depth ?? 3) });
  }
  const m = /^generate:(\d+)(?:,seed=(\d+))?$/.exec(data);
  if (m) return generateOrganization({ bodies: Number(m[1]), seed: Number(m[2] ?? 1) });
  const [url, key] = data.split('#') as [string, string | undefined];
  const json = (await readJson(url)) as Record<string, unknown>;
  if (key === undefined) return json;
  if (!(key in json)) throw new Error(`${url}: no member ${key}`);
  return json[key];
}

/** A JSON file served under the repo root (the page's way; a Node test reads the file). */
async function fetchJson(url: string): Promise<unknown> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: ${res.status}`);
  return res.json();
}

interface Settling extends HTMLElement {
  data: unknown;
  updateComplete: Promise<boolean>;
}

/** Options of {@link renderCase}. */
export interface RenderCaseOptions {
  tag: string;
  data: string;
  width: number;
  height?: number;
  /** Type preset (`slide` for the 1920×1080 case). */
  preset?: string;
  /** Other attributes of the element (`mode`, `lang`…). */
  attrs?: Readonly<Record<string, string>>;
  /** Inline style of the element (a story's `--policy-font-size: 18px`). */
  style?: string;
}

/** Draws the chart and returns it, settled and fitted. */
export async function renderCase(host: HTMLElement, options: RenderCaseOptions): Promise<HTMLElement> {
  host.replaceChildren();
  host.style.width = `${options.width}px`;
  const el = document.createElement(options.tag) as Settling;
  if (options.height) el.setAttribute('height', String(options.height));
  if (options.preset) el.setAttribute('preset', options.preset);
  for (const [k, v] of Object.entries(options.attrs ?? {})) el.setAttribute(k, v);
  if (options.style) el.setAttribute('style', options.style);
  // A dark chart on the dark page its story draws it on (the page behind is not linted).
  host.style.background = options.attrs?.theme === 'dark' ? '#16181c' : '';
  el.data = await loadSeed(options.data);
  host.append(el);
  await el.updateComplete;
  await sleep(300);
  await el.updateComplete;
  // 「全体を表示」: the org chart's fit button, shown when the drawing can be zoomed or panned.
  const fit = el.shadowRoot?.querySelector<HTMLButtonElement>('button[data-zoom="fit"]');
  if (fit) {
    fit.click();
    await el.updateComplete;
  }
  await document.fonts.ready;
  await frames();
  // Transitions (boxes growing, paths moving) finish before the lint reads positions.
  await sleep(450);
  await el.updateComplete;
  return el;
}
