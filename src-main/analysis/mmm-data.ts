/**
 * The marketing-mix model's weekly input from a project (issue 12, item 1): the wide
 * `weekly` sheet when the project has one (its KPI column, a spend column per channel,
 * controls), else spend per channel per ISO week from the long `spend` kind and revenue
 * (or the order count) per ISO week from `orders`. Every way the data can mislead the
 * model is refused with an AppError naming the file, row and column to fix (issue 12,
 * "Bad input"), or, where leaving a part out loses nothing, said in a note.
 */
import type { Database } from 'better-sqlite3';
import { AppError } from '@shared/errors.js';
import type { MmmParams } from '@shared/analyses/index.js';
import { resolveMmmColumns } from '@shared/mmm-columns.js';
import type { MmmColumn } from '@shared/mmm-columns.js';
import { MIN_WEEKS } from '../model/mmm/index.js';
import type { MmmChannelInput, MmmControlInput } from '../model/mmm/index.js';
import { channelResolver } from '../store/channel-map.js';
import type { SheetRow } from '../store/mmm-weeks.js';
import {
  hasWeeklySheet,
  negativeSpendRow,
  orderDayRange,
  spendDayRange,
  weeklyOrders,
  weeklySheetHeaders,
  weeklySheetKpiHeader,
  weeklySheetRows,
  weeklySpendByChannel,
} from '../store/mmm-weeks.js';
import { hasData, pathStepChannels } from './load.js';
import type { Bilingual } from '@shared/bilingual.js';
import { channelName } from '@shared/i18n/channels.js';
import { translate } from '@shared/i18n/index.js';
import type { Lang } from '@shared/i18n/index.js';

export type { Bilingual } from '@shared/bilingual.js';

export interface MmmInput {
  source: 'sheet' | 'orders';
  /** What the KPI is: 'revenue' or 'orders' from orders, the sheet's KPI header otherwise. */
  kpiName: string;
  /** Each week's first day (the ISO Monday when aggregated; the sheet's own date for weekly rows). */
  weeks: string[];
  kpi: number[];
  channels: MmmChannelInput[];
  controls: MmmControlInput[];
  /** A weekly sheet's extra columns and what each was taken as (the wizard lets the user change it). */
  columns: MmmColumn[];
  notes: Bilingual[];
}

const DAY_MS = 86_400_000;
const dayNumber = (iso: string): number => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
const isoOf = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);
/** Monday of the ISO week of a day number (day 0, 1970-01-01, was a Thursday). */
const mondayOf = (day: number): number => day - ((day + 3) % 7);

/** Money as sheets write it: `1,234.50`, `¥1 234`, `$99`, `12,5`… Empty is zero spend; null when it is not an amount. */
export function parseAmount(cell: string | undefined): number | null {
  if (cell === undefined) return 0;
  let s = cell.trim().replace(/^[¥￥$€£]|元$/g, '').replace(/[\s\u00a0]/g, '');
  if (s === '' || s === '-' || /^(?:na|n\/a|nan|null)$/i.test(s)) return 0;
  if (/^-?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(s)) s = s.replace(/,/g, '');
  else if (/^-?\d+,\d+$/.test(s)) s = s.replace(',', '.');
  const x = Number(s);
  return s !== '' && Number.isFinite(x) ? x : null;
}

/** A control's cell: a number as it is; a word (event name, 'holiday') is a flag, 1 unless it says nothing. */
function controlValue(cell: string | undefined): number {
  const x = parseAmount(cell);
  if (x !== null) return x;
  return /^(?:no|none|false|否|无)$/i.test((cell ?? '').trim()) ? 0 : 1;
}

/** The whole ISO weeks inside [first, last] and the part of from/to the user asked for. */
function wholeWeeks(first: string, last: string, params: Pick<MmmParams, 'from' | 'to'>): { from: string; to: string; weeks: string[] } {
  const start = dayNumber(params.from && params.from > first ? params.from : first);
  const end = dayNumber(params.to && params.to < last ? params.to : last);
  const firstMonday = mondayOf(start) === start ? start : mondayOf(start) + 7;
  const lastSunday = mondayOf(end) + 6 === end ? end : mondayOf(end) - 1;
  const weeks: string[] = [];
  for (let d = firstMonday; d + 6 <= lastSunday; d += 7) weeks.push(isoOf(d));
  return { from: isoOf(firstMonday), to: isoOf(lastSunday), weeks };
}

function checkLength(source: string, weeks: string[], from: string, to: string): void {
  if (weeks.length < MIN_WEEKS) throw new AppError('error.mmmTooFewWeeks', { source, weeks: weeks.length, from, to, minimum: MIN_WEEKS });
}

function checkKpi(source: string, kpiName: string, kpi: readonly number[], weeks: readonly string[]): void {
  if (kpi.every((v) => v === 0)) throw new AppError('error.mmmKpiAllZero', { source, kpi: kpiName, from: weeks[0], to: weeks[weeks.length - 1] });
}

