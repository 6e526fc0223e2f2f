/** The basket tables and sentences of a report: the strongest rules and bundle suggestions in plain words. */
import type { BasketAnalysis } from '../analysis/results.js';
import type { Formatter } from './format.js';
import type { ReportTable } from './table.js';

/** Rules a report lists (the analysis keeps more; the app and --json show them all). */
export const REPORT_RULES = 15;
export const REPORT_BUNDLES = 5;

const names = (items: readonly string[]): string => items.join(' + ');

export function basketRulesTable(b: BasketAnalysis, f: Formatter): ReportTable {
  return {
    id: 'basketRules',
    title: f.t('report.baskets.rulesTable'),
    columns: [
      { label: f.t('report.col.ifBought'), kind: 'text' },
      { label: f.t('report.col.alsoBought'), kind: 'text' },
      { label: f.t('report.col.baskets'), kind: 'int' },
      { label: f.t('report.col.support'), kind: 'percent' },
      { label: f.t('report.col.confidence'), kind: 'percent' },
      { label: f.t('report.col.lift'), kind: 'ratio' },
      { label: f.t('report.col.basketRevenue'), kind: 'money' },
    ],
    rows: b.rules.slice(0, REPORT_RULES).map((r) => [names(r.antecedent), names(r.consequent), r.count, r.support, r.confidence, r.lift, r.revenue]),
  };
}

/** "Customers who buy A also buy B: N baskets, lift x." for the strongest rules above chance. */
export function bundleSentences(b: BasketAnalysis, f: Formatter): string[] {
  return b.rules
    .filter((r) => r.lift > 1)
    .slice(0, REPORT_BUNDLES)
    .map((r) => f.t('report.baskets.bundle', { a: names(r.antecedent), b: names(r.consequent), n: f.number(r.count), lift: f.number(r.lift, 2) }));
}

export function basketIntro(b: BasketAnalysis, f: Formatter): string {
  return f.t('report.baskets.intro', {
    baskets: f.number(b.transactions),
    items: f.number(b.items),
    rules: f.number(b.ruleCount),
    support: f.number(b.params.minSupport, 3),
    confidence: f.number(b.params.minConfidence, 2),
    lift: f.number(b.params.minLift, 2),
  });
}

/** The bundle suggestions as a one-column table (the Excel sheet's second block). */
export function bundlesTable(b: BasketAnalysis, f: Formatter): ReportTable | null {
  const sentences = bundleSentences(b, f);
  return sentences.length ? { id: 'basketBundles', title: f.t('report.baskets.bundlesTitle'), columns: [{ label: f.t('report.baskets.bundlesTitle'), kind: 'text' }], rows: sentences.map((s) => [s]) } : null;
}
