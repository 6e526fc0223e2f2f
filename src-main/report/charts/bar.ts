/**
 * Horizontal bar chart: one bar per labelled row, the value printed at its end, an axis
 * from zero (negative values extend left in red), and an optional reference line such as
 * ROAS = 1 (break-even). Rows without a value show "—" and no bar.
 */
import { GRID, MUTED, NEGATIVE, PALETTE, fitText, line, niceTicks, rect, svgDocument, text, textWidth } from './svg.js';
import type { Chart } from './svg.js';

export interface BarChartSpec {
  title: string;
  labels: readonly string[];
  values: readonly (number | null)[];
  format: (x: number) => string;
  width?: number;
  color?: string;
  reference?: { value: number; label: string };
}

const ROW = 24;
const TOP = 12;
const AXIS = 22;

export function barChart(spec: BarChartSpec): Chart {
  const width = spec.width ?? 680;
  const color = spec.color ?? PALETTE[0];
  const labelWidth = Math.min(180, Math.max(60, ...spec.labels.map((l) => textWidth(l, 11) + 8)));
  const finite = spec.values.filter((v): v is number => v !== null && Number.isFinite(v));
  const extent = [...finite, 0, ...(spec.reference ? [spec.reference.value] : [])];
  const ticks = niceTicks(Math.min(...extent), Math.max(...extent), 5);
  const lo = ticks[0];
  const hi = ticks[ticks.length - 1];
  const valueRoom = Math.max(48, textWidth(spec.format(hi), 10) / 2 + 4, ...finite.map((v) => textWidth(spec.format(v), 10) + 8));
  const x0 = labelWidth + 6;
  const plotWidth = width - x0 - valueRoom;
  const scale = (v: number): number => x0 + ((v - lo) / (hi - lo || 1)) * plotWidth;
  const height = TOP + spec.labels.length * ROW + AXIS + (spec.reference ? 14 : 0);
  const plotBottom = TOP + spec.labels.length * ROW;
  const parts: string[] = [];
  for (const t of ticks) {
    parts.push(line(scale(t), TOP, scale(t), plotBottom, GRID));
    parts.push(text(scale(t), plotBottom + 14, spec.format(t), `text-anchor="middle" fill="${MUTED}" font-size="10"`));
  }
  // The reference line goes under the bars and their values.
  if (spec.reference) {
    const rx = scale(spec.reference.value);
    parts.push(line(rx, TOP - 4, rx, plotBottom, '#333333', 'stroke-dasharray="4 3"'));
    parts.push(text(rx, plotBottom + 28, spec.reference.label, `text-anchor="middle" font-size="10" fill="${MUTED}"`));
  }
  spec.labels.forEach((label, i) => {
    const y = TOP + i * ROW;
    parts.push(text(labelWidth, y + ROW / 2 + 4, fitText(label, 11, labelWidth - 4), 'text-anchor="end"'));
    const v = spec.values[i];
    if (v === null || !Number.isFinite(v)) {
      parts.push(text(scale(0) + 4, y + ROW / 2 + 4, '—', `fill="${MUTED}"`));
      return;
    }
    const a = scale(Math.min(0, v));
    const b = scale(Math.max(0, v));
    parts.push(rect(a, y + 5, b - a, ROW - 10, v < 0 ? NEGATIVE : color, 'rx="2"'));
    const at = v < 0 ? a - 4 : b + 4;
    // A white halo keeps the value readable over the reference line.
    parts.push(text(at, y + ROW / 2 + 4, spec.format(v), `font-size="10" text-anchor="${v < 0 ? 'end' : 'start'}" stroke="#ffffff" stroke-width="3" paint-order="stroke"`));
  });
  parts.push(line(scale(0), TOP - 4, scale(0), plotBottom, MUTED));
  return svgDocument(width, height, parts.join(''), spec.title);
}
