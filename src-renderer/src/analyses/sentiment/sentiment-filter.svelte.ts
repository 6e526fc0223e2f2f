/**
 * Which reviews the review table shows: set by its own controls and by a click on any
 * figure (a month, an aspect × sentiment cell, a term, a segment) — the reviews behind
 * that figure, one click away.
 */
import type { SentimentReviewItem } from './sentiment-types.js';

export type LabelFilter = 'positive' | 'neutral' | 'negative' | 'unscored' | '';

export class SentimentFilter {
  label = $state<LabelFilter>('');
  month = $state('');
  aspect = $state('');
  product = $state('');
  platform = $state('');
  /** Words the text must contain (a term clicked in the ranked-term chart). */
  query = $state('');
  /** Customer ids (a segment or an at-risk customer clicked); empty = everyone. */
  customers = $state.raw<ReadonlySet<string> | null>(null);
  /** Bumped on every drill-down, so the table scrolls into view. */
  revealed = $state(0);

  /** With an aspect chosen, the label is the aspect's sentiment in the review (an aspect × sentiment cell), else the review's. */
  matches(item: SentimentReviewItem): boolean {
    if (this.aspect) {
      const aspect = item.aspects.find((a) => a.aspect === this.aspect);
      if (!aspect) return false;
      if (this.label && this.label !== 'unscored' && aspect.label !== this.label) return false;
    } else if (this.label === 'unscored' ? item.label !== null : this.label && item.label !== this.label) return false;
    if (this.month && !(item.date ?? '').startsWith(this.month)) return false;
    if (this.product && item.product !== this.product) return false;
    if (this.platform && item.platform !== this.platform) return false;
    if (this.customers && !(item.customerId && this.customers.has(item.customerId))) return false;
    const q = this.query.trim().toLowerCase();
    return !q || item.text.toLowerCase().includes(q);
  }

  active(): boolean {
    return Boolean(this.label || this.month || this.aspect || this.product || this.platform || this.query || this.customers);
  }

  clear(): void {
    this.label = '';
    this.month = '';
    this.aspect = '';
    this.product = '';
    this.platform = '';
    this.query = '';
    this.customers = null;
  }

  /** Shows only the reviews behind one figure. */
  drill(to: Partial<Pick<SentimentFilter, 'label' | 'month' | 'aspect' | 'product' | 'platform' | 'query' | 'customers'>>): void {
    this.clear();
    Object.assign(this, to);
    this.revealed++;
  }
}
