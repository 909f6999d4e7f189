/**
 * The org chart's parts loaded on first use (index.ts `orgLazy`, the model's `tableCode`): the
 * CSV's table and the nested lists, the tooltip and the details panel, the keyboard (keys.ts),
 * the pan, zoom and pinch gestures, the search (search.ts, with a query only) and the slide fit
 * (slide.ts, `preset="slide"` only). One chunk: a page that
 * uses one of them soon uses the others, and one lazy chunk splits the chart's code least.
 */
export { orgDataTable as table } from './table.js';
export { renderOrgList } from './list.js';
export { renderDataTable, tableCSV } from '../../kit/table-code.js';
export { renderExportButtons } from '../../kit/controllers/export-buttons.js';
export { placeOrgFloats, renderOrgDetails, renderOrgTooltip } from './floats.js';
export { handleOrgKey } from './keys.js';
export { panZoomGestures } from '../../kit/controllers/pan-zoom-gestures.js';
export { fitOrgSlide } from './slide.js';
export { searchBodies } from './search.js';
