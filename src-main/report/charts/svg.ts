/**
 * Small helpers of the report's SVG charts: escaping, text width estimates (there is no
 * layout engine here), "nice" axis ticks and the palette. Charts are plain strings, pure
 * functions of their data, so the same SVG goes inline into the PDF (vector, sharp) and,
 * rasterised, into the Excel report.
 */

export const CHART_FONT = '"WenQuanYi Micro Hei","Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif';

/** A chart: its SVG markup and its size in CSS pixels (the viewBox). */
export interface Chart {
  svg: string;
  width: number;
  height: number;
}

/** Colour-blind-safe qualitative palette (Okabe & Ito 2008, "Color Universal Design"), darkened blue first. */
export const PALETTE = ['#0b6fa4', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00', '#7a6a00', '#555555'];
export const INK = '#1f2933';
export const MUTED = '#6b7785';
export const GRID = '#e3e7ec';
export const NEGATIVE = '#c0392b';

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** Estimated width of `text` at `size` px: CJK characters are square, Latin ones about half as wide. */
export function textWidth(text: string, size: number): number {
  let em = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code >= 0x2e80) em += 1;
    else if (/[A-Z@%]/.test(ch)) em += 0.68;
    else if (/[ilj.,:;'|!]/.test(ch)) em += 0.3;
    else em += 0.56;
  }
  return em * size;
}

/** `text` cut to fit `maxWidth`, with an ellipsis when cut. */
export function fitText(text: string, size: number, maxWidth: number): string {
  if (textWidth(text, size) <= maxWidth) return text;
  let out = '';
  for (const ch of text) {
    if (textWidth(`${out}${ch}…`, size) > maxWidth) break;
    out += ch;
  }
  return `${out}…`;
}

/**
 * Round axis ticks covering [min, max] (Heckbert, "Nice numbers for graph labels",
 * Graphics Gems 1990): steps of 1, 2 or 5 × 10^k.
 */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!(max > min)) {
    const v = Number.isFinite(max) ? max : 0;
    return v === 0 ? [0, 1] : v > 0 ? [0, v] : [v, 0];
  }
  const raw = (max - min) / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  const lo = Math.floor(min / step) * step;
  const hi = Math.ceil(max / step) * step;
  const ticks: number[] = [];
  for (let v = lo; v <= hi + step / 2; v += step) ticks.push(Math.abs(v) < step / 1e6 ? 0 : Number(v.toPrecision(12)));
  return ticks;
}

export const text = (x: number, y: number, content: string, attrs = ''): string =>
  `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" ${attrs}>${escapeXml(content)}</text>`;

export const rect = (x: number, y: number, w: number, h: number, fill: string, extra = ''): string =>
  `<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${Math.max(0, w).toFixed(1)}" height="${Math.max(0, h).toFixed(1)}" fill="${fill}" ${extra}/>`;

export const line = (x1: number, y1: number, x2: number, y2: number, stroke: string, extra = ''): string =>
  `<line x1="${x1.toFixed(1)}" y1="${y1.toFixed(1)}" x2="${x2.toFixed(1)}" y2="${y2.toFixed(1)}" stroke="${stroke}" ${extra}/>`;

/** The SVG element around a chart's body; white background so a rasterised PNG is not transparent. */
export function svgDocument(width: number, height: number, body: string, title: string): Chart {
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" ` +
    `font-family='${CHART_FONT}' font-size="11" fill="${INK}"><title>${escapeXml(title)}</title>` +
    `<rect width="${width}" height="${height}" fill="#ffffff"/>${body}</svg>`;
  return { svg, width, height };
}

/** A legend row: colour swatches with names, left to right from (x, y). */
export function legend(items: readonly { name: string; color: string }[], x: number, y: number): string {
  let cx = x;
  return items
    .map((item) => {
      const part = `${rect(cx, y - 9, 10, 10, item.color, 'rx="2"')}${text(cx + 14, y, item.name)}`;
      cx += 14 + textWidth(item.name, 11) + 18;
      return part;
    })
    .join('');
}
