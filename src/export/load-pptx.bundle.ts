/**
 * {@link loadPPTX} for the one-file bundles (`dist/policy-charts.js`, `dist/policy-charts.iife.js`):
 * they cannot split off a chunk, so the writer is built on its own as `dist/policy-charts-pptx.js`
 * and loaded from beside the bundle on first use. A classic script knows its own address only
 * while it runs (`document.currentScript`), so the base is taken at load.
 */
const script = typeof document === 'undefined' ? null : document.currentScript;
const BASE: string | undefined = script instanceof HTMLScriptElement && script.src ? script.src : import.meta.url;

export function loadPPTX(): Promise<typeof import('./pptx.js')> {
  // new URL throws without a base (an inline classic script): the promise rejects, nothing else breaks.
  return Promise.resolve().then(() => import(/* @vite-ignore */ new URL('./policy-charts-pptx.js', BASE).href) as Promise<typeof import('./pptx.js')>);
}
