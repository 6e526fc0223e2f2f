/**
 * The funnel's ordered steps and window. Step names are the project's touchpoint events
 * (or channels where a log has no event column); suggestions come from a previous run's
 * `knownSteps` and from a sample of the touchpoint rows, in the order they tend to happen.
 */
import type { DatasetSummary } from '@shared/datasets.js';
import type { MessageKey } from '@shared/i18n/index.js';
import type { Host } from '../../lib/host.js';
import { stepNamesInTypicalOrder } from './step-names.js';

const SAMPLE_ROWS = 5000;

export class FunnelForm {
  steps = $state<string[]>(['', '']);
  windowDays = $state(30);
  suggestions = $state<string[]>([]);

  readonly cleanSteps = $derived(this.steps.map((s) => s.trim()).filter(Boolean));
  readonly problem = $derived.by((): MessageKey | null => {
    if (this.cleanSteps.length < 2) return 'ui.models.funnel.needTwo';
    if (!(this.windowDays > 0 && this.windowDays <= 3650)) return 'ui.models.funnel.badWindow';
    return null;
  });

  load(params: Record<string, unknown>): void {
    if (Array.isArray(params.steps)) this.steps = params.steps.filter((s): s is string => typeof s === 'string');
    if (typeof params.windowDays === 'number') this.windowDays = params.windowDays;
  }

  add(step = ''): void {
    const empty = this.steps.findIndex((s) => s.trim() === '');
    if (step && empty >= 0) this.steps[empty] = step;
    else this.steps = [...this.steps, step];
  }

  remove(index: number): void {
    this.steps = this.steps.filter((_, i) => i !== index);
  }

  move(index: number, by: -1 | 1): void {
    const to = index + by;
    if (to < 0 || to >= this.steps.length) return;
    const next = [...this.steps];
    [next[index], next[to]] = [next[to], next[index]];
    this.steps = next;
  }

  /** Adds names found in the data; fills the steps with them when nothing was chosen yet. */
  offer(names: readonly string[]): void {
    const merged = [...this.suggestions];
    for (const name of names) if (!merged.includes(name)) merged.push(name);
    this.suggestions = merged;
    if (this.cleanSteps.length === 0 && merged.length >= 2) this.steps = merged.slice(0, Math.min(4, merged.length));
  }

  /** Reads a sample of the touchpoint rows for the step names they use, in their typical order. */
  async discover(host: Host, project: string, datasets: readonly DatasetSummary[]): Promise<void> {
    const pages = [];
    for (const d of datasets.filter((x) => x.kind === 'touchpoints')) {
      pages.push(await host.api['dataset.rows']({ project, datasetId: d.id, offset: 0, limit: SAMPLE_ROWS }));
    }
    this.offer(stepNamesInTypicalOrder(pages));
  }
}
