/**
 * Every chart's English words (kit/locale-table.ts), for code that lays out, describes or draws
 * in English outside an element: `policy-charts` itself, the CLI, server rendering and Markdown
 * import this module. The elements load their chart's words-en.ts on first use instead.
 */
import './kit/element/words-en.js';
import './charts/budget/words-en.js';
import './charts/effect/words-en.js';
import './charts/org/words-en.js';
