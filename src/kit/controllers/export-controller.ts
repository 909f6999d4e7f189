/**
 * The export buttons of a chart element (`exportable`): SVG, PNG, PowerPoint and CSV saved
 * through the element's own `toSVG`, `toPNG`, `toPPTX` and `toCSV`; why the last save failed is
 * shown beside them. The export code is loaded on the first save, not with the chart.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { faultDetail } from '../../data/guard.js';
import type { ElementUiWords } from '../element/words.js';

/** The export code (SVG framing, PNG, PowerPoint), loaded on the first export, not with the chart. */
export const loadExport = () => import('../../export/index.js');

/** What the buttons save from. */
export interface ExportHost extends ReactiveControllerHost, HTMLElement {
  toSVG(): Promise<string>;
  toPNG(): Promise<Blob>;
  toPPTX(): Promise<Blob>;
  toCSV(): Promise<string>;
}

/** The buttons and the last save's error. */
export class ExportController implements ReactiveController {
  /** Why the last save failed (shown until the next save). */
  error?: string;

  constructor(
    private readonly host: ExportHost,
    /** The file name without extension (the document's title, else the tag). */
    private readonly fileName: () => string,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** `part="export"`: one button per format, and `part="export-error"` after a failed save. */
  render(ui: ElementUiWords): TemplateResult {
    return html`<span part="export" role="group" aria-label=${ui.exportGroup}>
      <button type="button" data-export="svg" @click=${this.onExport}>${ui.exportSVG}</button>
      <button type="button" data-export="png" @click=${this.onExport}>${ui.exportPNG}</button>
      <button type="button" data-export="pptx" @click=${this.onExport}>${ui.exportPPTX}</button>
      <button type="button" data-export="csv" @click=${this.onExport}>${ui.exportCSV}</button>
      ${this.error ? html`<span part="export-error" role="alert">${ui.exportFailed}: ${this.error}</span>` : nothing}
    </span>`;
  }

  private readonly onExport = async (event: Event): Promise<void> => {
    const kind = (event.currentTarget as HTMLElement).dataset.export;
    const name = this.fileName().replace(/[\\/:*?"<>|]+/g, '_');
    const host = this.host;
    this.setError(undefined);
    try {
      const { downloadBlob } = await loadExport();
      if (kind === 'svg') downloadBlob(new Blob([await host.toSVG()], { type: 'image/svg+xml' }), `${name}.svg`);
      else if (kind === 'png') downloadBlob(await host.toPNG(), `${name}.png`);
      else if (kind === 'pptx') downloadBlob(await host.toPPTX(), `${name}.pptx`);
      else if (kind === 'csv') downloadBlob(new Blob([await host.toCSV()], { type: 'text/csv;charset=utf-8' }), `${name}.csv`);
    } catch (error) {
      // A click has no caller to reject to: the reader is told, and the console has the detail.
      console.error(error);
      this.setError(faultDetail(error));
    }
  };

  private setError(error: string | undefined): void {
    if (error === this.error) return;
    this.error = error;
    this.host.requestUpdate();
  }
}
