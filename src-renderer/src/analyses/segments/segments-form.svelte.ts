/** The segmentation wizard's choices: RFM as-of date, then k-means (k, seed, extra attributes). */
import type { DatasetSummary } from '@shared/datasets.js';
import type { MessageKey } from '@shared/i18n/index.js';
import type { SegmentsParamsInput } from '@shared/analyses/index.js';
import type { Host } from '../../lib/host.js';
import { numericExtraColumns } from './customer-attributes.js';

const SAMPLE_ROWS = 500;

export class SegmentsForm {
  asOf = $state('');
  kMode = $state<'auto' | 'fixed'>('auto');
  k = $state(4);
  seed = $state(1);
  attributes = $state<string[]>([]);
  /** Numeric customer attributes the project has (see discoverAttributes). */
  attributeChoices = $state<string[]>([]);

  readonly problem = $derived.by((): MessageKey | null => {
    if (this.kMode === 'fixed' && !(Number.isInteger(this.k) && this.k >= 2 && this.k <= 8)) return 'ui.models.seg.badK';
    if (!Number.isInteger(this.seed)) return 'ui.models.seg.badSeed';
    return null;
  });

  toggleAttribute(name: string, on: boolean): void {
    const others = this.attributes.filter((a) => a !== name);
    this.attributes = on ? [...others, name] : others;
  }

  toParams(): SegmentsParamsInput {
    return { asOf: this.asOf || undefined, k: this.kMode === 'auto' ? 'auto' : this.k, seed: this.seed, attributes: [...this.attributes] };
  }

  /** The `age` role where mapped, and extra customer columns whose sampled values are numbers. */
  async discoverAttributes(host: Host, project: string, datasets: readonly DatasetSummary[]): Promise<void> {
    const choices: string[] = [];
    for (const d of datasets.filter((x) => x.kind === 'customers')) {
      if (d.mapping.age && !choices.includes('age')) choices.push('age');
      if (d.quality.unmappedHeaders.length === 0) continue;
      const page = await host.api['dataset.rows']({ project, datasetId: d.id, offset: 0, limit: SAMPLE_ROWS });
      for (const name of numericExtraColumns(page)) if (!choices.includes(name)) choices.push(name);
    }
    this.attributeChoices = choices;
  }

  load(params: Record<string, unknown>): void {
    this.asOf = typeof params.asOf === 'string' ? params.asOf : '';
    if (typeof params.k === 'number') {
      this.kMode = 'fixed';
      this.k = params.k;
    } else {
      this.kMode = 'auto';
    }
    if (typeof params.seed === 'number') this.seed = params.seed;
    if (Array.isArray(params.attributes)) this.attributes = params.attributes.filter((a): a is string => typeof a === 'string');
  }
}
