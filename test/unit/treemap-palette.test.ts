import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TREEMAP_CELL_TEXT, TREEMAP_DARK_SERIES, TREEMAP_TONES } from '../../src/charts/budget/styles.js';
import { PALETTE_TINTS } from '../../src/theme/tokens.js';

/** WCAG 2 relative luminance of `#rrggbb`. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('treemap palette', () => {
  it('computes contrast as WCAG does (black on white 21:1, #767676 on white 4.54:1)', () => {
    assert.equal(Math.round(contrast('#000000', '#ffffff') * 100) / 100, 21);
    assert.equal(Math.round(contrast('#767676', '#ffffff') * 100) / 100, 4.54);
  });

  for (const theme of ['light', 'dark'] as const) {
    const text = TREEMAP_CELL_TEXT[theme];
    const series = theme === 'light' ? PALETTE_TINTS : TREEMAP_DARK_SERIES;
    it(`keeps cell text at 4.5:1 or more on every ${theme} pillar fill`, () => {
      for (const fill of series) assert.ok(contrast(text, fill) >= 4.5, `${text} on ${fill}: ${contrast(text, fill).toFixed(2)}`);
    });
    it(`keeps cell text at 4.5:1 or more on every ${theme} change tone`, () => {
      for (const [tone, fill] of Object.entries(TREEMAP_TONES[theme])) {
        assert.ok(contrast(text, fill) >= 4.5, `${tone}: ${text} on ${fill}: ${contrast(text, fill).toFixed(2)}`);
      }
    });
  }

  it('follows the theme: dark fills are dark and carry light text (no pale cells with black text)', () => {
    for (const fill of TREEMAP_DARK_SERIES) assert.ok(luminance(fill) < 0.12, fill);
    assert.ok(luminance(TREEMAP_CELL_TEXT.dark) > 0.8);
  });

  it('orders the change tones: each step further from "same" is deeper in light and more vivid in dark', () => {
    const L = TREEMAP_TONES.light;
    assert.ok(luminance(L['up-1']) > luminance(L['up-2']) && luminance(L['up-2']) > luminance(L['up-3']));
    assert.ok(luminance(L['down-1']) > luminance(L['down-2']) && luminance(L['down-2']) > luminance(L['down-3']));
    const D = TREEMAP_TONES.dark;
    assert.ok(luminance(D['up-1']) < luminance(D['up-2']) && luminance(D['up-2']) < luminance(D['up-3']));
    assert.ok(luminance(D['down-1']) < luminance(D['down-2']) && luminance(D['down-2']) < luminance(D['down-3']));
  });
});
