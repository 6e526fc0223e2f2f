/**
 * The attribution wizard's choices (conversion and data → models and window), with the
 * checks that keep a run from failing on input the service would refuse.
 */
import { ATTRIBUTION_MODEL_IDS } from '@shared/analyses/index.js';
import type { AttributionModelId, AttributionParamsInput } from '@shared/analyses/index.js';
import type { MessageKey } from '@shared/i18n/index.js';

export type JourneySource = 'touchpoints' | 'paths' | 'orders';

const isModel = (value: unknown): value is AttributionModelId => (ATTRIBUTION_MODEL_IDS as readonly unknown[]).includes(value);
const num = (value: unknown, fallback: number): number => (typeof value === 'number' && Number.isFinite(value) ? value : fallback);

export class AttributionForm {
  source = $state<JourneySource>('touchpoints');
  lookbackDays = $state(30);
  from = $state('');
  to = $state('');
  models = $state<AttributionModelId[]>([...ATTRIBUTION_MODEL_IDS]);
  halfLifeDays = $state(7);
  /** Position-based weights in percent (40/20/40 by default). */
  weightFirst = $state(40);
  weightMiddle = $state(20);
  weightLast = $state(40);
  adviceModel = $state<AttributionModelId>('markov');

  /** The first problem of step 1, as a message key, or null. */
  readonly dataProblem = $derived.by((): MessageKey | null => {
    if (!(this.lookbackDays > 0 && this.lookbackDays <= 3650)) return 'ui.models.attr.badLookback';
    if (this.from && this.to && this.from > this.to) return 'ui.models.attr.badPeriod';
    return null;
  });

  /** The first problem of step 2, as a message key, or null. */
  readonly modelsProblem = $derived.by((): MessageKey | null => {
    if (this.models.length === 0) return 'ui.models.attr.noModels';
    if (this.models.includes('time-decay') && !(this.halfLifeDays > 0 && this.halfLifeDays <= 3650)) return 'ui.models.attr.badHalfLife';
    const weights = [this.weightFirst, this.weightMiddle, this.weightLast];
    if (this.models.includes('position') && (weights.some((w) => !(w >= 0)) || Math.round(weights.reduce((a, b) => a + b, 0)) !== 100)) {
      return 'ui.models.attr.badWeights';
    }
    return null;
  });

  toggle(model: AttributionModelId, on: boolean): void {
    this.models = ATTRIBUTION_MODEL_IDS.filter((m) => (m === model ? on : this.models.includes(m)));
  }

  /** The advice follows a model that ran: Markov when chosen, else the first chosen. */
  readonly effectiveAdviceModel = $derived<AttributionModelId>(
    this.models.includes(this.adviceModel) ? this.adviceModel : this.models.includes('markov') ? 'markov' : (this.models[0] ?? 'markov'),
  );

  toParams(): AttributionParamsInput {
    return {
      source: this.source,
      lookbackDays: this.lookbackDays,
      from: this.from || undefined,
      to: this.to || undefined,
      models: [...this.models],
      halfLifeDays: this.halfLifeDays,
      positionWeights: { first: this.weightFirst / 100, middle: this.weightMiddle / 100, last: this.weightLast / 100 },
      adviceModel: this.effectiveAdviceModel,
    };
  }

  /** Takes the choices of a saved run (its params as the service parsed them). */
  load(params: Record<string, unknown>): void {
    if (params.source === 'touchpoints' || params.source === 'paths' || params.source === 'orders') this.source = params.source;
    this.lookbackDays = num(params.lookbackDays, 30);
    this.from = typeof params.from === 'string' ? params.from : '';
    this.to = typeof params.to === 'string' ? params.to : '';
    if (Array.isArray(params.models)) this.models = ATTRIBUTION_MODEL_IDS.filter((m) => (params.models as unknown[]).includes(m));
    this.halfLifeDays = num(params.halfLifeDays, 7);
    const w = params.positionWeights as Record<string, unknown> | undefined;
    if (w) {
      const total = num(w.first, 0.4) + num(w.middle, 0.2) + num(w.last, 0.4) || 1;
      this.weightFirst = Math.round((num(w.first, 0.4) / total) * 100);
      this.weightLast = Math.round((num(w.last, 0.4) / total) * 100);
      this.weightMiddle = 100 - this.weightFirst - this.weightLast;
    }
    if (isModel(params.adviceModel)) this.adviceModel = params.adviceModel;
  }
}
