/**
 * The dashboard as the Report step shows it: the chosen period (placed around the last
 * day of data), the figures for it, and a reload that the latest request wins.
 */
import type { Dashboard } from '@shared/dashboard.js';
import type { ErrorInfo } from '@shared/errors.js';
import { toErrorInfo } from '../lib/api-error.js';
import type { Host } from '../lib/host.js';
import { isIsoDate } from '@shared/periods.js';
import type { Period } from '@shared/periods.js';
import { rangePeriod, type DashboardRange } from './range-period.js';

export { DASHBOARD_RANGES, rangePeriod, type DashboardRange } from './range-period.js';

export class DashboardState {
  range = $state<DashboardRange>('month');
  from = $state('');
  to = $state('');
  data = $state.raw<Dashboard | null>(null);
  error = $state.raw<ErrorInfo | null>(null);
  loading = $state(false);
  private request = 0;

  constructor(
    private readonly host: Host,
    private readonly project: string,
    /** The last day with data; null for an empty project (the services choose the period). */
    private anchor: string | null,
    /** The first day with data. */
    private start: string | null = null,
  ) {
    this.choose('month');
  }

  setAnchor(anchor: string | null, start: string | null = null): void {
    if (anchor === this.anchor && start === this.start) return;
    this.anchor = anchor;
    this.start = start;
    if (this.range !== 'custom') this.choose(this.range);
  }

  choose(range: DashboardRange): void {
    this.range = range;
    if (range === 'custom' || !this.anchor) return;
    const period = rangePeriod(range, this.anchor, this.start);
    this.from = period.from;
    this.to = period.to;
  }

  /** The period to ask for, or undefined to let the services choose (no data yet, or dates being typed). */
  private requested(): Period | undefined {
    return isIsoDate(this.from) && isIsoDate(this.to) && this.from <= this.to ? { from: this.from, to: this.to } : undefined;
  }

  async load(): Promise<void> {
    const request = ++this.request;
    this.loading = true;
    try {
      const value = await this.host.api['dashboard.get']({ project: this.project, ...this.requested() });
      if (request !== this.request) return;
      this.data = value;
      this.error = null;
    } catch (e) {
      if (request === this.request) this.error = toErrorInfo(e);
    } finally {
      if (request === this.request) this.loading = false;
    }
  }
}