/** Channels that spend nothing in the weeks are left out, with a note: they cannot have had an effect here. */
function dropSilentChannels(channels: MmmChannelInput[], notes: Bilingual[]): MmmChannelInput[] {
  return channels.filter((c) => {
    let total = 0;
    for (let t = 0; t < c.spend.length; t++) total += c.spend[t];
    if (total > 0) return true;
    // Said in each language with the channel as that language names it (搜索 for Search), spaced as translate() spaces it.
    const say = (lang: Lang): string => translate(lang, 'ui.mmm.note.silentChannel', { channel: channelName(lang, c.name) });
    notes.push({ en: say('en'), zh: say('zh-CN') });
    return false;
  });
}

// ---- spend + orders ------------------------------------------------------------------

function fromSpendAndOrders(db: Database, params: MmmParams): MmmInput {
  if (!hasData(db, 'spend')) throw new AppError('error.mmmNoSpend');
  if (!hasData(db, 'orders')) throw new AppError('error.mmmNoKpi');
  const negative = negativeSpendRow(db);
  if (negative) throw new AppError('error.mmmNegativeSpend', { file: negative.file, row: negative.row, column: negative.channel, value: negative.spend });
  const spendDays = spendDayRange(db);
  const orderDays = orderDayRange(db);
  const kpiName = params.kpi;
  // Words, not ids, for the reader: describeError puts these keys into the reader's language.
  const kpiWords = params.kpi === 'orders' ? 'ui.mmm.kpiNoun.orders' : 'ui.mmm.kpiNoun.revenue';
  const first = spendDays.first! > orderDays.first! ? spendDays.first! : orderDays.first!;
  const last = spendDays.last! < orderDays.last! ? spendDays.last! : orderDays.last!;
  const { from, to, weeks } = first <= last ? wholeWeeks(first, last, params) : { from: first, to: last, weeks: [] };
  if (first > last || (weeks.length === 0 && !params.from && !params.to)) {
    throw new AppError('error.mmmPeriodsApart', { spendFrom: spendDays.first!, spendTo: spendDays.last!, kpi: kpiWords, kpiFrom: orderDays.first!, kpiTo: orderDays.last! });
  }
  const source = 'ui.mmm.sourceName.spendAndOrders';
  checkLength(source, weeks, from, to);
  const index = new Map(weeks.map((w, i) => [w, i]));
  const kpi = new Array<number>(weeks.length).fill(0);
  for (const w of weeklyOrders(db, from, to)) {
    const i = index.get(w.week);
    if (i !== undefined) kpi[i] = params.kpi === 'orders' ? w.orders : w.revenue;
  }
  checkKpi(source, kpiWords, kpi, weeks);
  // Channel names as the user's channel map counts them; weeks without rows spent nothing.
  const resolve = channelResolver(db);
  const byChannel = new Map<string, number[]>();
  for (const row of weeklySpendByChannel(db, from, to)) {
    const name = resolve(row.channel);
    let series = byChannel.get(name);
    if (!series) byChannel.set(name, (series = new Array<number>(weeks.length).fill(0)));
    const i = index.get(row.week);
    if (i !== undefined) series[i] += row.spend;
  }
  const notes: Bilingual[] = [
    {
      en: `${weeks.length} whole ISO weeks (Monday–Sunday) from ${from} to ${to}: spend per channel from the ad-spend data, ${kpiName === 'orders' ? 'orders counted' : 'revenue summed'} from the orders.`,
      zh: `${from} 至 ${to} 共 ${weeks.length} 个完整的 ISO 周（周一至周日）：各渠道花费来自广告花费数据，${kpiName === 'orders' ? '订单数' : '收入'}来自订单。`,
    },
  ];
  const names = [...byChannel.keys()].sort();
  const channels = dropSilentChannels(
    names.map((name) => ({ name, spend: byChannel.get(name)! })),
    notes,
  );
  if (channels.length === 0) throw new AppError('error.mmmNoSpend');
  return { source: 'orders', kpiName, weeks, kpi, channels, controls: [], columns: [], notes };
}

// ---- the wide sheet --------------------------------------------------------------------

interface Period {
  /** The sheet's rows, one per period (checked: no duplicates, no gaps, one cadence). */
  rows: SheetRow[];
  daily: boolean;
}

/** Days or weeks, one row each, none missing: else an error naming the rows. */
function checkCadence(rows: SheetRow[]): Period {
  const gaps = rows.slice(1).map((r, i) => dayNumber(r.date) - dayNumber(rows[i].date));
  for (let i = 0; i < gaps.length; i++) {
    if (gaps[i] === 0) throw new AppError('error.mmmDuplicateWeek', { file: rows[i + 1].file, row: rows[i].row, other: rows[i + 1].row, date: rows[i].date });
  }
  const sorted = [...gaps].sort((a, b) => a - b);
  const usual = sorted[Math.floor(sorted.length / 2)] ?? 7;
  const daily = usual === 1;
  if (!daily && usual !== 7) {
    const at = gaps.findIndex((g) => g !== 7);
    throw new AppError('error.mmmMixedPeriods', { file: rows[at + 1].file, row: rows[at + 1].row, date: rows[at + 1].date, days: gaps[at], usual: 7 });
  }
  for (let i = 0; i < gaps.length; i++) {
    if (gaps[i] === usual) continue;
    const before = rows[i];
    const after = rows[i + 1];
    // A gap a whole number of periods long is missing rows; anything else mixes cadences.
    if (gaps[i] % usual !== 0 || (!daily && gaps[i] < usual)) {
      throw new AppError('error.mmmMixedPeriods', { file: after.file, row: after.row, date: after.date, days: gaps[i], usual });
    }
    const missing = isoOf(dayNumber(before.date) + usual) + (gaps[i] > 2 * usual ? ` … ${isoOf(dayNumber(after.date) - usual)}` : '');
    throw new AppError('error.mmmGap', { file: after.file, missing, row: before.row, date: before.date, next: after.row, nextDate: after.date });
  }
  return { rows, daily };
}

