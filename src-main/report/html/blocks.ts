/** Building blocks of the report's HTML: tables, figures, notes. Every data text is escaped. */
import type { AnalysisRun } from '../analysis-runs.js';
import type { ReportChart } from '../report-charts.js';
import type { Formatter } from '../format.js';
import { escapeHtml } from '../format.js';
import type { ReportTable } from '../table.js';
import { formatCell, isNumeric, isTyped } from '../table.js';
import type { MessageKey } from '@shared/i18n/index.js';
import { runSettings } from './run-settings.js';
import type { SettingsKind } from './run-settings.js';

export interface TableOptions {
  /** Rows shown (the rest is in the Excel report). */
  limit?: number;
  /** A column of 0…1 shares drawn as small bars beside the number. */
  barColumn?: number;
  /** Print the title above the table (default true). */
  title?: boolean;
}

/** Short tables are kept on one page; long ones may break between rows (the header repeats). */
const KEEP_WHOLE_ROWS = 22;

export function tableHtml(t: ReportTable, f: Formatter, options: TableOptions = {}): string {
  const rows = options.limit === undefined ? t.rows : t.rows.slice(0, options.limit);
  const head = t.columns.map((c) => `<th${isNumeric(c.kind) ? ' class="num"' : ''}>${escapeHtml(c.label)}</th>`).join('');
  const body = rows
    .map((row, r) => {
      const cells = row
        .map((cell, c) => {
          const column = t.columns[c];
          const numeric = isTyped(cell) ? isNumeric(cell.kind) : isNumeric(column.kind);
          let content = escapeHtml(formatCell(cell, column.kind, f));
          if (options.barColumn === c && typeof cell === 'number') {
            const width = Math.round(Math.min(1, Math.max(0, cell)) * 100);
            content = `<span class="bar"><span style="width:${width}%"></span></span>${content}`;
          }
          return `<td${numeric ? ' class="num"' : ''}>${content}</td>`;
        })
        .join('');
      return `<tr${t.marked?.[r] ? ' class="marked"' : ''}>${cells}</tr>`;
    })
    .join('');
  const title = options.title === false ? '' : `<h3>${escapeHtml(t.title)}</h3>`;
  const note = t.note ? `<p class="table-note">${escapeHtml(t.note)}</p>` : '';
  const width = t.columns.length <= 2 ? ' class="narrow"' : t.columns.length <= 4 ? ' class="medium"' : '';
  const table = `<table${width}><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
  // A heading must not be left alone at the foot of a page: short tables travel with it.
  return rows.length <= KEEP_WHOLE_ROWS ? `<div class="keep">${title}${table}${note}</div>` : `${title}${table}${note}`;
}

export function figureHtml(chart: ReportChart | undefined, narrow = false): string {
  if (!chart) return '';
  return `<figure${narrow ? ' class="narrow"' : ''}><figcaption>${escapeHtml(chart.title)}</figcaption>${chart.svg}</figure>`;
}

export const paragraph = (text: string, className = ''): string => `<p${className ? ` class="${className}"` : ''}>${escapeHtml(text)}</p>`;

/** A chapter starts a page, except a short one (an empty section) that follows on. */
export function chapter(id: string, title: string, body: string, short = false): string {
  return `<section class="${short ? 'chapter short' : 'chapter'}" id="${id}"><h2>${escapeHtml(title)}</h2>${body}</section>`;
}

/** Which saved analysis a section rests on, or that the report ran it with defaults. */
export function provenance(run: AnalysisRun<unknown> | null, kind: SettingsKind, f: Formatter): string {
  if (!run) return '';
  const analysis = f.t(`report.analysis.${kind}` as MessageKey);
  const key = run.ranNow ? 'report.analysisRanNow' : 'report.analysisNote';
  return `<p class="provenance">${escapeHtml(f.t(key, { analysis, date: f.date(run.createdAt) }))} · #${run.id} · ${escapeHtml(runSettings(run, kind, f))}</p>`;
}
