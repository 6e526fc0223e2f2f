/**
 * Line chart: series over shared x labels (months, weeks) on one y axis from zero, with
 * a legend; x labels thinned to fit. Missing points break the line.
 */
import { GRID, MUTED, PALETTE, escapeXml, legend, line, niceTicks, svgDocument, text, textWidth } from './svg.js';
import type { Chart } from './svg.js';

export interface LineChartSpec {
  title: string;
  x: readonly string[];
  series: readonly { name: string; values: readonly (number | null)[]; dashed?: boolean }[];
  format: (y: number) => string;
  width?: number;
  height?: number;
  /** A vertical mark at x index `at` (e.g. where the holdout period starts). */
  marker?: { at: number; label: string };
}

export function lineChart(spec: LineChartSpec): Chart {
  const width = spec.width ?? 680;
  const height = spec.height ?? 240;
  const all = spec.series.flatMap((s) => s.values).filter((v): v is number => v !== null && Number.isFinite(v));
  const ticks = niceTicks(Math.min(0, ...all), Math.max(0, ...all), 5);
  const lo = ticks[0];
  const hi = ticks[ticks.length - 1];
  const x0 = Math.max(...ticks.map((t) => textWidth(spec.format(t), 10))) + 10;
  const top = 28;
  const bottom = height - 24;
  const lastLabel = spec.x.length ? textWidth(spec.x[spec.x.length - 1], 10) : 0;
  const right = width - Math.max(10, lastLabel / 2 + 4);
  const n = spec.x.length;
  const x = (i: number): number => (n <= 1 ? (x0 + right) / 2 : x0 + (i / (n - 1)) * (right - x0));
  const y = (v: number): number => bottom - ((v - lo) / (hi - lo || 1)) * (bottom - top);
  const parts: string[] = [legend(spec.series.map((s, i) => ({ name: s.name, color: PALETTE[i % PALETTE.length] })), x0, 12)];
  for (const t of ticks) {
    parts.push(line(x0, y(t), right, y(t), GRID));
    parts.push(text(x0 - 6, y(t) + 3, spec.format(t), `text-anchor="end" font-size="10" fill="${MUTED}"`));
  }
  const labelWidth = Math.max(1, ...spec.x.map((l) => textWidth(l, 10))) + 10;
  const every = Math.max(1, Math.ceil((labelWidth * n) / (right - x0)));
  spec.x.forEach((label, i) => {
    if (i % every === 0 || i === n - 1) parts.push(text(x(i), bottom + 15, label, `text-anchor="middle" font-size="10" fill="${MUTED}"`));
  });
  spec.series.forEach((s, k) => {
    const color = PALETTE[k % PALETTE.length];
    let path = '';
    let pen = false;
    s.values.forEach((v, i) => {
      if (v === null || !Number.isFinite(v)) {
        pen = false;
        return;
      }
      path += `${pen ? 'L' : 'M'}${x(i).toFixed(1)},${y(v).toFixed(1)}`;
      pen = true;
    });
    const dash = s.dashed ? ' stroke-dasharray="5 3"' : '';
    parts.push(`<path d="${escapeXml(path)}" fill="none" stroke="${color}" stroke-width="2"${dash} stroke-linejoin="round"/>`);
    if (n <= 24) {
      s.values.forEach((v, i) => {
        if (v !== null && Number.isFinite(v)) parts.push(`<circle cx="${x(i).toFixed(1)}" cy="${y(v).toFixed(1)}" r="2.5" fill="${color}"/>`);
      });
    }
  });
  if (spec.marker && spec.marker.at >= 0 && spec.marker.at < n) {
    const mx = x(spec.marker.at);
    parts.push(line(mx, top, mx, bottom, '#333333', 'stroke-dasharray="3 3"'));
    parts.push(text(mx + 4, top + 10, spec.marker.label, `font-size="10" fill="${MUTED}"`));
  }
  parts.push(line(x0, y(0), right, y(0), MUTED));
  return svgDocument(width, height, parts.join(''), spec.title);
}
