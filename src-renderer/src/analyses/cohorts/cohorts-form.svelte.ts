/** The cohort analysis's one choice: the last month observed (as-of date; empty = the last order). */
export class CohortsForm {
  asOf = $state('');

  load(params: Record<string, unknown>): void {
    this.asOf = typeof params.asOf === 'string' ? params.asOf : '';
  }

  toParams(): { asOf?: string } {
    return this.asOf ? { asOf: this.asOf } : {};
  }
}
