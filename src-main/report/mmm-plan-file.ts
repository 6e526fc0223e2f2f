/**
 * The marketing-mix budget plan as a file the user takes away (issue 12, item 5): each
 * week's spend per channel with the predicted revenue and its 90 % interval, and the same
 * summed by month (weeks counted in the month they start in). CSV holds the weeks with a
 * month column; XLSX has a Weekly and a Monthly sheet. A plan made for a revenue goal of the
 * Goal step names it (which goal, its target and period, what it asks of the channels each
 * week): on the CSV's first lines, on a Goal sheet before the others. Text cells are formula-safe.
 */
import { writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Lang, MessageKey } from '@shared/i18n/index.js';
import type { MmmGoalLink } from '@shared/mmm-plan.js';
import { translate } from '@shared/i18n/index.js';
import { toCsv } from '../export/csv.js';
import type { MmmPlanWeek } from '../analysis/mmm.js';
import { safeText } from './xlsx-sheet.js';

const money = (x: number): number => Math.round(x * 100) / 100;

export interface PlanTables {
  weekly: (string | number)[][];
  monthly: (string | number)[][];
  /** Label–value rows naming the revenue goal the plan was made for; empty when it was not. */
  goal: (string | number)[][];
}

/** The revenue goal a plan serves, as the file names it. */
export interface PlanGoal {
  /** The goal as the Goal step and the report name it (type, and the user's note). */
  name: string;
  link: MmmGoalLink;
}

function goalRows(goal: PlanGoal | undefined, t: (key: MessageKey) => string): (string | number)[][] {
  if (!goal) return [];
  const { link } = goal;
  return [
    [t('ui.mmm.plan.goal.name'), goal.name],
    [t('ui.mmm.plan.goal.target'), money(link.target)],
    [t('ui.mmm.plan.goal.period'), `${link.periodStart} – ${link.periodEnd}`],
    [t('ui.mmm.plan.goal.weekly'), money(link.weeklyRevenue)],
    [t('ui.mmm.plan.goal.baseline'), money(link.weeklyBaseline)],
    [t('ui.mmm.plan.goal.media'), money(link.weeklyMedia)],
  ];
}

export function planTables(channels: readonly string[], plan: readonly MmmPlanWeek[], lang: Lang, goal?: PlanGoal): PlanTables {
  const t = (key: MessageKey) => translate(lang, key);
  const month = lang === 'zh-CN' ? '月份' : 'Month';
  const weekly: (string | number)[][] = [[t('ui.mmm.col.week'), month, ...channels, t('ui.mmm.col.total'), t('ui.mmm.col.revenue'), t('ui.mmm.col.low'), t('ui.mmm.col.high')]];
  const months = new Map<string, number[]>();
  for (const w of plan) {
    const spendTotal = w.spend.reduce((a, b) => a + b, 0);
    weekly.push([w.week, w.week.slice(0, 7), ...w.spend.map(money), money(spendTotal), money(w.revenue), money(w.revenueInterval.low), money(w.revenueInterval.high)]);
    const row = months.get(w.week.slice(0, 7)) ?? new Array<number>(channels.length + 2).fill(0);
    w.spend.forEach((s, c) => (row[c] += s));
    row[channels.length] += spendTotal;
    row[channels.length + 1] += w.revenue;
    months.set(w.week.slice(0, 7), row);
  }
  const monthly: (string | number)[][] = [[month, ...channels, t('ui.mmm.col.total'), t('ui.mmm.col.revenue')], ...[...months].map(([m, row]) => [m, ...row.map(money)])];
  return { weekly, monthly, goal: goalRows(goal, t) };
}

export async function writePlanFile(file: string, format: 'csv' | 'xlsx', tables: PlanTables, lang: Lang): Promise<void> {
  if (format === 'csv') {
    // The goal's lines first, then an empty line, then the weeks: read top to bottom, the file says what it is for.
    writeFileSync(file, toCsv(tables.goal.length ? [...tables.goal, [], ...tables.weekly] : tables.weekly));
    return;
  }
  const workbook = new ExcelJS.Workbook();
  if (tables.goal.length) {
    const sheet = workbook.addWorksheet(translate(lang, 'ui.mmm.plan.goal.sheet'));
    for (const row of tables.goal) {
      const added = sheet.addRow(row.map((v) => (typeof v === 'string' ? safeText(v) : v)));
      added.getCell(1).font = { bold: true };
      added.eachCell((cell) => typeof cell.value === 'number' && (cell.numFmt = '#,##0.00'));
    }
    sheet.getColumn(1).width = 30;
    sheet.getColumn(2).width = 36;
  }
  for (const [name, rows] of [
    [lang === 'zh-CN' ? '每周' : 'Weekly', tables.weekly],
    [lang === 'zh-CN' ? '每月' : 'Monthly', tables.monthly],
  ] as const) {
    const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    rows.forEach((row, i) => {
      const added = sheet.addRow(row.map((v) => (typeof v === 'string' ? safeText(v) : v)));
      if (i === 0) added.font = { bold: true };
      else added.eachCell((cell) => typeof cell.value === 'number' && (cell.numFmt = '#,##0.00'));
    });
    sheet.columns.forEach((column) => (column.width = 14));
  }
  await workbook.xlsx.writeFile(file);
}
