/**
 * The exports of a chart element: what its `toSVG`, `toPNG`, `toPPTX` and `toCSV` make, and the
 * export buttons (`exportable`: SVG, PNG, PowerPoint and CSV saved through those methods, so a
 * subclass's own is used), with why the last save failed shown beside them. The export code is
 * loaded on the first save, not with the chart; the table code on the first CSV.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { faultDetail } from '../../data/guard.js';
import type { ChartDocument, Locale } from '../../data/types.js';
import type { SlideSize } from '../../export/pptx.js';
import type { TableCode } from '../chart-model.js';
import type { LazyPart } from '../lazy-part.js';
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

/** What the exports are made from. */
export interface ExportSource<TDoc extends ChartDocument> {
  /** The file name without extension (the document's title, else the tag). */
  fileName: () => string;
  /** The element's state (`toPPTX` rejects unless `ready`). */
  status: () => string;
  /** The document (undefined: none to save) and the input it was parsed from (the PowerPoint writer parses it again). */
  doc: () => TDoc | undefined;
  input: () => unknown;
  /** The language of the CSV and the deck. */
  locale: () => Locale;
  /** The chart's table code (the CSV is derived from its table). */
  tableCode: LazyPart<TableCode<TDoc>>;
}

/** The saved files, the buttons and the last save's error. */
export class ExportController<TDoc extends ChartDocument = ChartDocument> implements ReactiveController {
  /** Why the last save failed (shown until the next save). */
  error?: string;

  constructor(
    private readonly host: ExportHost,
    private readonly source: ExportSource<TDoc>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The framed SVG document of the chart as shown (`toSVG`). */
  async svg(): Promise<string> {
    const { exportSVG } = await loadExport();
    return exportSVG(this.host);
  }

  /** The PNG of the framed chart at `scale` device pixels per CSS pixel, web fonts embedded (`toPNG`). */
  async png(scale: number): Promise<Blob> {
    const { exportPNG } = await loadExport();
    return exportPNG(this.host, { scale });
  }

  /** A one-slide PowerPoint deck of the document (`toPPTX`); rejects unless the chart is ready. */
  async pptx(slide: SlideSize): Promise<Blob> {
    const status = this.source.status();
    if (status !== 'ready') throw new Error(`toPPTX: <${this.host.localName}> is ${status}, not ready`);
    const { exportPPTX } = await loadExport();
    return exportPPTX(this.source.input(), { locale: this.source.locale(), slide });
  }

  /** The chart's data as CSV with a byte order mark (`toCSV`); `''` without a document. */
  async csv(): Promise<string> {
    const doc = this.source.doc();
    if (!doc) return '';
    const locale = this.source.locale();
    const code = await this.source.tableCode.load();
    return code.tableCSV(code.table({ doc, locale }));
  }

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
    const name = this.source.fileName().replace(/[\\/:*?"<>|]+/g, '_');
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
