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
