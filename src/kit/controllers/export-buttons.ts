/**
 * The export buttons of an `exportable` element (`part="export"`: SVG, PNG, PowerPoint and CSV,
 * saved through the element's `toSVG`, `toPNG`, `toPPTX` and `toCSV`, so a subclass's own is
 * used) and why the last save failed. Loaded with the chart's table code (each chart's lazy.ts,
 * the model's `tableCode`), not with the chart: an `exportable` element waits for it before it
 * draws (PolicyChartElement `partsToRender`); a page without the attribute never loads it.
 * It imports only Lit at run time: a module of the chart's page imported here too can make the
 * bundler split the page into more chunks (docs/size.md).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ElementUiWords } from '../element/words.js';
import type { ExportController } from './export-controller.js';

/** Each element's click handler (one per element, so a render does not rebind the buttons). */
const handlers = new WeakMap<ExportController, (event: Event) => void>();

/** `part="export"`: one button per format, and `part="export-error"` after a failed save. */
export function renderExportButtons(exports: ExportController, ui: ElementUiWords): TemplateResult {
  let onExport = handlers.get(exports);
  if (!onExport) handlers.set(exports, (onExport = (event: Event) => void saveExport(exports, (event.currentTarget as HTMLElement).dataset.export)));
  return html`<span part="export" role="group" aria-label=${ui.exportGroup}>
      <button type="button" data-export="svg" @click=${onExport}>${ui.exportSVG}</button>
      <button type="button" data-export="png" @click=${onExport}>${ui.exportPNG}</button>
      <button type="button" data-export="pptx" @click=${onExport}>${ui.exportPPTX}</button>
      <button type="button" data-export="csv" @click=${onExport}>${ui.exportCSV}</button>
      ${exports.error ? html`<span part="export-error" role="alert">${ui.exportFailed}: ${exports.error}</span>` : nothing}
    </span>`;
}

/** Saves the chart in `kind`'s format as a download; a failure is shown beside the buttons. */
async function saveExport(exports: ExportController, kind: string | undefined): Promise<void> {
  const name = exports.fileName();
  const host = exports.host;
  exports.setError(undefined);
  try {
    if (kind === 'svg') await exports.download(new Blob([await host.toSVG()], { type: 'image/svg+xml' }), `${name}.svg`);
    else if (kind === 'png') await exports.download(await host.toPNG(), `${name}.png`);
    else if (kind === 'pptx') await exports.download(await host.toPPTX(), `${name}.pptx`);
    else if (kind === 'csv') await exports.download(new Blob([await host.toCSV()], { type: 'text/csv;charset=utf-8' }), `${name}.csv`);
  } catch (error) {
    // A click has no caller to reject to: the reader is told, and the console has the detail.
    console.error(error);
    exports.showFault(error);
  }
}
