/** Plotly's look taken from the app's CSS variables, and its date words in Chinese. */
import type { Layout, PlotlyModule } from 'plotly.js-dist-min';

export const CHART_COLORS = ['#2f6fde', '#e07b39', '#2f9e6e', '#c2416b', '#7c5cc4', '#c9a227', '#3aa0b5', '#8a6d4d', '#5c7a99'];

function cssVar(name: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim();
}

/** Layout defaults for the current theme (read after data-theme changed). */
export function themedLayout(): Partial<Layout> {
  const text = cssVar('--text');
  const muted = cssVar('--muted');
  const grid = cssVar('--border');
  const axis = { color: muted, gridcolor: grid, linecolor: grid, zerolinecolor: grid, automargin: true };
  return {
    paper_bgcolor: cssVar('--surface'),
    plot_bgcolor: cssVar('--surface'),
    font: { family: getComputedStyle(document.body).fontFamily, color: text, size: 12 },
    colorway: CHART_COLORS,
    margin: { l: 60, r: 16, t: 36, b: 48 },
    legend: { orientation: 'h', x: 0, y: 1.02, xanchor: 'left', yanchor: 'bottom', traceorder: 'normal', font: { color: muted } },
    xaxis: axis,
    yaxis: axis,
    hoverlabel: { font: { family: getComputedStyle(document.body).fontFamily } },
  };
}

/** A Plotly locale module: month and day names for date axes and hover labels. */
export const ZH_CN_LOCALE: PlotlyModule = {
  moduleType: 'locale',
  name: 'zh-CN',
  dictionary: {},
  format: {
    days: ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'],
    shortDays: ['周日', '周一', '周二', '周三', '周四', '周五', '周六'],
    months: ['一月', '二月', '三月', '四月', '五月', '六月', '七月', '八月', '九月', '十月', '十一月', '十二月'],
    shortMonths: ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'],
    date: '%Y-%m-%d',
  },
};
