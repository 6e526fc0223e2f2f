/**
 * Heat grid: a matrix of values as shaded cells with the value written in each, row and
 * column labels, darker for larger values (one sequential blue scale over the whole grid,
 * text switching to white on dark cells). Rows can be marked (e.g. ⚠ models disagree).
 */
import { MUTED, fitText, rect, svgDocument, text, textWidth } from './svg.js';
import type { Chart } from './svg.js';

export interface HeatGridSpec {
  title: string;
  rows: readonly string[];
  columns: readonly string[];
  values: readonly (readonly (number | null)[])[];
  format: (x: number) => string;
  width?: number;
  /** Label of the row axis and of the column axis, drawn in the corner. */
  corner?: string;
}

/** Light to dark blue: lightness falls from 97 % to 32 % as the value rises. */
function shade(t: number): string {
  const l = 97 - 65 * Math.min(1, Math.max(0, t));
  return `hsl(205, 70%, ${l.toFixed(1)}%)`;
}

export function heatGrid(spec: HeatGridSpec): Chart {
  const width = spec.width ?? 680;
  const labelWidth = Math.min(170, Math.max(50, ...spec.rows.map((r) => textWidth(r, 11) + 14)));
  const header = 30;
  const cellHeight = 22;
  const cellWidth = (width - labelWidth) / Math.max(1, spec.columns.length);
  const height = header + spec.rows.length * cellHeight + 4;
  const all = spec.values.flat().filter((v): v is number => v !== null && Number.isFinite(v));
  const lo = Math.min(0, ...all);
  const hi = Math.max(...all, lo + 1e-9);
  const parts: string[] = [];
  if (spec.corner) parts.push(text(4, 18, fitText(spec.corner, 10, labelWidth - 6), `font-size="10" fill="${MUTED}"`));
  spec.columns.forEach((c, j) => {
    parts.push(text(labelWidth + cellWidth * (j + 0.5), 18, fitText(c, 10.5, cellWidth - 4), 'text-anchor="middle" font-size="10.5"'));
  });
  spec.rows.forEach((r, i) => {
    const y = header + i * cellHeight;
    parts.push(text(labelWidth - 8, y + cellHeight / 2 + 4, fitText(r, 11, labelWidth - 10), 'text-anchor="end"'));
    spec.columns.forEach((_, j) => {
      const v = spec.values[i]?.[j] ?? null;
      const x = labelWidth + j * cellWidth;
      const t = v === null || !Number.isFinite(v) ? 0 : (v - lo) / (hi - lo);
      parts.push(rect(x + 1, y + 1, cellWidth - 2, cellHeight - 2, v === null ? '#f4f5f7' : shade(t), 'rx="2"'));
      const label = v === null || !Number.isFinite(v) ? '—' : spec.format(v);
      parts.push(text(x + cellWidth / 2, y + cellHeight / 2 + 4, label, `text-anchor="middle" font-size="10" fill="${t > 0.55 ? '#ffffff' : '#1f2933'}"`));
    });
  });
  return svgDocument(width, height, parts.join(''), spec.title);
}
