/**
 * The exports of a chart element: what its `toSVG`, `toPNG`, `toPPTX` and `toCSV` make, and the
 * export buttons (`exportable`: SVG, PNG, PowerPoint and CSV saved through those methods, so a
 * subclass's own is used), with why the last save failed shown beside them. The export code is
 * loaded on the first save, not with the chart; the table code on the first CSV; the buttons
 * (export-buttons.ts) with the chart's table code, before an `exportable` element draws.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { faultDetail } from '../../data/guard.js';
import type { ChartDocument, Locale } from '../../data/types.js';
import type { SlideSize } from '../../export/pptx.js';
import type { TableCode } from '../chart-model.js';
import type { LazyPart } from '../lazy-part.js';

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
    readonly host: ExportHost,
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

  /** The file name to save as (the document's title, else the tag), without characters a file system refuses. */
  fileName(): string {
    return this.source.fileName().replace(/[\\/:*?"<>|]+/g, '_');
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

  /** Saves `blob` as a download named `file` (the export code, loaded on first use). */
  async download(blob: Blob, file: string): Promise<void> {
    const { downloadBlob } = await loadExport();
    downloadBlob(blob, file);
  }

  /** Shows why a save failed: `error`'s name and message, shortened. */
  showFault(error: unknown): void {
    this.setError(faultDetail(error));
  }

  /** Shows why the last save failed (undefined: clears it). */
  setError(error: string | undefined): void {
    if (error === this.error) return;
    this.error = error;
    this.host.requestUpdate();
  }
}
