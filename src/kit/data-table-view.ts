/**
 * The table alternative of a chart, rendered from its {@link DataTable}: a caption, column
 * headers, rows (the row-header column as `<th scope="row">`, outline depth as an indent), a
 * total line and notes. A stateless template; long tables come in chunks (see
 * ProgressiveRowsController), each built once.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { isNumericCell, type DataTable } from './data-table.js';

/** Options of {@link renderDataTable}. */
export interface RenderDataTableOptions {
  /** Rows in chunks, of which the first `shown` are rendered (each in its own `<tbody class="chunk">`); default one body with every row. */
  chunks?: { size: number; count: number; shown: number };
  /** Class of the paragraphs under the table. */
  noteClass?: string;
}

/** The `<table>` of a chart's data, and its notes. */
export function renderDataTable(table: DataTable, options: RenderDataTableOptions = {}): TemplateResult {
  const numeric = new Set(table.numeric ?? []);
  const nowrap = new Set(table.nowrap ?? []);
  const chunks = options.chunks;
  const body = (start: number, end: number) => html`<tbody class=${chunks && chunks.count > 1 ? 'chunk' : ''}>
    ${table.rows.slice(start, end).map((cells, k) => {
      const r = start + k;
      const depth = table.depths?.[r];
      return html`<tr>
        ${cells.map((c, i) =>
          i === table.rowHeader
            ? html`<th scope="row" class=${depth === undefined ? '' : `depth-${Math.min(depth, 4)}`}>${c}</th>`
            : html`<td class=${nowrap.has(i) ? 'number' : isNumericCell(table, r, i) ? 'num' : ''}>${c}</td>`,
        )}
      </tr>`;
    })}
  </tbody>`;
  const bodies = chunks
    ? Array.from({ length: chunks.shown }, (_, n) => {
        const start = n * chunks.size;
        return guard([table.rows, start], () => body(start, start + chunks.size));
      })
    : [body(0, table.rows.length)];
  return html`<table aria-busy=${chunks ? (chunks.shown < chunks.count ? 'true' : 'false') : nothing}>
      ${table.caption !== undefined ? html`<caption>${table.caption}</caption>` : nothing}
      <thead>
        <tr>
          ${table.header.map((c, i) => html`<th scope="col" class=${numeric.has(i) ? 'num' : ''}>${c}</th>`)}
        </tr>
      </thead>
      ${bodies}
      ${table.footer
        ? html`<tfoot>
            <tr class="total">
              ${table.footer.map((c, i) => html`<td class=${numeric.has(i) ? 'num' : ''}>${c}</td>`)}
            </tr>
          </tfoot>`
        : nothing}
    </table>
    ${(table.notes ?? []).map((note) => html`<p class=${options.noteClass ?? nothing}>${note}</p>`)}`;
}
