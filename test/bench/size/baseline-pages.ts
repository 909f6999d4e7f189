// The two plain-d3 baseline pages as a bundler ships them (only what they import).
export { drawOrgTree, toggleOrgTree } from '../baselines/org-tree.js';
export { drawBudgetTreemap, drillBudgetTreemap } from '../baselines/budget-treemap.js';
