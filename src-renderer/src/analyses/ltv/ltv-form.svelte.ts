/** The LTV wizard's choices: calibration and holdout ends, then horizon, margin and discount rate. */
import type { LtvParamsInput } from '@shared/analyses/index.js';
import type { MessageKey } from '@shared/i18n/index.js';
import type { DateRange } from '../shared/data-range.js';
import { defaultLtvDates } from '@shared/analyses/ltv.js';

const num = (value: unknown, fallback: number): number => (typeof value === 'number' && Number.isFinite(value) ? value : fallback);

export class LtvForm {
  calibrationEnd = $state('');
  holdoutEnd = $state('');
  horizonWeeks = $state(52);
  /** Percent, as people say margins (30 = 30 %). */
  marginPercent = $state(30);
  discountPercentMonthly = $state(1);

  readonly periodProblem = $derived.by((): MessageKey | null => {
    if (!this.calibrationEnd) return 'ui.models.ltv.needCalibration';
    if (this.holdoutEnd && this.holdoutEnd <= this.calibrationEnd) return 'ui.models.ltv.badHoldout';
    return null;
  });

  readonly valueProblem = $derived.by((): MessageKey | null => {
    if (!(this.horizonWeeks > 0 && this.horizonWeeks <= 520)) return 'ui.models.ltv.badHorizon';
    if (!(this.marginPercent >= 0 && this.marginPercent <= 100)) return 'ui.models.ltv.badMargin';
    if (!(this.discountPercentMonthly >= 0 && this.discountPercentMonthly <= 100)) return 'ui.models.ltv.badDiscount';
    return null;
  });

  /** Fills the dates from the order history when the user has not set them. */
  suggest(range: DateRange | null): void {
    if (!range || this.calibrationEnd) return;
    const period = defaultLtvDates(range.first, range.last);
    this.calibrationEnd = period.calibrationEnd;
    this.holdoutEnd = period.holdoutEnd ?? '';
  }

  toParams(): LtvParamsInput {
    return {
      calibrationEnd: this.calibrationEnd,
      holdoutEnd: this.holdoutEnd || undefined,
      horizonWeeks: this.horizonWeeks,
      margin: this.marginPercent / 100,
      discountRateMonthly: this.discountPercentMonthly / 100,
    };
  }

  load(params: Record<string, unknown>): void {
    if (typeof params.calibrationEnd === 'string') this.calibrationEnd = params.calibrationEnd;
    this.holdoutEnd = typeof params.holdoutEnd === 'string' ? params.holdoutEnd : '';
    this.horizonWeeks = num(params.horizonWeeks, 52);
    // Rounded so 0.3 reads 30, not 30.000000000000004.
    this.marginPercent = Math.round(num(params.margin, 0.3) * 100 * 1e6) / 1e6;
    this.discountPercentMonthly = Math.round(num(params.discountRateMonthly, 0.01) * 100 * 1e6) / 1e6;
  }
}
