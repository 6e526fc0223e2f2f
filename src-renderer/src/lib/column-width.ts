/** A column width that fits its header and sample values (CJK characters count double). */
import type { Cell } from './table.js';

const PX_PER_UNIT = 7.2;
const PADDING = 26;
/** A header also holds its sort arrow (↕, ▲, ▼, with its margin) after the label, in a bolder weight. */
const ARROW = 24;

function units(text: string): number {
  let n = 0;
  for (const ch of text) n += /[\u2e80-\u9fff\uac00-\ud7af\uff00-\uffef]/.test(ch) ? 2 : 1;
  return n;
}

export function fitColumnWidth(label: string, samples: readonly Cell[], min = 72, max = 320): number {
  const widest = Math.max(units(label) * PX_PER_UNIT + ARROW, ...samples.map((v) => (v === null ? 0 : units(String(v)) * PX_PER_UNIT)));
  return Math.round(Math.min(max, Math.max(min, widest + PADDING)));
}

let context: CanvasRenderingContext2D | null | undefined;

/**
 * The width a column needs to show every sample whole, measured in the table's font (an
 * id cut at its end is a different id): the estimate above is close for words, not for ids.
 */
export function measuredColumnWidth(label: string, samples: readonly string[], font: string, max: number): number {
  context ??= document.createElement('canvas').getContext('2d');
  if (!context) return fitColumnWidth(label, samples, 72, max);
  context.font = font;
  const widest = Math.max(context.measureText(label).width + ARROW, ...samples.map((s) => context!.measureText(s).width));
  return Math.round(Math.min(max, Math.max(72, widest + PADDING)));
}

/** A text's width in px in `font` (the estimate above where no canvas measures). */
export function textWidth(text: string, font: string): number {
  context ??= document.createElement('canvas').getContext('2d');
  if (!context) return units(text) * PX_PER_UNIT;
  context.font = font;
  return context.measureText(text).width;
}

/** The sort arrow after a header's label as SortButton draws it (its margin and a 10 px glyph). */
export const ARROW_WIDTH = 16;

/**
 * The least width a header needs when it may wrap between words and CJK characters and
 * before its arrow (SortButton `wrap`): its widest word, or half the label and the arrow
 * (two lines) if that is more.
 */
export function headerWidth(label: string, measure: (text: string) => number): number {
  const words = label.split(/\s+|(?<=[\u2e80-\u9fff\uff00-\uffef])|(?=[\u2e80-\u9fff\uff00-\uffef])/).filter(Boolean);
  const widest = Math.max(ARROW_WIDTH, ...words.map(measure));
  return Math.ceil(Math.max(widest, (measure(label) + ARROW_WIDTH) / 2 + 8));
}

/**
 * Widths that fit `available` pixels where they can: only the columns that may give way
 * (long ids and names, read whole on hover or copy) narrow, the widest first, each down to
 * its floor — `floor` for `true`, its own for a number — so every header stays on screen
 * in a laptop's window; other columns (`false`: figures, dates) keep theirs.
 */
export function fitColumnsInto(widths: readonly number[], shrinkable: readonly (boolean | number)[], available: number, floor = 180): number[] {
  const out = [...widths];
  let excess = out.reduce((a, b) => a + b, 0) - available;
  if (available <= 0 || excess <= 0) return out;
  const floorOf = (i: number): number => (typeof shrinkable[i] === 'number' ? (shrinkable[i] as number) : floor);
  // Narrow the widest shrinkable column toward the next one's width (or its floor), then both, … until it fits.
  const order = out.map((_, i) => i).filter((i) => shrinkable[i] !== false && out[i] > floorOf(i));
  while (excess > 0 && order.length > 0) {
    order.sort((a, b) => out[b] - out[a]);
    const widest = out[order[0]];
    const tied = order.filter((i) => out[i] === widest);
    const next = Math.max(...tied.map(floorOf), ...order.filter((i) => out[i] < widest).map((i) => out[i]));
    const cut = Math.max(1, Math.min(widest - next, Math.ceil(excess / tied.length)));
    for (const i of tied) out[i] = Math.max(floorOf(i), out[i] - cut);
    excess = out.reduce((a, b) => a + b, 0) - available;
    for (let k = order.length - 1; k >= 0; k--) if (out[order[k]] <= floorOf(order[k])) order.splice(k, 1);
  }
  return out;
}
