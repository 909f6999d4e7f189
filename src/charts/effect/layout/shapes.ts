/**
 * The positioned shapes an effect-chart layout hands to the renderer. Plain data: no DOM, no
 * Lit. Colours are named by role (`tone`, `fill`), never as CSS, so that the theme, dark mode
 * and forced colours decide how they look.
 */
import type { EffectChartKind } from '../../../data/types.js';

/** How a text or line is coloured: by role, mapped to theme tokens by the renderer. */
/** `on-fill`: text drawn on a light series tint, dark in every theme. */
export type Tone = 'text' | 'muted' | 'on-fill' | 'improved' | 'worsened' | 'neutral' | 'grid' | 'zero';

/** How an area is filled: a series tint, the hatched unknown share, or the empty track. */
export type Fill =
  | { type: 'series'; index: number }
  | { type: 'unknown' }
  | { type: 'track' }
  | { type: 'solid'; tone: Tone };

export interface TextShape {
  kind: 'text';
  /** Anchor point of the first line's baseline. */
  x: number;
  y: number;
  lines: string[];
  /** Font size in px. */
  size: number;
  lineHeight: number;
  anchor: 'start' | 'middle' | 'end';
  bold?: boolean;
  tone: Tone;
  /** The widest line, as measured (for overlap checks). */
  width: number;
}

export interface RectShape {
  kind: 'rect';
  x: number;
  y: number;
  width: number;
  height: number;
  fill: Fill;
  /** Draw an outline (every bar has one, so that shares read without colour). */
  outline?: boolean;
  /** Dash pattern of the outline (a derived value's bar). */
  dash?: string;
}

export interface LineShape {
  kind: 'line';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  tone: Tone;
  strokeWidth: number;
  dash?: string;
  /** Draw an arrow head at (x2, y2). */
  arrow?: boolean;
}

/** Marker shapes; the shape, not only the colour, tells improved from worsened. */
export const SYMBOLS = ['circle', 'ring', 'square', 'diamond', 'cross'] as const;
export type SymbolKind = (typeof SYMBOLS)[number];

export interface SymbolShape {
  kind: 'symbol';
  x: number;
  y: number;
  /** Radius of the marker's bounding circle. */
  r: number;
  symbol: SymbolKind;
  tone: Tone;
  /** Drawn unfilled (a derived value): the outline only, whatever the symbol. */
  hollow?: boolean;
  /** Dash pattern of the outline (a derived value). */
  dash?: string;
}

export type Shape = TextShape | RectShape | LineShape | SymbolShape;

/** A box, for focus rings and overlap checks. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One focusable datum (a bar, a dumbbell): its series and shapes (describe.ts words what a screen reader says). */
export interface EffectMark {
  /** Stable id within the chart (`series-0`). */
  id: string;
  seriesIndex: number;
  /** The series label. */
  label: string;
  /** The area the focus ring surrounds. */
  box: Box;
  shapes: Shape[];
}

export interface AxisTick {
  value: number;
  x: number;
  label: string;
  /** Where the label sits on its tick: centred (default), or starting at it at the drawing's edge. */
  anchor?: 'start' | 'middle';
}

/** A horizontal value axis with vertical grid lines. */
export interface AxisLayout {
  /** Baseline of the tick labels. */
  y: number;
  x1: number;
  x2: number;
  /** Top and bottom of the grid lines. */
  gridTop: number;
  gridBottom: number;
  ticks: AxisTick[];
  /** Font size of the tick labels (px). */
  tickSize: number;
  /** The scale's name (`対数目盛: 1目盛で10倍`), if any. */
  title?: TextShape;
  /** Where zero is, when it lies inside the axis (drawn as a strong line). */
  zeroX?: number;
  scale: 'linear' | 'log';
}

/** What every effect layout returns. */
export interface EffectLayout {
  chart: EffectChartKind;
  width: number;
  height: number;
  /** The base font size chosen for this width (px). */
  fontSize: number;
  marks: EffectMark[];
  axes: AxisLayout[];
  /** Shapes that belong to no single datum: differences, factors, legends (the comparisons they state are worded for the slide notes by describe.ts). */
  annotations: Shape[];
}

/** The bounding box of a text shape. */
export function getTextBox(text: TextShape): Box {
  const height = text.lineHeight * text.lines.length;
  const x = text.anchor === 'start' ? text.x : text.anchor === 'end' ? text.x - text.width : text.x - text.width / 2;
  // The baseline is about 0.8 of the font size below the line's top.
  return { x, y: text.y - text.size * 0.8 - (text.lineHeight - text.size) / 2, width: text.width, height };
}

/** Whether two boxes overlap by more than half a pixel (touching edges do not). */
export function boxesOverlap(a: Box, b: Box): boolean {
  const e = 0.5;
  return a.x + e < b.x + b.width && b.x + e < a.x + a.width && a.y + e < b.y + b.height && b.y + e < a.y + a.height;
}
