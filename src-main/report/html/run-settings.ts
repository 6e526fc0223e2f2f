/**
 * The settings a report section's analysis ran with, in words next to its provenance
 * (issue 14: the report says which analysis and settings it used, and its "as of" date),
 * so a figure can be traced to the exact run — never to a what-if explored on screen.
 */
import type { MessageKey } from '@shared/i18n/index.js';
import type { AnalysisRun } from '../analysis-runs.js';
import type { Formatter } from '../format.js';
import { modelLabel } from '../labels.js';

const num = (v: unknown, fallback: number): number => (typeof v === 'number' && Number.isFinite(v) ? v : fallback);
const text = (v: unknown): string | null => (typeof v === 'string' && v ? v : null);

export type SettingsKind = 'attribution' | 'funnel' | 'segments' | 'ltv' | 'cohorts' | 'basket' | 'mmm' | 'sentiment';

export function runSettings(run: AnalysisRun<unknown>, kind: SettingsKind, f: Formatter): string {
  const p = run.params;
  const r = (run.result ?? {}) as Record<string, unknown>;
  switch (kind) {
    case 'attribution': {
      const advice = (r.advice ?? null) as { model?: string; maxChangeShare?: number; breakEvenRoas?: number } | null;
      return f.t('report.settings.attribution', {
        model: modelLabel(advice?.model ?? text(p.adviceModel) ?? 'markov', f),
        lookback: f.number(num(p.lookbackDays, 30)),
        share: f.percent(num(advice?.maxChangeShare ?? p.maxChangeShare, 0.3), 0),
        breakEven: f.number(num(advice?.breakEvenRoas ?? p.breakEvenRoas, 1), 2),
      });
    }
    case 'funnel': {
      const steps = Array.isArray(p.steps) ? p.steps.filter((s): s is string => typeof s === 'string') : [];
      return f.t('report.settings.funnel', { steps: steps.join(' → ') || '—', days: f.number(num(p.windowDays, 30)) });
    }
    case 'segments':
      return f.t('report.settings.segments', { asOf: text(r.asOf) ?? '—' });
    case 'cohorts':
      return f.t('report.settings.cohorts', { asOf: text(p.asOf) ?? text(r.lastMonth) ?? '—' });
    case 'basket':
      return f.t(text(p.segment) ? 'report.settings.basketSegment' : 'report.settings.basket', {
        support: f.number(num(p.minSupport, 0.01), 3),
        confidence: f.number(num(p.minConfidence, 0.2), 2),
        lift: f.number(num(p.minLift, 1), 2),
        length: f.number(num(p.maxLength, 3)),
        segment: text(p.segment) ?? '',
      });
    case 'mmm': {
      const bounds = (p.bounds ?? {}) as { lower?: unknown; upper?: unknown };
      return f.t('report.settings.mmm', { seed: f.number(num(p.seed, 1)), lower: f.number(num(bounds.lower, 0.7), 2), upper: f.number(num(bounds.upper, 1.3), 2), weeks: f.number(num(p.planWeeks, 13)) });
    }
    case 'sentiment':
      return text(p.from) || text(p.to) ? f.t('report.settings.sentimentPeriod', { from: text(p.from) ?? '…', to: text(p.to) ?? '…' }) : f.t('report.settings.sentiment');
    case 'ltv': {
      const holdoutEnd = text(p.holdoutEnd);
      const key: MessageKey = holdoutEnd ? 'report.settings.ltvHoldout' : 'report.settings.ltv';
      return f.t(key, { calibrationEnd: text(p.calibrationEnd) ?? '—', holdoutEnd: holdoutEnd ?? '', dataEnd: text(r.dataEnd) ?? text(p.calibrationEnd) ?? '—' });
    }
  }
}
