/**
 * {@link loadPPTX} for the one-file bundles (`dist/policy-charts.js`, `dist/policy-charts.iife.js`):
 * they cannot split off a chunk, so the writer is built on its own as `dist/policy-charts-pptx.js`
 * and loaded from beside the bundle on first use (serve the two files side by side, as unpkg and
 * jsDelivr do). A classic script knows its own address only while it runs
 * (`document.currentScript`), so the address is taken at load; a `data-pptx-src` attribute on
 * that `<script>` names another address for the writer.
 */
const script = typeof document === 'undefined' ? null : document.currentScript;
const BASE: string | undefined = script instanceof HTMLScriptElement && script.src ? script.src : import.meta.url;
const OVERRIDE: string | undefined = script instanceof HTMLScriptElement ? script.dataset.pptxSrc : undefined;

export function loadPPTX(): Promise<typeof import('./pptx.js')> {
  let url: string;
  try {
    url = new URL(OVERRIDE ?? './policy-charts-pptx.js', BASE).href;
  } catch {
    // An inline classic script has no address: nothing else breaks, toPPTX() says why.
    return Promise.reject(new Error('policy-charts: the PowerPoint writer is loaded from beside the bundle; include the bundle with <script src> or set data-pptx-src'));
  }
  return (import(/* @vite-ignore */ url) as Promise<typeof import('./pptx.js')>).catch((cause: unknown) => {
    throw new Error(`policy-charts: cannot load the PowerPoint writer from ${url} (${String(cause)}); serve policy-charts-pptx.js beside the bundle or set data-pptx-src`);
  });
}
