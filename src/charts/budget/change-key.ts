/** Change mode's key drawn under the chart; loaded on first use with the chart's lazy chunk (layout/later.ts). */
import { nothing, svg, type SVGTemplateResult } from 'lit';
import type { ChangeKey } from './layout/index.js';
import { toneHasPattern } from './render.js';

/** The change key under the chart: a swatch (tint and pattern) and its words per tone. */
export function renderChangeKey(key: ChangeKey, p: string, fontSize: number): SVGTemplateResult {
  return svg`<g class="change-key" aria-hidden="true">
    <text class="key-text key-title" x="${key.titleX}" y="${key.titleY}" font-size="${fontSize}">${key.title}</text>
    ${key.swatches.map(
      (s) => svg`<rect class="area tone-${s.tone}" x="${s.x}" y="${s.y}" width="${s.width}" height="${s.height}"></rect>
        ${toneHasPattern(s.tone) ? svg`<rect class="pattern" fill="url(#${p}pat-${s.tone})" x="${s.x}" y="${s.y}" width="${s.width}" height="${s.height}"></rect>` : nothing}
        <text class="key-text" x="${s.textX}" y="${s.textY}" font-size="${fontSize}">${s.text}</text>`,
    )}
  </g>`;
}
