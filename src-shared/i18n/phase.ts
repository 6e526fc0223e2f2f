/**
 * A job's phase in words, for every host (progress bars in the app, the CLI's bar):
 * 'reading', 'importing orders', the analysis a report runs first, 'printing'…;
 * unknown phases read as "Working…".
 */
import type { MessageKey } from './index.js';
import { isDatasetKind } from '../kinds.js';

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function phaseText(phase: string, t: Translate): string {
  const importing = /^importing (\w+)$/.exec(phase);
  if (importing && isDatasetKind(importing[1])) return t('ui.phase.importing', { kind: t(`ui.kind.${importing[1]}`) });
  if (phase === 'reading' || phase === 'saving' || phase === 'simulating' || phase === 'done') return t(`ui.phase.${phase}`);
  return t('ui.phase.working');
}

const ANALYSES: Readonly<Record<string, MessageKey>> = {
  attribution: 'ui.goals.analysis.attribution',
  funnel: 'ui.goals.analysis.funnel',
  segments: 'ui.goals.analysis.segments',
  ltv: 'ui.goals.analysis.ltv',
  cohorts: 'ui.goals.analysis.cohorts',
};

const REPORT_PHASES: Readonly<Record<string, MessageKey>> = {
  rendering: 'ui.report.phase.rendering',
  printing: 'ui.report.phase.pdf',
  writing: 'ui.report.phase.xlsx',
};

/** A report job's phase: the analysis it runs first, then rendering, printing (PDF) or writing (Excel). */
export function reportPhaseText(phase: string, t: Translate): string {
  const analysis = ANALYSES[phase];
  if (analysis) return t('ui.report.phase.analysis', { analysis: t(analysis) });
  const key = REPORT_PHASES[phase];
  return key ? t(key) : phaseText(phase, t);
}
