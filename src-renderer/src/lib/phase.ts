/** A job's phase in words ('reading', 'importing orders', …); unknown phases read as "Working…". */
import type { MessageKey } from '@shared/i18n/index.js';
import { isDatasetKind } from '@shared/kinds.js';

export function phaseText(phase: string, t: (key: MessageKey, params?: Record<string, string | number>) => string): string {
  const importing = /^importing (\w+)$/.exec(phase);
  if (importing && isDatasetKind(importing[1])) return t('ui.phase.importing', { kind: t(`ui.kind.${importing[1]}`) });
  if (phase === 'reading' || phase === 'saving' || phase === 'simulating' || phase === 'done') return t(`ui.phase.${phase}`);
  return t('ui.phase.working');
}
