/**
 * Loads the PowerPoint writer (pptxgenjs and JSZip, about 150 kB gzipped) on first use, as
 * its own chunk: a page pays for it only when someone saves a slide. The one-file bundles
 * swap this module for load-pptx.bundle.ts (vite.config.ts), which loads the prebuilt
 * `policy-charts-pptx.js` next to them.
 */
export function loadPPTX(): Promise<typeof import('./pptx.js')> {
  return import('./pptx.js');
}
