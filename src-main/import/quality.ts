/**
 * The quality report of an import, accumulated row by row in constant memory:
 * per role how many cells were filled, empty or rejected, their range, and counts per
 * problem and per channel.
 */
import { KIND_ROLES } from '@shared/kinds.js';
import type { ColumnMapping, DatasetKind } from '@shared/kinds.js';
import type { ColumnQuality, QualityReport } from '@shared/datasets.js';
import type { MessageKey } from '@shared/i18n/index.js';
import type { CellValue } from './values/index.js';
import type { RowIssue } from './row-typer.js';

export class QualityAccumulator {
  private readonly columns: ColumnQuality[];
  private readonly channelAt: number;
  private readonly issuesByCode: Partial<Record<MessageKey, number>> = {};
  private readonly channels = new Map<string, number>();
  private readonly byHeader = new Map<string, ColumnQuality>();
  /** Per column: whether its range is tracked as dates (strings) — decided once, not per cell. */
  private readonly isDate: boolean[];

  constructor(
    kind: DatasetKind,
    mapping: ColumnMapping,
    private readonly headers: readonly string[],
  ) {
    const specs = KIND_ROLES[kind];
    this.columns = specs.map((s) => ({ role: s.role, header: mapping[s.role] ?? '', filled: 0, empty: 0, issues: 0 }));
    for (const c of this.columns) if (c.header) this.byHeader.set(c.header, c);
    this.channelAt = specs.findIndex((s) => s.type === 'channel');
    this.isDate = specs.map((s) => s.type === 'date' || s.type === 'datetime');
  }

  addImported(values: readonly CellValue[]): void {
    const cols = this.columns;
    for (let i = 0; i < cols.length; i++) {
      const c = cols[i];
      if (!c.header) continue;
      const v = values[i];
      if (v === null || v === undefined) {
        c.empty++;
        continue;
      }
      c.filled++;
      if (typeof v === 'number') {
        c.sum = (c.sum ?? 0) + v;
        if (c.min === undefined || v < (c.min as number)) c.min = v;
        if (c.max === undefined || v > (c.max as number)) c.max = v;
      } else if (this.isDate[i]) {
        if (c.min === undefined || v < (c.min as string)) c.min = v;
        if (c.max === undefined || v > (c.max as string)) c.max = v;
      }
    }
    if (this.channelAt >= 0) {
      const ch = values[this.channelAt];
      if (typeof ch === 'string') this.channels.set(ch, (this.channels.get(ch) ?? 0) + 1);
    }
  }

  addRejected(issues: readonly RowIssue[]): void {
    for (const issue of issues) {
      this.issuesByCode[issue.code] = (this.issuesByCode[issue.code] ?? 0) + 1;
      const c = this.byHeader.get(issue.column);
      if (c) c.issues++;
    }
  }

  report(dateOrders: Record<string, string>, seconds: number): QualityReport {
    const mapped = new Set(this.columns.map((c) => c.header).filter(Boolean));
    const report: QualityReport = {
      headers: [...this.headers],
      columns: this.columns,
      unmappedHeaders: this.headers.filter((h) => !mapped.has(h)),
      issuesByCode: this.issuesByCode,
      dateOrders,
      seconds,
    };
    if (this.channelAt >= 0) report.channels = Object.fromEntries([...this.channels].sort((a, b) => b[1] - a[1]));
    return report;
  }
}
