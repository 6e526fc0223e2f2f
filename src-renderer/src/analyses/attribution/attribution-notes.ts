/** The attribution result's data notes in plain words: coverage, journey building, paths problems. */
import type { MessageKey } from '@shared/i18n/index.js';
import type { AttributionAnalysis } from './attribution-types.js';

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;
type NumberFormat = (value: number, digits?: number) => string;
type ChannelName = (name: string) => string;

export function dataNotes(t: Translate, n: NumberFormat, channel: ChannelName, result: AttributionAnalysis): string[] {
  const notes: string[] = [];
  const { coverage, diagnostics } = result;
  if (coverage.onlyInJourneys.length) notes.push(t('ui.models.diag.onlyInJourneys', { channels: coverage.onlyInJourneys.map(channel).join(', ') }));
  if (coverage.onlyInSpend.length) notes.push(t('ui.models.diag.onlyInSpend', { channels: coverage.onlyInSpend.map(channel).join(', ') }));
  const s = diagnostics.journeySummary;
  if (s) {
    notes.push(t(`ui.models.diag.source.${s.conversionSource}`, { conversions: n(s.conversions), customers: n(s.customers) }));
    if (s.touchesOutsideLookback > 0) notes.push(t('ui.models.diag.outsideLookback', { n: n(s.touchesOutsideLookback) }));
    if (s.conversionsWithoutTouches > 0) notes.push(t('ui.models.diag.withoutTouches', { n: n(s.conversionsWithoutTouches), value: n(s.valueWithoutTouches) }));
    if (s.invalidRows > 0) notes.push(t('ui.models.diag.invalidRows', { n: n(s.invalidRows) }));
    if (s.conversionsWithoutValue > 0) notes.push(t('ui.models.diag.withoutValue', { n: n(s.conversionsWithoutValue) }));
  }
  const byReason = new Map<string, { rows: number; rejected: boolean; first: number }>();
  for (const p of diagnostics.pathProblems) {
    const seen = byReason.get(p.reason) ?? { rows: 0, rejected: p.rejected, first: p.row + 1 };
    seen.rows++;
    byReason.set(p.reason, seen);
  }
  for (const [reason, seen] of byReason) {
    const text = t(`ui.models.pathProblem.${reason as AttributionAnalysis['diagnostics']['pathProblems'][number]['reason']}`);
    notes.push(t(seen.rejected ? 'ui.models.diag.pathRowsRejected' : 'ui.models.diag.pathRowsKept', { n: n(seen.rows), row: seen.first, reason: text }));
  }
  return notes;
}

