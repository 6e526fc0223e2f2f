/** A column width that fits its header and sample values (CJK characters count double). */
import type { Cell } from './table.js';

const PX_PER_UNIT = 7.2;
const PADDING = 26;

function units(text: string): number {
  let n = 0;
  for (const ch of text) n += /[\u2e80-\u9fff\uac00-\ud7af\uff00-\uffef]/.test(ch) ? 2 : 1;
  return n;
}

export function fitColumnWidth(label: string, samples: readonly Cell[], min = 72, max = 320): number {
  const widest = Math.max(units(label), ...samples.map((v) => (v === null ? 0 : units(String(v)))));
  return Math.round(Math.min(max, Math.max(min, widest * PX_PER_UNIT + PADDING)));
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
  const widest = Math.max(context.measureText(label).width, ...samples.map((s) => context!.measureText(s).width));
  return Math.round(Math.min(max, Math.max(72, widest + PADDING)));
}
