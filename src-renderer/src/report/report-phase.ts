/**
 * A report job's phase in words: the services report the analysis they run first
 * ('attribution', 'segments', 'ltv'), then 'rendering', then 'printing' (PDF) or
 * 'writing' (Excel); phases the import shares ('done'…) read as there.
 */
import type { MessageKey } from '@shared/i18n/index.js';
import { phaseText } from '../lib/phase.js';

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

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

export function reportPhaseText(phase: string, t: Translate): string {
  const analysis = ANALYSES[phase];
  if (analysis) return t('ui.report.phase.analysis', { analysis: t(analysis) });
  const key = REPORT_PHASES[phase];
  return key ? t(key) : phaseText(phase, t);
}