function spendCell(row: SheetRow, header: string): number {
  const cell = row.extra[header];
  const x = parseAmount(cell);
  if (x === null) throw new AppError('error.mmmSpendNotNumber', { file: row.file, row: row.row, column: header, value: cell ?? '' });
  if (x < 0) throw new AppError('error.mmmNegativeSpend', { file: row.file, row: row.row, column: header, value: x });
  return x;
}

function fromSheet(db: Database, params: MmmParams): MmmInput {
  const all = weeklySheetRows(db);
  const file = all[0]?.file ?? '';
  const columns = resolveMmmColumns(weeklySheetHeaders(db), params.columns);
  const spendColumns = columns.filter((c) => c.role === 'spend');
  if (spendColumns.length === 0) throw new AppError('error.mmmNoSpendColumn', { file });
  const controlColumns = columns.filter((c) => c.role === 'control');
  const inRange = all.filter((r) => (!params.from || r.date >= params.from) && (!params.to || r.date <= params.to));
  const { daily } = checkCadence(inRange);
  const notes: Bilingual[] = [];

  // Daily rows become whole ISO weeks; weekly rows are weeks as they are.
  let weeks: string[];
  let periodRows: SheetRow[][];
  if (daily) {
    const span = inRange.length ? wholeWeeks(inRange[0].date, inRange[inRange.length - 1].date, params) : { weeks: [] as string[], from: '', to: '' };
    weeks = span.weeks;
    const index = new Map(weeks.map((w, i) => [w, i]));
    periodRows = weeks.map(() => []);
    let partial = 0;
    for (const r of inRange) {
      const i = index.get(isoOf(mondayOf(dayNumber(r.date))));
      if (i === undefined) partial++;
      else periodRows[i].push(r);
    }
    notes.push({
      en: `Daily rows summed into ${weeks.length} whole ISO weeks (Monday–Sunday)${partial ? `; ${partial} days of part weeks at the ends left out` : ''}.`,
      zh: `每日数据汇总为 ${weeks.length} 个完整的 ISO 周（周一至周日）${partial ? `；首尾不完整周的 ${partial} 天未计入` : ''}。`,
    });
  } else {
    weeks = inRange.map((r) => r.date);
    periodRows = inRange.map((r) => [r]);
  }
  const source = file;
  checkLength(source, weeks, weeks[0] ?? params.from ?? '', weeks[weeks.length - 1] ?? params.to ?? '');
  const kpiName = weeklySheetKpiHeader(db);
  const kpi = periodRows.map((rows) => rows.reduce((s, r) => s + r.kpi, 0));
  checkKpi(source, kpiName, kpi, weeks);

  // Channels named as the importer names them in spend files (抖音 → Douyin, facebook → Meta),
  // then by the project's channel map, so they meet attribution's channels; two spend
  // columns of one channel (Search_spend and search_S) add up.
  const channelOf = pathStepChannels(db);
  const byChannel = new Map<string, number[]>();
  for (const c of spendColumns) {
    const series = periodRows.map((rows) => rows.reduce((s, r) => s + spendCell(r, c.header), 0));
    const name = channelOf(c.channel);
    const existing = byChannel.get(name);
    byChannel.set(name, existing ? existing.map((v, t) => v + series[t]) : series);
  }
  const channels = dropSilentChannels(
    [...byChannel].map(([name, spend]) => ({ name, spend })),
    notes,
  );
  if (channels.length === 0) throw new AppError('error.mmmNoSpendColumn', { file });
  const controls = controlColumns.map((c) => ({ name: c.header, values: periodRows.map((rows) => rows.reduce((s, r) => s + controlValue(r.extra[c.header]), 0)) }));
  const exposures = columns.filter((c) => c.role === 'exposure').map((c) => c.header);
  if (exposures.length) {
    notes.push({
      en: `Exposure columns (${exposures.join(', ')}) are shown, not modelled: the model explains the KPI by money spent.`,
      zh: `曝光类列（${exposures.join('、')}）只展示，不进入模型：模型用花费解释指标。`,
    });
  }
  return { source: 'sheet', kpiName, weeks, kpi, channels, controls, columns, notes };
}

/** The weekly input: the wide sheet when the project has one, else spend + orders. */
export function loadMmmInput(db: Database, params: MmmParams): MmmInput {
  return hasWeeklySheet(db) ? fromSheet(db, params) : fromSpendAndOrders(db, params);
}
