/** The basket analysis's thresholds (kept as numbers; the schema checks the ranges). */
import { BASKET_DEFAULTS } from '@shared/analyses/basket.js';

export class BasketForm {
  minSupport = $state<number>(BASKET_DEFAULTS.minSupport);
  minConfidence = $state<number>(BASKET_DEFAULTS.minConfidence);
  minLift = $state<number>(BASKET_DEFAULTS.minLift);
  maxLength = $state<number>(BASKET_DEFAULTS.maxLength);
  /** An RFM segment id, or '' for every customer. */
  segment = $state('');

  load(params: Record<string, unknown>): void {
    const num = (v: unknown, fallback: number): number => (typeof v === 'number' ? v : fallback);
    this.minSupport = num(params.minSupport, BASKET_DEFAULTS.minSupport);
    this.minConfidence = num(params.minConfidence, BASKET_DEFAULTS.minConfidence);
    this.minLift = num(params.minLift, BASKET_DEFAULTS.minLift);
    this.maxLength = num(params.maxLength, BASKET_DEFAULTS.maxLength);
    this.segment = typeof params.segment === 'string' ? params.segment : '';
  }

  toParams(): { minSupport: number; minConfidence: number; minLift: number; maxLength: number; segment?: string } {
    const p = { minSupport: this.minSupport, minConfidence: this.minConfidence, minLift: this.minLift, maxLength: this.maxLength };
    return this.segment ? { ...p, segment: this.segment } : p;
  }
}
