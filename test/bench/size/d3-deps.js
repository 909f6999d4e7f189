// What a plain-d3 org chart + treemap page depends on, whole (the size comparison's baseline).
export * from 'd3-hierarchy';
export * from 'd3-selection';
export * from 'd3-scale';
export * from 'd3-shape';
