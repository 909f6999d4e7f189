/**
 * The single-file bundle (`dist/policy-charts.js`): Lit and d3 inside, every tag registered.
 * A page loads it with one `<script type="module" src=…>` and then uses the tags.
 */
import './define.js';

export * from './index.js';
