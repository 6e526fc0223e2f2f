/**
 * Grouped bar chart: for each category one bar per series, side by side, with a legend.
 * Vertical (categories along the x axis) for short labels such as purchase counts;
 * horizontal (categories down the side) for names such as channels or segments.
 */
import { GRID, MUTED, PALETTE, fitText, legend, line, niceTicks, rect, svgDocument, text, textWidth } from './svg.js';
import type { Chart } from './svg.js';

export interface GroupedBarSpec {
  title: string;
  categories: readonly string[];
  series: readonly { name: string; values: readonly (number | null)[] }[];
  format: (x: number) => string;
  orientation?: 'vertical' | 'horizontal';
  width?: number;
  /** Print each bar's value (horizontal only; vertical bars are too narrow). */
  labels?: boolean;
}

const LEGEND = 22;

function extentTicks(spec: GroupedBarSpec): number[] {
  const all = spec.series.flatMap((s) => s.values).filter((v): v is number => v !== null && Number.isFinite(v));
  return niceTicks(Math.min(0, ...all), Math.max(0, ...all), 5);
}

export function groupedBarChart(spec: GroupedBarSpec): Chart {
  return spec.orientation === 'horizontal' ? horizontal(spec) : vertical(spec);
}

function vertical(spec: GroupedBarSpec): Chart {
  const width = spec.width ?? 680;
  const height = 230;
  const ticks = extentTicks(spec);
  const lo = ticks[0];
  const hi = ticks[ticks.length - 1];
  const axisWidth = Math.max(...ticks.map((t) => textWidth(spec.format(t), 10))) + 10;
  const x0 = axisWidth;
  const top = LEGEND + 6;
  const bottom = height - 24;
  const y = (v: number): number => bottom - ((v - lo) / (hi - lo || 1)) * (bottom - top);
  const slot = (width - x0 - 4) / Math.max(1, spec.categories.length);
  const barWidth = Math.min(28, (slot * 0.8) / Math.max(1, spec.series.length));
  const parts: string[] = [legend(spec.series.map((s, i) => ({ name: s.name, color: PALETTE[i % PALETTE.length] })), x0, 12)];
  for (const t of ticks) {
    parts.push(line(x0, y(t), width - 4, y(t), GRID));
    parts.push(text(x0 - 6, y(t) + 3, spec.format(t), `text-anchor="end" font-size="10" fill="${MUTED}"`));
  }
  spec.categories.forEach((category, c) => {
    const center = x0 + slot * (c + 0.5);
    const start = center - (barWidth * spec.series.length) / 2;
    spec.series.forEach((s, i) => {
      const v = s.values[c];
      if (v === null || v === undefined || !Number.isFinite(v)) return;
      const a = y(Math.max(0, v));
      const b = y(Math.min(0, v));
      parts.push(rect(start + i * barWidth, a, barWidth - 2, b - a, PALETTE[i % PALETTE.length], 'rx="1.5"'));
    });
    parts.push(text(center, bottom + 15, fitText(category, 10.5, slot - 4), 'text-anchor="middle" font-size="10.5"'));
  });
  parts.push(line(x0, y(0), width - 4, y(0), MUTED));
  return svgDocument(width, height, parts.join(''), spec.title);
}

function horizontal(spec: GroupedBarSpec): Chart {
  const width = spec.width ?? 680;
  const bar = 11;
  const group = bar * spec.series.length + 10;
  const ticks = extentTicks(spec);
  const lo = ticks[0];
  const hi = ticks[ticks.length - 1];
  const labelWidth = Math.min(170, Math.max(60, ...spec.categories.map((l) => textWidth(l, 11) + 8)));
  const x0 = labelWidth + 6;
  const valueRoom = Math.max(spec.labels ? 64 : 12, textWidth(spec.format(hi), 10) / 2 + 4);
  const top = LEGEND + 6;
  const plotBottom = top + group * spec.categories.length;
  const height = plotBottom + 22;
  const x = (v: number): number => x0 + ((v - lo) / (hi - lo || 1)) * (width - x0 - valueRoom);
  const parts: string[] = [legend(spec.series.map((s, i) => ({ name: s.name, color: PALETTE[i % PALETTE.length] })), x0, 12)];
  for (const t of ticks) {
    parts.push(line(x(t), top, x(t), plotBottom, GRID));
    parts.push(text(x(t), plotBottom + 14, spec.format(t), `text-anchor="middle" font-size="10" fill="${MUTED}"`));
  }
  spec.categories.forEach((category, c) => {
    const gy = top + c * group + 5;
    parts.push(text(labelWidth, gy + (bar * spec.series.length) / 2 + 4, fitText(category, 11, labelWidth - 4), 'text-anchor="end"'));
    spec.series.forEach((s, i) => {
      const v = s.values[c];
      if (v === null || v === undefined || !Number.isFinite(v)) return;
      const a = x(Math.min(0, v));
      const b = x(Math.max(0, v));
      parts.push(rect(a, gy + i * bar, b - a, bar - 2, PALETTE[i % PALETTE.length], 'rx="1.5"'));
      if (spec.labels) parts.push(text(b + 3, gy + i * bar + bar - 3, spec.format(v), 'font-size="9"'));
    });
  });
  parts.push(line(x(0), top - 2, x(0), plotBottom, MUTED));
  return svgDocument(width, height, parts.join(''), spec.title);
}
