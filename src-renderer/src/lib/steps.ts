/** The five steps of the seed (目标 → 数据 → 模型 → 报告 → 优化) and the data each needs. */
import type { MessageKey } from '@shared/i18n/index.js';
import type { DatasetKind } from '@shared/kinds.js';
import { DATASET_KINDS } from '@shared/kinds.js';

export const STEPS = ['goal', 'data', 'models', 'report', 'optimise'] as const;
export type StepId = (typeof STEPS)[number];

export interface DataNeed {
  /** Any one of these kinds satisfies the need. */
  kinds: readonly DatasetKind[];
  text: MessageKey;
}

export const STEP_NEEDS: Readonly<Record<Exclude<StepId, 'data'>, readonly DataNeed[]>> = {
  goal: [
    { kinds: ['spend'], text: 'ui.need.roi' },
    { kinds: ['orders'], text: 'ui.need.orders' },
  ],
  models: [
    { kinds: ['touchpoints', 'paths'], text: 'ui.need.journeys' },
    { kinds: ['spend'], text: 'ui.need.roi' },
    { kinds: ['orders'], text: 'ui.need.orders' },
    { kinds: ['customers'], text: 'ui.need.customers' },
    { kinds: ['reviews'], text: 'ui.need.reviews' },
  ],
  report: [{ kinds: DATASET_KINDS, text: 'ui.need.results' }],
  optimise: [
    { kinds: ['spend'], text: 'ui.need.mmm' },
    { kinds: ['orders'], text: 'ui.need.orders' },
  ],
};

export function stepTitle(step: StepId): MessageKey {
  return `ui.step.${step}`;
}

export function stepHint(step: StepId): MessageKey {
  return `ui.stepHint.${step}`;
}
