/**
 * Bad or thin input is reported, never thrown: each model returns `warnings`, a list of
 * codes with counts, that the services translate for the user (texts in warning-texts.ts).
 */
import { CUSTOMER_WARNING_CODES } from '@shared/analyses/customer-warnings.js';
import type { CustomerWarning, CustomerWarningCode } from '@shared/analyses/customer-warnings.js';

export { CUSTOMER_WARNING_CODES };
export type { CustomerWarning, CustomerWarningCode };

/** Accumulates counts per code; `list()` keeps only codes that occurred, in a stable order. */
export class WarningCounter {
  private readonly counts = new Map<CustomerWarningCode, number>();

  add(code: CustomerWarningCode, count = 1): void {
    if (count > 0) this.counts.set(code, (this.counts.get(code) ?? 0) + count);
  }

  merge(warnings: readonly CustomerWarning[]): void {
    for (const w of warnings) this.add(w.code, w.count);
  }

  list(): CustomerWarning[] {
    return CUSTOMER_WARNING_CODES.filter((c) => this.counts.has(c)).map((code) => ({ code, count: this.counts.get(code) ?? 0 }));
  }
}
