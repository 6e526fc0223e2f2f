/**
 * What the marketing-mix model will read, told from the project's datasets before it runs
 * (the wizard's data check): the wide weekly sheet when there is one — with its extra
 * columns and what each is taken as — else spend + orders, with their date ranges.
 * The analysis decides the same way (src-main/analysis/mmm-data.ts).
 */
import type { DatasetSummary } from '@shared/datasets.js';
import { resolveMmmColumns } from '@shared/mmm-columns.js';
import { normaliseChannel } from '@shared/values/channel.js';
import type { MmmColumn, MmmColumnRole } from '@shared/mmm-columns.js';
import { dateRange, hasKind } from '../shared/data-range.js';
import type { DateRange } from '../shared/data-range.js';

const DAY_MS = 86_400_000;

export type MmmSource =
  | { kind: 'sheet'; file: string; kpi: string; period: 'week' | 'day'; range: DateRange | null; weeks: number; columns: MmmColumn[] }
  | { kind: 'orders'; spend: DateRange; orders: DateRange; weeks: number }
  | null;

/** A column's channel as the fit names it (tv_S → TV, facebook_S → Meta), not the header's stem. */
const asFitted = (c: MmmColumn): MmmColumn => (c.role === 'spend' || c.role === 'exposure' ? { ...c, channel: normaliseChannel(c.channel) } : c);

const daysBetween = (r: DateRange): number => Math.round((Date.parse(r.last) - Date.parse(r.first)) / DAY_MS) + 1;

export function mmmSource(datasets: readonly DatasetSummary[], chosen: Readonly<Record<string, MmmColumnRole>>): MmmSource {
  const sheets = datasets.filter((d) => d.kind === 'weekly' && d.rowsImported > 0);
  if (sheets.length) {
    const first = sheets[0];
    const mapped = new Set(Object.values(first.mapping));
    const headers: string[] = [];
    for (const d of sheets) for (const h of d.quality.headers) if (!mapped.has(h) && h.trim() !== '' && !headers.includes(h)) headers.push(h);
    const range = dateRange(datasets, 'weekly', 'date');
    const rows = sheets.reduce((s, d) => s + d.rowsImported, 0);
    const days = range ? daysBetween(range) : 0;
    const period = rows > 1 && days / rows < 2 ? 'day' : 'week';
    return { kind: 'sheet', file: first.file, kpi: first.mapping.kpi ?? 'kpi', period, range, weeks: period === 'day' ? Math.floor(days / 7) : rows, columns: resolveMmmColumns(headers, chosen).map(asFitted) };
  }
  if (!hasKind(datasets as DatasetSummary[], 'spend') || !hasKind(datasets as DatasetSummary[], 'orders')) return null;
  const spend = dateRange(datasets, 'spend', 'date');
  const orders = dateRange(datasets, 'orders', 'date');
  if (!spend || !orders) return null;
  const first = spend.first > orders.first ? spend.first : orders.first;
  const last = spend.last < orders.last ? spend.last : orders.last;
  const weeks = first <= last ? Math.floor(daysBetween({ first, last }) / 7) : 0;
  return { kind: 'orders', spend, orders, weeks };
}
