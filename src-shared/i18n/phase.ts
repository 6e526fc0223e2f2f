/**
 * A job's phase in words, for every host (progress bars in the app, the CLI's bar):
 * 'reading', 'importing orders', the analysis a report runs first, 'printing'…;
 * unknown phases read as "Working…".
 */
import type { MessageKey } from './index.js';
import { isDatasetKind } from '../kinds.js';
import { ANALYSES, isAnalysisKind } from '../analyses/index.js';

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function phaseText(phase: string, t: Translate): string {
  const importing = /^importing (\w+)$/.exec(phase);
  if (importing && isDatasetKind(importing[1])) return t('ui.phase.importing', { kind: t(`ui.kind.${importing[1]}`) });
  if (phase === 'reading' || phase === 'saving' || phase === 'simulating' || phase === 'fitting' || phase === 'scoring' || phase === 'loading' || phase === 'optimising' || phase === 'done') return t(`ui.phase.${phase}`);
  return t('ui.phase.working');
}

const REPORT_PHASES: Readonly<Record<string, MessageKey>> = {
  rendering: 'ui.report.phase.rendering',
  printing: 'ui.report.phase.pdf',
  writing: 'ui.report.phase.xlsx',
};

/** A report job's phase: the analysis it runs first, then rendering, printing (PDF) or writing (Excel). */
export function reportPhaseText(phase: string, t: Translate): string {
  if (isAnalysisKind(phase)) return t('ui.report.phase.analysis', { analysis: t(ANALYSES[phase].labels.name) });
  const key = REPORT_PHASES[phase];
  return key ? t(key) : phaseText(phase, t);
}
