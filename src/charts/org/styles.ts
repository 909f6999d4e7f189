import { css } from 'lit';

/** Styles of `<policy-org-chart>` (on top of the shared base styles). */
export const orgChartStyles = css`
  :host {
    --_org-box: var(--policy-org-chart-box-background, var(--_background));
    --_org-line: var(--policy-org-chart-line-color, var(--_text));
    --_org-link: var(--policy-org-chart-link-color, var(--_accent));
    --_org-lane: var(--policy-org-chart-lane-background, var(--_surface));
  }
  .viewport {
    position: relative;
    /* Clips the drawing's svg, which is taller than the window (its height kept in steps:
       layout-controller.ts orgCanvasHeight). clip, not hidden: a hidden overflow can be scrolled by
       focus() and scrollIntoView(), which would shift the drawing inside its window. */
    overflow: hidden;
    overflow: clip;
    touch-action: pan-y;
    user-select: none;
    -webkit-user-select: none;
  }
  .viewport.pannable {
    cursor: grab;
  }
  .viewport.pannable.both {
    touch-action: none;
  }
  .viewport.dragging {
    cursor: grabbing;
  }
  svg.org {
    max-width: none;
    overflow: visible;
  }
  .node {
    outline: none;
    cursor: pointer;
  }
  /* Boxes glide to their new places; a box that has just appeared grows out of its parent
     (--_from, set per box) and fades in. --_motion is 0ms under reduced motion: nothing moves.
     Only the boxes and connectors that moved in the last layout have a transition (.moving):
     transitions on every box made the browser restyle them all on each expand or collapse. */
  .node.moving,
  .boxes .moving {
    transition:
      transform var(--_motion) ease-out,
      opacity var(--_motion) ease-out;
  }
  /* A moving box's texts glide in one group, placed by its transform attribute: a group new in
     this drawing starts at the box's old place (--_from). */
  @starting-style {
    .boxes g.moving {
      transform: var(--_from);
    }
  }
  /* An animation, not @starting-style: the box's place is an inline transform, which a
     starting style cannot override but an animation can. */
  .node.entering,
  .boxes .entering {
    transform-origin: 0 0;
    animation: org-grow var(--_motion) ease-out;
  }
  @keyframes org-grow {
    from {
      transform: var(--_from);
      opacity: 0;
    }
  }
  /* A new box's text stays at its place and fades in over the last tenth of the motion, when its
     frame has grown there (render.ts renderBoxText: a transform animated on a <text>, scaled or
     not, makes the browser lay the text out again when the animation starts and ends). The new
     boxes' texts are in one layer (.boxes > g.entering): one animation, not one per text. */
  .boxes .entering {
    animation: org-text-in var(--_motion) linear;
  }
  @keyframes org-text-in {
    from,
    90% {
      opacity: 0;
    }
  }
  /* A connector whose shape changed is drawn at once in its new shape and fades in while the
     boxes glide (a transition of its d ran on the main thread, every frame); one moved whole (in
     a subtree that moved) glides from its old place (--_from) by a transform, as the boxes do.
     Each is a new element (render.ts), so that its animation starts again on the next toggle. */
  .edges path.moving {
    animation: org-fade var(--_motion) ease-in;
  }
  .edges path.shifting {
    animation: org-shift var(--_motion) ease-out;
  }
  @keyframes org-fade {
    from {
      opacity: 0;
    }
  }
  @keyframes org-shift {
    from {
      transform: var(--_from);
    }
  }
  .edges path.entering {
    transition: opacity var(--_motion) ease-out;
  }
  /* A new layout that moved the view (an expand or collapse keeps its body where it was on the
     screen): the whole drawing glides from where it was (--_view-from, set on the window) as the
     boxes glide within it, with the same timing, so the body toggled does not move at all. Two
     animations of one motion, alternating, so that a glide right after another starts again. */
  .viewport.glide-odd > svg.org {
    animation: org-view-odd var(--_motion) ease-out;
  }
  .viewport.glide-even > svg.org {
    animation: org-view-even var(--_motion) ease-out;
  }
  @keyframes org-view-odd {
    from {
      transform: var(--_view-from);
    }
  }
  @keyframes org-view-even {
    from {
      transform: var(--_view-from);
    }
  }
  /* What does not glide within the drawing (lanes, typed lines, their labels and badges) takes its
     new place on the screen at once, as before: it glides the other way (--_view-back, in the
     drawing's units), so that it does not slide in with the drawing (a line between two boxes that
     keep their places on the screen stays still). */
  .viewport.glide-odd :is(.lanes, .links, .link-labels, .link-badges) {
    animation: org-view-back-odd var(--_motion) ease-out;
  }
  /* The two offsets are registered as not inherited (policy-org-chart.ts): only the elements that
     glide take them from the window, each from its parent, so that a new value restyles these few,
     not every element of the drawing (1.2–1.7 ms at 10,000 bodies). Where the browser cannot
     register them they are inherited anyway. */
  div.viewport > svg.org {
    --_view-from: inherit;
    --_view-back: inherit;
  }
  svg.org > g.viewport,
  svg.org > g.viewport > :is(.lanes, .links, .link-labels, .link-badges) {
    --_view-back: inherit;
  }
  .viewport.glide-even :is(.lanes, .links, .link-labels, .link-badges) {
    animation: org-view-back-even var(--_motion) ease-out;
  }
  @keyframes org-view-back-odd {
    from {
      transform: var(--_view-back);
    }
  }
  @keyframes org-view-back-even {
    from {
      transform: var(--_view-back);
    }
  }
  @starting-style {
    .edges path.entering {
      opacity: 0;
    }
  }
  .frame {
    fill: var(--_org-box);
    stroke: var(--_border);
    stroke-width: 1.5;
  }
  .frame.match {
    fill: var(--_highlight);
    stroke: var(--_text);
    stroke-width: 3;
  }
  .match-mark {
    fill: none;
    stroke: var(--_text);
    stroke-width: 1;
  }
  .selected-ring {
    fill: none;
    stroke: var(--_accent);
    stroke-width: 2.5;
  }
  .focus-ring {
    fill: none;
    stroke: var(--_focus);
    stroke-width: 3;
    opacity: 0;
  }
  /* The box text is drawn above the treeitems' shapes and lets the pointer through to them. */
  .boxes,
  .focus-ring {
    pointer-events: none;
  }
  /* The keyboard ring (one element, placed on the active body) while a body has keyboard focus
     (.focus-visible, set by tree-controller.ts): not after a click or tap (the selection ring
     shows that). */
  .viewport.focus-visible:not(.pointer-focus) .focus-ring {
    opacity: 1;
  }
  .tooltip {
    position: absolute;
    z-index: 1;
    max-width: min(22em, calc(100% - 8px));
    overflow: auto;
    padding: 0.3em 0.55em;
    border: 1px solid var(--_text);
    border-radius: 4px;
    background: var(--_background);
    color: var(--_text);
    /* Never under 12 px on a page (0.85em of a 14 px chart is 11.9 px). */
    font-size: max(12px, 0.85em);
    line-height: 1.45;
    box-shadow: 0 2px 6px rgb(0 0 0 / 0.25);
    pointer-events: auto;
    user-select: text;
    -webkit-user-select: text;
  }
  .tooltip p {
    margin: 0;
  }
  .tooltip .tip-name {
    font-weight: 700;
  }
  .drag-hint {
    margin: 0.25em 0 0;
    font-size: max(12px, 0.85em);
    color: var(--_muted);
  }
  .arrowhead {
    fill: var(--_org-link);
    stroke: none;
  }
  .arrowhead-open,
  .open-end {
    fill: var(--_background);
    stroke: var(--_org-link);
    stroke-width: 1.5;
  }
  .link .marker-carrier {
    stroke: none;
  }
  /* Lines into collapsed subtrees stand back from the lines between drawn boxes. */
  .link.into-collapsed path {
    stroke-width: 1.25;
  }
  .link.into-collapsed .double-outer {
    stroke-width: 4.5;
  }
  .link.into-collapsed .double-inner {
    stroke-width: 1.5;
  }
  .badge {
    fill: var(--_series-8);
    stroke: none;
  }
  .node[data-kind='headquarters'] .badge {
    fill: var(--_series-1);
  }
  .badge-text {
    font-size: var(--_org-badge-size, 12px);
    text-anchor: middle;
    fill: #1a1a1a;
  }
  /* A box's lines: one <text> (its first line) with a <tspan> per further line; each line sets
     all it needs, as it may sit inside a line of another kind. */
  svg .lines.name,
  svg .lines .name {
    font-size: var(--_org-name-size, 16px);
    font-weight: 700;
    fill: var(--_text);
  }
  svg .lines.alias,
  svg .lines .alias,
  svg .lines.role,
  svg .lines .role,
  svg .lines.note,
  svg .lines .note {
    font-weight: 400;
    fill: var(--_text);
  }
  svg .lines.alias,
  svg .lines .alias,
  svg .lines.role,
  svg .lines .role,
  svg .lines.note,
  svg .lines .note,
  .count-text,
  .link-label text {
    font-size: var(--_org-text-size, 14px);
  }
  svg .lines.alias,
  svg .lines .alias,
  svg .lines.note,
  svg .lines .note {
    fill: var(--_muted);
  }
  .count-chip {
    fill: var(--_surface);
    stroke: var(--_org-link);
  }
  svg .count-text {
    fill: var(--_org-link);
  }
  .folded rect,
  .folded-chip {
    fill: var(--_background);
    stroke: var(--_org-link);
    stroke-width: 1.5;
    stroke-dasharray: 4 2;
  }
  svg .folded text,
  svg .folded-text {
    font-size: var(--_org-badge-size, 12px);
    font-weight: 700;
    text-anchor: middle;
    fill: var(--_org-link);
  }
  /* A pair's number (layout/pair-mark.ts): its digits at the badge's size in a thin ring, the text ending before it. */
  svg .folded-text.numbered,
  svg .link-label text.numbered {
    text-anchor: end;
  }
  svg .pair-digits {
    text-anchor: middle;
  }
  .pair-ring,
  .link-label.link-stub rect.pair-ring {
    fill: var(--_background);
    stroke: var(--_org-link);
    stroke-width: 1;
    stroke-dasharray: none;
  }
  .toggle {
    fill: var(--_background);
    stroke: var(--_text);
    stroke-width: 1.75;
  }
  /* The rule a toggle kept where a box's text ends stands on (its end badges under it, gutter.ts). */
  .toggle-rule {
    fill: none;
    stroke: var(--_border);
    stroke-width: 1;
  }
  .edges path,
  .edge-sample {
    fill: none;
    stroke: var(--_org-line);
    stroke-width: 1.5;
  }
  .link path {
    fill: none;
    stroke: var(--_org-link);
    stroke-width: 2;
  }
  .link .double-outer {
    stroke-width: 6;
  }
  .link .double-inner {
    stroke: var(--_background);
    stroke-width: 2;
  }
  .lanes .band {
    fill: var(--_org-lane);
    stroke: var(--_border);
    stroke-dasharray: 2 3;
  }
  svg .lane-label {
    font-size: var(--_org-badge-size, 12px);
    font-weight: 700;
    fill: var(--_muted);
  }
  .lane-label.vertical {
    writing-mode: vertical-rl;
    text-orientation: upright;
  }
  .link-label rect {
    fill: var(--_background);
    stroke: none;
  }
  svg .link-label text.vertical {
    writing-mode: vertical-rl;
    text-orientation: upright;
    text-anchor: start;
  }
  svg .link-label text.vertical.sideways {
    text-orientation: mixed;
  }
  .link-label.link-stub rect {
    stroke: var(--_org-link);
    stroke-width: 1.5;
  }
  svg .link-label.link-stub text {
    font-size: var(--_org-badge-size, 12px);
  }
  svg .link-label text {
    text-anchor: middle;
    fill: var(--_org-link);
    font-weight: 700;
  }
  /* The one column's end badges (layout/gutter.ts): the link and its way, then the body at the
     other end, which takes the reader there. */
  .link-badge .chip {
    fill: var(--_background);
    stroke: var(--_org-link);
    stroke-width: 1.5;
  }
  svg .link-badge text {
    font-size: var(--_org-badge-size, 12px);
  }
  svg .link-badge text.head {
    fill: var(--_org-link);
    font-weight: 700;
  }
  svg .link-badge text.partner {
    fill: var(--_text);
    text-decoration: underline;
  }
  .badge-go,
  .link-stub[role='button'] {
    cursor: pointer;
  }
  .link-stub[role='button']:focus {
    outline: none;
  }
  .link-stub[role='button']:focus-visible rect {
    stroke: var(--_focus);
    stroke-width: 2.5;
  }
  .badge-go .hit {
    fill: transparent;
  }
  .badge-go:focus {
    outline: none;
  }
  .badge-go:focus-visible .hit {
    stroke: var(--_focus);
    stroke-width: 2;
  }
  [part='legend'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
    list-style: none;
    padding: 0;
    margin: 0.5em 0 0;
    font-size: 0.9em;
  }
  [part='legend'] li {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
  }
  .legend-sample {
    display: inline-block;
    flex: none;
  }
  /* The samples follow the legend's type (16 viewBox units = 1 em, the legend being 0.9 em), so
     the badge sample's N (16 units in its 24-unit-high sample, 1.5 em) is as large as the
     badges: 12.6 px on a page, 18 px on a slide. */
  [part='legend'] .legend-sample {
    width: 2.5em;
    height: 1em;
  }
  [part='legend'] .legend-sample.folded-sample {
    height: 1.5em;
  }
  [part='legend'] .legend-sample .folded text {
    font-size: 16px;
  }
  /* A link drawn as badges: its chip, the way (↓) over the other body's underlined name. */
  [part='legend'] .legend-sample.badge-sample {
    height: 1.5em;
  }
  /* 16 units: as large as the badges' text, as the folded sample's N. */
  .badge-sample .head {
    font-size: 16px;
    font-weight: 700;
    fill: var(--_org-link);
  }
  .badge-sample .name-sample {
    stroke: var(--_text);
    stroke-width: 1.5;
  }
  /* As wide as its placeholder (toolbar.ts sets --_search-width), never wider than the chart. */
  [part='search'] {
    box-sizing: border-box;
    width: min(var(--_search-width, 16em), 100%);
  }
  .search-status {
    color: var(--_muted);
  }
  .stage {
    position: relative;
  }
  /* On a slide (preset="slide" with a height, the whole chart's) the toolbar stands right of the
     title and description instead of in a row of its own: the drawing gets that row (about 50 px
     at 20 px type), as the CLI's slide page has no toolbar row (slide-state.ts measures what the
     rest takes). */
  :host([preset='slide'][height]) [part='figure'] {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    column-gap: 1em;
  }
  :host([preset='slide'][height]) [part='figure'] > * {
    grid-column: 1 / -1;
    min-width: 0;
  }
  :host([preset='slide'][height]) [part='figure'] > [part='title'] {
    grid-area: 1 / 1;
  }
  :host([preset='slide'][height]) [part='figure'] > [part='description'] {
    grid-area: 2 / 1;
  }
  :host([preset='slide'][height]) [part='figure'] > [part='toolbar'] {
    grid-area: 1 / 2 / span 2;
    align-self: start;
    justify-content: flex-end;
  }
  /* Floats beside the box that opened it (placed by floatBeside after each update). */
  [part='details'] {
    position: absolute;
    z-index: 2;
    top: 0;
    left: 0;
    box-sizing: border-box;
    width: min(28em, 100%);
    overflow: auto;
    border: 1px solid var(--_border);
    border-radius: 4px;
    padding: 0.5em 0.75em;
    background: var(--_background);
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.25);
  }
  [part='details'] h3 {
    font-size: 1em;
    margin: 0 0 0.25em;
  }
  /* Terms take at most 40 % of the panel (a long one wraps: 「編集注記（資料の読み取り方）」,
     "Editor's notes (how the source was read)"), so that the facts keep room and are never cut. */
  [part='details'] dl {
    margin: 0;
    display: grid;
    grid-template-columns: fit-content(40%) minmax(0, 1fr);
    gap: 0.15em 0.75em;
  }
  [part='details'] dt {
    font-weight: 700;
  }
  [part='details'] dd {
    margin: 0;
  }
  [part='details'] dt,
  [part='details'] dd,
  [part='details'] h3,
  .tooltip p {
    min-width: 0;
    overflow-wrap: break-word;
    /* Japanese breaks between phrases (Chromium), not inside words: 抽出テキ / スト. */
    word-break: auto-phrase;
    line-break: strict;
  }
  [part='details'] ul.folded-links {
    margin: 0;
    padding-left: 1.2em;
  }
  /* Holders wrap as whole items, never split inside a name. */
  [part='details'] ul.holders {
    margin: 0;
    padding: 0;
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    gap: 0.1em 1em;
  }
  /* A holder wider than the panel alone breaks between phrases, inside the panel (keep-all ran it out at 360 px). */
  [part='details'] ul.holders li {
    min-width: 0;
    word-break: auto-phrase;
    line-break: strict;
    overflow-wrap: anywhere;
  }
  .details-head {
    display: flex;
    justify-content: space-between;
    align-items: start;
    gap: 0.5em;
  }
  .org-list,
  .org-list ul {
    margin: 0;
    padding-left: 1.4em;
  }
  .org-list li {
    margin: 0.25em 0;
  }
  .list-name {
    font-weight: 700;
  }
  .list-source {
    color: var(--_muted);
    font-size: 0.9em;
  }
  @media (forced-colors: active) {
    .toggle-rule {
      stroke: CanvasText;
    }
    .frame,
    .toggle,
    .lanes .band,
    .link-label rect,
    .link-badge .chip,
    .folded rect,
    .folded-chip,
    .pair-ring,
    .badge {
      fill: Canvas;
      stroke: CanvasText;
    }
    .badge {
      stroke-width: 1;
    }
    svg text,
    svg text.lines[class],
    svg text.lines tspan[class],
    svg .badge-text,
    svg .count-text,
    svg .link-label text,
    svg .link-badge text,
    svg .folded text,
    svg .folded-text,
    svg .lane-label {
      fill: CanvasText;
    }
    .edges path,
    .edge-sample,
    .link path,
    .match-mark {
      stroke: CanvasText;
    }
    .link .double-inner {
      stroke: Canvas;
    }
    .arrowhead {
      fill: CanvasText;
    }
    .arrowhead-open,
    .open-end {
      fill: Canvas;
      stroke: CanvasText;
    }
    .tooltip {
      border-color: CanvasText;
      background: Canvas;
      color: CanvasText;
      box-shadow: none;
    }
    .frame.match {
      fill: Canvas;
      stroke: Highlight;
    }
    .selected-ring {
      stroke: Highlight;
    }
    .focus-ring {
      stroke: Highlight;
    }
  }
  @media print {
    [part='details'] {
      position: static;
      width: auto;
      max-height: none !important;
      box-shadow: none;
    }
  }
`;
